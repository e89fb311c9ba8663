import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

const CREATE = `mutation($i:CreateUserInput!){ createUser(input:$i) { id username displayName phone locked memberships { id } } }`;
const ADD = `mutation($u:ID!,$o:ID!,$r:Role!){ addMembership(input:{ userId:$u, orgUnitId:$o, role:$r }) { id role orgUnit { name kind } } }`;

describe('managing people', () => {
  let t: TestApp;
  let admin: string;
  let cgz: string;
  let nanjie: string;
  let countyUnit: string;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
  const userCount = async () => (await t.gql(`{ users { totalCount } }`, {}, admin)).data.users.totalCount as number;
  const unit = async (code: string) =>
    (await t.gql(`query($q:String!){ searchOrgUnits(query:$q, first:5) { nodes { id code } } }`, { q: code }, admin)).data.searchOrgUnits.nodes.find(
      (u: any) => u.code === code,
    ).id as string;
  const person = (over: Record<string, unknown> = {}) => ({
    username: 'cgz_new',
    displayName: '吴新人',
    password: 'Welcome@2026x',
    phone: '13912345678',
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('hy_admin');
    cgz = await unit('610921100000');
    nanjie = await unit('610921100001');
    countyUnit = await unit('610921000000');
  });
  afterAll(() => t?.close());

  it('an admin creates a person, gives her a role at 城关镇, and she logs in to see 城关镇 as her root', async () => {
    const before = await userCount();
    const created = await t.gql(CREATE, { i: person() }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data.createUser).toMatchObject({ username: 'cgz_new', displayName: '吴新人', phone: '13912345678', locked: false, memberships: [] });
    expect(await userCount()).toBe(before + 1);

    // Without a role she may log in but sees no tree.
    const roleless = await t.login('cgz_new', 'Welcome@2026x');
    expect(codeOf(await t.gql(`{ orgUnits(first:100) { nodes { name } } }`, {}, roleless))).toBe('FORBIDDEN');

    const added = await t.gql(ADD, { u: created.data.createUser.id, o: cgz, r: 'WINDOW_CLERK' }, admin);
    expect(added.data.addMembership).toMatchObject({ role: 'WINDOW_CLERK', orgUnit: { name: '城关镇', kind: 'TOWNSHIP' } });
    const token = await t.login('cgz_new', 'Welcome@2026x');
    expect((await t.gql(`{ orgUnits(first:100) { nodes { name } } }`, {}, token)).data.orgUnits.nodes).toEqual([{ name: '城关镇' }]);
    expect((await t.gql(`{ me { roles memberships { orgUnit { name } } } }`, {}, token)).data.me).toEqual({
      roles: ['WINDOW_CLERK'],
      memberships: [{ orgUnit: { name: '城关镇' } }],
    });
    // Holding the same role twice is refused.
    expect(codeOf(await t.gql(ADD, { u: created.data.createUser.id, o: cgz, r: 'WINDOW_CLERK' }, admin))).toBe('MEMBERSHIP_EXISTS');
  });

  it('refuses a taken username whatever its case, also one taken in another county', async () => {
    const before = await userCount();
    for (const username of ['hy_clerk', 'HY_CLERK', 'SQ_ADMIN', 'sq_agent', 'Platform']) {
      const r = await t.gql(CREATE, { i: person({ username }) }, admin);
      expect({ username, code: codeOf(r) }).toEqual({ username, code: 'USERNAME_TAKEN' });
    }
    expect(await userCount()).toBe(before);
  });

  it('refuses a weak password, a bad phone number and a malformed username, creating nobody', async () => {
    const before = await userCount();
    const weak = await t.gql(CREATE, { i: person({ username: 'weak_one', password: 'abc12345' }) }, admin);
    expect(codeOf(weak)).toBe('PASSWORD_TOO_WEAK');
    const named = await t.gql(CREATE, { i: person({ username: 'weak_two', password: 'weak_two_2026' }) }, admin);
    expect(codeOf(named)).toBe('PASSWORD_TOO_WEAK');
    for (const phone of ['12345678901', '1391234567', '+8613912345678', 'abc']) {
      const r = await t.gql(CREATE, { i: person({ username: 'phone_bad', phone }) }, admin);
      expect({ phone, code: codeOf(r) }).toEqual({ phone, code: 'INVALID_INPUT' });
      expect(r.errors![0].extensions.fields).toEqual([{ field: 'phone', rules: ['matches'] }]);
    }
    expect(codeOf(await t.gql(CREATE, { i: person({ username: '9lives' }) }, admin))).toBe('USERNAME_INVALID');
    expect(codeOf(await t.gql(CREATE, { i: person({ username: 'ab' }) }, admin))).toBe('INVALID_INPUT');
    expect(await userCount()).toBe(before);
    expect((await t.gql(`{ users(search:"phone_bad", first:100) { nodes { id } } }`, {}, admin)).data.users.nodes).toEqual([]);
  });

  it('refuses a role at the wrong kind of unit', async () => {
    const created = (await t.gql(CREATE, { i: person({ username: 'placement_test', phone: null }) }, admin)).data.createUser;
    const agentAtTownship = await t.gql(ADD, { u: created.id, o: cgz, r: 'VILLAGE_AGENT' }, admin);
    expect(codeOf(agentAtTownship)).toBe('ROLE_NOT_ALLOWED_AT_UNIT');
    expect(agentAtTownship.errors![0].extensions).toMatchObject({ role: 'village_agent', kind: 'township' });
    expect(codeOf(await t.gql(ADD, { u: created.id, o: nanjie, r: 'CATALOG_ADMIN' }, admin))).toBe('ROLE_NOT_ALLOWED_AT_UNIT');
    expect(codeOf(await t.gql(ADD, { u: created.id, o: countyUnit, r: 'PLATFORM_OPERATOR' }, admin))).toBe('ROLE_NOT_ALLOWED_AT_UNIT');
    const user = await t.gql(`query($id:ID!){ user(id:$id) { memberships { id } } }`, { id: created.id }, admin);
    expect(user.data.user.memberships).toEqual([]);
    // The right kind of unit works.
    expect((await t.gql(ADD, { u: created.id, o: nanjie, r: 'VILLAGE_AGENT' }, admin)).data.addMembership.orgUnit.name).toBe('南街社区');
  });

  it('a township clerk and a supervisor may not create people or give roles', async () => {
    const before = await userCount();
    const clerk = await t.login('cgz_clerk');
    const supervisor = await t.login('hy_super');
    expect(codeOf(await t.gql(CREATE, { i: person({ username: 'by_clerk' }) }, clerk))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, { i: person({ username: 'by_super' }) }, supervisor))).toBe('FORBIDDEN');
    const someone = (await t.gql(`{ users(search:"hy_clerk", first:100) { nodes { id } } }`, {}, admin)).data.users.nodes[0].id;
    expect(codeOf(await t.gql(ADD, { u: someone, o: cgz, r: 'WINDOW_CLERK' }, clerk))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ADD, { u: someone, o: cgz, r: 'WINDOW_CLERK' }, supervisor))).toBe('FORBIDDEN');
    expect(await userCount()).toBe(before);
  });

  it("revoking a membership ends that person's sessions and takes the role away", async () => {
    const created = (await t.gql(CREATE, { i: person({ username: 'short_stay', phone: null }) }, admin)).data.createUser;
    const membership = (await t.gql(ADD, { u: created.id, o: cgz, r: 'WINDOW_CLERK' }, admin)).data.addMembership;
    const token = await t.login('short_stay', 'Welcome@2026x');
    expect((await t.gql(`{ orgUnits(first:100) { nodes { name } } }`, {}, token)).data.orgUnits.nodes).toEqual([{ name: '城关镇' }]);

    const revoked = await t.gql(`mutation($id:ID!){ revokeMembership(id:$id) { id role } }`, { id: membership.id }, admin);
    expect(revoked.data.revokeMembership).toEqual({ id: membership.id, role: 'WINDOW_CLERK' });
    expect(codeOf(await t.gql(`{ me { username } }`, {}, token))).toBe('TOKEN_REVOKED');
    // Logging in again works, but the role is gone.
    const again = await t.login('short_stay', 'Welcome@2026x');
    expect((await t.gql(`{ me { roles } }`, {}, again)).data.me.roles).toEqual([]);
    expect(codeOf(await t.gql(`{ orgUnits(first:100) { nodes { name } } }`, {}, again))).toBe('FORBIDDEN');
    // Revoking twice: the membership is no longer there to revoke.
    expect(codeOf(await t.gql(`mutation($id:ID!){ revokeMembership(id:$id) { id } }`, { id: membership.id }, admin))).toBe('NOT_FOUND');
    // The administrator's own session is untouched.
    expect((await t.gql(`{ me { username } }`, {}, admin)).data.me.username).toBe('hy_admin');
  });
});
