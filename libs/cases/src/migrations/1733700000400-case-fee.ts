import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantIsolation } from '@county/tenancy';

/**
 * 收费与送达. A case's fee sheet is copied at acceptance from the matter version it pinned, in
 * fen (whole numbers, never floats). 票款分离: the window never takes cash; a payment is the
 * bank's receipt number, used once in a county. A fee is due, paid (by one payment) or waived
 * for a special group the applicant belongs to and the matter serves. The delivery columns say
 * how the result reached the applicant.
 */
export class CaseFee1733700000400 implements MigrationInterface {
  name = 'CaseFee1733700000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE service_case
        ADD COLUMN delivery_method text CHECK (delivery_method IN ('window', 'post', 'home')),
        ADD COLUMN tracking_number text CHECK (length(tracking_number) BETWEEN 1 AND 40),
        ADD COLUMN delivery_address text CHECK (length(delivery_address) BETWEEN 1 AND 200),
        ADD COLUMN delivery_notes text CHECK (length(delivery_notes) BETWEEN 1 AND 500),
        ADD CONSTRAINT service_case_post_tracked CHECK (delivery_method IS DISTINCT FROM 'post' OR tracking_number IS NOT NULL),
        ADD CONSTRAINT service_case_home_addressed CHECK (delivery_method IS DISTINCT FROM 'home' OR delivery_address IS NOT NULL)`);
    await q.query(`
      CREATE TABLE case_payment (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        -- 银行缴款回执号, kept in capitals: one receipt pays once in the county.
        bank_receipt_number text NOT NULL CHECK (bank_receipt_number ~ '^[A-Z0-9-]{6,40}$'),
        paid_on date NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, bank_receipt_number),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id),
        FOREIGN KEY (tenant_id, recorded_by) REFERENCES app_user (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE case_fee (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        position int NOT NULL CHECK (position >= 0),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        basis text NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        status text NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'paid', 'waived')),
        payment_id uuid,
        waived_group text CHECK (waived_group IN ('elderly', 'disabled', 'low_income', 'entitled')),
        waive_reason text CHECK (length(waive_reason) BETWEEN 1 AND 500),
        settled_by uuid,
        settled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, case_id, position),
        CHECK ((status = 'paid') = (payment_id IS NOT NULL)),
        CHECK ((status = 'waived') = (waived_group IS NOT NULL AND waive_reason IS NOT NULL)),
        CHECK ((status = 'due') = (settled_at IS NULL)),
        FOREIGN KEY (tenant_id, case_id) REFERENCES service_case (tenant_id, id),
        FOREIGN KEY (tenant_id, payment_id) REFERENCES case_payment (tenant_id, id),
        FOREIGN KEY (tenant_id, settled_by) REFERENCES app_user (tenant_id, id)
      )`);
    for (const table of ['case_payment', 'case_fee']) await enableTenantIsolation(q, table);
    // Payments are never changed or deleted; a fee is settled once.
    await q.query(`GRANT SELECT, INSERT ON case_payment TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_fee TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS case_fee`);
    await q.query(`DROP TABLE IF EXISTS case_payment`);
    await q.query(`
      ALTER TABLE service_case DROP CONSTRAINT IF EXISTS service_case_home_addressed, DROP CONSTRAINT IF EXISTS service_case_post_tracked,
        DROP COLUMN IF EXISTS delivery_notes, DROP COLUMN IF EXISTS delivery_address, DROP COLUMN IF EXISTS tracking_number, DROP COLUMN IF EXISTS delivery_method`);
  }
}
