import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retiring a matter takes a reason and an effective date: `retired_at` is the instant the
 * retirement takes effect (00:00 Beijing time of that date), `retirement_recorded_at` when it
 * was decided. A published version scheduled for a later date (待施行) can be withdrawn before it
 * takes effect: its status becomes `withdrawn` (kept for the record, never in force), with who,
 * when and why. Nothing else of a published or withdrawn version ever changes.
 */
export class RetirementAndWithdrawal1733610000001 implements MigrationInterface {
  name = 'RetirementAndWithdrawal1733610000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matter ADD COLUMN retirement_reason text, ADD COLUMN retirement_recorded_at timestamptz`);
    await q.query(`UPDATE matter SET retirement_recorded_at = retired_at WHERE retired_at IS NOT NULL`);

    // The status and publication checks of the catalog migration, widened to the withdrawn state.
    await q.query(`
      DO $$ DECLARE c record; BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                  WHERE conrelid = 'matter_version'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%status%'
        LOOP EXECUTE format('ALTER TABLE matter_version DROP CONSTRAINT %I', c.conname); END LOOP;
      END $$`);
    await q.query(`
      ALTER TABLE matter_version
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawn_by uuid,
        ADD COLUMN withdrawal_reason text,
        ADD FOREIGN KEY (tenant_id, withdrawn_by) REFERENCES app_user (tenant_id, id),
        ADD CONSTRAINT matter_version_status_check CHECK (status IN ('draft', 'published', 'withdrawn')),
        ADD CONSTRAINT matter_version_published_check
          CHECK ((status IN ('published', 'withdrawn')) = (published_at IS NOT NULL AND effective_from IS NOT NULL)),
        ADD CONSTRAINT matter_version_withdrawn_check
          CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL AND withdrawal_reason IS NOT NULL))`);

    // A published version changes once at most: to withdrawn, touching nothing but the withdrawal
    // (generated columns, not yet computed in a BEFORE trigger's NEW, follow the content).
    await q.query(`
      CREATE OR REPLACE FUNCTION matter_version_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status = 'published' AND NEW.status = 'withdrawn'
           AND (to_jsonb(NEW) - 'status' - 'withdrawn_at' - 'withdrawn_by' - 'withdrawal_reason' - 'accepting_tiers')
               IS NOT DISTINCT FROM (to_jsonb(OLD) - 'status' - 'withdrawn_at' - 'withdrawn_by' - 'withdrawal_reason' - 'accepting_tiers') THEN
          RETURN NEW;
        END IF;
        IF OLD.status IN ('published', 'withdrawn') THEN
          RAISE EXCEPTION 'published matter version % of matter % is immutable', OLD.version, OLD.matter_id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION matter_version_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'published matter version % of matter % is immutable', OLD.version, OLD.matter_id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      ALTER TABLE matter_version
        DROP CONSTRAINT matter_version_withdrawn_check,
        DROP CONSTRAINT matter_version_published_check,
        DROP CONSTRAINT matter_version_status_check,
        DROP COLUMN withdrawal_reason,
        DROP COLUMN withdrawn_by,
        DROP COLUMN withdrawn_at,
        ADD CONSTRAINT matter_version_status_check CHECK (status IN ('draft', 'published')),
        ADD CONSTRAINT matter_version_check CHECK ((status = 'published') = (published_at IS NOT NULL AND effective_from IS NOT NULL))`);
    await q.query(`ALTER TABLE matter DROP COLUMN retirement_recorded_at, DROP COLUMN retirement_reason`);
  }
}
