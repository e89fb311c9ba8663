import 'reflect-metadata';
import { migrate, seedDemoCounty, withDatabase } from '@county/tenancy';
import { seedNeighbourCounty, useTestAuditKey } from '@county/tenancy/testing';
import { seedDemoCatalog } from '@county/catalog';
import { ensureDatabase } from '../bootstrap/database';
import { PLATFORM_SCHEMA } from '../bootstrap/schema';

/** Migrated and empty: for tests that make all their own data. */
export const EMPTY_TEMPLATE = 'county_template';
/** Migrated, with the demo county 汉阴县, its catalog and the neighbouring 石泉县. */
export const SEEDED_TEMPLATE = 'county_seeded';

/**
 * Builds both template databases once per test run; each test file clones one. Run by the jest
 * global setup in a child process (node -r @swc-node/register), which resolves the lib aliases.
 */
async function main(): Promise<void> {
  const server = process.env.TEST_PG_SERVER_URL;
  if (!server) throw new Error('TEST_PG_SERVER_URL is not set');
  useTestAuditKey();
  await ensureDatabase(server, EMPTY_TEMPLATE);
  await migrate(withDatabase(server, EMPTY_TEMPLATE), PLATFORM_SCHEMA.migrations);
  await ensureDatabase(server, SEEDED_TEMPLATE, EMPTY_TEMPLATE);
  const seeded = withDatabase(server, SEEDED_TEMPLATE);
  await seedDemoCounty(seeded);
  await seedNeighbourCounty(seeded);
  await seedDemoCatalog(seeded);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
