import { DEMO_PASSWORD } from '@county/tenancy';
import { startTestApp, TestApp } from '../testing/test-app';

const LOGIN = `mutation($u:String!,$p:String!){ login(input:{ username:$u, password:$p }) { accessToken } }`;

/**
 * A client that names itself in X-Forwarded-For cannot escape the per-address throttle unless
 * the server was told to trust a proxy (TRUST_PROXY): 20 failures from one socket, each under a
 * new forged address, still hold that socket back.
 */
describe.each([
  { trustProxy: false as const, forgedAddressCounts: false },
  { trustProxy: 'loopback', forgedAddressCounts: true },
])('trust proxy $trustProxy', ({ trustProxy, forgedAddressCounts }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy });
  });
  afterAll(() => t?.close());

  it(forgedAddressCounts ? 'takes the address a trusted proxy gives' : 'ignores X-Forwarded-For from the client', async () => {
    for (let i = 0; i < 20; i++) {
      const r = await t.gql(LOGIN, { u: `nobody${i}`, p: 'wrong-password' }, undefined, { 'x-forwarded-for': `203.0.113.${i + 1}` });
      expect(r.errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    }
    const owner = await t.gql(LOGIN, { u: 'hy_clerk', p: DEMO_PASSWORD }, undefined, { 'x-forwarded-for': '203.0.113.99' });
    if (forgedAddressCounts) expect(owner.errors).toBeUndefined();
    else expect(owner.errors?.[0].extensions).toMatchObject({ code: 'LOGIN_THROTTLED' });
  });
});
