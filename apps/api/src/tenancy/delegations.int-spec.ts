import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

const GRANT = `mutation($i:GrantDelegationInput!){ grantDelegation(input:$i) {
  id active allMatters matterCodes validFrom validUntil revokedAt reason granteeUserName
  department { name } granteeWindow { name } } }`;
const REVOKE = `mutation($id:ID!){ revokeDelegation(id:$id) { id active revokedAt } }`;
const LIST = `{ delegations(first:100) { nodes { id active revokedAt matterCodes department { name } granteeWindow { name } } } }`;

describe('delegations (一纸授权)', () => {
  let t: TestApp;
  let admin: string;
  const ids: Record<string, string> = {};
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
  const list = async (token = admin) => (await t.gql(LIST, {}, token)).data.delegations.nodes as any[];
  const input = (over: Record<string, unknown> = {}) => ({
    i: {
      departmentId: ids.minzheng,
      granteeWindowId: ids.window,
      allMatters: false,
      matterCodes: ['610921-MZ-001', '610921-MZ-002'],
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      reason: '低保、临时救助一窗受理',
      ...over,
    },
  });
  const granted = async () => (await auditActions()).filter((e) => e.action !== 'access_refused');
  const auditActions = async () =>
    (await t.gql(`{ auditLog(first:100) { nodes { action actorName subjectId } } }`, {}, admin)).data.auditLog.nodes as {
      action: string;
      actorName: string;
      subjectId: string;
    }[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('hy_admin');
    const find = async (q: string, name: string) =>
      (await t.gql(`query($q:String!){ searchOrgUnits(query:$q, first:50) { nodes { id name } } }`, { q }, admin)).data.searchOrgUnits.nodes.find(
        (u: any) => u.name === name,
      ).id;
    ids.minzheng = await find('民政局', '汉阴县民政局');
    ids.market = await find('市场监督', '汉阴县市场监督管理局');
    ids.window = await find('综合受理窗口', '综合受理窗口');
    ids.county = await find('汉阴县', '汉阴县');
    ids.clerk = (await t.gql(`{ users(search:"hy_clerk", first:100) { nodes { id } } }`, {}, admin)).data.users.nodes[0].id;
  });
  afterAll(() => t?.close());

  it('grants, lists as active, revokes, and refuses to revoke twice — each step audited', async () => {
    const granted = await t.gql(GRANT, input(), admin);
    expect(granted.errors).toBeUndefined();
    const d = granted.data.grantDelegation;
    expect(d).toMatchObject({
      active: true,
      allMatters: false,
      matterCodes: ['610921-MZ-001', '610921-MZ-002'],
      revokedAt: null,
      department: { name: '汉阴县民政局' },
      granteeWindow: { name: '综合受理窗口' },
      granteeUserName: null,
    });
    expect((await list()).find((x) => x.id === d.id)).toMatchObject({ active: true, revokedAt: null });

    const revoked = await t.gql(REVOKE, { id: d.id }, admin);
    expect(revoked.data.revokeDelegation.active).toBe(false);
    expect(Math.abs(new Date(revoked.data.revokeDelegation.revokedAt).getTime() - Date.now())).toBeLessThan(60_000);
    expect((await list()).find((x) => x.id === d.id)).toMatchObject({ active: false, revokedAt: expect.any(String) });

    const again = await t.gql(REVOKE, { id: d.id }, admin);
    expect(codeOf(again)).toBe('DELEGATION_ALREADY_REVOKED');

    const log = (await auditActions()).filter((e) => e.subjectId === d.id);
    expect(log.map((e) => e.action)).toEqual(['delegation_revoked', 'delegation_granted']);
    expect(log.every((e) => e.actorName === 'hy_admin')).toBe(true);
  });

  it('grants to a person, and a delegation whose period lies ahead is not active yet', async () => {
    const future = await t.gql(
      GRANT,
      input({
        granteeWindowId: null,
        granteeUserId: ids.clerk,
        validFrom: new Date(Date.now() + 86_400_000).toISOString(),
        validUntil: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      }),
      admin,
    );
    expect(future.data.grantDelegation).toMatchObject({ active: false, granteeUserName: '李受理', granteeWindow: null });
  });

  describe('refusals, which grant nothing', () => {
    let before: number;
    let auditBefore: number;
    beforeAll(async () => {
      before = (await list()).length;
      auditBefore = (await granted()).length;
    });
    afterAll(async () => {
      expect((await list()).length).toBe(before);
      // Refused attempts are on record (access_refused), nothing else is.
      expect((await granted()).length).toBe(auditBefore);
    });

    it('an end before (or at) the start is DELEGATION_PERIOD_INVALID', async () => {
      const at = new Date().toISOString();
      expect(codeOf(await t.gql(GRANT, input({ validFrom: at, validUntil: at }), admin))).toBe('DELEGATION_PERIOD_INVALID');
      expect(
        codeOf(await t.gql(GRANT, input({ validFrom: '2026-06-01T00:00:00Z', validUntil: '2026-05-01T00:00:00Z' }), admin)),
      ).toBe('DELEGATION_PERIOD_INVALID');
    });

    it('both grantee kinds, or none, is DELEGATION_GRANTEE_INVALID', async () => {
      expect(codeOf(await t.gql(GRANT, input({ granteeUserId: ids.clerk }), admin))).toBe('DELEGATION_GRANTEE_INVALID');
      expect(codeOf(await t.gql(GRANT, input({ granteeWindowId: null }), admin))).toBe('DELEGATION_GRANTEE_INVALID');
    });

    it('no matters at all is DELEGATION_SCOPE_EMPTY', async () => {
      expect(codeOf(await t.gql(GRANT, input({ matterCodes: [] }), admin))).toBe('DELEGATION_SCOPE_EMPTY');
    });

    it('a granting unit that is not a department is NOT_A_DEPARTMENT', async () => {
      expect(codeOf(await t.gql(GRANT, input({ departmentId: ids.county }), admin))).toBe('NOT_A_DEPARTMENT');
      expect(codeOf(await t.gql(GRANT, input({ departmentId: ids.window }), admin))).toBe('NOT_A_DEPARTMENT');
    });

    it('a grantee window that is not a window is NOT_FOUND', async () => {
      expect(codeOf(await t.gql(GRANT, input({ granteeWindowId: ids.market }), admin))).toBe('NOT_FOUND');
    });

    it('an unknown id is NOT_FOUND, a malformed one INVALID_INPUT', async () => {
      expect(codeOf(await t.gql(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(REVOKE, { id: 'not-a-uuid' }, admin))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(GRANT, input({ departmentId: 'not-a-uuid' }), admin))).toBe('INVALID_INPUT');
    });
  });

  describe("the department approver (民政局)", () => {
    let approver: string;
    let marketDelegation: string;
    beforeAll(async () => {
      approver = await t.login('mz_approver');
      marketDelegation = (await t.gql(GRANT, input({ departmentId: ids.market, matterCodes: ['SC-001'] }), admin)).data.grantDelegation.id;
    });

    it("reads 民政局's delegations, not other departments'", async () => {
      const seen = await list(approver);
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(new Set(seen.map((d) => d.department.name))).toEqual(new Set(['汉阴县民政局']));
      expect(seen.map((d) => d.id)).not.toContain(marketDelegation);
      expect((await list()).map((d) => d.id)).toContain(marketDelegation);
    });

    it('cannot grant or revoke', async () => {
      const before = (await list()).length;
      expect(codeOf(await t.gql(GRANT, input(), approver))).toBe('FORBIDDEN');
      const own = (await list(approver)).find((d) => d.active)!;
      expect(codeOf(await t.gql(REVOKE, { id: own.id }, approver))).toBe('FORBIDDEN');
      expect((await list()).length).toBe(before);
      expect((await list()).find((d) => d.id === own.id).active).toBe(true);
    });

    it('a window clerk cannot read delegations at all', async () => {
      expect(codeOf(await t.gql(LIST, {}, await t.login('hy_clerk')))).toBe('FORBIDDEN');
    });
  });
});
