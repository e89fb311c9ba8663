import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

/** Who may localize which unit's settings, and who may read a unit's effective catalog. */
describe('local settings and effective catalogs by jurisdiction', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const units: Record<string, string> = {};
  let matterId: string;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
  const setLocal = (unitId: string, who: string, input: Record<string, unknown> = { hours: '周一至周五 8:30-17:30' }) =>
    t.gql(
      `mutation($m: ID!, $u: ID!, $i: LocalSettingInput!) { setLocalSetting(matterId: $m, orgUnitId: $u, input: $i) { hours orgUnitName } }`,
      { m: matterId, u: unitId, i: input },
      token[who],
    );
  const effective = (unitId: string, who: string) => t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId content { hours } } }`, { u: unitId }, token[who]);
  const hoursAt = async (unitId: string) =>
    (await effective(unitId, 'hy_admin')).data.effectiveCatalog.find((m: { matterId: string }) => m.matterId === matterId).content.hours;

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['hy_admin', 'hy_clerk', 'cgz_clerk', 'jcz_clerk', 'nanjie_agent', 'sq_admin']) token[u] = await t.login(u);
    for (const [key, code] of Object.entries({ cgz: '610921100000', jcz: '610921101000', nanjie: '610921100001', beijie: '610921100002' })) {
      const r = await t.gql(`query($q: String!) { searchOrgUnits(query: $q) { nodes { id code } } }`, { q: code }, token.hy_admin);
      units[key] = r.data.searchOrgUnits.nodes.find((u: { code: string }) => u.code === code).id;
    }
    // A matter that villages and townships both accept.
    const village = await effective(units.nanjie, 'hy_admin');
    matterId = village.data.effectiveCatalog[0].matterId;
  });
  afterAll(() => t?.close());

  it('a clerk at the county center’s window may not change any township’s or village’s settings', async () => {
    const before = await hoursAt(units.cgz);
    expect(codeOf(await setLocal(units.cgz, 'hy_clerk'))).toBe('FORBIDDEN');
    expect(codeOf(await setLocal(units.nanjie, 'hy_clerk'))).toBe('FORBIDDEN');
    expect(await hoursAt(units.cgz)).toBe(before);
  });

  it('a township clerk keeps her township’s and her villages’ settings, not another township’s', async () => {
    expect((await setLocal(units.cgz, 'cgz_clerk')).data?.setLocalSetting.orgUnitName).toBe('城关镇');
    expect((await setLocal(units.nanjie, 'cgz_clerk', { hours: '每周二、四 9:00-12:00' })).data?.setLocalSetting.hours).toBe('每周二、四 9:00-12:00');
    const before = await hoursAt(units.jcz);
    expect(codeOf(await setLocal(units.jcz, 'cgz_clerk'))).toBe('NOT_FOUND');
    expect(await hoursAt(units.jcz)).toBe(before);
  });

  it('a village agent keeps only her own village’s settings', async () => {
    expect(codeOf(await setLocal(units.nanjie, 'nanjie_agent'))).toBeUndefined();
    expect(codeOf(await setLocal(units.beijie, 'nanjie_agent'))).toBe('NOT_FOUND');
    expect(codeOf(await setLocal(units.cgz, 'nanjie_agent'))).toBe('NOT_FOUND');
  });

  it('another county’s admin and malformed ids get NOT_FOUND and change nothing', async () => {
    const before = await hoursAt(units.nanjie);
    expect(codeOf(await setLocal(units.nanjie, 'sq_admin'))).toBe('NOT_FOUND');
    expect(codeOf(await setLocal('not-a-uuid', 'cgz_clerk'))).toBe('NOT_FOUND');
    expect(await hoursAt(units.nanjie)).toBe(before);
  });

  it('effectiveCatalog answers only within the caller’s jurisdiction, like orgUnit(id)', async () => {
    expect(codeOf(await effective(units.nanjie, 'nanjie_agent'))).toBeUndefined();
    expect(codeOf(await effective(units.beijie, 'nanjie_agent'))).toBe('NOT_FOUND');
    expect(codeOf(await effective(units.cgz, 'nanjie_agent'))).toBe('NOT_FOUND');
    expect(codeOf(await effective(units.jcz, 'cgz_clerk'))).toBe('NOT_FOUND');
    expect(codeOf(await effective(units.nanjie, 'sq_admin'))).toBe('NOT_FOUND');
    expect(codeOf(await effective(units.jcz, 'hy_admin'))).toBeUndefined();
  });
});
