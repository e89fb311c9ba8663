import { TestCounty, TestFactory, TestUnit } from '@county/tenancy/testing';
import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

const CREATE = `mutation($i:CreateUserInput!){ createUser(input:$i) { id username displayName phone locked memberships { id } } }`;
const ADD = `mutation($u:ID!,$o:ID!,$r:Role!){ addMembership(input:{ userId:$u, orgUnitId:$o, role:$r }) { id role orgUnit { name kind } } }`;

describe('managing people', () => {
  let t: TestApp;
  let factory: TestFactory;
  let county: TestCounty;
  let other: TestCounty;
  let township: TestUnit;
  let admin: string;
  let townshipId: string;
  let villageId: string;
  let countyUnit: string;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
  const userCount = async () => (await t.gql(`{ users { totalCount } }`, {}, admin)).data.users.totalCount as number;
  const person = (over: Record<string, unknown> = {}) => ({
    username: 'cgz_new',
    displayName: '吴新人',
    password: 'Welcome@2026x',
    phone: '13912345678',
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    factory = await TestFactory.open(t.db.ownerUrl);
    [county, other] = [await factory.newCounty(), await factory.newCounty()];
    township = county.townships[0];
    admin = await t.login(county.admin.username, county.admin.password);
    townshipId = township.id;
    villageId = county.villages.find((v) => v.townshipId === township.id)!.id;
    countyUnit = county.unit.id;
  });
  afterAll(async () => {
    await factory?.close();
    await t?.close();
  });

  it('an admin creates a person, gives her a role at a township, and she logs in to see the township as her root', async () => {
    const before = await userCount();
    const created = await t.gql(CREATE, { i: person() }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data.createUser).toMatchObject({ username: 'cgz_new', displayName: '吴新人', phone: '13912345678', locked: false, memberships: [] });
    expect(await userCount()).toBe(before + 1);

    // Without a role she may log in but sees no tree.
    const roleless = await t.login('cgz_new', 'Welcome@2026x');
    expect(codeOf(await t.gql(`{ orgUnits(first:100) { nodes { name } } }`, {}, roleless))).toBe('FORBIDDEN');

    const added = await t.gql(ADD, { u: created.data.createUser.id, o: townshipId, r: 'WINDOW_CLERK' }, admin);
    expect(added.data.addMembership).toMatchObject({ role: 'WINDOW_CLERK', orgUnit: { name: township.name, kind: 'TOWNSHIP' } });
    const token = await t.login('cgz_new', 'Welcome@2026x');
    expect((await t.gql(`{ orgUnits(first:100) { nodes { name } } }`, {}, token)).data.orgUnits.nodes).toEqual([{ name: township.name }]);
    expect((await t.gql(`{ me { roles memberships { orgUnit { name } } } }`, {}, token)).data.me).toEqual({
      roles: ['WINDOW_CLERK'],
      memberships: [{ orgUnit: { name: township.name } }],
    });
    // Holding the same role twice is refused.
    expect(codeOf(await t.gql(ADD, { u: created.data.createUser.id, o: townshipId, r: 'WINDOW_CLERK' }, admin))).toBe('MEMBERSHIP_EXISTS');
  });

  it('refuses a taken username whatever its case, also one taken in another county', async () => {
    const before = await userCount();
    const clerk = await factory.newUser(county, { role: 'window_clerk', at: township });
    const agent = await factory.newUser(other, { role: 'village_agent', at: other.villages[0] });
    for (const username of [clerk.username, clerk.username.toUpperCase(), other.admin.username.toUpperCase(), agent.username]) {
      const r = await t.gql(CREATE, { i: person({ username }) }, admin);
      expect({ username, code: codeOf(r) }).toEqual({ username, code: 'USERNAME_TAKEN' });
    }
    expect(await userCount()).toBe(before + 1);
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
    const agentAtTownship = await t.gql(ADD, { u: created.id, o: townshipId, r: 'VILLAGE_AGENT' }, admin);
    expect(codeOf(agentAtTownship)).toBe('ROLE_NOT_ALLOWED_AT_UNIT');
    expect(agentAtTownship.errors![0].extensions).toMatchObject({ role: 'village_agent', unitKind: 'township', kind: 'invalid' });
    expect(codeOf(await t.gql(ADD, { u: created.id, o: villageId, r: 'CATALOG_ADMIN' }, admin))).toBe('ROLE_NOT_ALLOWED_AT_UNIT');
    expect(codeOf(await t.gql(ADD, { u: created.id, o: countyUnit, r: 'PLATFORM_OPERATOR' }, admin))).toBe('ROLE_NOT_ALLOWED_AT_UNIT');
    const user = await t.gql(`query($id:ID!){ user(id:$id) { memberships { id } } }`, { id: created.id }, admin);
    expect(user.data.user.memberships).toEqual([]);
    // The right kind of unit works.
    const village = county.villages.find((v) => v.id === villageId)!;
    expect((await t.gql(ADD, { u: created.id, o: villageId, r: 'VILLAGE_AGENT' }, admin)).data.addMembership.orgUnit.name).toBe(village.name);
  });

  it('a township clerk and a supervisor may not create people or give roles', async () => {
    const clerkUser = await factory.newUser(county, { role: 'window_clerk', at: township });
    const supervisorUser = await factory.newUser(county, { role: 'supervisor' });
    const before = await userCount();
    const clerk = await t.login(clerkUser.username, clerkUser.password);
    const supervisor = await t.login(supervisorUser.username, supervisorUser.password);
    expect(codeOf(await t.gql(CREATE, { i: person({ username: 'by_clerk' }) }, clerk))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, { i: person({ username: 'by_super' }) }, supervisor))).toBe('FORBIDDEN');
    const someone = clerkUser.id;
    expect(codeOf(await t.gql(ADD, { u: someone, o: townshipId, r: 'WINDOW_CLERK' }, clerk))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ADD, { u: someone, o: townshipId, r: 'WINDOW_CLERK' }, supervisor))).toBe('FORBIDDEN');
    expect(await userCount()).toBe(before);
  });

  it("revoking a membership ends that person's sessions and takes the role away", async () => {
    const created = (await t.gql(CREATE, { i: person({ username: 'short_stay', phone: null }) }, admin)).data.createUser;
    const membership = (await t.gql(ADD, { u: created.id, o: townshipId, r: 'WINDOW_CLERK' }, admin)).data.addMembership;
    const token = await t.login('short_stay', 'Welcome@2026x');
    expect((await t.gql(`{ orgUnits(first:100) { nodes { name } } }`, {}, token)).data.orgUnits.nodes).toEqual([{ name: township.name }]);

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
    expect((await t.gql(`{ me { username } }`, {}, admin)).data.me.username).toBe(county.admin.username);
  });
});
