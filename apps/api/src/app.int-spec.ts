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
});
