import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read paths of the audit log's filters (person, action, subject, day), each newest first
 * within a county, so a filtered page does not walk the county's whole chain.
 */
export class AuditReadPaths1733510000000 implements MigrationInterface {
  name = 'AuditReadPaths1733510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_log_actor ON audit_log (tenant_id, actor_id, seq DESC)`);
    await q.query(`CREATE INDEX audit_log_action ON audit_log (tenant_id, action, seq DESC)`);
    await q.query(`CREATE INDEX audit_log_subject ON audit_log (tenant_id, subject_type, lower(subject_id), seq DESC)`);
    await q.query(`CREATE INDEX audit_log_at ON audit_log (tenant_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['audit_log_actor', 'audit_log_action', 'audit_log_subject', 'audit_log_at']) await q.query(`DROP INDEX ${index}`);
  }
}
