import { Client } from 'pg';
import { TestCounty, TestFactory, TestUser } from '@county/tenancy/testing';
import { newMatter } from '@county/catalog/testing';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Row-level security is the floor under the application's own checks: connected as the
 * application role, a query sees exactly the tenant its transaction names, and nothing otherwise.
 */
describe('row-level security for the application role', () => {
  let t: TestApp;
  let app: Client;
  let owner: Client;
  let factory: TestFactory;
  let mine: TestCounty;
  let theirs: TestCounty;
  let clerk: TestUser;
  let theirAgent: TestUser;
  let mineId: string;
  let theirsId: string;

  const TABLES = ['org_unit', 'app_user', 'membership', 'audit_log', 'auth_session', 'delegation', 'matter', 'matter_version'];
  const count = async (c: Client, table: string) => Number((await c.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  const setTenant = (c: Client, id: string) => c.query(`SELECT set_config('app.tenant_id', $1, true)`, [id]);

  /** Runs `work` in a transaction and always rolls it back, so one test's writes cannot leak into the next. */
  async function inTransaction<T>(c: Client, work: () => Promise<T>): Promise<T> {
    await c.query('BEGIN');
    try {
      return await work();
    } finally {
      await c.query('ROLLBACK');
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    factory = await TestFactory.open(t.db.ownerUrl);
    [mine, theirs] = [await factory.newCounty(), await factory.newCounty()];
    clerk = await factory.newUser(mine, { role: 'window_clerk', at: mine.townships[0] });
    theirAgent = await factory.newUser(theirs, { role: 'village_agent', at: theirs.villages[0] });
    await newMatter(factory, mine);
    await newMatter(factory, theirs, { draft: true });
    // A session so auth_session has rows of my county.
    await t.login(mine.admin.username, mine.admin.password);
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    mineId = mine.tenantId;
    theirsId = theirs.tenantId;
    app = new Client({ connectionString: t.db.appUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await owner?.end();
    await factory?.close();
    await t?.close();
  });

  it('sees no rows at all when no tenant is set, though the tables hold data', async () => {
    for (const table of TABLES) {
      expect(await count(owner, table)).toBeGreaterThan(0);
      expect(await count(app, table)).toBe(0);
    }
    expect((await app.query(`SELECT id FROM tenant`)).rows).toEqual([]);
  });

  it("sees only the named county's rows inside a transaction that sets the tenant", async () => {
    const ownerCounts: Record<string, number> = {};
    for (const table of TABLES) {
      ownerCounts[table] = Number((await owner.query(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = $1`, [mineId])).rows[0].n);
    }
    await inTransaction(app, async () => {
      await setTenant(app, mineId);
      for (const table of TABLES) expect(await count(app, table)).toBe(ownerCounts[table]);
      const tenants = (await app.query(`SELECT DISTINCT tenant_id FROM org_unit`)).rows.map((r) => r.tenant_id);
      expect(tenants).toEqual([mineId]);
      const names = (await app.query(`SELECT name FROM org_unit WHERE parent_id IS NULL`)).rows.map((r) => r.name);
      expect(names).toEqual([mine.name]);
      expect((await app.query(`SELECT username FROM app_user WHERE username = $1`, [theirAgent.username])).rows).toEqual([]);
      expect((await app.query(`SELECT name FROM tenant`)).rows).toEqual([{ name: mine.name }]);
    });
    await inTransaction(app, async () => {
      await setTenant(app, theirsId);
      const users = (await app.query(`SELECT username FROM app_user ORDER BY username`)).rows.map((r) => r.username);
      expect(users).toEqual([theirs.admin.username, theirAgent.username].sort());
    });
  });

  it('forgets the tenant when the transaction ends: the same connection sees nothing again', async () => {
    await app.query('BEGIN');
    await setTenant(app, mineId);
    expect(await count(app, 'org_unit')).toBeGreaterThan(0);
    await app.query('COMMIT');
    for (const table of TABLES) expect(await count(app, table)).toBe(0);
    // A rolled-back transaction forgets it too.
    await app.query('BEGIN');
    await setTenant(app, mineId);
    await app.query('ROLLBACK');
    expect(await count(app, 'app_user')).toBe(0);
  });

  it('the platform flag opens the tenant list, never the rows inside a county', async () => {
    await inTransaction(app, async () => {
      await app.query(`SELECT set_config('app.platform', 'on', true)`);
      const tenants = (await app.query(`SELECT id FROM tenant WHERE kind = 'county'`)).rows.map((r) => r.id);
      expect(tenants).toEqual(expect.arrayContaining([mineId, theirsId]));
      for (const table of TABLES) expect(await count(app, table)).toBe(0);
    });
  });

  it("refuses to write a row carrying another county's id (WITH CHECK)", async () => {
    const [unit] = (await owner.query(`SELECT id FROM org_unit WHERE tenant_id = $1 AND kind = 'county'`, [theirsId])).rows;
    await inTransaction(app, async () => {
      await setTenant(app, mineId);
      await expect(
        app.query(
          `INSERT INTO org_unit (tenant_id, code, name, kind, path) VALUES ($1, 'X-1', '越权单位', 'department', 'x')`,
          [theirsId],
        ),
      ).rejects.toThrow(/row-level security/);
    });
    await inTransaction(app, async () => {
      await setTenant(app, mineId);
      await expect(
        app.query(
          `INSERT INTO audit_log (tenant_id, seq, at, action, prev_hash, hash) VALUES ($1, 999999, now(), 'forged', $2, $2)`,
          [theirsId, '0'.repeat(64)],
        ),
      ).rejects.toThrow(/row-level security/);
    });
    await inTransaction(app, async () => {
      // Moving one of my rows into another county is refused as well.
      await setTenant(app, mineId);
      await expect(app.query(`UPDATE app_user SET tenant_id = $1 WHERE id = $2`, [theirsId, clerk.id])).rejects.toThrow(
        /row-level security/,
      );
    });
    await inTransaction(app, async () => {
      // Updating another county's row finds nothing to update.
      await setTenant(app, mineId);
      const r = await app.query(`UPDATE org_unit SET name = '改名' WHERE id = $1`, [unit.id]);
      expect(r.rowCount).toBe(0);
      const d = await app.query(`DELETE FROM membership WHERE tenant_id = $1`, [theirsId]);
      expect(d.rowCount).toBe(0);
    });
    expect((await owner.query(`SELECT name FROM org_unit WHERE id = $1`, [unit.id])).rows[0].name).toBe(theirs.name);
    expect(await count(owner, `membership WHERE tenant_id = '${theirsId}'`)).toBe(2);
    expect((await owner.query(`SELECT count(*)::int AS n FROM org_unit WHERE name = '越权单位'`)).rows[0].n).toBe(0);
  });

  it('refuses UPDATE and DELETE on the audit log, even within its own county', async () => {
    const before = (await owner.query(`SELECT seq, detail, hash FROM audit_log WHERE tenant_id = $1 ORDER BY seq`, [mineId])).rows;
    await inTransaction(app, async () => {
      await setTenant(app, mineId);
      await expect(app.query(`UPDATE audit_log SET detail = '{"forged":true}' WHERE seq = 1`)).rejects.toThrow(/permission denied/);
    });
    await inTransaction(app, async () => {
      await setTenant(app, mineId);
      await expect(app.query(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(/permission denied/);
    });
    // Even the owner is stopped by the append-only trigger.
    await expect(owner.query(`DELETE FROM audit_log WHERE tenant_id = $1 AND seq = 1`, [mineId])).rejects.toThrow(/append-only/);
    expect((await owner.query(`SELECT seq, detail, hash FROM audit_log WHERE tenant_id = $1 ORDER BY seq`, [mineId])).rows).toEqual(before);
  });

  it('refuses TRUNCATE of the audit log, published versions and local-setting history, even for the owner', async () => {
    for (const table of ['audit_log', 'matter_version', 'matter_local_setting']) {
      const [{ n }] = (await owner.query(`SELECT count(*)::int AS n FROM ${table}`)).rows;
      await expect(owner.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only: TRUNCATE is refused/);
      expect((await owner.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n).toBe(n);
    }
    expect((await owner.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n).toBeGreaterThan(0);
  });

  it('is not a superuser, cannot bypass RLS and owns no tables', async () => {
    const [role] = (await app.query(`SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`)).rows;
    expect(role).toEqual({ rolname: 'county_app', rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owned = (await app.query(`SELECT tablename FROM pg_tables WHERE tableowner = current_user`)).rows;
    expect(owned).toEqual([]);
    // That every tenant table has RLS with the tenant policy is checked on the schema itself (bootstrap/schema.int-spec.ts).
    await expect(app.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`SET row_security = off; SELECT count(*) FROM org_unit`)).rejects.toThrow(/row-level security/);
  });
});
