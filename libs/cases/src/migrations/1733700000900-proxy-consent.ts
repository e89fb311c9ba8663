import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 委托书: an applicant's consent that a village agent (or her station) files for him — for
 * named matters (by implementation code) or all proxy-allowed ones, for a period, evidenced by
 * the photo of the signed form or of the fingerprint (in the file store, never here). A
 * withdrawal is the only change a consent ever sees; a case filed by proxy names its consent.
 */
export class ProxyConsent1733700000900 implements MigrationInterface {
  name = 'ProxyConsent1733700000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proxy_consent (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        applicant_id uuid NOT NULL,
        agent_user_id uuid,
        station_unit_id uuid,
        all_matters boolean NOT NULL,
        matter_codes text[] NOT NULL DEFAULT '{}',
        valid_from date NOT NULL,
        valid_until date NOT NULL,
        evidence_kind text NOT NULL CHECK (evidence_kind IN ('signed_form', 'fingerprint')),
        evidence_key text NOT NULL CHECK (length(evidence_key) BETWEEN 1 AND 300),
        evidence_mime text NOT NULL CHECK (evidence_mime IN ('image/jpeg', 'application/pdf')),
        evidence_bytes int NOT NULL CHECK (evidence_bytes > 0),
        evidence_sha256 text NOT NULL CHECK (evidence_sha256 ~ '^[0-9a-f]{64}$'),
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        withdrawn_by uuid,
        withdrawal_reason text CHECK (length(withdrawal_reason) <= 500),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, evidence_key),
        CHECK ((agent_user_id IS NULL) <> (station_unit_id IS NULL)),
        CHECK (valid_until >= valid_from),
        CHECK (all_matters OR cardinality(matter_codes) > 0),
        CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
        FOREIGN KEY (tenant_id, applicant_id) REFERENCES applicant (tenant_id, id),
        FOREIGN KEY (tenant_id, agent_user_id) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, station_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, recorded_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, withdrawn_by) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX proxy_consent_applicant_idx ON proxy_consent (tenant_id, applicant_id, recorded_at DESC)`);
    await q.query(`CREATE INDEX proxy_consent_agent_idx ON proxy_consent (tenant_id, agent_user_id) WHERE agent_user_id IS NOT NULL`);
    await q.query(`CREATE INDEX proxy_consent_station_idx ON proxy_consent (tenant_id, station_unit_id) WHERE station_unit_id IS NOT NULL`);
    await enableTenantIsolation(q, 'proxy_consent');
    // A consent is never edited: only its withdrawal is written, once.
    await q.query(`GRANT SELECT, INSERT ON proxy_consent TO ${APP_ROLE}`);
    await q.query(`GRANT UPDATE (withdrawn_at, withdrawn_by, withdrawal_reason) ON proxy_consent TO ${APP_ROLE}`);

    await q.query(`ALTER TABLE service_case ADD COLUMN proxy_consent_id uuid`);
    await q.query(`ALTER TABLE service_case ADD FOREIGN KEY (tenant_id, proxy_consent_id) REFERENCES proxy_consent (tenant_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service_case DROP COLUMN IF EXISTS proxy_consent_id`);
    await q.query(`DROP TABLE IF EXISTS proxy_consent`);
  }
}
