import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { appDataSource, appUrlFrom, migrate, ownerDataSource, startEmbeddedPostgres, withDatabase } from '@county/tenancy';
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
  dataDir?: string;
  quiet?: boolean;
}

/**
 * The one way the server and every command reach the platform's database, so they all read
 * and write the same one: DATABASE_URL when set; otherwise the embedded Postgres with its data
 * under .data/postgres (reused if a server already runs it), database `county_services`.
 * Migrates to the current schema before handing it out.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const server = await openServer(options);
  const opened: DataSource[] = [];
  try {
    if (server.embedded) await ensureDatabase(server.url, DATABASE_NAME);
    const ownerUrl = server.embedded ? withDatabase(server.url, DATABASE_NAME) : server.url;
    const applied = await migrate(ownerUrl, PLATFORM_SCHEMA.migrations);
    const keep = async (ds: DataSource) => (opened.push(ds), ds.initialize());
    return {
      ownerUrl,
      embedded: server.embedded,
      applied,
      appDataSource: (poolSize) => keep(appDataSource(appUrlFrom(ownerUrl), poolSize)),
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
  // The dev server may already run this cluster; a second postmaster on the same folder would fail.
  const running = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  if (await accepts(running)) return { url: running, embedded: true, stop: async () => undefined };
  const pg = await startEmbeddedPostgres({ dataDir: options.dataDir ?? '.data/postgres', port, quiet: options.quiet });
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
