import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The queue's order as an index: open cases soonest due first (undated ones last), then by
 * submission. The queue sorts on exactly this expression, so its first page reads 21 index
 * entries however many cases wait — not every open case of the unit and a sort. One index per
 * unit's queue, one for the county's (supervisors, administrators).
 */
export class CaseQueueOrder1733700000800 implements MigrationInterface {
  name = 'CaseQueueOrder1733700000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS service_case_open_queue_idx`);
    await q.query(`
      CREATE INDEX service_case_unit_queue_idx ON service_case (tenant_id, current_unit_id, (coalesce(due_date, DATE '9999-12-31')), submitted_at, id)
       WHERE state NOT IN ('delivered', 'not_accepted', 'withdrawn')`);
    await q.query(`
      CREATE INDEX service_case_county_queue_idx ON service_case (tenant_id, (coalesce(due_date, DATE '9999-12-31')), submitted_at, id)
       WHERE state NOT IN ('delivered', 'not_accepted', 'withdrawn')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS service_case_county_queue_idx`);
    await q.query(`DROP INDEX IF EXISTS service_case_unit_queue_idx`);
    await q.query(`
      CREATE INDEX service_case_open_queue_idx ON service_case (tenant_id, current_unit_id, due_date, id)
       WHERE state NOT IN ('delivered', 'not_accepted', 'withdrawn')`);
  }
}
