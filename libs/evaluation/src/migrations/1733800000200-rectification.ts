import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 整改: a bad rating's follow-up by the responsible unit — 核实 (the finding), 整改 (the
 * measures), 回访 (the callback's outcome and the applicant's answer), then the supervisor's
 * 复核 closes it. Each step's text, who and when stay on the row; the audit chain has them too.
 */
export class Rectification1733800000200 implements MigrationInterface {
  name = 'Rectification1733800000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rectification (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        rating_id uuid NOT NULL,
        case_id uuid NOT NULL,
        responsible_unit_id uuid NOT NULL,
        state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'verified', 'rectified', 'callback_done', 'closed')),
        opened_on date NOT NULL,
        due_date date NOT NULL,
        due_provisional boolean NOT NULL DEFAULT false,
        finding text CHECK (length(finding) <= 1000),
        verified_by uuid,
        verified_at timestamptz,
        measures text CHECK (length(measures) <= 1000),
        rectified_by uuid,
        rectified_at timestamptz,
        callback_outcome text CHECK (length(callback_outcome) <= 1000),
        applicant_answer text CHECK (applicant_answer IN ('satisfied', 'basic', 'dissatisfied', 'unreachable')),
        callback_by uuid,
        callback_at timestamptz,
        review_note text CHECK (length(review_note) <= 1000),
        closed_by uuid,
        closed_at timestamptz,
        opened_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, rating_id),
        CHECK ((state = 'open') OR verified_at IS NOT NULL),
        CHECK ((state IN ('open', 'verified')) OR rectified_at IS NOT NULL),
        CHECK ((state IN ('open', 'verified', 'rectified')) OR callback_at IS NOT NULL),
        CHECK ((state <> 'closed') OR closed_at IS NOT NULL),
        FOREIGN KEY (tenant_id, rating_id) REFERENCES case_rating (tenant_id, id),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id),
        FOREIGN KEY (tenant_id, responsible_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, verified_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, rectified_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, callback_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, closed_by) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX rectification_unit_idx ON rectification (tenant_id, responsible_unit_id, due_date)`);
    await enableTenantIsolation(q, 'rectification');
    await q.query(`GRANT SELECT, INSERT, UPDATE ON rectification TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS rectification`);
  }
}
