import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 好差评规则: what a county decides for its ratings — which grades count as bad, how many working
 * days a rectification (整改) may take, whether an anonymous bad rating (public lookup) opens
 * one. One row per county; none means the defaults (evaluation-rules.ts).
 */
export class EvaluationRules1733800000000 implements MigrationInterface {
  name = 'EvaluationRules1733800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluation_rules (
        tenant_id uuid NOT NULL PRIMARY KEY REFERENCES tenant (id),
        bad_grades text[] NOT NULL CHECK (bad_grades <@ ARRAY['very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied']),
        rectification_working_days int NOT NULL CHECK (rectification_working_days BETWEEN 1 AND 60),
        anonymous_bad_opens_rectification boolean NOT NULL,
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(q, 'evaluation_rules');
    await q.query(`GRANT SELECT, INSERT, UPDATE ON evaluation_rules TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS evaluation_rules`);
  }
}
