import * as jwt from 'jsonwebtoken';
import { TEST_PASSWORD, TestCounty, TestFactory } from '@county/tenancy/testing';
import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

const LOGIN = `mutation($u:String!,$p:String!){ login(input:{ username:$u, password:$p }) { accessToken } }`;
const ME = `{ me { username } }`;

/** Input no client should send: each gets one coded answer, never INTERNAL. */
describe('bad input at the edge', () => {
  let t: TestApp;
  let factory: TestFactory;
  let county: TestCounty;
  let adminToken: string;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;

  beforeAll(async () => {
    t = await startTestApp();
    factory = await TestFactory.open(t.db.ownerUrl);
    county = await factory.newCounty();
    adminToken = await t.login(county.admin.username, TEST_PASSWORD);
  });
  afterAll(async () => {
    await factory?.close();
    await t?.close();
  });

  it('refuses a NUL byte or a lone surrogate in any string argument with INVALID_CHARACTERS naming the field', async () => {
    const login = await t.gql(LOGIN, { u: 'admin\u0000', p: TEST_PASSWORD });
    expect(codeOf(login)).toBe('INVALID_CHARACTERS');
    expect(login.errors![0].extensions.field).toBe('input.username');
    const search = await t.gql(`query($q:String){ guideSearch(countyCode:"${county.divisionCode}", query:$q) { totalCount } }`, { q: '\uD800社保' });
    expect(codeOf(search)).toBe('INVALID_CHARACTERS');
    expect(search.errors![0].extensions.field).toBe('query');
    const unit = await t.gql(
      `mutation($n:String!,$p:ID!){ createOrgUnit(input:{ kind: DEPARTMENT, name:$n, parentId:$p }) { id } }`,
      { n: '民政局\u0000', p: county.unit.id },
      adminToken,
    );
    expect(codeOf(unit)).toBe('INVALID_CHARACTERS');
    expect(unit.errors![0].extensions.field).toBe('input.name');
    const pdf = await fetch(`${t.url}/guide/${county.divisionCode}/abc%00/notice.pdf`);
    expect(pdf.status).toBe(400);
    expect(((await pdf.json()) as { errors: GqlResult['errors'] }).errors![0].extensions.code).toBe('INVALID_CHARACTERS');
  });

  it('answers a malformed id NOT_FOUND', async () => {
    expect(codeOf(await t.gql(`{ orgUnits(parentId:"not-a-uuid") { totalCount } }`, {}, adminToken))).toBe('NOT_FOUND');
  });

  it('answers a signed token whose claims are not ids, or that never expires, UNAUTHENTICATED', async () => {
    const real = jwt.decode(adminToken) as jwt.JwtPayload;
    const sign = (claims: object, options: jwt.SignOptions = { expiresIn: 60 }) => jwt.sign(claims, 'test-secret-for-jwt', options);
    for (const token of [
      sign({ sub: 'x', tid: real.tid, sid: real.sid }),
      sign({ sub: real.sub, tid: "' OR 1=1 --", sid: real.sid }),
      sign({ sub: real.sub, tid: real.tid, sid: 42 }),
      sign({ sub: real.sub, tid: real.tid, sid: real.sid }, {}),
    ]) {
      expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    }
  });

  it('gives every response a request id: the one the caller sent if plain, else a new one', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: ME }) });
    expect((await post({ 'x-request-id': 'trace-42' })).headers.get('x-request-id')).toBe('trace-42');
    const fresh = (await post({ 'x-request-id': 'no spaces\tor tabs' })).headers.get('x-request-id');
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    const pdf = await fetch(`${t.url}/guide/000000/x/notice.pdf`);
    expect(pdf.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(pdf.status).toBe(404);
    // Nest's own HTTP answers pass the catch-all filter unchanged.
    expect((await fetch(`${t.url}/no-such-route`)).status).toBe(404);
  });
});
