import { startTestApp, TestApp } from '../testing/test-app';

/** The server reads the time from one injectable clock: a test moves "today" and the catalog follows. */
describe('an injectable clock', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('hy_admin');
  });
  afterAll(() => t?.close());

  it('a version scheduled for next month comes into force when the clock reaches its date', async () => {
    const county = (await t.gql(`{ searchOrgUnits(query: "汉阴县") { nodes { id kind } } }`, {}, admin)).data.searchOrgUnits.nodes.find((u: { kind: string }) => u.kind === 'COUNTY');
    const inForce = async () =>
      (await t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId version } }`, { u: county.id }, admin)).data.effectiveCatalog as {
        matterId: string;
        version: number;
      }[];
    const [first] = await inForce();
    expect((await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: first.matterId }, admin)).errors).toBeUndefined();
    t.clock.set('2031-03-01T02:00:00Z');
    const published = await t.gql(
      `mutation($id: ID!, $d: String) { publishMatter(matterId: $id, effectiveFrom: $d) { version effectiveFrom inForce } }`,
      { id: first.matterId, d: '2031-04-01' },
      admin,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data.publishMatter).toMatchObject({ version: first.version + 1, effectiveFrom: '2031-04-01', inForce: false });
    expect((await inForce()).find((m) => m.matterId === first.matterId)?.version).toBe(first.version);
    t.clock.set('2031-03-31T16:00:00Z'); // 2031-04-01 00:00 in Beijing
    expect((await inForce()).find((m) => m.matterId === first.matterId)?.version).toBe(first.version + 1);
  });
});
