import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 申请人: the persons and organizations a county serves. The ID number is held only as its SM4
 * ciphertext, its keyed lookup hash (unique in the county) and its mask; the key is outside the
 * database (PII_KEY).
 */
export class Applicant1733700000100 implements MigrationInterface {
  name = 'Applicant1733700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE applicant (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('person', 'organization')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        id_kind text NOT NULL CHECK (id_kind IN ('resident_id', 'credit_code')),
        id_cipher text NOT NULL,
        id_hash text NOT NULL CHECK (id_hash ~ '^[0-9a-f]{64}$'),
        id_masked text NOT NULL,
        birth_date date,
        phone text,
        address text CHECK (length(address) <= 200),
        residence_unit_id uuid,
        disabled boolean NOT NULL DEFAULT false,
        low_income boolean NOT NULL DEFAULT false,
        entitled boolean NOT NULL DEFAULT false,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, id_hash),
        CHECK ((kind = 'person' AND id_kind = 'resident_id' AND birth_date IS NOT NULL)
            OR (kind = 'organization' AND id_kind = 'credit_code' AND birth_date IS NULL)),
        FOREIGN KEY (tenant_id, residence_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, created_by) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX applicant_name_idx ON applicant (tenant_id, name text_pattern_ops)`);
    await q.query(`CREATE INDEX applicant_phone_idx ON applicant (tenant_id, phone)`);
    await q.query(`CREATE INDEX applicant_created_idx ON applicant (tenant_id, created_at DESC, id)`);
    await enableTenantIsolation(q, 'applicant');
    await q.query(`GRANT SELECT, INSERT, UPDATE ON applicant TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS applicant`);
  }
}
