import { MigrationInterface, QueryRunner } from 'typeorm';

/** Published versions and the history of local settings are what cases were decided under: never emptied. */
export class CatalogRefuseTruncate1733200000001 implements MigrationInterface {
  name = 'CatalogRefuseTruncate1733200000001';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['matter_version', 'matter_local_setting']) {
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['matter_version', 'matter_local_setting']) await q.query(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON ${table}`);
  }
}
