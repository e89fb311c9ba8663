import { startTestApp, TestApp } from '../testing/test-app';

/** Every search takes `%` and `_` literally: as LIKE wildcards they would match every row. */
describe('searches escape LIKE wildcards', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('hy_admin');
  });
  afterAll(() => t.close());

  const total = async (query: string, variables: Record<string, unknown>) => {
    const r = await t.gql(query, variables, admin);
    expect(r.errors).toBeUndefined();
    return Object.values(r.data as Record<string, { totalCount?: number; nodes: unknown[] }>)[0];
  };

  it('users, org units, matters and the guide find nothing for % or \\ when no name holds one', async () => {
    for (const q of ['%', '\\', '%_%']) {
      expect((await total(`query($q:String){ users(search:$q, first:100){ totalCount } }`, { q })).totalCount).toBe(0);
      expect((await total(`query($q:String!){ searchOrgUnits(query:$q, first:100){ totalCount } }`, { q })).totalCount).toBe(0);
      expect((await total(`query($q:String){ matters(filter:{search:$q}, first:100){ totalCount } }`, { q })).totalCount).toBe(0);
      expect((await total(`query($q:String){ guideSearch(countyCode:"610921", query:$q, first:100){ nodes { version } } }`, { q })).nodes).toEqual([]);
    }
    expect((await total(`query{ searchOrgUnits(query:"_", first:100){ totalCount } }`, {})).totalCount).toBe(0);
    expect((await total(`query{ matters(filter:{search:"_"}, first:100){ totalCount } }`, {})).totalCount).toBe(0);
    // The same searches without wildcards do find rows, so the zeros above are not an empty county.
    expect((await total(`query{ users(search:"hy", first:100){ totalCount } }`, {})).totalCount).toBeGreaterThan(0);
    expect((await total(`query{ searchOrgUnits(query:"城关", first:100){ totalCount } }`, {})).totalCount).toBeGreaterThan(0);
  });

  it('an underscore matches only a literal underscore', async () => {
    const r = await t.gql<{ users: { nodes: { username: string }[] } }>(`{ users(search:"y_a", first:100){ nodes { username } } }`, {}, admin);
    const names = r.data!.users.nodes.map((n) => n.username);
    expect(names).toContain('hy_admin');
    for (const n of names) expect(n).toContain('y_a');
  });
});
