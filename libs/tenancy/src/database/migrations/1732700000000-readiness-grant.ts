import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';

/** GET /readyz asks, as the application role, whether every migration has run: it may read their names. */
export class ReadinessGrant1732700000000 implements MigrationInterface {
  name = 'ReadinessGrant1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT ON migrations TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT ON migrations FROM ${APP_ROLE}`);
  }
}
