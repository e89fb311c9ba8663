import { Client } from 'pg';
import { startEmbeddedPostgres, withDatabase } from '@county/tenancy';

export interface OpenedDatabase {
  ownerUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'county_services';

/**
 * DATABASE_URL points at any Postgres; without it the embedded Postgres starts with its data
 * under .data/postgres, reused across restarts.
 */
export async function openDatabase(dataDir = '.data/postgres'): Promise<OpenedDatabase> {
  if (process.env.DATABASE_URL) {
    return { ownerUrl: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.PG_PORT ?? 54320) });
  await ensureDatabase(pg.ownerUrl, DATABASE_NAME);
  return { ownerUrl: withDatabase(pg.ownerUrl, DATABASE_NAME), embedded: true, stop: pg.stop };
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
