import { TestCounty, TestFactory } from '@county/tenancy/testing';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * The API shares a pool of 10 connections; the tenant is set per transaction. Under heavy
 * interleaving no response may carry the other county's data.
 */
describe('pooled connections and tenants', () => {
  let t: TestApp;
  let factory: TestFactory;
  let hy: TestCounty;
  let sq: TestCounty;
  let hyAdmin: string;
  let sqAdmin: string;
  let hyUsers: string[];
  let sqUsers: string[];

  beforeAll(async () => {
    t = await startTestApp();
    factory = await TestFactory.open(t.db.ownerUrl);
    [hy, sq] = [await factory.newCounty(), await factory.newCounty()];
    const [hyClerk, sqAgent] = [
      await factory.newUser(hy, { role: 'window_clerk', at: hy.townships[0] }),
      await factory.newUser(sq, { role: 'village_agent', at: sq.villages[0] }),
    ];
    [hyAdmin, sqAdmin] = [await t.login(hy.admin.username, hy.admin.password), await t.login(sq.admin.username, sq.admin.password)];
    hyUsers = [hy.admin.username, hyClerk.username].sort();
    sqUsers = [sq.admin.username, sqAgent.username].sort();
  });
  afterAll(async () => {
    await factory?.close();
    await t?.close();
  });

  it('200 concurrent requests from two counties each see only their own county', async () => {
    const QUERY = `{ me { tenant { name } } orgUnits(first:100) { nodes { name code } } users(first:100) { nodes { username } } }`;
    const requests = Array.from({ length: 200 }, (_, i) => {
      const county = i % 2 === 0 ? 'hy' : 'sq';
      return t.gql(QUERY, {}, county === 'hy' ? hyAdmin : sqAdmin).then((r) => ({ county, r }));
    });
    const results = await Promise.all(requests);

    const failed = results.filter(({ r }) => r.status !== 200 || r.errors);
    expect(failed.map(({ r }) => r.errors ?? r.status)).toEqual([]);
    const crossed = results.filter(({ county, r }) => {
      const d = r.data;
      const [name, code, users] = county === 'hy' ? [hy.name, hy.divisionCode, hyUsers] : [sq.name, sq.divisionCode, sqUsers];
      return (
        d.me.tenant.name !== name ||
        JSON.stringify(d.orgUnits.nodes) !== JSON.stringify([{ name, code }]) ||
        JSON.stringify(d.users.nodes.map((u: any) => u.username).sort()) !== JSON.stringify(users)
      );
    });
    expect(crossed.map(({ county, r }) => ({ county, data: r.data }))).toEqual([]);
    expect(results.filter(({ county }) => county === 'hy')).toHaveLength(100);
  });

  it("after the burst, every pooled connection has forgotten the last request's tenant", async () => {
    // Ten concurrent plain queries occupy all ten pooled connections the API just used.
    const probes = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.dataSource.query(
          `SELECT coalesce(current_setting('app.tenant_id', true), '') AS tenant, (SELECT count(*)::int FROM org_unit) AS units, pg_backend_pid() AS pid, pg_sleep(0.05)`,
        ),
      ),
    );
    expect(new Set(probes.map(([p]) => p.pid)).size).toBe(10);
    expect(probes.map(([p]) => ({ tenant: p.tenant, units: p.units }))).toEqual(Array(10).fill({ tenant: '', units: 0 }));
  });

  it('interleaved writes land in their own county', async () => {
    // Each county's admin creates departments concurrently; each sees only its own afterwards.
    const roots = async (token: string) => (await t.gql(`{ orgUnits(first:100) { nodes { id } } }`, {}, token)).data.orgUnits.nodes[0].id;
    const [hyCounty, sqCounty] = [await roots(hyAdmin), await roots(sqAdmin)];
    const writes = Array.from({ length: 40 }, (_, i) => {
      const hy = i % 2 === 0;
      return t.gql(
        `mutation($p:ID!,$n:String!){ createOrgUnit(input:{ parentId:$p, kind:DEPARTMENT, name:$n }) { name } }`,
        { p: hy ? hyCounty : sqCounty, n: `${hy ? '汉阴' : '石泉'}并发部门${i}` },
        hy ? hyAdmin : sqAdmin,
      );
    });
    const results = await Promise.all(writes);
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const search = async (token: string) =>
      (await t.gql(`{ searchOrgUnits(query:"并发部门", first:100) { nodes { name } } }`, {}, token)).data.searchOrgUnits.nodes.map((u: any) => u.name);
    const hyNames = await search(hyAdmin);
    const sqNames = await search(sqAdmin);
    expect(hyNames).toHaveLength(20);
    expect(sqNames).toHaveLength(20);
    expect(hyNames.every((n: string) => n.startsWith('汉阴'))).toBe(true);
    expect(sqNames.every((n: string) => n.startsWith('石泉'))).toBe(true);
  });
});
