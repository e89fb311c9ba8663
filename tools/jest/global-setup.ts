import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { CATALOG_MIGRATIONS } from '../../libs/catalog/src/catalog.schema';
import { migrate, registerSchema } from '../../libs/tenancy/src/database/data-sources';
import { withDatabase } from '../../libs/tenancy/src/database/database-urls';
import { startEmbeddedPostgres } from '../../libs/tenancy/src/database/embedded-postgres';
import { freePort } from '../../libs/tenancy/src/testing/free-port';

export const TEMPLATE_DATABASE = 'county_template';

/** One Postgres server per test run; each test file clones a fresh database from a migrated template. */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'county-test-pg-'));
  const port = await freePort();
  const pg = await startEmbeddedPostgres({ dataDir, port, persistent: false, quiet: true });
  const client = new Client({ connectionString: pg.ownerUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await client.end();
  // Plain Node loads this file (no lib aliases): register the domain libs' migrations by path.
  registerSchema([], CATALOG_MIGRATIONS);
  await migrate(withDatabase(pg.ownerUrl, TEMPLATE_DATABASE));
  process.env.TEST_PG_SERVER_URL = pg.ownerUrl;
  process.env.TEST_PG_TEMPLATE = TEMPLATE_DATABASE;
  (globalThis as any).__COUNTY_PG__ = pg;
}
