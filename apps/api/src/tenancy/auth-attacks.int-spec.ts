import { Client } from 'pg';
import { TEST_PASSWORD, TestCounty, TestFactory, TestUser } from '@county/tenancy/testing';
import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

const LOGIN = `mutation($u:String!,$p:String!){ login(input:{ username:$u, password:$p }) { accessToken refreshToken } }`;
const REFRESH = `mutation($r:String!){ refreshToken(refreshToken:$r) { accessToken refreshToken } }`;
const ME = `{ me { username } }`;
const CHANGE = `mutation($o:String!,$n:String!){ changePassword(oldPassword:$o, newPassword:$n) }`;

/** What an attacker can try without the victim's password, and what the victim still can do. */
describe('authentication under attack', () => {
  let t: TestApp;
  let owner: Client;
  let factory: TestFactory;
  let county: TestCounty;
  let victim: TestUser;
  let sessionsUser: TestUser;
  let changer: TestUser;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const loginFrom = (address: string, u: string, p: string) => t.gql(LOGIN, { u, p }, undefined, from(address));
  const auditOf = async (action: string, subjectId: string) =>
    (await owner.query(`SELECT detail FROM audit_log WHERE action = $1 AND subject_id = $2`, [action, subjectId])).rows;

  beforeAll(async () => {
    t = await startTestApp();
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    factory = await TestFactory.open(t.db.ownerUrl);
    county = await factory.newCounty();
    victim = await factory.newUser(county, { role: 'window_clerk', at: county.townships[0] });
    sessionsUser = await factory.newUser(county, { role: 'window_clerk', at: county.townships[0] });
    changer = await factory.newUser(county, { role: 'window_clerk', at: county.townships[1] });
  });
  afterAll(async () => {
    await factory?.close();
    await owner?.end();
    await t?.close();
  });

  it('knowing a session id (and guessing secrets) ends no session; only an earlier secret of it does', async () => {
    const { refreshToken } = (await loginFrom('192.0.2.1', victim.username, TEST_PASSWORD)).data.login;
    const [tenant, session] = refreshToken.split('.');
    for (const guess of ['x', 'wrong-secret', 'A'.repeat(43)]) {
      expect(codeOf(await t.gql(REFRESH, { r: `${tenant}.${session}.${guess}` }))).toBe('REFRESH_TOKEN_INVALID');
    }
    const next = (await t.gql(REFRESH, { r: refreshToken })).data.refreshToken;
    expect((await t.gql(ME, {}, next.accessToken)).data.me.username).toBe(victim.username);
    // The login entry supervisors read names no session.
    const [login] = await auditOf('login', victim.id);
    expect(JSON.stringify(login.detail)).not.toContain(session);
    // The rotated-away secret is a copy: now the session ends.
    expect(codeOf(await t.gql(REFRESH, { r: refreshToken }))).toBe('REFRESH_TOKEN_INVALID');
    expect(codeOf(await t.gql(ME, {}, next.accessToken))).toBe('TOKEN_REVOKED');
  });

  it('guessing at a name slows the guesser down with growing waits, alerts the administrator, and never locks the owner out', async () => {
    const attacker = '203.0.113.9';
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await loginFrom(attacker, victim.username, `Guess${i}pass2026`))!);
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'LOGIN_THROTTLED']);
    const held = await loginFrom(attacker, victim.username, TEST_PASSWORD);
    expect(held.errors![0].extensions.retryAfterSeconds).toBe(30);
    expect([held.status, held.retryAfter]).toEqual([429, '30']);
    // The owner, from her own address, logs in as usual.
    expect((await loginFrom('192.0.2.1', victim.username, TEST_PASSWORD)).data.login.accessToken).toBeTruthy();
    // Once the wait is over, the next failure waits twice as long.
    t.clock.set(new Date(t.clock.now().getTime() + 31_000));
    expect(codeOf(await loginFrom(attacker, victim.username, 'Guess6pass2026'))).toBe('INVALID_CREDENTIALS');
    expect((await loginFrom(attacker, victim.username, 'Guess7pass2026')).errors![0].extensions.retryAfterSeconds).toBe(60);
    const alerts = await auditOf('account_under_attack', victim.id);
    expect(alerts).toEqual([{ detail: { failures: 5, address: attacker } }]);
  });

  it('answers unknown names exactly like known ones, and throttles a guessing address whatever names it tries', async () => {
    const attacker = '203.0.113.10';
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(codeOf(await loginFrom(`${attacker}1`, changer.username, `Guess${i}pass2026`))!);
      unknown.push(codeOf(await loginFrom(`${attacker}2`, 'nobody_here_at_all', `Guess${i}pass2026`))!);
    }
    expect(unknown).toEqual(known);
    // Twenty failures from one address, each on another name, hold back the address itself.
    const spray: string[] = [];
    for (let i = 0; i < 21; i++) spray.push(codeOf(await loginFrom(`${attacker}3`, `spray_${i}`, 'Guess0pass2026'))!);
    expect(spray.slice(0, 20).every((c) => c === 'INVALID_CREDENTIALS')).toBe(true);
    expect(spray[20]).toBe('LOGIN_THROTTLED');
    expect(codeOf(await loginFrom(`${attacker}3`, sessionsUser.username, TEST_PASSWORD))).toBe('LOGIN_THROTTLED');
  });

  it('counts wrong old passwords of changePassword like failed logins, although the request fails', async () => {
    const token = (await loginFrom('192.0.2.2', changer.username, TEST_PASSWORD)).data.login.accessToken;
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push(codeOf(await t.gql(CHANGE, { o: `Guess${i}pass2026`, n: 'Better@2027pass' }, token, from('198.51.100.99')))!);
    }
    // The name had 5 failures from the previous test: this address waits after its first.
    expect(codes[0]).toBe('WRONG_PASSWORD');
    expect(codes.slice(1).every((c) => c === 'LOGIN_THROTTLED')).toBe(true);
    expect((await owner.query(`SELECT failed_logins FROM app_user WHERE id = $1`, [changer.id])).rows[0].failed_logins).toBe(6);
  });

  it('keeps at most 10 sessions per person: an 11th login ends the oldest', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 11; i++) tokens.push((await loginFrom('192.0.2.3', sessionsUser.username, TEST_PASSWORD)).data.login.accessToken);
    expect(codeOf(await t.gql(ME, {}, tokens[0]))).toBe('TOKEN_REVOKED');
    expect((await t.gql(ME, {}, tokens[1])).data.me.username).toBe(sessionsUser.username);
    const active = await owner.query(`SELECT count(*)::int AS n FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL`, [sessionsUser.id]);
    expect(active.rows[0].n).toBe(10);
  });
});
