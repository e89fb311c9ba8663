import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';
import { enableTenantIsolation } from '../row-level-security';

/**
 * Refresh-token reuse is told apart from a wrong secret by the hashes of a session's earlier
 * secrets. Failed logins are throttled per client address and per login name; the counters live
 * in the platform tenant's rows (login happens before the county is known, and unknown names must
 * be counted like known ones), under the same row-level security as every tenant table.
 */
export class AuthHardening1733100000000 implements MigrationInterface {
  name = 'AuthHardening1733100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auth_session ADD COLUMN previous_refresh_hashes text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      CREATE TABLE login_throttle (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        key text NOT NULL,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        blocked_until timestamptz,
        PRIMARY KEY (tenant_id, key)
      )`);
    await enableTenantIsolation(q, 'login_throttle');
    await q.query(`CREATE INDEX login_throttle_last_failure_idx ON login_throttle (tenant_id, last_failure_at)`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`ALTER TABLE auth_session DROP COLUMN previous_refresh_hashes`);
  }
}
