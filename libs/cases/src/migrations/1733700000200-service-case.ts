import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 办件: one application of one matter, pinned to the matter version in force when it was
 * submitted and to the terms that applied at the accepting unit. Case numbers come from a
 * counter row per county and day, taken inside the accepting transaction: a rollback gives the
 * number back, so numbers have no gaps. Idempotency keys make every retry of a mutation that
 * creates or moves a case answer the first result.
 */
export class ServiceCase1733700000200 implements MigrationInterface {
  name = 'ServiceCase1733700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_case (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_number text,
        verification_code text NOT NULL CHECK (verification_code ~ '^[0-9A-HJ-NP-Z]{6}$'),
        matter_id uuid NOT NULL,
        matter_version int NOT NULL,
        matter_name text NOT NULL,
        applicant_id uuid,
        applicant_name text NOT NULL CHECK (length(applicant_name) BETWEEN 1 AND 100),
        accepting_unit_id uuid NOT NULL,
        current_unit_id uuid NOT NULL,
        deciding_unit_id uuid NOT NULL,
        state text NOT NULL CHECK (state IN ('submitted', 'supplement_requested', 'accepted', 'in_review', 'suspended', 'forwarded', 'returned', 'decided', 'delivered', 'not_accepted', 'withdrawn')),
        acceptance_mode text CHECK (acceptance_mode IN ('full', 'with_gaps')),
        supplement_count int NOT NULL DEFAULT 0 CHECK (supplement_count BETWEEN 0 AND 1),
        limit_working_days int NOT NULL CHECK (limit_working_days >= 0),
        natural_day_cap int CHECK (natural_day_cap > 0),
        accepted_on date,
        due_date date,
        due_provisional boolean NOT NULL DEFAULT false,
        suspended_since date,
        suspended_working_days int NOT NULL DEFAULT 0,
        outcome text CHECK (outcome IN ('approved', 'rejected')),
        -- 不予受理 and 不予决定 state why, and on what legal basis: their notices print it.
        closing_reason text,
        legal_basis text,
        terms jsonb NOT NULL,
        materials jsonb NOT NULL DEFAULT '[]',
        missing_materials jsonb NOT NULL DEFAULT '[]',
        gaps_due_date date,
        submitted_by uuid,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, case_number),
        CHECK ((case_number IS NULL) = (accepted_on IS NULL)),
        FOREIGN KEY (tenant_id, matter_id) REFERENCES matter (tenant_id, id),
        FOREIGN KEY (tenant_id, applicant_id) REFERENCES applicant (tenant_id, id),
        FOREIGN KEY (tenant_id, accepting_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, current_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, deciding_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, submitted_by) REFERENCES app_user (tenant_id, id)
      )`);
    // A unit's open queue, soonest due first.
    await q.query(`
      CREATE INDEX service_case_open_queue_idx ON service_case (tenant_id, current_unit_id, due_date, id)
       WHERE state NOT IN ('delivered', 'not_accepted', 'withdrawn')`);
    await q.query(`
      CREATE TABLE case_number_counter (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        day date NOT NULL,
        last int NOT NULL CHECK (last > 0),
        PRIMARY KEY (tenant_id, day)
      )`);
    await q.query(`
      CREATE TABLE idempotency_key (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        key text NOT NULL CHECK (length(key) BETWEEN 8 AND 100),
        operation text NOT NULL,
        request_hash text NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, key)
      )`);
    for (const table of ['service_case', 'case_number_counter', 'idempotency_key']) {
      await enableTenantIsolation(q, table);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON service_case TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_number_counter TO ${APP_ROLE}`);
    // Keys are kept at least 24 hours; a job may delete older ones.
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS idempotency_key`);
    await q.query(`DROP TABLE IF EXISTS case_number_counter`);
    await q.query(`DROP TABLE IF EXISTS service_case`);
  }
}
