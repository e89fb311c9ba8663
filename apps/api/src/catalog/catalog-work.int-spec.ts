import { startTestApp, TestApp } from '../testing/test-app';

const CGZ = '610921100000';
const NANJIE = '610921100001';
const WORK = `{ catalogWork {
  draftCount drafts { matterId name version published }
  upcoming { matterId name version effectiveFrom }
  settingsNotInEffect { matterId name unitName tier promisedDays promiseSources { tier unitName promisedDays inEffect } } } }`;

/** 首页待办: what each person has to do now, in her own territory and no one else's. */
describe('the landing page’s work list (catalogWork)', () => {
  let t: TestApp;
  let admin: string;
  let elderly: { id: string; county: number };
  let scheduled: { id: string; name: string };
  let drafted: { id: string; name: string };

  const workOf = async (who: string) => {
    const r = await t.gql(WORK, {}, await t.login(who));
    expect(r.errors).toBeUndefined();
    return r.data.catalogWork;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('hy_admin');
    const guide = (await t.gql(`{ guideForUnit(orgUnitCode: "${NANJIE}") { here { matterId content { name promisedDays } } } }`)).data.guideForUnit;
    const found = guide.here.find((m: any) => m.content.name === '高龄津贴申请');
    elderly = { id: found.matterId, county: found.content.promisedDays };
    const others = guide.here.filter((m: any) => m.matterId !== elderly.id);
    scheduled = { id: others[0].matterId, name: others[0].content.name };
    drafted = { id: others[1].matterId, name: others[1].content.name };

    const units: Record<string, string> = {};
    for (const code of [CGZ, NANJIE]) {
      const r = await t.gql(`query($q: String!) { searchOrgUnits(query: $q, first: 10) { nodes { id code } } }`, { q: code }, admin);
      units[code] = r.data.searchOrgUnits.nodes.find((u: any) => u.code === code).id;
    }
    const set = async (unit: string, days: number, who: string) => {
      const r = await t.gql(
        `mutation($m: ID!, $u: ID!, $i: LocalSettingInput!) { setLocalSetting(matterId: $m, orgUnitId: $u, input: $i) { promisedDays } }`,
        { m: elderly.id, u: units[unit], i: { promisedDays: days } },
        await t.login(who),
      );
      expect(r.errors).toBeUndefined();
    };
    // 县 N → 城关镇 N−5 → 南街社区 N−2: the village's own promise is not in effect.
    await set(CGZ, elderly.county - 5, 'cgz_clerk');
    await set(NANJIE, elderly.county - 2, 'nanjie_agent');

    const gql = async (query: string, variables: Record<string, unknown>) => {
      const r = await t.gql(query, variables, admin);
      expect(r.errors).toBeUndefined();
      return r.data;
    };
    await gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: drafted.id });
    await gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: scheduled.id });
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await gql(`mutation($id: ID!, $d: String) { publishMatter(matterId: $id, effectiveFrom: $d) { version } }`, { id: scheduled.id, d: inTenDays });
  });
  afterAll(() => t?.close());

  it('the catalog administrator sees the drafts to publish, the versions about to take effect and the county’s overridden promises', async () => {
    const work = await workOf('hy_admin');
    expect(work.drafts).toEqual(expect.arrayContaining([expect.objectContaining({ matterId: drafted.id, name: drafted.name, published: true })]));
    expect(work.drafts.find((d: any) => d.matterId === scheduled.id)).toBeUndefined();
    expect(work.draftCount).toBeGreaterThanOrEqual(1);
    expect(work.upcoming).toEqual([expect.objectContaining({ matterId: scheduled.id, name: scheduled.name })]);
    expect(work.settingsNotInEffect).toEqual([
      {
        matterId: elderly.id,
        name: '高龄津贴申请',
        unitName: '南街社区',
        tier: 'VILLAGE',
        promisedDays: elderly.county - 2,
        promiseSources: [
          { tier: 'COUNTY', unitName: '汉阴县', promisedDays: elderly.county, inEffect: false },
          { tier: 'TOWNSHIP', unitName: '城关镇', promisedDays: elderly.county - 5, inEffect: true },
          { tier: 'VILLAGE', unitName: '南街社区', promisedDays: elderly.county - 2, inEffect: false },
        ],
      },
    ]);
  });

  it('the township clerk and the village’s agent see it; another village’s agent, the county’s window clerk and a supervisor see no settings and no drafts', async () => {
    for (const who of ['cgz_clerk', 'nanjie_agent']) {
      const work = await workOf(who);
      expect(work.settingsNotInEffect.map((s: any) => s.unitName)).toEqual(['南街社区']);
      expect(work.drafts).toEqual([]);
      expect(work.draftCount).toBe(0);
    }
    for (const who of ['beijie_agent', 'hy_clerk', 'hy_super']) {
      const work = await workOf(who);
      expect(work.settingsNotInEffect).toEqual([]);
      expect(work.drafts).toEqual([]);
    }
    // Published but scheduled versions are the county's public plan: everyone in the county sees them.
    expect((await workOf('nanjie_agent')).upcoming.map((u: any) => u.matterId)).toEqual([scheduled.id]);
  });

  it('another county sees none of it', async () => {
    const work = await workOf('sq_admin');
    expect(work.drafts.find((d: any) => d.matterId === drafted.id)).toBeUndefined();
    expect(work.upcoming).toEqual([]);
    expect(work.settingsNotInEffect).toEqual([]);
  });
});
