import { QueryRunner } from 'typeorm';

/** Name of the policy every tenant table carries; the schema test looks for it. */
export const TENANT_POLICY = 'tenant_isolation';

/**
 * Switches row-level security on for a table that holds one county's rows: the application
 * role then sees and writes only rows of the tenant its transaction set (`app.tenant_id`).
 * Every migration that creates a table with `tenant_id` calls this for it.
 */
export async function enableTenantIsolation(q: QueryRunner, table: string): Promise<void> {
  await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await q.query(`
        CREATE POLICY ${TENANT_POLICY} ON ${table}
        USING (tenant_id = current_tenant_id())
        WITH CHECK (tenant_id = current_tenant_id())`);
}
