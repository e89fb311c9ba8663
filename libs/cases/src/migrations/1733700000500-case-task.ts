import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 并联审批: one task per co-implementing department (联办部门) of a case, opened at acceptance
 * (抄告相关); each ends with that department's opinion. 联合踏勘: one survey record per site survey
 * of a case with tasks, naming every department it served. The case remembers who decided it
 * and under which delegation (一纸授权), so the decider can be kept from supervising it (审管分离).
 */
export class CaseTask1733700000500 implements MigrationInterface {
  name = 'CaseTask1733700000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_task (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        department_id uuid NOT NULL,
        -- The order the matter names its co-implementing departments in.
        position int NOT NULL,
        state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'agreed', 'disagreed')),
        reason text CHECK (length(reason) <= 500),
        opinion_by uuid,
        opinion_at timestamptz,
        opened_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, case_id, department_id),
        CHECK ((state = 'open') = (opinion_at IS NULL)),
        CHECK (state <> 'disagreed' OR reason IS NOT NULL),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, opinion_by) REFERENCES app_user (tenant_id, id)
      )`);
    // A department's open tasks.
    await q.query(`CREATE INDEX case_task_department_idx ON case_task (tenant_id, department_id, case_id)`);
    await q.query(`
      CREATE TABLE case_survey (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        department_ids uuid[] NOT NULL CHECK (cardinality(department_ids) > 0),
        reason text NOT NULL,
        started_on date NOT NULL,
        ended_on date,
        started_by uuid NOT NULL,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id),
        FOREIGN KEY (tenant_id, started_by) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX case_survey_case_idx ON case_survey (tenant_id, case_id)`);
    await q.query(`
      ALTER TABLE service_case
        ADD COLUMN decided_by uuid,
        ADD COLUMN decided_under_delegation_id uuid,
        ADD FOREIGN KEY (tenant_id, decided_by) REFERENCES app_user (tenant_id, id),
        ADD FOREIGN KEY (tenant_id, decided_under_delegation_id) REFERENCES delegation (tenant_id, id)`);
    for (const table of ['case_task', 'case_survey']) {
      await enableTenantIsolation(q, table);
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO ${APP_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service_case DROP COLUMN IF EXISTS decided_under_delegation_id, DROP COLUMN IF EXISTS decided_by`);
    await q.query(`DROP TABLE IF EXISTS case_survey`);
    await q.query(`DROP TABLE IF EXISTS case_task`);
  }
}
