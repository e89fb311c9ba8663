import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 检索同义词: words citizens type for a matter that its official name does not contain ("低保" →
 * 最低生活保障), kept per county by its catalog administrator. A change moves the county's catalog
 * generation like any other change the guide shows, so cached searches are not served stale.
 */
export class GuideSynonym1733620000000 implements MigrationInterface {
  name = 'GuideSynonym1733620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE guide_synonym (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        term text NOT NULL CHECK (length(term) BETWEEN 1 AND 20 AND term = lower(btrim(term))),
        expansion text NOT NULL CHECK (length(expansion) BETWEEN 1 AND 40),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, term),
        FOREIGN KEY (tenant_id, created_by) REFERENCES app_user (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'guide_synonym');
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON guide_synonym TO ${APP_ROLE}`);
    await q.query(`
      CREATE TRIGGER guide_synonym_moves_catalog_generation AFTER INSERT OR UPDATE OR DELETE ON guide_synonym
      FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_generation()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS guide_synonym`);
  }
}
