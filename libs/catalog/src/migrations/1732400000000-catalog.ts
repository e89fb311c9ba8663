import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

export const CATALOG_TABLES = ['matter', 'matter_version', 'matter_local_setting'];

/**
 * The standard catalog: one row per matter, its immutable published versions and drafts,
 * and the few things a township or village may localize. No copies per village.
 */
export class Catalog1732400000000 implements MigrationInterface {
  name = 'Catalog1732400000000';

  async up(q: QueryRunner): Promise<void> {
    // Identity of a matter; its elements live in versions. Implementation codes (实施编码) are unique per county.
    await q.query(`
      CREATE TABLE matter (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        basic_code text NOT NULL,
        implementation_code text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        retired_at timestamptz,
        retired_by uuid,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, implementation_code),
        FOREIGN KEY (tenant_id, created_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, retired_by) REFERENCES app_user (tenant_id, id)
      )`);

    await q.query(`
      CREATE TABLE matter_version (
        tenant_id uuid NOT NULL,
        matter_id uuid NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        name text NOT NULL,
        pinyin text NOT NULL DEFAULT '',
        pinyin_initials text NOT NULL DEFAULT '',
        content jsonb NOT NULL,
        effective_from date,
        published_at timestamptz,
        published_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, matter_id, version),
        FOREIGN KEY (tenant_id, matter_id) REFERENCES matter (tenant_id, id),
        FOREIGN KEY (tenant_id, published_by) REFERENCES app_user (tenant_id, id),
        CHECK ((status = 'published') = (published_at IS NOT NULL AND effective_from IS NOT NULL))
      )`);
    // At most one draft per matter; the version in force is looked up by effective date.
    await q.query(`CREATE UNIQUE INDEX matter_version_one_draft ON matter_version (tenant_id, matter_id) WHERE status = 'draft'`);
    await q.query(`
      CREATE INDEX matter_version_in_force ON matter_version (tenant_id, matter_id, effective_from DESC, version DESC)
      WHERE status = 'published'`);
    await q.query(`CREATE INDEX matter_version_tiers ON matter_version USING gin ((content -> 'acceptingTiers'))`);

    // A published version is what cases were accepted under: it never changes again.
    await q.query(`
      CREATE FUNCTION matter_version_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'published matter version % of matter % is immutable', OLD.version, OLD.matter_id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER matter_version_immutable BEFORE UPDATE OR DELETE ON matter_version
      FOR EACH ROW EXECUTE FUNCTION matter_version_published_is_immutable()`);

    // 本地化: only where, when, whom to call and a shorter promise; never materials, fees or steps.
    await q.query(`
      CREATE TABLE matter_local_setting (
        tenant_id uuid NOT NULL,
        matter_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        address text,
        hours text,
        phone text,
        window_id uuid,
        promised_days integer CHECK (promised_days >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid,
        PRIMARY KEY (tenant_id, matter_id, org_unit_id),
        FOREIGN KEY (tenant_id, matter_id) REFERENCES matter (tenant_id, id),
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, window_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, updated_by) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX matter_local_setting_unit_idx ON matter_local_setting (tenant_id, org_unit_id)`);

    for (const table of CATALOG_TABLES) await enableTenantIsolation(q, table);

    // The public guide knows a county only by its division code: a narrow definer function
    // answers which tenant that is, and nothing else; the reads then run under RLS.
    await q.query(`
      CREATE FUNCTION tenant_id_for_division(p_code text) RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
      $$ SELECT id FROM tenant WHERE kind = 'county' AND division_code = rpad(p_code, 12, '0') $$`);
    await q.query(`REVOKE ALL ON FUNCTION tenant_id_for_division(text) FROM PUBLIC`);

    await q.query(`GRANT SELECT, INSERT, UPDATE ON matter TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON matter_version, matter_local_setting TO ${APP_ROLE}`);
    await q.query(`GRANT EXECUTE ON FUNCTION tenant_id_for_division(text) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS tenant_id_for_division(text)`);
    for (const table of [...CATALOG_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    await q.query(`DROP FUNCTION IF EXISTS matter_version_published_is_immutable()`);
  }
}
