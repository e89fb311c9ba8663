import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row triggers do not fire on TRUNCATE, so an append-only table could still be emptied in one
 * statement by its owner. One statement trigger refuses it; libraries attach it to their
 * append-only tables (the audit log here, published catalog versions in the catalog).
 */
export class RefuseTruncate1733200000000 implements MigrationInterface {
  name = 'RefuseTruncate1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN
        RAISE EXCEPTION '% is append-only: TRUNCATE is refused', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log`);
    await q.query(`DROP FUNCTION IF EXISTS refuse_truncate()`);
  }
}
