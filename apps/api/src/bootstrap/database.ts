import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  APP_ROLE,
  appDataSource,
  appRolePassword,
  appUrlFrom,
  embeddedOwnerUrl,
  localSecret,
  migrate,
  ownerDataSource,
  ownerPasswordFile,
  readLocalSecret,
  setRolePassword,
  startEmbeddedPostgres,
  withDatabase,
} from '@county/tenancy';
import { PLATFORM_SCHEMA } from './schema';

/** The database the server serves; every CLI opens the same one. */
export const DATABASE_NAME = 'county_services';

export interface OpenedDatabase {
  /** Owner connection to the platform's database (migrations, imports, seeds, audit verification). */
  ownerUrl: string;
  embedded: boolean;
  /** Names of the migrations this opening applied. */
  applied: string[];
  /** A pool logged in as the application role, bound by row-level security. */
  appDataSource(poolSize?: number): Promise<DataSource>;
  /** A TypeORM connection as the owner, with every library's entities. */
  ownerDataSource(): Promise<DataSource>;
  /** Closes what this opening opened, and stops Postgres if it started it. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** The embedded cluster's data folder; its passwords are kept beside it. */
  dataDir?: string;
  quiet?: boolean;
}

const DEFAULT_DATA_DIR = '.data/postgres';

/**
 * Where the embedded database's application role password is kept: beside the data folder
 * (`.data/postgres` → `.data/app-db-password`, mode 0600).
 */
export function appPasswordFile(dataDir: string = DEFAULT_DATA_DIR): string {
  return resolve(dirname(resolve(dataDir)), 'app-db-password');
}

/**
 * The one way the server and every command reach the platform's database, so they all read
 * and write the same one: DATABASE_URL when set; otherwise the embedded Postgres with its data
 * under .data/postgres (reused if a server already runs it), database `county_services`.
 * Migrates to the current schema before handing it out. The embedded database's application
 * role gets its per-install password (`APP_DB_PASSWORD`, else `.data/app-db-password`) at every
 * opening; with DATABASE_URL the role has the password the migration gave it (`APP_DB_PASSWORD`).
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const server = await openServer(options);
  const opened: DataSource[] = [];
  try {
    if (server.embedded) await ensureDatabase(server.url, DATABASE_NAME);
    const ownerUrl = server.embedded ? withDatabase(server.url, DATABASE_NAME) : server.url;
    const applied = await migrate(ownerUrl, PLATFORM_SCHEMA.migrations);
    const appPassword = server.embedded ? process.env.APP_DB_PASSWORD || localSecret(appPasswordFile(options.dataDir)) : appRolePassword();
    if (server.embedded) await setRolePassword(ownerUrl, APP_ROLE, appPassword);
    const keep = async (ds: DataSource) => (opened.push(ds), ds.initialize());
    return {
      ownerUrl,
      embedded: server.embedded,
      applied,
      appDataSource: (poolSize) => keep(appDataSource(appUrlFrom(ownerUrl, appPassword), poolSize)),
      ownerDataSource: () => keep(ownerDataSource(ownerUrl, PLATFORM_SCHEMA)),
      close: async () => {
        await Promise.all(opened.map((ds) => (ds.isInitialized ? ds.destroy() : undefined)));
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function openServer(options: OpenDatabaseOptions): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const port = Number(process.env.PG_PORT ?? 54320);
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  // The dev server may already run this cluster; a second postmaster on the same folder would fail.
  const password = readLocalSecret(ownerPasswordFile(dataDir));
  const running = password && embeddedOwnerUrl(port, password);
  if (running && (await accepts(running))) return { url: running, embedded: true, stop: async () => undefined };
  const pg = await startEmbeddedPostgres({ dataDir, port, quiet: options.quiet });
  return { url: pg.ownerUrl, embedded: true, stop: pg.stop };
}

export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}

async function accepts(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
