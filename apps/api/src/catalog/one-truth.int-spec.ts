import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';

const CGZ = '610921100000';
const NANJIE = '610921100001';
const SOURCES = `promiseSources { tier unitName promisedDays inEffect }`;

/**
 * 县 → 城关镇 (shorter) → 南街社区 (shorter than the county, longer than its township): every page
 * and print for 南街社区 shows the same effective promise and where it comes from.
 */
describe('one truth for what applies at a village', () => {
  let t: TestApp;
  let dir: string;
  let matter: { id: string; code: string; county: number };
  let units: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'one-truth-'));
    t = await startTestApp();
    const admin = await t.login('hy_admin');
    const guide = (await t.gql(`{ guideForUnit(orgUnitCode: "${NANJIE}") { here { matterId content { name implementationCode promisedDays } } } }`)).data.guideForUnit;
    const elderly = guide.here.find((m: any) => m.content.name === '高龄津贴申请');
    matter = { id: elderly.matterId, code: elderly.content.implementationCode, county: elderly.content.promisedDays };
    units = {};
    for (const code of [CGZ, NANJIE]) {
      const r = await t.gql(`query($q: String!) { searchOrgUnits(query: $q, first: 10) { nodes { id code } } }`, { q: code }, admin);
      units[code] = r.data.searchOrgUnits.nodes.find((u: any) => u.code === code).id;
    }
    const set = async (unit: string, days: number, who: string) => {
      const r = await t.gql(
        `mutation($m: ID!, $u: ID!, $i: LocalSettingInput!) { setLocalSetting(matterId: $m, orgUnitId: $u, input: $i) { promisedDays } }`,
        { m: matter.id, u: units[unit], i: { promisedDays: days } },
        await t.login(who),
      );
      expect(r.errors).toBeUndefined();
    };
    await set(CGZ, matter.county - 5, 'cgz_clerk');
    await set(NANJIE, matter.county - 2, 'nanjie_agent');
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const expected = () => [
    { tier: 'COUNTY', unitName: '汉阴县', promisedDays: matter.county, inEffect: false },
    { tier: 'TOWNSHIP', unitName: '城关镇', promisedDays: matter.county - 5, inEffect: true },
    { tier: 'VILLAGE', unitName: '南街社区', promisedDays: matter.county - 2, inEffect: false },
  ];

  it('the village page, the matter page reached from it and the unit’s effective catalog agree', async () => {
    const page = (await t.gql(`{ guideForUnit(orgUnitCode: "${NANJIE}") { here { matterId unitCode content { promisedDays } ${SOURCES} } } }`)).data.guideForUnit;
    const onPage = page.here.find((m: any) => m.matterId === matter.id);
    expect(onPage).toMatchObject({ unitCode: NANJIE, content: { promisedDays: matter.county - 5 }, promiseSources: expected() });

    const reached = await t.gql(
      `query($c: String!, $u: String) { guideMatter(countyCode: "610921", implementationCode: $c, unitCode: $u) { unitCode unitName content { promisedDays place } ${SOURCES} } }`,
      { c: matter.code, u: NANJIE },
    );
    expect(reached.data.guideMatter).toMatchObject({ unitCode: NANJIE, unitName: '南街社区', content: { promisedDays: matter.county - 5 }, promiseSources: expected() });

    const county = await t.gql(`query($c: String!) { guideMatter(countyCode: "610921", implementationCode: $c) { unitCode content { promisedDays } ${SOURCES} } }`, { c: matter.code });
    expect(county.data.guideMatter).toEqual({
      unitCode: null,
      content: { promisedDays: matter.county },
      promiseSources: [{ tier: 'COUNTY', unitName: '汉阴县', promisedDays: matter.county, inEffect: true }],
    });

    const agent = await t.login('nanjie_agent');
    const effective = await t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId content { promisedDays } ${SOURCES} } }`, { u: units[NANJIE] }, agent);
    expect(effective.data.effectiveCatalog.find((m: any) => m.matterId === matter.id)).toMatchObject({ content: { promisedDays: matter.county - 5 }, promiseSources: expected() });
  });

  it('the 告知单 printed for the village says so, and names the unit; another county’s code is refused', async () => {
    const res = await fetch(`${t.url}/guide/610921/${matter.code}/notice.pdf?unit=${NANJIE}`);
    expect(res.status).toBe(200);
    const file = join(dir, 'village.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('适用于：南街社区');
    expect(text).toContain(`${matter.county - 5}个工作日`);
    expect(text).toContain(`汉阴县${matter.county}→城关镇${matter.county - 5}（生效）→南街社区${matter.county - 2}，取最短者`);
    expect(text).toContain(`unit=${NANJIE}`);
    const foreign = await fetch(`${t.url}/guide/610921/${matter.code}/notice.pdf?unit=610922100001`);
    expect(foreign.status).toBe(404);
  });
});
