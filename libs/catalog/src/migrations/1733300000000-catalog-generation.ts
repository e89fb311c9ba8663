import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/** Every table whose rows the public guide and the notification sheet are resolved from. */
export const GUIDE_SOURCE_TABLES = ['tenant', 'org_unit', 'matter', 'matter_version', 'matter_local_setting'];

/**
 * A per-county counter that moves, in the same transaction, with every change the public guide
 * could show, so a guide resolved once can be served from memory until the counter moves
 * (libs/catalog/src/guide/guide-cache.ts). A change made under a tenant moves that tenant's
 * counter; one made without (migrations, seeds, imports by the owner) moves every county's.
 * Published versions never change, and "today" is part of the cache key, so a version taking
 * effect at midnight needs no write.
 */
export class CatalogGeneration1733300000000 implements MigrationInterface {
  name = 'CatalogGeneration1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE catalog_generation (
        tenant_id uuid PRIMARY KEY REFERENCES tenant (id),
        generation bigint NOT NULL
      )`);
    // Written only by the definer trigger below and read only through public_county(): the app role gets no grant.
    await enableTenantIsolation(q, 'catalog_generation');
    await q.query(`
      CREATE FUNCTION bump_catalog_generation() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        t uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
      BEGIN
        IF t IS NOT NULL AND coalesce(current_setting('app.platform', true), 'off') <> 'on' THEN
          INSERT INTO catalog_generation (tenant_id, generation) VALUES (t, 1)
            ON CONFLICT (tenant_id) DO UPDATE SET generation = catalog_generation.generation + 1;
        ELSE
          INSERT INTO catalog_generation (tenant_id, generation) SELECT id, 1 FROM tenant
            ON CONFLICT (tenant_id) DO UPDATE SET generation = catalog_generation.generation + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION bump_catalog_generation() FROM PUBLIC`);
    for (const table of GUIDE_SOURCE_TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_moves_catalog_generation AFTER INSERT OR UPDATE OR DELETE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_generation()`,
      );
    }
    // One round trip for a public request: which county a division code names, and how current its guide is.
    await q.query(`
      CREATE FUNCTION public_county(p_code text) RETURNS TABLE (tenant_id uuid, division_code text, name text, generation bigint)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
      $$ SELECT t.id, t.division_code::text, t.name, coalesce(g.generation, 0)
           FROM tenant t LEFT JOIN catalog_generation g ON g.tenant_id = t.id
          WHERE t.kind = 'county' AND t.division_code = rpad(p_code, 12, '0') $$`);
    await q.query(`REVOKE ALL ON FUNCTION public_county(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION public_county(text) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS public_county(text)`);
    for (const table of GUIDE_SOURCE_TABLES) await q.query(`DROP TRIGGER IF EXISTS ${table}_moves_catalog_generation ON ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS bump_catalog_generation()`);
    await q.query(`DROP TABLE IF EXISTS catalog_generation`);
  }
}
