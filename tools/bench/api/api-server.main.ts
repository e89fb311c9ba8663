/**
 * The real API for the load benchmark, in a process of its own so the load generator does not
 * share its event loop: `BENCH_OWNER_URL` names the migrated, seeded database, `BENCH_PORT` the port.
 */
import 'reflect-metadata';
import { appDataSource, appUrlFrom, authSettingsFrom } from '@county/tenancy';
import { testAuditSettings } from '@county/tenancy/testing';
import { createApp } from '../../../apps/api/src/bootstrap/create-app';

async function main(): Promise<void> {
  const dataSource = await appDataSource(appUrlFrom(String(process.env.BENCH_OWNER_URL))).initialize();
  const app = await createApp({ dataSource, auth: authSettingsFrom(process.env, 'bench-secret'), audit: testAuditSettings(), production: true }, '/nonexistent');
  await app.listen(Number(process.env.BENCH_PORT), '127.0.0.1');
  process.send?.('ready');
  process.on('SIGTERM', () => void app.close().finally(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
