import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 工作日历: what a county's administrator sets over the State Council's arrangement (local
 * holidays, days worked, next year's arrangement before the package ships it) and the years
 * whose arrangement she confirmed. Due dates read both.
 */
export class WorkingCalendar1733700000000 implements MigrationInterface {
  name = 'WorkingCalendar1733700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_day (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        day date NOT NULL CHECK (day BETWEEN DATE '2000-01-01' AND DATE '2099-12-31'),
        kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 20),
        set_by uuid,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, day),
        FOREIGN KEY (tenant_id, set_by) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE calendar_year (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2099),
        confirmed_by uuid,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, year),
        FOREIGN KEY (tenant_id, confirmed_by) REFERENCES app_user (tenant_id, id)
      )`);
    for (const table of ['calendar_day', 'calendar_year']) {
      await enableTenantIsolation(q, table);
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${APP_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS calendar_year`);
    await q.query(`DROP TABLE IF EXISTS calendar_day`);
  }
}
