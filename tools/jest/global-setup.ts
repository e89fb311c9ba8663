import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '../../libs/tenancy/src/database/embedded-postgres';
import { freePort } from '../../libs/tenancy/src/testing/free-port';

const ROOT = resolve(__dirname, '../..');

/**
 * One Postgres server per test run with two template databases, migrated with the app's one
 * schema list and one of them seeded with the demo data; each test file clones a fresh database.
 * The templates are built by apps/api in a child process, because plain jest setup code cannot
 * resolve the lib aliases the migrations and seeds import. The superuser's and the application
 * role's passwords are random for the run (the migration creates the role with APP_DB_PASSWORD).
 */
export default async function globalSetup(): Promise<void> {
  process.env.APP_DB_PASSWORD = randomBytes(18).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'county-test-pg-'));
  const port = await freePort();
  const pg = await startEmbeddedPostgres({ dataDir, port, persistent: false, quiet: true });
  (globalThis as any).__COUNTY_PG__ = pg;
  try {
    execFileSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/testing/build-test-templates.ts'], {
      cwd: ROOT,
      env: { ...process.env, TEST_PG_SERVER_URL: pg.ownerUrl },
      stdio: 'inherit',
    });
  } catch (error) {
    await pg.stop();
    throw error;
  }
  process.env.TEST_PG_SERVER_URL = pg.ownerUrl;
  process.env.TEST_PG_TEMPLATE = 'county_template';
  process.env.TEST_PG_SEEDED_TEMPLATE = 'county_seeded';
}
