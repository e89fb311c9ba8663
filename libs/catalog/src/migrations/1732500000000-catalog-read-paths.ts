import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tiers a version is accepted at, beside its content: the effective catalog of a village
 * or township filters a county's ~1,000 versions by tier, and reading the tiers out of `content`
 * decompresses every version's whole content first (most of the read's time in the database).
 */
export class CatalogReadPaths1732500000000 implements MigrationInterface {
  name = 'CatalogReadPaths1732500000000';

  async up(q: QueryRunner): Promise<void> {
    // Generated from content, so it can never disagree with it; rewriting the table fires no row trigger.
    await q.query(`ALTER TABLE matter_version ADD COLUMN accepting_tiers jsonb GENERATED ALWAYS AS (content -> 'acceptingTiers') STORED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matter_version DROP COLUMN IF EXISTS accepting_tiers`);
  }
}
