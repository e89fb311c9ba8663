import { startTestApp, TestApp } from './testing/test-app';

describe('API smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a township clerk sees her township as the root of the tree', async () => {
    const token = await t.login('cgz_clerk');
    const r = await t.gql(`{ orgUnits(first:100) { nodes { name kind } } }`, {}, token);
    expect(r.data.orgUnits.nodes).toEqual([{ name: '城关镇', kind: 'TOWNSHIP' }]);
  });

  it('me carries the caller\'s CASL rules, with the jurisdiction as a condition, for the admin app to decide with', async () => {
    const rulesOf = async (username: string) =>
      (await t.gql(`{ me { rules { action subject inverted conditions } } }`, {}, await t.login(username))).data.me.rules;
    const clerk = await rulesOf('cgz_clerk');
    expect(clerk).toContainEqual({ action: 'manage', subject: 'LocalSetting', inverted: false, conditions: { path: { $within: '610921.610921100' } } });
    expect(clerk.some((rule: any) => rule.subject === 'User')).toBe(false);
    expect(await rulesOf('platform')).toEqual([
      { action: 'read', subject: 'Tenant', inverted: false, conditions: null },
      { action: 'create', subject: 'Tenant', inverted: false, conditions: null },
    ]);
  });
});
