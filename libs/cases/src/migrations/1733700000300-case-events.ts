import { MigrationInterface, QueryRunner } from 'typeorm';
import PgBoss from 'pg-boss';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';
import { CASE_QUEUES, JOB_SCHEMA } from '../events/job-queues';

/**
 * Events out of the case transaction (事件与通知): `case_event` is written with the move that
 * caused it, and so are its pg-boss jobs; the job worker delivers them to `case_notice` (短信与站内
 * 通知) and `supervision_handoff` (审管联动). pg-boss's own schema (its schema version 24, pg-boss
 * 10.x) is created here by the owner, so the application role needs no right to create anything.
 */
export class CaseEvents1733700000300 implements MigrationInterface {
  name = 'CaseEvents1733700000300';

  async up(q: QueryRunner): Promise<void> {
    // pg-boss wraps its plan in BEGIN/COMMIT; the migration is already one transaction.
    const plan = PgBoss.getConstructionPlans(JOB_SCHEMA).replace(/^\s*BEGIN;/, '').replace(/COMMIT;\s*$/, '');
    await q.query(plan);
    for (const name of Object.values(CASE_QUEUES)) {
      await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [name, JSON.stringify({ policy: 'standard' })]);
    }
    await q.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${JOB_SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`);

    await q.query(`
      CREATE TABLE case_event (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('case_accepted', 'supplement_requested', 'case_decided', 'supervision_handoff')),
        payload jsonb NOT NULL,
        actor_id uuid,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id),
        FOREIGN KEY (tenant_id, actor_id) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX case_event_case_idx ON case_event (tenant_id, case_id, occurred_at)`);
    // One notice per event and channel: a redelivered job finds its row and sends nothing again.
    await q.query(`
      CREATE TABLE case_notice (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('sms', 'in_app')),
        recipient_masked text,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'no_recipient')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        provider text,
        provider_reference text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, event_id, channel),
        FOREIGN KEY (tenant_id, event_id) REFERENCES case_event (tenant_id, id),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX case_notice_case_idx ON case_notice (tenant_id, case_id, created_at)`);
    // 审管联动: an approved licence handed to the department that supervises the licensee.
    // 审管分离: whoever approved may not be the one assigned to supervise.
    await q.query(`
      CREATE TABLE supervision_handoff (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        case_id uuid NOT NULL,
        case_number text,
        matter_id uuid NOT NULL,
        matter_name text NOT NULL,
        licensee_name text NOT NULL,
        supervising_unit_id uuid NOT NULL,
        approved_by uuid NOT NULL,
        decided_on date NOT NULL,
        supervisor_id uuid,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, event_id),
        CHECK (supervisor_id IS DISTINCT FROM approved_by),
        FOREIGN KEY (tenant_id, event_id) REFERENCES case_event (tenant_id, id),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id),
        FOREIGN KEY (tenant_id, matter_id) REFERENCES matter (tenant_id, id),
        FOREIGN KEY (tenant_id, supervising_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, approved_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, supervisor_id) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX supervision_handoff_unit_idx ON supervision_handoff (tenant_id, supervising_unit_id, received_at DESC)`);
    for (const table of ['case_event', 'case_notice', 'supervision_handoff']) await enableTenantIsolation(q, table);
    await q.query(`GRANT SELECT, INSERT ON case_event TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_notice TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON supervision_handoff TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS supervision_handoff`);
    await q.query(`DROP TABLE IF EXISTS case_notice`);
    await q.query(`DROP TABLE IF EXISTS case_event`);
    await q.query(`DROP SCHEMA IF EXISTS ${JOB_SCHEMA} CASCADE`);
  }
}
