import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 办件规则: what a county decides for its cases — when a deadline turns yellow, how long promised
 * 容缺 materials may take, the green channel for large investment projects (seed 001: ≥ 1,000
 * 万元, 20 working days, silence past them counts as approval). One row per county; none means
 * the defaults. Cases record whether they went through the green channel and whether silence
 * past the limit approves them (超时默许), and whether a decision was so deemed.
 */
export class CaseRules1733700000600 implements MigrationInterface {
  name = 'CaseRules1733700000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_rules (
        tenant_id uuid NOT NULL PRIMARY KEY REFERENCES tenant (id),
        yellow_working_days_left int NOT NULL CHECK (yellow_working_days_left BETWEEN 0 AND 30),
        yellow_share_percent int NOT NULL CHECK (yellow_share_percent BETWEEN 0 AND 100),
        gaps_due_working_days int NOT NULL CHECK (gaps_due_working_days BETWEEN 1 AND 60),
        green_channel_working_days int NOT NULL CHECK (green_channel_working_days BETWEEN 1 AND 365),
        green_channel_min_investment_wan int NOT NULL CHECK (green_channel_min_investment_wan >= 0),
        green_channel_deemed_approval boolean NOT NULL,
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(q, 'case_rules');
    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_rules TO ${APP_ROLE}`);
    await q.query(`
      ALTER TABLE service_case
        ADD COLUMN green_channel boolean NOT NULL DEFAULT false,
        ADD COLUMN investment_wan int CHECK (investment_wan >= 0),
        ADD COLUMN deemed_approval boolean NOT NULL DEFAULT false,
        ADD COLUMN decided_by_silence boolean NOT NULL DEFAULT false`);
    // The sweep for 超时默许: open cases whose silence approves them, by due date.
    await q.query(`
      CREATE INDEX service_case_deemed_idx ON service_case (tenant_id, due_date)
       WHERE deemed_approval AND state IN ('accepted', 'in_review', 'forwarded', 'returned')`);
    // A licence approved by silence reaches supervision too, with no person as its approver.
    await q.query(`ALTER TABLE supervision_handoff ALTER COLUMN approved_by DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM supervision_handoff WHERE approved_by IS NULL`);
    await q.query(`ALTER TABLE supervision_handoff ALTER COLUMN approved_by SET NOT NULL`);
    await q.query(`DROP INDEX IF EXISTS service_case_deemed_idx`);
    await q.query(`ALTER TABLE service_case DROP COLUMN IF EXISTS green_channel, DROP COLUMN IF EXISTS investment_wan, DROP COLUMN IF EXISTS deemed_approval, DROP COLUMN IF EXISTS decided_by_silence`);
    await q.query(`DROP TABLE IF EXISTS case_rules`);
  }
}
