import * as jwt from 'jsonwebtoken';
import { Client } from 'pg';
import { TEST_PASSWORD, TestCounty, TestFactory, TestUser } from '@county/tenancy/testing';
import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

const LOGIN = `mutation($u:String!,$p:String!){ login(input:{ username:$u, password:$p }) {
  accessToken refreshToken expiresIn me { username displayName tenant { name } roles memberships { orgUnit { name } } } } }`;
const REFRESH = `mutation($r:String!){ refreshToken(refreshToken:$r) { accessToken refreshToken } }`;
const ME = `{ me { username } }`;

describe('authentication', () => {
  let t: TestApp;
  let owner: Client;
  let factory: TestFactory;
  let county: TestCounty;
  let admin: TestUser;
  let supervisor: TestUser;
  let townClerk: TestUser;
  let approver: TestUser;
  let windowClerk: TestUser;
  let agentA: TestUser;
  let agentB: TestUser;
  let lockable: TestUser;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
  const login = (u: string, p: string) => t.gql(LOGIN, { u, p });
  const userRow = async (username: string) =>
    (
      await owner.query(
        `SELECT password_hash, failed_logins, locked_until, password_changed_at, disabled FROM app_user WHERE username = $1`,
        [username],
      )
    ).rows[0];
  const activeSessions = async (username: string) =>
    Number(
      (
        await owner.query(
          `SELECT count(*) AS n FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = $1 AND s.revoked_at IS NULL`,
          [username],
        )
      ).rows[0].n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    factory = await TestFactory.open(t.db.ownerUrl);
    county = await factory.newCounty();
    const [township, otherTownship] = county.townships;
    const villages = county.villages.filter((v) => v.townshipId === township.id);
    const department = await factory.newOrgUnit(county, { parent: county.unit, kind: 'department' });
    admin = county.admin;
    supervisor = await factory.newUser(county, { role: 'supervisor' });
    townClerk = await factory.newUser(county, { role: 'window_clerk', at: township });
    approver = await factory.newUser(county, { role: 'department_approver', at: department });
    windowClerk = await factory.newUser(county, { role: 'window_clerk', at: await factory.newWindow(county) });
    agentA = await factory.newUser(county, { role: 'village_agent', at: villages[0] });
    agentB = await factory.newUser(county, { role: 'village_agent', at: villages[1] });
    lockable = await factory.newUser(county, { role: 'window_clerk', at: otherTownship });
  });
  afterAll(async () => {
    await factory?.close();
    await owner?.end();
    await t?.close();
  });

  describe('login', () => {
    it('returns an access token, a refresh token and who I am', async () => {
      const r = await login(admin.username, TEST_PASSWORD);
      expect(r.errors).toBeUndefined();
      const p = r.data.login;
      expect(p.expiresIn).toBe(900);
      expect(p.me).toEqual({
        username: admin.username,
        displayName: `${county.name}管理员`,
        tenant: { name: county.name },
        roles: ['CATALOG_ADMIN'],
        memberships: [{ orgUnit: { name: county.name } }],
      });
      expect((await t.gql(ME, {}, p.accessToken)).data.me.username).toBe(admin.username);
      expect(p.refreshToken).toMatch(/^[0-9a-f-]{36}\.[0-9a-f-]{36}\.\S+$/);
    });

    it('is not case-sensitive about the username', async () => {
      const r = await login(admin.username.toUpperCase(), TEST_PASSWORD);
      expect(r.data.login.me.username).toBe(admin.username);
    });

    it('answers a wrong password and an unknown user alike: INVALID_CREDENTIALS', async () => {
      const wrong = await login(admin.username, 'Wrong@2026pass');
      const unknown = await login('no_such_user', TEST_PASSWORD);
      expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
      expect(codeOf(unknown)).toBe('INVALID_CREDENTIALS');
      expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
      expect(wrong.errors![0].extensions.messageEn).toBe('Wrong username or password');
      expect(wrong.data).toBeNull();
      // The wrong password was counted on the account; the right one still logs in.
      expect((await userRow(admin.username)).failed_logins).toBe(1);
      expect(await t.login(admin.username, TEST_PASSWORD)).toBeTruthy();
    });

    it('throttles an address that failed 5 times on an account until an admin unlocks it; a clean address still logs in', async () => {
      const from = { 'x-forwarded-for': '198.51.100.7' };
      const codes: string[] = [];
      for (let i = 0; i < 6; i++) codes.push(codeOf(await t.gql(LOGIN, { u: lockable.username, p: `Wrong${i}pass2026` }, undefined, from))!);
      expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'LOGIN_THROTTLED']);
      const right = await t.gql(LOGIN, { u: lockable.username, p: TEST_PASSWORD }, undefined, from);
      expect(codeOf(right)).toBe('LOGIN_THROTTLED');
      expect(right.errors![0].extensions.retryAfterSeconds).toBe(30);
      expect(await activeSessions(lockable.username)).toBe(0);

      const adminToken = await t.login(admin.username, TEST_PASSWORD);
      const users = await t.gql(`{ users(search:"${lockable.username}", first:100) { nodes { id username locked } } }`, {}, adminToken);
      expect(users.data.users.nodes).toEqual([expect.objectContaining({ username: lockable.username, locked: true })]);
      const unlocked = await t.gql(`mutation($id:ID!){ unlockUser(id:$id) { locked } }`, { id: users.data.users.nodes[0].id }, adminToken);
      expect(unlocked.data.unlockUser.locked).toBe(false);
      const again = await t.gql(LOGIN, { u: lockable.username, p: TEST_PASSWORD }, undefined, from);
      expect(again.data.login.me.username).toBe(lockable.username);
    });

    it('refuses an empty username as invalid input, not as a server error', async () => {
      expect(codeOf(await login('', TEST_PASSWORD))).toBe('INVALID_INPUT');
    });
  });

  describe('access tokens', () => {
    it('an expired token is TOKEN_EXPIRED', async () => {
      const real = (await login(supervisor.username, TEST_PASSWORD)).data.login.accessToken;
      const claims = jwt.decode(real) as jwt.JwtPayload;
      const expired = jwt.sign({ sub: claims.sub, tid: claims.tid, sid: claims.sid }, 'test-secret-for-jwt', { expiresIn: -10 });
      expect(codeOf(await t.gql(ME, {}, expired))).toBe('TOKEN_EXPIRED');
      // The same claims, still valid, are accepted: the expiry alone made the difference.
      const fresh = jwt.sign({ sub: claims.sub, tid: claims.tid, sid: claims.sid }, 'test-secret-for-jwt', { expiresIn: 60 });
      expect((await t.gql(ME, {}, fresh)).data.me.username).toBe(supervisor.username);
    });

    it('garbage, a foreign signature or no token is UNAUTHENTICATED', async () => {
      expect(codeOf(await t.gql(ME, {}, 'garbage'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(ME, {}, 'a.b.c'))).toBe('UNAUTHENTICATED');
      const real = (await login(supervisor.username, TEST_PASSWORD)).data.login.accessToken;
      const claims = jwt.decode(real) as jwt.JwtPayload;
      const forged = jwt.sign({ sub: claims.sub, tid: claims.tid, sid: claims.sid }, 'some-other-secret', { expiresIn: 60 });
      expect(codeOf(await t.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
      const unsigned = jwt.sign({ sub: claims.sub, tid: claims.tid, sid: claims.sid }, '', { algorithm: 'none' });
      expect(codeOf(await t.gql(ME, {}, unsigned))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    });

    it('after logout the access token is TOKEN_REVOKED; other sessions keep working', async () => {
      const a = (await login(townClerk.username, TEST_PASSWORD)).data.login;
      const b = (await login(townClerk.username, TEST_PASSWORD)).data.login;
      expect((await t.gql(`mutation{ logout }`, {}, a.accessToken)).data.logout).toBe(true);
      expect(codeOf(await t.gql(ME, {}, a.accessToken))).toBe('TOKEN_REVOKED');
      expect(codeOf(await t.gql(REFRESH, { r: a.refreshToken }))).toBe('REFRESH_TOKEN_INVALID');
      expect((await t.gql(ME, {}, b.accessToken)).data.me.username).toBe(townClerk.username);
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each works once; reusing an old one revokes the whole session', async () => {
      const first = (await login(approver.username, TEST_PASSWORD)).data.login;
      const second = (await t.gql(REFRESH, { r: first.refreshToken })).data.refreshToken;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await t.gql(ME, {}, second.accessToken)).data.me.username).toBe(approver.username);
      const third = (await t.gql(REFRESH, { r: second.refreshToken })).data.refreshToken;
      expect(third.refreshToken).toBeTruthy();
      // The second one has been used: presenting it again means someone copied it.
      expect(codeOf(await t.gql(REFRESH, { r: second.refreshToken }))).toBe('REFRESH_TOKEN_INVALID');
      expect(codeOf(await t.gql(REFRESH, { r: third.refreshToken }))).toBe('REFRESH_TOKEN_INVALID');
      expect(codeOf(await t.gql(ME, {}, third.accessToken))).toBe('TOKEN_REVOKED');
      expect(codeOf(await t.gql(ME, {}, first.accessToken))).toBe('TOKEN_REVOKED');
      const [session] = (
        await owner.query(
          `SELECT s.revoke_reason FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = $1`, [approver.username],
        )
      ).rows;
      expect(session.revoke_reason).toBe('refresh_token_reuse');
    });

    it('a malformed refresh token is REFRESH_TOKEN_INVALID', async () => {
      expect(codeOf(await t.gql(REFRESH, { r: 'nonsense' }))).toBe('REFRESH_TOKEN_INVALID');
      const { refreshToken } = (await login(windowClerk.username, TEST_PASSWORD)).data.login;
      const [tenant, session] = refreshToken.split('.');
      expect(codeOf(await t.gql(REFRESH, { r: `${tenant}.${session}.wrongsecret` }))).toBe('REFRESH_TOKEN_INVALID');
      // A secret the session never had ends nothing: the real token still rotates.
      expect((await t.gql(REFRESH, { r: refreshToken })).data.refreshToken.accessToken).toBeTruthy();
    });
  });

  describe('changePassword', () => {
    const change = (token: string, oldPassword: string, newPassword: string) =>
      t.gql(`mutation($o:String!,$n:String!){ changePassword(oldPassword:$o, newPassword:$n) }`, { o: oldPassword, n: newPassword }, token);

    it('refuses a weak password and a wrong old password, changing nothing', async () => {
      const token = await t.login(agentB.username, TEST_PASSWORD);
      const before = await userRow(agentB.username);
      const weak = await change(token, TEST_PASSWORD, 'short1');
      expect(codeOf(weak)).toBe('PASSWORD_TOO_WEAK');
      expect(weak.errors![0].extensions.rules).toEqual(['min_length_10']);
      const noDigit = await change(token, TEST_PASSWORD, 'onlyletterspassword');
      expect(noDigit.errors![0].extensions.rules).toEqual(['needs_digit']);
      const withName = await change(token, TEST_PASSWORD, `${agentB.username}2026`);
      expect(withName.errors![0].extensions.rules).toEqual(['contains_username']);
      expect(codeOf(await change(token, 'Wrong@2026pass', 'Better@2027pass'))).toBe('WRONG_PASSWORD');
      // Nothing changed but the count of wrong passwords.
      expect(await userRow(agentB.username)).toEqual({ ...before, failed_logins: 1 });
      expect(await t.login(agentB.username, TEST_PASSWORD)).toBeTruthy();
    });

    it('changes the password and ends every other session of the person', async () => {
      const other = await t.login(agentA.username, TEST_PASSWORD);
      const token = await t.login(agentA.username, TEST_PASSWORD);
      expect((await change(token, TEST_PASSWORD, 'Better@2027pass')).data.changePassword).toBe(true);
      expect(codeOf(await login(agentA.username, TEST_PASSWORD))).toBe('INVALID_CREDENTIALS');
      expect((await login(agentA.username, 'Better@2027pass')).data.login.me.username).toBe(agentA.username);
      expect((await t.gql(ME, {}, token)).data.me.username).toBe(agentA.username);
      expect(codeOf(await t.gql(ME, {}, other))).toBe('TOKEN_REVOKED');
    });
  });
});
