import { MigrationInterface, QueryRunner } from 'typeorm';

/** The application role of the foundation migration (kept literal: this file loads before any lib alias resolves). */
const APP_ROLE = 'county_app';

/**
 * Local settings keep their history: each row holds one state of a unit's setting for a matter,
 * valid from `valid_from` until `valid_to` (exclusive); the current setting is the row without
 * `valid_to`. Changing a setting closes the current row and adds the next; clearing only closes
 * it. Cases snapshot what applied at acceptance, so an old state must be readable forever.
 */
export class LocalSettingHistory1732610000000 implements MigrationInterface {
  name = 'LocalSettingHistory1732610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matter_local_setting ADD COLUMN valid_from timestamptz`);
    await q.query(`UPDATE matter_local_setting SET valid_from = updated_at`);
    await q.query(`
      ALTER TABLE matter_local_setting
        ALTER COLUMN valid_from SET NOT NULL,
        ALTER COLUMN valid_from SET DEFAULT now(),
        ADD COLUMN valid_to timestamptz,
        ADD COLUMN ended_by uuid,
        ADD CONSTRAINT matter_local_setting_valid_range CHECK (valid_to IS NULL OR valid_to > valid_from),
        ADD FOREIGN KEY (tenant_id, ended_by) REFERENCES app_user (tenant_id, id),
        DROP CONSTRAINT matter_local_setting_pkey,
        ADD PRIMARY KEY (tenant_id, matter_id, org_unit_id, valid_from)`);
    await q.query(`
      CREATE UNIQUE INDEX matter_local_setting_current ON matter_local_setting (tenant_id, matter_id, org_unit_id)
      WHERE valid_to IS NULL`);
    await q.query(`DROP INDEX matter_local_setting_unit_idx`);
    await q.query(`CREATE INDEX matter_local_setting_unit_idx ON matter_local_setting (tenant_id, org_unit_id) WHERE valid_to IS NULL`);

    // History is evidence: a past state is never rewritten or removed, only the current one closed.
    await q.query(`
      CREATE FUNCTION matter_local_setting_history_is_kept() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN
        IF TG_OP = 'DELETE' OR OLD.valid_to IS NOT NULL
           OR (to_jsonb(NEW) - 'valid_to' - 'ended_by') IS DISTINCT FROM (to_jsonb(OLD) - 'valid_to' - 'ended_by') THEN
          RAISE EXCEPTION 'matter local setting history is kept: a state can only be closed'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER matter_local_setting_history BEFORE UPDATE OR DELETE ON matter_local_setting
      FOR EACH ROW EXECUTE FUNCTION matter_local_setting_history_is_kept()`);
    await q.query(`REVOKE DELETE ON matter_local_setting FROM ${APP_ROLE}`);
    // RLS (tenant_id = current_tenant_id()) and the other grants stay as the catalog migration set them.
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS matter_local_setting_history ON matter_local_setting`);
    await q.query(`DROP FUNCTION IF EXISTS matter_local_setting_history_is_kept()`);
    await q.query(`DELETE FROM matter_local_setting WHERE valid_to IS NOT NULL`);
    await q.query(`DROP INDEX IF EXISTS matter_local_setting_current`);
    await q.query(`DROP INDEX IF EXISTS matter_local_setting_unit_idx`);
    await q.query(`
      ALTER TABLE matter_local_setting
        DROP CONSTRAINT matter_local_setting_pkey,
        ADD PRIMARY KEY (tenant_id, matter_id, org_unit_id),
        DROP COLUMN ended_by,
        DROP COLUMN valid_to,
        DROP COLUMN valid_from`);
    await q.query(`CREATE INDEX matter_local_setting_unit_idx ON matter_local_setting (tenant_id, org_unit_id)`);
    await q.query(`GRANT DELETE ON matter_local_setting TO ${APP_ROLE}`);
  }
}
