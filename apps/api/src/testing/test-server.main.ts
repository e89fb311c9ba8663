import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_ROLE, appDataSource, appUrlFrom, authSettingsFrom, migrate, seedDemoCounty, setRolePassword, startEmbeddedPostgres, withDatabase } from '@county/tenancy';
import { TEST_PII_KEY } from '@county/cases';
import { freePort, testAuditSettings, useTestAuditKey } from '@county/tenancy/testing';
import { seedDemoCatalog } from '@county/catalog';
import { createApp } from '../bootstrap/create-app';
import { ensureDatabase } from '../bootstrap/database';
import { PLATFORM_SCHEMA } from '../bootstrap/schema';

/**
 * A throwaway platform for browser tests: fresh embedded Postgres, demo county, the built
 * admin app. Prints TEST_SERVER_URL=… when ready and cleans up on SIGTERM.
 */
async function main(): Promise<void> {
  useTestAuditKey();
  const dataDir = mkdtempSync(join(tmpdir(), 'county-e2e-pg-'));
  // Material photos go to a throwaway directory too, not the worktree's .data/files.
  process.env['FILE_STORE_DIR'] ??= mkdtempSync(join(tmpdir(), 'county-e2e-files-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, quiet: true });
  const ownerUrl = withDatabase(pg.ownerUrl, 'county_e2e');
  await ensureDatabase(pg.ownerUrl, 'county_e2e');
  await migrate(ownerUrl, PLATFORM_SCHEMA.migrations);
  await seedDemoCounty(ownerUrl);
  await seedDemoCatalog(ownerUrl);
  const appPassword = randomBytes(18).toString('hex');
  await setRolePassword(ownerUrl, APP_ROLE, appPassword);
  const dataSource = await appDataSource(appUrlFrom(ownerUrl, appPassword), 20).initialize();
  const app = await createApp(
    // One browser logs in again and again from 127.0.0.1: limits stay out of the way (API tests prove them).
    { dataSource, auth: authSettingsFrom({}, 'e2e-secret'), audit: testAuditSettings(), piiKey: TEST_PII_KEY, production: false,
      // The case page's notices come from the worker, as on the real server.
      caseEvents: { worker: true, pollingSeconds: 0.5 }, rateLimits: { login: 100_000, guide: 100_000, notice: 100_000 } },
    resolve('dist/apps/admin'),
  );
  await app.listen(await freePort(), '127.0.0.1');
  const stop = async () => {
    await app.close().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    await pg.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  console.log(`TEST_SERVER_URL=${(await app.getUrl()).replace('[::1]', '127.0.0.1')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
