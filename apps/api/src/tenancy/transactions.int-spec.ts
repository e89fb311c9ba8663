import { decode } from 'jsonwebtoken';
import { appendAudit, audit, ContextLoader, DelegationsService, RequestContext, TenantDatabase } from '@county/tenancy';
import { startTestApp, TestApp } from '../testing/test-app';

/** One transaction per request: nested runs join it, a different tenant cannot, nothing waits forever. */
describe('transactions opened at the edge', () => {
  let t: TestApp;
  let db: TenantDatabase;
  let delegations: DelegationsService;
  let admin: string;
  const ids: Record<string, string> = {};

  const contextOf = async (username: string): Promise<RequestContext> => {
    const claims = decode(await t.login(username)) as { sub: string; tid: string; sid: string };
    return t.app.get(ContextLoader).load(claims.tid, claims.sub, claims.sid);
  };
  const grant = (over: Record<string, unknown>) =>
    t.gql(
      `mutation($i:GrantDelegationInput!){ grantDelegation(input:$i) { id } }`,
      {
        i: {
          departmentId: ids.minzheng,
          allMatters: false,
          matterCodes: [],
          validFrom: new Date(Date.now() - 60_000).toISOString(),
          validUntil: new Date(Date.now() + 86_400_000).toISOString(),
          reason: '测试授权',
          ...over,
        },
      },
      admin,
    );
  const usesOf = async (id: string) =>
    (await t.gql(`{ delegations(first: 100) { nodes { id uses { matterCode } } } }`, {}, admin)).data.delegations.nodes.find((d: any) => d.id === id).uses;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(TenantDatabase);
    delegations = t.app.get(DelegationsService);
    admin = await t.login('hy_admin');
    const find = async (q: string, name: string) =>
      (await t.gql(`query($q:String!){ searchOrgUnits(query:$q, first:50) { nodes { id name kind } } }`, { q }, admin)).data.searchOrgUnits.nodes.find(
        (u: any) => u.name === name,
      ).id;
    ids.minzheng = await find('民政局', '汉阴县民政局');
    ids.market = await find('市场监督', '汉阴县市场监督管理局');
    ids.window = await find('综合受理窗口', '综合受理窗口');
  });
  afterAll(() => t?.close());

  it('an audit entry followed by a delegation use completes in one transaction', async () => {
    const granted = await grant({ granteeWindowId: ids.window, matterCodes: ['610921-MZ-001'] });
    expect(granted.errors).toBeUndefined();
    const clerk = await contextOf('hy_clerk');
    const used = await db.run(clerk, async (m) => {
      // The append takes the tenant's audit lock; a use() in its own transaction would wait on it.
      await appendAudit(m, clerk.tenantId, { actorId: clerk.user.id, actorName: clerk.user.username, action: 'test_step' });
      return delegations.use(clerk, { matterCode: '610921-MZ-001', departmentId: ids.minzheng, action: 'decide', subjectId: null });
    });
    expect(used).toBe(granted.data.grantDelegation.id);
    expect(await usesOf(used!)).toEqual([{ matterCode: '610921-MZ-001' }]);
  });

  it('a coded failure after a use rolls the use back with everything else', async () => {
    const granted = await grant({ granteeWindowId: ids.window, matterCodes: ['610921-MZ-002'] });
    const clerk = await contextOf('hy_clerk');
    await expect(
      db.run(clerk, async () => {
        await delegations.use(clerk, { matterCode: '610921-MZ-002', departmentId: ids.minzheng, action: 'decide', subjectId: null });
        throw new Error('decision refused');
      }),
    ).rejects.toThrow('decision refused');
    expect(await usesOf(granted.data.grantDelegation.id)).toEqual([]);
  });

  it('windows come from the caller’s memberships, not from what she claims', async () => {
    // The delegation goes to the window; 城关镇's clerk does not work there.
    await grant({ granteeWindowId: ids.window, matterCodes: ['610921-MZ-003'] });
    const other = await contextOf('cgz_clerk');
    expect(await delegations.use(other, { matterCode: '610921-MZ-003', departmentId: ids.minzheng, action: 'decide', subjectId: null })).toBeNull();
    const clerk = await contextOf('hy_clerk');
    expect(await delegations.use(clerk, { matterCode: '610921-MZ-003', departmentId: ids.minzheng, action: 'decide', subjectId: null })).not.toBeNull();
  });

  it('"all matters" means the granting department’s matters only', async () => {
    const clerk = await contextOf('hy_clerk');
    const granted = await grant({ granteeUserId: clerk.user.id, allMatters: true });
    expect(granted.errors).toBeUndefined();
    expect(await delegations.use(clerk, { matterCode: '610921-MZ-009', departmentId: ids.minzheng, action: 'decide', subjectId: null })).toBe(
      granted.data.grantDelegation.id,
    );
    expect(await delegations.use(clerk, { matterCode: '610921-SC-001', departmentId: ids.market, action: 'decide', subjectId: null })).toBeNull();
  });

  it('a nested run joins the open transaction; another tenant’s run inside it throws', async () => {
    const clerk = await contextOf('hy_clerk');
    const [outer, inner] = await db.run(clerk, async (m) => {
      const [a] = await m.query(`SELECT txid_current() AS id`);
      const [b] = await db.run(clerk, (n) => n.query(`SELECT txid_current() AS id`));
      return [a.id, b.id];
    });
    expect(inner).toBe(outer);
    const neighbour = await contextOf('sq_admin');
    await expect(db.run(clerk, () => db.run(neighbour, async () => 1))).rejects.toThrow(/cannot switch/);
  });

  it('every transaction carries a lock and a statement timeout', async () => {
    const clerk = await contextOf('hy_clerk');
    const [row] = await db.run(clerk, (m) => m.query(`SELECT current_setting('lock_timeout') AS lock, current_setting('statement_timeout') AS stmt`));
    expect(row).toEqual({ lock: '5s', stmt: '30s' });
  });

  it('audit() appends last, at commit, and a rolled-back action leaves no entry', async () => {
    const clerk = await contextOf('hy_clerk');
    const count = (m: { query: (q: string) => Promise<{ n: number }[]> }) =>
      m.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user_unlocked'`);
    const before = await db.run(clerk, async (m) => (await count(m))[0].n);
    const during = await db.run(clerk, async (m) => {
      await audit(m, clerk, 'user_unlocked', { type: 'User', id: clerk.user.id });
      return (await count(m))[0].n;
    });
    expect(during).toBe(before);
    expect(await db.run(clerk, async (m) => (await count(m))[0].n)).toBe(before + 1);
    await expect(
      db.run(clerk, async (m) => {
        await audit(m, clerk, 'user_unlocked', { type: 'User', id: clerk.user.id });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await db.run(clerk, async (m) => (await count(m))[0].n)).toBe(before + 1);
  });
});
