import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each audit entry is sealed: 1 = plain SM3 (every entry written before the audit key
 * existed), 2 = HMAC-SM3 with the audit key (every entry from now on). Adding a column with a
 * default rewrites no row, so the append-only triggers do not fire.
 */
export class AuditSeal1733400000000 implements MigrationInterface {
  name = 'AuditSeal1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN seal smallint NOT NULL DEFAULT 1 CONSTRAINT audit_log_seal_known CHECK (seal IN (1, 2))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP COLUMN seal`);
  }
}
