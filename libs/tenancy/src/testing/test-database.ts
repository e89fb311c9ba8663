import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { appUrlFrom, withDatabase } from '../database/database-urls';
import { useTestAuditKey } from './test-audit';

export interface TestDatabase {
  /** Owner (superuser) connection: migrations, imports, and tampering in tests. */
  ownerUrl: string;
  /** Application role connection: bound by row-level security. */
  appUrl: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file, cloned from a template the global setup built:
 * empty, or (`seeded`) holding the demo county, its catalog and the neighbouring county.
 */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const server = process.env.TEST_PG_SERVER_URL;
  const template = options.seeded ? process.env.TEST_PG_SEEDED_TEMPLATE : process.env.TEST_PG_TEMPLATE;
  if (!server || !template) throw new Error('No test Postgres: run through jest with the global setup');
  // The templates were seeded with the test key; what this process appends is sealed with it too.
  useTestAuditKey();
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const ownerUrl = withDatabase(server, name);
  return {
    ownerUrl,
    appUrl: appUrlFrom(ownerUrl),
    name,
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
