import { Client } from 'pg';
import { TENANT_POLICY } from '@county/tenancy';
import { createTestDatabase, TestDatabase } from '@county/tenancy/testing';

/**
 * What every migration of every library must give a table, checked on the migrated schema
 * itself rather than on a list someone has to remember: a table with `tenant_id` is tenant
 * data (row-level security with the tenant policy) and keys that lead with `tenant_id`, so it
 * can be distributed by tenant (Citus, docs/scaling.md). Anything else is named here on purpose.
 */

/** Tables without tenant_id, and why. A new one fails until it is added here with its reason. */
const GLOBAL_TABLES: Record<string, string> = {
  division: 'national division codes: reference data, read-only for the application (Citus reference table)',
  tenant: 'the tenants themselves: visible to their own tenant or the platform (Citus reference table)',
  migrations: "TypeORM's record of applied migrations (local to the coordinator)",
};

/** Unique indexes of tenant tables that do not lead with tenant_id, and why. */
const GLOBAL_UNIQUE_INDEXES: Record<string, string> = {
  app_user_username_idx: 'login names are global so people log in without naming their county (under Citus: a reference table of login names)',
};

describe('the migrated schema', () => {
  let db: TestDatabase;
  let owner: Client;
  let tenantTables: string[];
  const rows = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    tenantTables = (
      await rows(`SELECT table_name FROM information_schema.columns
                  WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY table_name`)
    ).map((r) => r.table_name);
  });
  afterAll(async () => {
    await owner?.end();
    await db?.drop();
  });

  it('finds the tenant tables of every library, and no other table but the named global ones', async () => {
    expect(tenantTables).toEqual(expect.arrayContaining(['org_unit', 'app_user', 'audit_log', 'matter', 'matter_version', 'matter_local_setting']));
    const others = (
      await rows(`SELECT table_name FROM information_schema.tables
                  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY ($1)) ORDER BY table_name`, [tenantTables])
    ).map((r) => r.table_name);
    expect(others).toEqual(Object.keys(GLOBAL_TABLES).sort());
  });

  it('switches row-level security on for every tenant table, with the tenant policy for reads and writes', async () => {
    const tables = await rows(
      `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
       WHERE relnamespace = 'public'::regnamespace AND relname = ANY ($1) ORDER BY relname`,
      [tenantTables],
    );
    // Not forced, on purpose: only the owner is exempt, and the owner is the one that migrates,
    // seeds and verifies every tenant's audit chain; the application role owns nothing.
    expect(tables).toEqual(tenantTables.map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: false })));
    const policies = await rows(
      `SELECT tablename, policyname, permissive, roles::text[] AS roles, cmd, qual, with_check FROM pg_policies
       WHERE schemaname = 'public' AND tablename = ANY ($1) ORDER BY tablename, policyname`,
      [tenantTables],
    );
    const isolation = '(tenant_id = current_tenant_id())';
    expect(policies).toEqual(
      tenantTables.map((tablename) => ({
        tablename,
        policyname: TENANT_POLICY,
        permissive: 'PERMISSIVE',
        roles: ['public'],
        cmd: 'ALL',
        qual: isolation,
        with_check: isolation,
      })),
    );
  });

  it('keeps tenant_id NOT NULL in every tenant table', async () => {
    const nullable = await rows(
      `SELECT table_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'tenant_id' AND is_nullable = 'YES'`,
    );
    expect(nullable).toEqual([]);
  });

  it('leads every primary key and unique index of a tenant table with tenant_id, but for the named exceptions', async () => {
    const leading = await rows(
      `SELECT c.relname AS table_name, i.relname AS index_name, x.indisprimary AS primary,
              coalesce(a.attname, '(expression)') AS first_column
       FROM pg_index x
       JOIN pg_class c ON c.oid = x.indrelid
       JOIN pg_class i ON i.oid = x.indexrelid
       LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = x.indkey[0]
       WHERE c.relname = ANY ($1) AND x.indisunique ORDER BY 1, 2`,
      [tenantTables],
    );
    expect(leading.filter((r) => r.primary).map((r) => r.table_name)).toEqual(tenantTables);
    const offenders = leading.filter((r) => r.first_column !== 'tenant_id').map((r) => r.index_name);
    expect(offenders.sort()).toEqual(Object.keys(GLOBAL_UNIQUE_INDEXES).sort());
  });

  it('makes every foreign key of a tenant table lead with tenant_id: to a tenant table by its key, or to the tenant', async () => {
    const keys = await rows(
      `SELECT con.conname, src.relname AS from_table, dst.relname AS to_table,
              (SELECT array_agg(a.attname ORDER BY k.i)::text[] FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS from_columns,
              (SELECT array_agg(a.attname ORDER BY k.i)::text[] FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS to_columns
       FROM pg_constraint con
       JOIN pg_class src ON src.oid = con.conrelid
       JOIN pg_class dst ON dst.oid = con.confrelid
       WHERE con.contype = 'f' AND src.relname = ANY ($1) ORDER BY 1`,
      [tenantTables],
    );
    expect(keys.length).toBeGreaterThan(tenantTables.length);
    const colocated = (k: any) =>
      tenantTables.includes(k.to_table) && k.from_columns[0] === 'tenant_id' && k.to_columns[0] === 'tenant_id';
    const toTenant = (k: any) => k.to_table === 'tenant' && k.from_columns.join() === 'tenant_id' && k.to_columns.join() === 'id';
    expect(keys.filter((k) => !colocated(k) && !toTenant(k))).toEqual([]);
  });

  it('gives the global tables no foreign key into tenant data', async () => {
    const keys = await rows(
      `SELECT con.conname FROM pg_constraint con JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
       WHERE con.contype = 'f' AND src.relname = ANY ($1) AND dst.relname = ANY ($2)`,
      [Object.keys(GLOBAL_TABLES), tenantTables],
    );
    expect(keys).toEqual([]);
  });
});
