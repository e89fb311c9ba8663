import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a unit tells the public about itself — its address, opening hours and phone — and the
 * closing of a window: a closed window keeps its row (cases and settings name it), with when and
 * by whom it closed. RLS and grants stay as the foundation migration set them.
 */
export class OrgUnitDetails1733610000000 implements MigrationInterface {
  name = 'OrgUnitDetails1733610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE org_unit
        ADD COLUMN address text,
        ADD COLUMN opening_hours text,
        ADD COLUMN phone text,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN closed_by uuid,
        ADD FOREIGN KEY (tenant_id, closed_by) REFERENCES app_user (tenant_id, id),
        ADD CONSTRAINT org_unit_only_windows_close CHECK (closed_at IS NULL OR kind = 'window')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE org_unit
        DROP CONSTRAINT org_unit_only_windows_close,
        DROP COLUMN closed_by,
        DROP COLUMN closed_at,
        DROP COLUMN phone,
        DROP COLUMN opening_hours,
        DROP COLUMN address`);
  }
}
