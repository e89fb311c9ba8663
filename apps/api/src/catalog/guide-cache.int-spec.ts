import { Client } from 'pg';
import { GuideCache } from '@county/catalog';
import { startTestApp, TestApp } from '../testing/test-app';

const NANJIE = '610921100001';

/**
 * The public guide is answered from memory until its county changes something, and a change is
 * seen by the very next request: the cache is stamped with a generation that moves in the
 * change's own transaction, and with the day.
 */
describe('the public guide from memory', () => {
  let t: TestApp;
  let cache: GuideCache;
  let admin: string;

  const unitGuide = async () => {
    const r = await t.gql(`{ guideForUnit(orgUnitCode: "${NANJIE}") { unitName here { matterId content { name hours promisedDays } } } }`);
    expect(r.errors).toBeUndefined();
    return r.data.guideForUnit as { unitName: string; here: { matterId: string; content: { name: string; hours: string; promisedDays: number } }[] };
  };
  const hits = () => cache.statistics().hits;

  beforeAll(async () => {
    t = await startTestApp();
    cache = t.app.get(GuideCache);
    admin = await t.login('hy_admin');
  });
  afterAll(() => t?.close());

  it('answers a repeated read from memory and shows a local setting saved in between at once', async () => {
    const before = await unitGuide();
    const h = hits();
    expect(await unitGuide()).toEqual(before);
    expect(hits()).toBe(h + 1);

    const elderly = before.here.find((m) => m.content.name === '高龄津贴申请')!;
    const nanjie = (await t.gql(`{ searchOrgUnits(query: "南街社区") { nodes { id code } } }`, {}, admin)).data.searchOrgUnits.nodes.find((u: { code: string }) => u.code === NANJIE);
    const agent = await t.login('nanjie_agent');
    const saved = await t.gql(
      `mutation($m: ID!, $u: ID!, $i: LocalSettingInput!) { setLocalSetting(matterId: $m, orgUnitId: $u, input: $i) { hours } }`,
      { m: elderly.matterId, u: nanjie.id, i: { hours: '每周二、周四上门代办' } },
      agent,
    );
    expect(saved.errors).toBeUndefined();
    const after = await unitGuide();
    expect(after.here.find((m) => m.matterId === elderly.matterId)!.content.hours).toBe('每周二、周四上门代办');
  });

  it('sees a change the owner makes in SQL, outside any tenant, on the next read', async () => {
    await unitGuide();
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`UPDATE org_unit SET name = '南街社区居委会' WHERE code = $1`, [NANJIE]);
      expect((await unitGuide()).unitName).toBe('南街社区居委会');
      await owner.query(`UPDATE org_unit SET name = '南街社区' WHERE code = $1`, [NANJIE]);
      expect((await unitGuide()).unitName).toBe('南街社区');
    } finally {
      await owner.end();
    }
  });

  it('a published version appears in the search at once, and a scheduled one when its day comes', async () => {
    const search = async () =>
      (await t.gql(`{ guideSearch(countyCode: "610921", query: "gaoling", first: 20) { nodes { matterId version content { implementationCode } } } }`)).data.guideSearch
        .nodes as { matterId: string; version: number; content: { implementationCode: string } }[];
    const [first] = await search();
    const matter = async () =>
      (await t.gql(`query($c: String!) { guideMatter(countyCode: "610921", implementationCode: $c) { version } }`, { c: first.content.implementationCode })).data.guideMatter.version;
    expect(await matter()).toBe(first.version);
    const h = hits();
    expect((await search())[0].version).toBe(first.version);
    expect(hits()).toBe(h + 1);

    expect((await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: first.matterId }, admin)).errors).toBeUndefined();
    expect((await t.gql(`mutation($id: ID!) { publishMatter(matterId: $id) { version } }`, { id: first.matterId }, admin)).errors).toBeUndefined();
    expect((await search())[0].version).toBe(first.version + 1);
    expect(await matter()).toBe(first.version + 1);

    t.clock.set('2031-03-01T02:00:00Z');
    expect((await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: first.matterId }, admin)).errors).toBeUndefined();
    const scheduled = await t.gql(`mutation($id: ID!, $d: String) { publishMatter(matterId: $id, effectiveFrom: $d) { version } }`, { id: first.matterId, d: '2031-04-01' }, admin);
    expect(scheduled.errors).toBeUndefined();
    expect(await matter()).toBe(first.version + 1);
    t.clock.set('2031-03-31T16:00:00Z'); // 2031-04-01 00:00 in Beijing
    expect(await matter()).toBe(first.version + 2);
  });
});
