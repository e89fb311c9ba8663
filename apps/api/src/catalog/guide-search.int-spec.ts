import { startTestApp, TestApp } from '../testing/test-app';

const PLACES = `query($c: String!, $q: String, $t: String) { guidePlaces(countyCode: $c, query: $q, townshipCode: $t, first: 50) { code name tier townshipName centerName } }`;
const SEARCH = `query($c: String!, $q: String!) { guideSearch(countyCode: $c, query: $q, first: 50) { totalCount nodes { content { name } } } }`;

/** Finding a place or a matter without knowing its code: names, pinyin, initials, mixed input, synonyms. */
describe('public guide search: places, mixed input and synonyms', () => {
  let t: TestApp;
  let admin: string;

  const places = async (q: string | null, township: string | null = null, county = '610921') => {
    const r = await t.gql(PLACES, { c: county, q, t: township });
    expect(r.errors).toBeUndefined();
    return r.data.guidePlaces as { code: string; name: string; tier: string; townshipName: string | null; centerName: string | null }[];
  };
  const names = async (q: string, county = '610921') => {
    const r = await t.gql(SEARCH, { c: county, q });
    expect(r.errors).toBeUndefined();
    return (r.data.guideSearch.nodes as { content: { name: string } }[]).map((n) => n.content.name);
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('hy_admin');
  });
  afterAll(() => t?.close());

  it.each(['城关镇', 'chengguanzhen', 'cgz', '城关z', 'chengguan zhen'])('“%s” finds 城关镇 first', async (q) => {
    const [first] = await places(q);
    expect(first).toMatchObject({ code: '610921100000', name: '城关镇', tier: 'TOWNSHIP', townshipName: null });
  });

  it('lists the townships without a query, and a township’s villages with their township named', async () => {
    const townships = await places(null);
    expect(townships.length).toBe(10);
    expect(new Set(townships.map((p) => p.tier))).toEqual(new Set(['TOWNSHIP']));
    const villages = await places(null, '610921100000');
    expect(villages.length).toBeGreaterThan(3);
    expect(villages.every((v) => v.tier === 'VILLAGE' && v.townshipName === '城关镇' && v.code.startsWith('610921100'))).toBe(true);
    expect(villages.map((v) => v.name)).toContain('南街社区');
    expect((await places('njsq'))[0]).toMatchObject({ name: '南街社区', townshipName: '城关镇' });
  });

  it('another county’s places are its own, and a township of another county is refused', async () => {
    const theirs = await places('cgz', null, '610922');
    expect(theirs.every((p) => p.code.startsWith('610922'))).toBe(true);
    const r = await t.gql(PLACES, { c: '610922', q: null, t: '610921100000' });
    expect(r.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it.each(['zd生活', 'zui di sheng huo', '最低sheng', 'zdshbz'])('“%s” finds 最低生活保障审核确认', async (q) => {
    expect(await names(q)).toContain('最低生活保障审核确认');
  });

  it('a synonym the county keeps finds the matter at once; another county and a township clerk are not affected or refused', async () => {
    expect(await names('低保')).not.toContain('最低生活保障审核确认');
    const set = await t.gql(`mutation { setGuideSynonym(term: " 低保 ", expansion: "最低生活保障") { term expansion } }`, {}, admin);
    expect(set.errors).toBeUndefined();
    expect(set.data.setGuideSynonym).toEqual({ term: '低保', expansion: '最低生活保障' });
    expect(await names('低保')).toContain('最低生活保障审核确认');
    expect(await names('我要办低保')).toContain('最低生活保障审核确认');

    const listed = await t.gql(`{ guideSynonyms { term expansion } }`, {}, admin);
    expect(listed.data.guideSynonyms).toEqual([{ term: '低保', expansion: '最低生活保障' }]);
    const sq = await t.login('sq_admin');
    expect((await t.gql(`{ guideSynonyms { term } }`, {}, sq)).data.guideSynonyms).toEqual([]);
    const sqRemove = await t.gql(`mutation { removeGuideSynonym(term: "低保") }`, {}, sq);
    expect(sqRemove.errors![0].extensions.code).toBe('NOT_FOUND');

    const clerk = await t.login('cgz_clerk');
    expect((await t.gql(`mutation { setGuideSynonym(term: "五保", expansion: "特困人员") { term } }`, {}, clerk)).errors![0].extensions.code).toBe('FORBIDDEN');
    const bad = await t.gql(`mutation { setGuideSynonym(term: "", expansion: "最低生活保障") { term } }`, {}, admin);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'SYNONYM_INVALID', messageZh: expect.any(String), messageEn: expect.any(String) });

    expect((await t.gql(`mutation { removeGuideSynonym(term: "低保") }`, {}, admin)).data.removeGuideSynonym).toBe(true);
    expect(await names('低保')).not.toContain('最低生活保障审核确认');
    expect((await t.gql(`mutation { removeGuideSynonym(term: "低保") }`, {}, admin)).errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
