import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 好差评, 一事一评: one rating per case (the unique key holds it under concurrent attempts),
 * naming the units and the people who handled the case as they were when it was rated. Ratings
 * are never updated or deleted by the application.
 */
export class CaseRating1733800000100 implements MigrationInterface {
  name = 'CaseRating1733800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_rating (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        grade text NOT NULL CHECK (grade IN ('very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied')),
        -- [{ "dimension": "attitude", "grade": "satisfied" }, …]
        dimensions jsonb NOT NULL DEFAULT '[]',
        comment text CHECK (length(comment) <= 500),
        channel text NOT NULL CHECK (channel IN ('window', 'public', 'agent')),
        -- 代评: a village agent recorded it for the applicant.
        by_proxy boolean NOT NULL DEFAULT false,
        anonymous boolean NOT NULL DEFAULT false,
        bad boolean NOT NULL,
        recorded_by uuid,
        accepting_unit_id uuid NOT NULL,
        deciding_unit_id uuid NOT NULL,
        accepted_by uuid,
        decided_by uuid,
        rated_on date NOT NULL,
        rated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, case_id),
        CHECK (by_proxy = (channel = 'agent')),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id),
        FOREIGN KEY (tenant_id, accepting_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, deciding_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, recorded_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, accepted_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, decided_by) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX case_rating_rated_idx ON case_rating (tenant_id, rated_at DESC, id)`);
    await enableTenantIsolation(q, 'case_rating');
    await q.query(`GRANT SELECT, INSERT ON case_rating TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS case_rating`);
  }
}
