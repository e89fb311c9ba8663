import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

/**
 * Every operation that takes an id answers NOT_FOUND for another county's data and, for
 * village-scoped roles, for another village's — while the owner of the data can use the same id.
 */
describe('tenant and village isolation over GraphQL', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const hy: Record<string, string> = {};
  const sq: Record<string, string> = {};

  const UNIT = `id code name kind`;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
  const expectNotFound = (r: GqlResult) => {
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.data ?? null).toBeNull();
  };

  async function unitByCode(who: string, code: string): Promise<string> {
    const r = await t.gql(`query($q:String!){ searchOrgUnits(query:$q, first:5) { nodes { ${UNIT} } } }`, { q: code }, token[who]);
    const unit = r.data.searchOrgUnits.nodes.find((u: any) => u.code === code);
    if (!unit) throw new Error(`${who} cannot find ${code}`);
    return unit.id;
  }

  async function unitByName(who: string, name: string): Promise<string> {
    const r = await t.gql(`query($q:String!){ searchOrgUnits(query:$q, first:20) { nodes { ${UNIT} } } }`, { q: name }, token[who]);
    const unit = r.data.searchOrgUnits.nodes.find((u: any) => u.name === name);
    if (!unit) throw new Error(`${who} cannot find ${name}`);
    return unit.id;
  }

  async function usersOf(who: string): Promise<any[]> {
    const r = await t.gql(`{ users(first:100) { nodes { id username memberships { id role orgUnit { name } } } } }`, {}, token[who]);
    return r.data.users.nodes;
  }

  const grant = (who: string, input: Record<string, unknown>) =>
    t.gql(
      `mutation($i:GrantDelegationInput!){ grantDelegation(input:$i) { id active department { name } } }`,
      {
        i: {
          allMatters: false,
          matterCodes: ['MZ-001'],
          validFrom: '2026-01-01T00:00:00Z',
          validUntil: '2027-01-01T00:00:00Z',
          reason: '测试授权',
          ...input,
        },
      },
      token[who],
    );

  const delegationIds = async (who: string) =>
    (await t.gql(`{ delegations(first:100) { nodes { id active } } }`, {}, token[who])).data.delegations.nodes as { id: string; active: boolean }[];

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['hy_admin', 'hy_super', 'sq_admin', 'sq_agent', 'nanjie_agent', 'beijie_agent', 'cgz_clerk', 'jcz_clerk', 'mz_approver', 'platform']) {
      token[u] = await t.login(u);
    }
    hy.county = await unitByCode('hy_admin', '610921000000');
    hy.cgz = await unitByCode('hy_admin', '610921100000');
    hy.nanjie = await unitByCode('hy_admin', '610921100001');
    hy.beijie = await unitByCode('hy_admin', '610921100002');
    hy.minzheng = await unitByName('hy_admin', '汉阴县民政局');
    hy.window = await unitByName('hy_admin', '民政社保窗口');
    for (const u of await usersOf('hy_admin')) hy[u.username] = u.id;

    // 石泉县's ids, as its own administrator sees them.
    const roots = (await t.gql(`{ orgUnits(first:100) { nodes { ${UNIT} } } }`, {}, token.sq_admin)).data.orgUnits.nodes;
    expect(roots.map((u: any) => u.name)).toEqual(['石泉县']);
    sq.county = roots[0].id;
    const townships = (await t.gql(`query($p:ID){ orgUnits(parentId:$p, first:100) { nodes { ${UNIT} } } }`, { p: sq.county }, token.sq_admin)).data.orgUnits.nodes;
    const township = townships.find((u: any) => u.kind === 'TOWNSHIP');
    sq.township = township.id;
    const villages = (await t.gql(`query($p:ID){ orgUnits(parentId:$p, first:100) { nodes { ${UNIT} } } }`, { p: sq.township }, token.sq_admin)).data.orgUnits.nodes;
    sq.village = villages.find((u: any) => u.kind === 'VILLAGE').id;
    sq.center = townships.find((u: any) => u.kind === 'SERVICE_CENTER').id;
    const dept = await t.gql(
      `mutation($p:ID!){ createOrgUnit(input:{ parentId:$p, kind:DEPARTMENT, name:"石泉县民政局" }) { id } }`,
      { p: sq.county },
      token.sq_admin,
    );
    sq.department = dept.data.createOrgUnit.id;
    const win = await t.gql(
      `mutation($p:ID!){ createOrgUnit(input:{ parentId:$p, kind:WINDOW, name:"石泉综合窗口" }) { id } }`,
      { p: sq.center },
      token.sq_admin,
    );
    sq.window = win.data.createOrgUnit.id;
    for (const u of await usersOf('sq_admin')) {
      sq[u.username] = u.id;
      if (u.username === 'sq_agent') sq.agentMembership = u.memberships[0].id;
    }
    const g = await grant('sq_admin', { departmentId: sq.department, granteeWindowId: sq.window });
    sq.delegation = g.data.grantDelegation.id;
  });
  afterAll(() => t?.close());

  describe('orgUnit(id)', () => {
    it("another county's units are not found, though their own admin reads them", async () => {
      for (const id of [sq.county, sq.township, sq.village, sq.department]) {
        const own = await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id }, token.sq_admin);
        expect(own.data.orgUnit.name).toBeTruthy();
        expectNotFound(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id }, token.hy_admin));
        expectNotFound(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id }, token.hy_super));
      }
      expectNotFound(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: hy.cgz }, token.sq_admin));
      expectNotFound(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: hy.nanjie }, token.sq_agent));
    });

    it('a village agent reads her own village, not the neighbouring one nor her township', async () => {
      const own = await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: hy.nanjie }, token.nanjie_agent);
      expect(own.data.orgUnit.name).toBe('南街社区');
      expectNotFound(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: hy.beijie }, token.nanjie_agent));
      expectNotFound(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: hy.cgz }, token.nanjie_agent));
      expectNotFound(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: hy.nanjie }, token.beijie_agent));
    });

    it("a township clerk reads her township's villages, not another township's", async () => {
      const r = await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: hy.beijie }, token.cgz_clerk);
      expect(r.data.orgUnit.name).toBe('北街社区');
      expectNotFound(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: hy.beijie }, token.jcz_clerk));
    });
  });

  describe('orgUnits(parentId)', () => {
    const children = (parentId: string, who: string) =>
      t.gql(`query($p:ID){ orgUnits(parentId:$p, first:100) { nodes { name } } }`, { p: parentId }, token[who]);

    it("lists nothing under another county's unit", async () => {
      expect((await children(sq.county, 'sq_admin')).data.orgUnits.nodes.length).toBeGreaterThan(5);
      expect((await children(sq.county, 'hy_admin')).data.orgUnits.nodes).toEqual([]);
      expect((await children(sq.township, 'hy_super')).data.orgUnits.nodes).toEqual([]);
      expect((await children(hy.county, 'sq_admin')).data.orgUnits.nodes).toEqual([]);
    });

    it("lists nothing under the neighbouring village, and only her own village under the township", async () => {
      expect((await children(hy.beijie, 'beijie_agent')).data.orgUnits.nodes.map((u: any) => u.name)).toEqual(['北街社区便民服务站']);
      expect((await children(hy.beijie, 'nanjie_agent')).data.orgUnits.nodes).toEqual([]);
      expect((await children(hy.nanjie, 'nanjie_agent')).data.orgUnits.nodes.map((u: any) => u.name)).toEqual(['南街社区便民服务站']);
      const underTownship = (await children(hy.cgz, 'nanjie_agent')).data.orgUnits.nodes.map((u: any) => u.name);
      expect(underTownship).toEqual(['南街社区']);
      expect((await children(hy.cgz, 'cgz_clerk')).data.orgUnits.nodes.map((u: any) => u.name)).toEqual(
        expect.arrayContaining(['南街社区', '北街社区']),
      );
    });
  });

  describe('user(id) and users', () => {
    it("another county's people are not found", async () => {
      const own = await t.gql(`query($id:ID!){ user(id:$id) { username } }`, { id: sq.sq_agent }, token.sq_admin);
      expect(own.data.user.username).toBe('sq_agent');
      expectNotFound(await t.gql(`query($id:ID!){ user(id:$id) { username } }`, { id: sq.sq_agent }, token.hy_admin));
      expectNotFound(await t.gql(`query($id:ID!){ user(id:$id) { username } }`, { id: sq.sq_admin }, token.hy_super));
      expectNotFound(await t.gql(`query($id:ID!){ user(id:$id) { username } }`, { id: hy.hy_admin }, token.sq_admin));
    });

    it("lists only the caller's county", async () => {
      expect((await usersOf('sq_admin')).map((u) => u.username).sort()).toEqual(['sq_admin', 'sq_agent']);
      const hyNames = (await usersOf('hy_admin')).map((u) => u.username);
      expect(hyNames).toEqual(expect.arrayContaining(['hy_admin', 'nanjie_agent', 'mz_approver']));
      expect(hyNames.filter((n) => n.startsWith('sq_') || n === 'platform')).toEqual([]);
      const search = await t.gql(`{ users(search:"sq", first:100) { nodes { username } } }`, {}, token.hy_admin);
      expect(search.data.users.nodes).toEqual([]);
    });

    it('village agents and clerks cannot list people at all', async () => {
      expect(codeOf(await t.gql(`{ users(first:100) { nodes { username } } }`, {}, token.nanjie_agent))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(`query($id:ID!){ user(id:$id) { username } }`, { id: hy.beijie_agent }, token.nanjie_agent))).toBe('FORBIDDEN');
    });
  });

  describe('memberships', () => {
    const add = (who: string, userId: string, orgUnitId: string, role = 'WINDOW_CLERK') =>
      t.gql(
        `mutation($u:ID!,$o:ID!,$r:Role!){ addMembership(input:{ userId:$u, orgUnitId:$o, role:$r }) { id } }`,
        { u: userId, o: orgUnitId, r: role },
        token[who],
      );

    it("addMembership refuses another county's person and another county's unit", async () => {
      expectNotFound(await add('hy_admin', sq.sq_agent, hy.cgz));
      expectNotFound(await add('hy_admin', hy.hy_clerk, sq.township));
      expectNotFound(await add('sq_admin', hy.cgz_clerk, sq.township));
      const sqAgent = (await usersOf('sq_admin')).find((u) => u.username === 'sq_agent');
      expect(sqAgent.memberships).toHaveLength(1);
      const hyClerk = (await usersOf('hy_admin')).find((u) => u.username === 'hy_clerk');
      expect(hyClerk.memberships.map((m: any) => m.orgUnit.name)).toEqual(['综合受理窗口']);
    });

    it("revokeMembership refuses another county's membership and leaves its sessions alone", async () => {
      expectNotFound(await t.gql(`mutation($id:ID!){ revokeMembership(id:$id) { id } }`, { id: sq.agentMembership }, token.hy_admin));
      const me = await t.gql(`{ me { username roles } }`, {}, token.sq_agent);
      expect(me.data.me).toEqual({ username: 'sq_agent', roles: ['VILLAGE_AGENT'] });
      expect((await usersOf('sq_admin')).find((u) => u.username === 'sq_agent').memberships).toHaveLength(1);
    });

    it("unlockUser refuses another county's person: the lock stays", async () => {
      for (let i = 0; i < 5; i++) await t.gql(`mutation{ login(input:{ username:"sq_agent", password:"wrong-password-1" }) { accessToken } }`);
      const locked = await t.gql(`query($id:ID!){ user(id:$id) { locked } }`, { id: sq.sq_agent }, token.sq_admin);
      expect(locked.data.user.locked).toBe(true);
      expectNotFound(await t.gql(`mutation($id:ID!){ unlockUser(id:$id) { locked } }`, { id: sq.sq_agent }, token.hy_admin));
      await expect(t.login('sq_agent')).rejects.toThrow(/LOGIN_THROTTLED/);
      const unlocked = await t.gql(`mutation($id:ID!){ unlockUser(id:$id) { locked } }`, { id: sq.sq_agent }, token.sq_admin);
      expect(unlocked.data.unlockUser.locked).toBe(false);
      expect(await t.login('sq_agent')).toBeTruthy();
    });
  });

  describe('createOrgUnit(parentId)', () => {
    it("refuses a parent in another county and creates nothing there", async () => {
      const before = (await t.gql(`query($p:ID){ orgUnits(parentId:$p, first:100) { nodes { id } } }`, { p: sq.county }, token.sq_admin)).data.orgUnits.nodes.length;
      expectNotFound(
        await t.gql(
          `mutation($p:ID!){ createOrgUnit(input:{ parentId:$p, kind:DEPARTMENT, name:"越权部门" }) { id } }`,
          { p: sq.county },
          token.hy_admin,
        ),
      );
      const after = (await t.gql(`query($p:ID){ orgUnits(parentId:$p, first:100) { nodes { id } } }`, { p: sq.county }, token.sq_admin)).data.orgUnits.nodes.length;
      expect(after).toBe(before);
      expect((await t.gql(`{ searchOrgUnits(query:"越权部门", first:100) { nodes { id } } }`, {}, token.sq_admin)).data.searchOrgUnits.nodes).toEqual([]);
    });

    it('a township clerk may not create units at all', async () => {
      const r = await t.gql(
        `mutation($p:ID!){ createOrgUnit(input:{ parentId:$p, kind:SERVICE_CENTER, name:"新中心" }) { id } }`,
        { p: hy.cgz },
        token.cgz_clerk,
      );
      expect(codeOf(r)).toBe('FORBIDDEN');
    });
  });

  describe('delegations', () => {
    it("grantDelegation refuses another county's department, window or person", async () => {
      const before = (await delegationIds('hy_admin')).length;
      expectNotFound(await grant('hy_admin', { departmentId: sq.department, granteeWindowId: hy.window }));
      expectNotFound(await grant('hy_admin', { departmentId: hy.minzheng, granteeWindowId: sq.window }));
      expectNotFound(await grant('hy_admin', { departmentId: hy.minzheng, granteeUserId: sq.sq_agent }));
      expectNotFound(await grant('sq_admin', { departmentId: hy.minzheng, granteeWindowId: sq.window }));
      expect((await delegationIds('hy_admin')).length).toBe(before);
      // The same input with this county's own ids goes through.
      const ok = await grant('hy_admin', { departmentId: hy.minzheng, granteeUserId: hy.hy_clerk });
      expect(ok.data.grantDelegation).toMatchObject({ active: true, department: { name: '汉阴县民政局' } });
    });

    it("revokeDelegation refuses another county's delegation and leaves it in force", async () => {
      expectNotFound(await t.gql(`mutation($id:ID!){ revokeDelegation(id:$id) { id } }`, { id: sq.delegation }, token.hy_admin));
      expect(await delegationIds('sq_admin')).toEqual([{ id: sq.delegation, active: true }]);
      const hyDelegation = (await delegationIds('hy_admin'))[0].id;
      expectNotFound(await t.gql(`mutation($id:ID!){ revokeDelegation(id:$id) { id } }`, { id: hyDelegation }, token.sq_admin));
      expect((await delegationIds('hy_admin')).find((d) => d.id === hyDelegation)?.active).toBe(true);
    });

    it("lists only the caller's county", async () => {
      expect((await delegationIds('hy_admin')).map((d) => d.id)).not.toContain(sq.delegation);
      expect((await delegationIds('sq_admin')).map((d) => d.id)).toEqual([sq.delegation]);
    });
  });

  describe('searchOrgUnits', () => {
    const search = async (q: string, who: string) =>
      (await t.gql(`query($q:String!){ searchOrgUnits(query:$q, first:100) { nodes { code name } } }`, { q }, token[who])).data
        .searchOrgUnits.nodes as { code: string; name: string }[];

    it("never returns another county's units", async () => {
      expect((await search('cgz', 'hy_admin')).map((u) => u.code)).toContain('610921100000');
      const sqHits = await search('cgz', 'sq_admin');
      // 石泉县 has a 城关镇 of its own; 汉阴县's must not appear.
      expect(sqHits.every((u) => u.code.startsWith('610922'))).toBe(true);
      expect(sqHits.length).toBeGreaterThan(0);
      // 石泉县 even has a village called 汉阴沟村: that one is its own and may be found.
      expect((await search('汉阴', 'sq_admin')).map((u) => u.name)).toEqual(['汉阴沟村', '汉阴沟村便民服务站']);
      expect(await search('610921', 'sq_admin')).toEqual([]);
    });

    it("a village agent's search stays inside her village", async () => {
      const township = await search('社区', 'cgz_clerk');
      expect(township.map((u) => u.name)).toEqual(expect.arrayContaining(['南街社区', '北街社区']));
      const hits = await search('社区', 'nanjie_agent');
      expect(hits.map((u) => u.name).sort()).toEqual(['南街社区', '南街社区便民服务站']);
      expect(hits.every((u) => u.code.startsWith('610921100001'))).toBe(true);
      expect(await search('北街', 'nanjie_agent')).toEqual([]);
    });
  });

  describe('the platform operator', () => {
    it('sees the tenants but nothing inside them', async () => {
      const tenants = await t.gql(`{ tenants(first:100) { nodes { name divisionCode } } }`, {}, token.platform);
      expect(tenants.data.tenants.nodes.map((x: any) => x.name)).toEqual(['汉阴县', '石泉县']);
      expect(codeOf(await t.gql(`{ orgUnits(first:100) { nodes { name } } }`, {}, token.platform))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: hy.county }, token.platform))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(`{ searchOrgUnits(query:"cgz", first:100) { nodes { name } } }`, {}, token.platform))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(`{ users(first:100) { nodes { username } } }`, {}, token.platform))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(`{ delegations(first:100) { nodes { id } } }`, {}, token.platform))).toBe('FORBIDDEN');
    });

    it('and county staff cannot list tenants', async () => {
      expect(codeOf(await t.gql(`{ tenants(first:100) { nodes { name } } }`, {}, token.hy_admin))).toBe('FORBIDDEN');
    });
  });
});
