import { Client } from 'pg';
import { sampleContent, seedDemoCatalog } from '@county/catalog';
import { startTestApp, TestApp } from '../testing/test-app';

const CONTENT = `basicCode implementationCode name type subType applicantKinds specialGroups
  legalBasis { level title article } implementingBodyId handlingOffice coImplementingBodyIds caseKind
  statutoryDays promisedDays naturalDayCap deemedApproval conditions
  materials { name form copies required deferrable sharedData note }
  steps { name kind days counted } fees { name basis amount } resultDocuments deliveryOptions visits
  onlineDepth proxyAllowed acceptingTiers decidingTier place hours consultPhone supervisionPhone postalAddress`;

const ENUM_FIELDS = new Set(['type', 'caseKind', 'decidingTier', 'level', 'form', 'kind']);
const ENUM_LISTS = new Set(['applicantKinds', 'deliveryOptions', 'acceptingTiers']);

/** GraphQL speaks enum names (PAYMENT), the domain their values (payment). */
function toGql(value: any, key = ''): any {
  if (Array.isArray(value)) return value.map((v) => (ENUM_LISTS.has(key) ? String(v).toUpperCase() : toGql(v)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toGql(v, k)]));
  return ENUM_FIELDS.has(key) ? String(value).toUpperCase() : value;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 40; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  return read();
}

describe('standard catalog through GraphQL', () => {
  let t: TestApp;
  let admin: string;
  let clerk: string;
  let agent: string;
  let sqAdmin: string;
  const units: Record<string, string> = {};
  let civilAffairs: string;
  let seq = 0;

  const content = (overrides: Record<string, unknown> = {}) => {
    seq++;
    return toGql(
      sampleContent({
        implementingBodyId: civilAffairs,
        basicCode: `T${seq}`,
        implementationCode: `TEST-${seq}`,
        name: `测试临时救助${seq}`,
        ...overrides,
      }),
    );
  };
  const create = (input: unknown, token = admin) =>
    t.gql(`mutation($i: MatterContentInput!) { createMatter(input: $i) { id status draft { version } } }`, { i: input }, token);
  const publish = (id: string, token = admin) =>
    t.gql(`mutation($id: ID!) { publishMatter(matterId: $id) { version status effectiveFrom inForce content { ${CONTENT} } } }`, { id }, token);
  const createPublished = async (overrides: Record<string, unknown> = {}) => {
    const input = content(overrides);
    const r = await create(input);
    expect(r.errors).toBeUndefined();
    const p = await publish(r.data.createMatter.id);
    expect(p.errors).toBeUndefined();
    return { id: r.data.createMatter.id as string, input };
  };
  const effective = (unitId: string, token = admin) =>
    t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId version countyPromisedDays decidedHere content { name promisedDays place } } }`, { u: unitId }, token);
  const setLocal = (matterId: string, unitId: string, input: unknown, token: string) =>
    t.gql(
      `mutation($m: ID!, $u: ID!, $i: LocalSettingInput!) { setLocalSetting(matterId: $m, orgUnitId: $u, input: $i) { promisedDays address orgUnitName } }`,
      { m: matterId, u: unitId, i: input },
      token,
    );
  const guideSearch = (countyCode: string, query: string) =>
    t.gql(`query($c: String!, $q: String) { guideSearch(countyCode: $c, query: $q, first:100) { nodes { countyName version content { name implementationCode } } } }`, { c: countyCode, q: query });

  const ownerRows = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      return (await owner.query(sql, params)).rows;
    } finally {
      await owner.end();
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    // The harness seeded the demo catalog; seeding again adds nothing.
    expect(await seedDemoCatalog(t.db.ownerUrl)).toBe(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM matter`).catch(() => [{ n: -1 }]);
    expect(n).toBe(0); // the application role without a tenant set sees no matters (RLS)
    [admin, clerk, agent, sqAdmin] = await Promise.all(['hy_admin', 'cgz_clerk', 'nanjie_agent', 'sq_admin'].map((u) => t.login(u)));
    for (const [key, code] of Object.entries({ cgz: '610921100000', jcz: '610921101000', nanjie: '610921100001', beijie: '610921100002' })) {
      const r = await t.gql(`query($q: String!) { searchOrgUnits(query: $q, first:100) { nodes { id code } } }`, { q: code }, admin);
      units[key] = r.data.searchOrgUnits.nodes.find((u: any) => u.code === code).id;
    }
    const d = await t.gql(`{ searchOrgUnits(query: "汉阴县民政局", first:100) { nodes { id kind } } }`, {}, admin);
    civilAffairs = d.data.searchOrgUnits.nodes.find((u: any) => u.kind === 'DEPARTMENT').id;
  });
  afterAll(() => t.close());

  it('the demo catalog is published and cascades to villages without copies', async () => {
    const all = await t.gql(`{ matters(filter: { status: PUBLISHED }, first:100) { nodes { name inForce { version } } } }`, {}, admin);
    expect(all.data.matters.nodes.length).toBeGreaterThanOrEqual(60);
    const village = await effective(units.nanjie, agent);
    const names = village.data.effectiveCatalog.map((m: any) => m.content.name);
    expect(names).toEqual(expect.arrayContaining(['最低生活保障审核确认', '高龄津贴申请', '城乡居民基本医疗保险参保登记']));
    expect(names).not.toContain('建筑工程施工许可证核发');
    const bySearch = await t.gql(`{ matters(filter: { search: "zdshbz" }, first:100) { nodes { name } } }`, {}, clerk);
    expect(bySearch.data.matters.nodes.map((m: any) => m.name)).toEqual(['最低生活保障审核确认']);
  });

  it('create → publish → the village’s effective catalog and the public guide show it', async () => {
    const input = content();
    const created = await create(input);
    expect(created.data.createMatter).toMatchObject({ status: 'DRAFT', draft: { version: 1 } });
    const id = created.data.createMatter.id;
    expect((await guideSearch('610921', input.name)).data.guideSearch.nodes).toEqual([]);

    const p = await publish(id);
    expect(p.data.publishMatter).toMatchObject({ version: 1, status: 'PUBLISHED', inForce: true, content: input });

    const village = await effective(units.nanjie, agent);
    expect(village.data.effectiveCatalog.find((m: any) => m.matterId === id)).toMatchObject({
      version: 1,
      decidedHere: false,
      content: { name: input.name, promisedDays: 10, place: '南街社区便民服务站' },
    });
    const guide = await guideSearch('610921', input.name);
    expect(guide.data.guideSearch.nodes).toEqual([{ countyName: '汉阴县', version: 1, content: { name: input.name, implementationCode: input.implementationCode } }]);
    const one = await t.gql(`query($c: String!) { guideMatter(countyCode: "610921000000", implementationCode: $c) { content { ${CONTENT} } } }`, {
      c: input.implementationCode,
    });
    expect(one.data.guideMatter.content).toEqual(input);
  });

  it('a new draft leaves v1 in force; after v2 publishes, v1 reads back exactly', async () => {
    const { id, input } = await createPublished();
    const opened = await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version status inForce } }`, { id }, admin);
    expect(opened.data.openDraft).toEqual({ version: 2, status: 'DRAFT', inForce: false });
    const changed = { ...input, promisedDays: 8, steps: input.steps.map((s: any) => (s.kind === 'REVIEW' ? { ...s, days: 3 } : s)) };
    const saved = await t.gql(`mutation($id: ID!, $i: MatterContentInput!) { updateMatterDraft(matterId: $id, input: $i) { inForce { version } draft { version content { promisedDays } } } }`, { id, i: changed }, admin);
    expect(saved.data.updateMatterDraft).toEqual({ inForce: { version: 1 }, draft: { version: 2, content: { promisedDays: 8 } } });
    expect((await effective(units.cgz)).data.effectiveCatalog.find((m: any) => m.matterId === id)).toMatchObject({ version: 1, content: { promisedDays: 10 } });
    // Clerks see what is in force, never the draft.
    const asClerk = await t.gql(`query($id: ID!) { matter(id: $id) { draft { version } inForce { version } } }`, { id }, clerk);
    expect(asClerk.data.matter).toEqual({ draft: null, inForce: { version: 1 } });
    expect((await t.gql(`query($id: ID!) { matterVersion(matterId: $id, version: 2) { version } }`, { id }, clerk)).errors![0].extensions.code).toBe('NOT_FOUND');

    expect((await publish(id)).data.publishMatter).toMatchObject({ version: 2, inForce: true, content: { promisedDays: 8 } });
    const v1 = await t.gql(`query($id: ID!) { matterVersion(matterId: $id, version: 1) { version status inForce content { ${CONTENT} } } }`, { id }, admin);
    expect(v1.data.matterVersion).toEqual({ version: 1, status: 'PUBLISHED', inForce: false, content: input });
    expect((await effective(units.cgz)).data.effectiveCatalog.find((m: any) => m.matterId === id)).toMatchObject({ version: 2, content: { promisedDays: 8 } });

    // Every step of the draft's life is on the county's audit chain, with what changed.
    const entries = await ownerRows<{ action: string; actor_name: string; detail: any }>(
      `SELECT action, actor_name, detail FROM audit_log WHERE subject_id = $1 ORDER BY seq`,
      [id],
    );
    expect(entries.map((e) => e.action)).toEqual(['matter_draft_created', 'matter_published', 'matter_draft_opened', 'matter_draft_saved', 'matter_published']);
    expect(entries.every((e) => e.actor_name === 'hy_admin')).toBe(true);
    expect(entries[0].detail).toEqual({ version: 1, implementationCode: input.implementationCode, name: input.name });
    expect(entries[2].detail).toEqual({ version: 2, fromVersion: 1 });
    expect(entries[3].detail).toMatchObject({ version: 2, changedFields: ['promisedDays', 'steps'] });
  });

  it('published versions are immutable in the database itself', async () => {
    const { id } = await createPublished();
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(`UPDATE matter_version SET name = 'x' WHERE matter_id = $1 AND version = 1`, [id])).rejects.toThrow(/immutable/);
      await expect(owner.query(`DELETE FROM matter_version WHERE matter_id = $1`, [id])).rejects.toThrow(/immutable/);
    } finally {
      await owner.end();
    }
  });

  it.each([
    ['PROMISED_EXCEEDS_STATUTORY', { statutoryDays: 5, promisedDays: 10 }],
    ['ON_THE_SPOT_MUST_BE_ZERO', { caseKind: 'on_the_spot', steps: [] }],
    ['STEPS_EXCEED_PROMISED', { promisedDays: 5 }],
    ['NATURAL_CAP_BELOW_PROMISED', { naturalDayCap: 7 }],
    ['FEE_NEEDS_BASIS', { fees: [{ name: '工本费', basis: '', amount: '10' }] }],
    ['DECIDING_TIER_BELOW_ACCEPTING', { acceptingTiers: ['county'], decidingTier: 'township' }],
    ['REPORTED_MUST_DECIDE_ABOVE', { caseKind: 'reported', acceptingTiers: ['county'], decidingTier: 'county' }],
    ['MATERIALS_REQUIRED', { materials: [] }],
    ['MATERIAL_NAME_DUPLICATE', { materials: [...sampleContent().materials, sampleContent().materials[0]] }],
    ['PHONE_INVALID', { consultPhone: '5212345' }],
  ])('%s is refused through the API and nothing is saved', async (code, overrides) => {
    const input = content(overrides as never);
    const r = await create(input);
    expect(r.errors![0].extensions).toMatchObject({ code });
    expect(r.errors![0].extensions.messageZh).toBeTruthy();
    expect(r.errors![0].extensions.messageEn).toBeTruthy();
    expect((await t.gql(`query($q: String!) { matters(filter: { search: $q }, first:100) { nodes { id } } }`, { q: input.implementationCode }, admin)).data.matters.nodes).toEqual([]);
  });

  it('a taken code is refused, and a broken draft update leaves the draft as it was', async () => {
    const { input } = await createPublished();
    expect((await create({ ...content(), implementationCode: input.implementationCode })).errors![0].extensions.code).toBe('MATTER_CODE_TAKEN');
    const draftInput = content();
    const { data } = await create(draftInput);
    const id = data.createMatter.id;
    const r = await t.gql(`mutation($id: ID!, $i: MatterContentInput!) { updateMatterDraft(matterId: $id, input: $i) { id } }`, { id, i: { ...draftInput, promisedDays: 30 } }, admin);
    expect(r.errors![0].extensions.code).toBe('PROMISED_EXCEEDS_STATUTORY');
    const after = await t.gql(`query($id: ID!) { matter(id: $id) { draft { content { ${CONTENT} } } } }`, { id }, admin);
    expect(after.data.matter.draft.content).toEqual(draftInput);
  });

  it('a township clerk shortens the promise for her township only', async () => {
    const { id } = await createPublished();
    const r = await setLocal(id, units.cgz, { promisedDays: 5, address: '城关镇便民服务中心一楼3号窗口', phone: '0915-5211111' }, clerk);
    expect(r.data.setLocalSetting).toEqual({ promisedDays: 5, address: '城关镇便民服务中心一楼3号窗口', orgUnitName: '城关镇' });
    const cgz = (await effective(units.cgz, clerk)).data.effectiveCatalog.find((m: any) => m.matterId === id);
    expect(cgz).toMatchObject({ countyPromisedDays: 10, content: { promisedDays: 5, place: '城关镇便民服务中心一楼3号窗口' } });
    const jcz = (await effective(units.jcz, admin)).data.effectiveCatalog.find((m: any) => m.matterId === id);
    expect(jcz.content.promisedDays).toBe(10);
    // Her villages inherit the shorter promise.
    expect((await effective(units.nanjie, agent)).data.effectiveCatalog.find((m: any) => m.matterId === id).content.promisedDays).toBe(5);
  });

  it('adding a material or lengthening the limit locally is refused, naming the rule', async () => {
    const { id, input } = await createPublished();
    const material = { ...input.materials[0], name: '村委会证明' };
    const added = await setLocal(id, units.cgz, { materials: [material] }, clerk);
    expect(added.errors![0].extensions.code).toBe('LOCAL_CHANGE_FORBIDDEN');
    expect(added.errors![0].message).toContain('不得擅自增加审批环节、程序、要件及延长时限');
    expect(added.errors![0].message).toContain('村委会证明');
    const longer = await setLocal(id, units.cgz, { promisedDays: 15 }, clerk);
    expect(longer.errors![0].extensions.code).toBe('LOCAL_CHANGE_FORBIDDEN');
    expect(longer.errors![0].message).toContain('延长承诺时限');
    expect((await effective(units.cgz)).data.effectiveCatalog.find((m: any) => m.matterId === id).content.promisedDays).toBe(10);
  });

  it('clerks cannot edit county matters; other counties and other villages see nothing', async () => {
    const { id } = await createPublished();
    expect((await create(content(), clerk)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await publish(id, clerk)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id }, clerk)).errors![0].extensions.code).toBe('FORBIDDEN');

    expect((await t.gql(`query($id: ID!) { matter(id: $id) { id } }`, { id }, sqAdmin)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(`query($id: ID!) { matterVersion(matterId: $id, version: 1) { version } }`, { id }, sqAdmin)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(`{ matters(first:100) { nodes { id } } }`, {}, sqAdmin)).data.matters.nodes).toEqual([]);
    expect((await publish(id, sqAdmin)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await effective(units.nanjie, sqAdmin)).errors![0].extensions.code).toBe('NOT_FOUND');

    expect((await setLocal(id, units.beijie, { hours: '周一至周五 9:00–17:00' }, agent)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await setLocal(id, units.cgz, { hours: '周一至周五 9:00–17:00' }, agent)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await setLocal(id, units.nanjie, { hours: '周一至周五 9:00–17:00' }, agent)).data.setLocalSetting).toMatchObject({ orgUnitName: '南街社区' });

    // The refusals are on record for each county's administrator (written just after the answer).
    const refusals = async (username: string) =>
      ownerRows<{ detail: any; county: string }>(
        `SELECT a.detail, t.name AS county FROM audit_log a JOIN tenant t ON t.id = a.tenant_id
          WHERE a.action = 'access_refused' AND a.actor_name = $1 AND $2 IN (a.detail->'ids'->>'id', a.detail->'ids'->>'matterId')
          ORDER BY a.seq`,
        [username, id],
      );
    const byClerk = await eventually(() => refusals('cgz_clerk'), (r) => r.length >= 2);
    expect(byClerk.map((r) => [r.county, r.detail.code, r.detail.operation])).toEqual([
      ['汉阴县', 'FORBIDDEN', 'publishMatter'],
      ['汉阴县', 'FORBIDDEN', 'openDraft'],
    ]);
    const bySq = await eventually(() => refusals('sq_admin'), (r) => r.length >= 3);
    expect(bySq.map((r) => [r.county, r.detail.code, r.detail.operation])).toEqual([
      ['石泉县', 'NOT_FOUND', 'matter'],
      ['石泉县', 'NOT_FOUND', 'matterVersion'],
      ['石泉县', 'NOT_FOUND', 'publishMatter'],
    ]);
  });

  it('the public guide is per county and never shows drafts', async () => {
    const { input } = await createPublished();
    const draft = content();
    await create(draft);
    expect((await guideSearch('610922', input.name)).data.guideSearch.nodes).toEqual([]);
    expect((await guideSearch('610922', '')).data.guideSearch.nodes).toEqual([]);
    const other = await t.gql(`query($c: String!) { guideMatter(countyCode: "610922", implementationCode: $c) { version } }`, { c: input.implementationCode });
    expect(other.errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await guideSearch('610921', draft.name)).data.guideSearch.nodes).toEqual([]);
    const hidden = await t.gql(`query($c: String!) { guideMatter(countyCode: "610921", implementationCode: $c) { version } }`, { c: draft.implementationCode });
    expect(hidden.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('the public guide finds a matter by a piece of its name, its pinyin, its initials or its code', async () => {
    const names = async (query: string) => (await guideSearch('610921', query)).data.guideSearch.nodes.map((m: any) => m.content.name);
    expect(await names('最低生活')).toEqual(['最低生活保障审核确认']);
    expect(await names('zuidishenghuo')).toEqual(['最低生活保障审核确认']);
    expect(await names(' ZDSHBZ ')).toEqual(['最低生活保障审核确认']);
    const [found] = (await guideSearch('610921', '最低生活')).data.guideSearch.nodes;
    expect(await names(found.content.implementationCode.toLowerCase())).toEqual(['最低生活保障审核确认']);
    expect(await names('%')).toEqual([]);
  });

  it('a village’s guide lists what it handles and where to go for the rest', async () => {
    const { input } = await createPublished();
    const r = await t.gql(`{ guideForUnit(orgUnitCode: "610921100001") { unitName tier here { content { name } } elsewhere { unitName tier centerName matters { content { name place } } } } }`);
    expect(r.errors).toBeUndefined();
    const g = r.data.guideForUnit;
    expect(g).toMatchObject({ unitName: '南街社区', tier: 'VILLAGE' });
    expect(g.here.map((m: any) => m.content.name)).toEqual(expect.arrayContaining([input.name, '高龄津贴申请']));
    const township = g.elsewhere.find((e: any) => e.tier === 'TOWNSHIP');
    const county = g.elsewhere.find((e: any) => e.tier === 'COUNTY');
    expect(township).toMatchObject({ unitName: '城关镇', centerName: '城关镇便民服务中心' });
    expect(township.matters.map((m: any) => m.content.name)).toContain('个体工商户设立登记');
    expect(county.matters.map((m: any) => m.content.name)).toContain('建筑工程施工许可证核发');
    expect(county.matters.map((m: any) => m.content.name)).not.toContain('个体工商户设立登记');
  });
});
