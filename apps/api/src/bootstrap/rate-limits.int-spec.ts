import { DEMO_PASSWORD } from '@county/tenancy';
import { startTestApp, TestApp } from '../testing/test-app';

const LOGIN = `mutation($u:String!,$p:String!){ login(input:{ username:$u, password:$p }) { accessToken } }`;
const SEARCH = `{ guideSearch(countyCode:"610921", first:1) { nodes { content { implementationCode } } } }`;

/** An outsider hammering the public doors: each address gets its minute's worth, then RATE_LIMITED with Retry-After. */
describe('rate limits per client address', () => {
  let t: TestApp;
  const from = (address: string) => ({ 'x-forwarded-for': address });

  beforeAll(async () => {
    t = await startTestApp({ rateLimits: { login: 3, guide: 5, notice: 2 } });
  });
  afterAll(() => t?.close());

  it('logins: the fourth in a minute from one address waits, other addresses log in as usual', async () => {
    for (let i = 0; i < 3; i++) expect((await t.gql(LOGIN, { u: 'hy_clerk', p: DEMO_PASSWORD }, undefined, from('198.51.100.1'))).data.login.accessToken).toBeTruthy();
    const refused = await t.gql(LOGIN, { u: 'hy_clerk', p: DEMO_PASSWORD }, undefined, from('198.51.100.1'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', messageEn: expect.stringMatching(/^Too many requests; try again in \d+ seconds$/) });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect((await t.gql(LOGIN, { u: 'hy_clerk', p: DEMO_PASSWORD }, undefined, from('198.51.100.2'))).data.login.accessToken).toBeTruthy();
  });

  it('the public guide counts every aliased call: of six units in one request the sixth is RATE_LIMITED', async () => {
    const unit = (i: number) => `u${i}: guideForUnit(orgUnitCode:"610921100001") { unitName }`;
    const five = await t.gql(`{ ${[1, 2, 3, 4, 5].map(unit).join(' ')} }`, {}, undefined, from('198.51.100.7'));
    expect(Object.values(five.data)).toHaveLength(5);
    const six = await t.gql(`{ ${[1, 2, 3, 4, 5, 6].map(unit).join(' ')} }`, {}, undefined, from('198.51.100.3'));
    // guideForUnit is not nullable: one refused alias refuses the answer.
    expect(six.errors?.map((e) => [e.extensions.code, (e as { path?: string[] }).path])).toEqual([['RATE_LIMITED', ['u6']]]);
    expect(six.status).toBe(429);
    expect((await t.gql(SEARCH, {}, undefined, from('198.51.100.3'))).errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect((await t.gql(SEARCH, {}, undefined, from('198.51.100.4'))).data.guideSearch.nodes).toHaveLength(1);
  });

  it('the public 告知单 PDF: the third in a minute is 429 with Retry-After and the coded error', async () => {
    const code = (await t.gql(SEARCH, {}, undefined, from('198.51.100.5'))).data.guideSearch.nodes[0].content.implementationCode;
    const pdf = () => fetch(`${t.url}/guide/610921/${code}/notice.pdf`, { headers: from('198.51.100.6') });
    for (let i = 0; i < 2; i++) expect((await pdf()).status).toBe(200);
    const refused = await pdf();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
