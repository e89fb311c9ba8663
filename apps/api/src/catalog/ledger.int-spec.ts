import { Workbook } from 'exceljs';
import { sampleContent } from '@county/catalog';
import { startTestApp, TestApp } from '../testing/test-app';

const MEASURE = `{ before after reduced compression }`;
const MEASURES = `{ materials ${MEASURE} steps ${MEASURE} procedures ${MEASURE} visits ${MEASURE} statutoryDays ${MEASURE}
  promisedDays ${MEASURE} feeItems ${MEASURE} feeTotal { before after reduced compression } }`;
const LEDGER = `query($f: String!, $t: String!) { catalogLedger(fromDate: $f, toDate: $t) {
  fromDate toDate added retired devolved optimized matters ${MEASURE} handlingUnits ${MEASURE} totals ${MEASURES}
  rows { matterId name added retired optimized before { materials } after { materials } measures ${MEASURES} } } }`;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

const toGql = (value: any, key = ''): any => {
  const enums = new Set(['type', 'caseKind', 'decidingTier', 'level', 'form', 'kind']);
  const lists = new Set(['applicantKinds', 'deliveryOptions', 'acceptingTiers']);
  if (Array.isArray(value)) return value.map((v) => (lists.has(key) ? String(v).toUpperCase() : toGql(v)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toGql(v, k)]));
  return enums.has(key) ? String(value).toUpperCase() : value;
};

describe('reform ledger (改革台账)', () => {
  let t: TestApp;
  let admin: string;
  let clerk: string;
  let sqAdmin: string;
  let civilAffairs: string;
  let matterId: string;
  const future = plusDays(today(), 30);

  const five = () =>
    toGql(
      sampleContent({
        implementingBodyId: civilAffairs,
        basicCode: 'LEDGER1',
        implementationCode: 'LEDGER-1',
        name: '台账测试事项',
        materials: ['申请书', '身份证', '户口簿', '收入证明', '照片'].map((name) => ({
          name,
          form: 'original' as any,
          copies: 1,
          required: true,
          deferrable: false,
          sharedData: false,
          note: null,
        })),
      }),
    );
  const ledger = (from: string, to: string, token = admin) => t.gql(LEDGER, { f: from, t: to }, token);
  const get = (path: string, token?: string) => fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestApp();
    [admin, clerk, sqAdmin] = await Promise.all(['hy_admin', 'cgz_clerk', 'sq_admin'].map((u) => t.login(u)));
    const d = await t.gql(`{ searchOrgUnits(query: "汉阴县民政局", first:100) { nodes { id kind } } }`, {}, admin);
    civilAffairs = d.data.searchOrgUnits.nodes.find((u: any) => u.kind === 'DEPARTMENT').id;
    // v1 with 5 materials in force today; v2 with 3 of them, effective in 30 days.
    const created = await t.gql(`mutation($i: MatterContentInput!) { createMatter(input: $i) { id } }`, { i: five() }, admin);
    matterId = created.data.createMatter.id;
    expect((await t.gql(`mutation($id: ID!) { publishMatter(matterId: $id) { version } }`, { id: matterId }, admin)).errors).toBeUndefined();
    await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: matterId }, admin);
    const v2 = five();
    v2.materials = v2.materials.slice(0, 3);
    v2.promisedDays = 8;
    v2.steps = [
      { name: '受理', kind: 'ACCEPT', days: 1, counted: true },
      { name: '审查决定', kind: 'DECIDE', days: 7, counted: true },
    ];
    const saved = await t.gql(`mutation($id: ID!, $i: MatterContentInput!) { updateMatterDraft(matterId: $id, input: $i) { id } }`, { id: matterId, i: v2 }, admin);
    expect(saved.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('compares two versions of a matter: 2 of 5 materials removed is 40 %', async () => {
    const r = await t.gql(
      `query($id: ID!) { matterComparison(matterId: $id, fromVersion: 1, toVersion: 2) {
        implementationCode name before { version materials steps procedures } after { version materials steps procedures } measures ${MEASURES} } }`,
      { id: matterId },
      admin,
    );
    expect(r.errors).toBeUndefined();
    const c = r.data.matterComparison;
    expect(c.before).toMatchObject({ version: 1, steps: ['受理', '审查', '决定', '送达'], procedures: ['受理', '审查', '决定', '送达'] });
    expect(c.after).toMatchObject({ version: 2, materials: ['申请书', '身份证', '户口簿'], steps: ['受理', '审查决定'], procedures: ['受理', '决定'] });
    expect(c.measures.materials).toEqual({ before: 5, after: 3, reduced: 2, compression: 0.4 });
    expect(c.measures.steps).toEqual({ before: 4, after: 2, reduced: 2, compression: 0.5 });
    expect(c.measures.promisedDays).toEqual({ before: 10, after: 8, reduced: 2, compression: 0.2 });
    expect(c.measures.feeItems).toEqual({ before: 0, after: 0, reduced: 0, compression: null });
    // A clerk does not see drafts, so the draft version does not exist for her.
    const asClerk = await t.gql(`query($id: ID!) { matterComparison(matterId: $id, fromVersion: 1, toVersion: 2) { name } }`, { id: matterId }, clerk);
    expect(asClerk.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('sums the catalog in force at two dates', async () => {
    const published = await t.gql(`mutation($id: ID!, $d: String) { publishMatter(matterId: $id, effectiveFrom: $d) { version } }`, { id: matterId, d: future }, admin);
    expect(published.errors).toBeUndefined();
    const base = (await ledger(today(), today())).data.catalogLedger;
    const l = (await ledger(today(), future)).data.catalogLedger;
    expect(base.matters.before).toBe(71);
    expect(l.matters).toMatchObject({ before: 71, after: 71 });
    expect([l.added, l.retired, l.optimized]).toEqual([0, 0, 1]);
    expect(l.totals.materials).toMatchObject({ before: base.totals.materials.before, after: base.totals.materials.before - 2, reduced: 2 });
    expect(l.totals.steps.reduced).toBe(2);
    expect(l.totals.steps.compression).toBeCloseTo(2 / base.totals.steps.before, 10);
    const row = l.rows.find((r: any) => r.matterId === matterId);
    expect(row).toMatchObject({ optimized: true, measures: { materials: { before: 5, after: 3, compression: 0.4 } } });
    // The neighbour county's ledger is its own (empty) catalog.
    const sq = (await ledger(today(), future, sqAdmin)).data.catalogLedger;
    expect(sq.rows).toEqual([]);
    expect(sq.totals.steps).toEqual({ before: 0, after: 0, reduced: 0, compression: null });
  });

  it('rejects bad dates with a coded error', async () => {
    expect((await ledger('2026-02-30', future)).errors?.[0].extensions.code).toBe('LEDGER_DATE_INVALID');
    expect((await ledger(future, today())).errors?.[0].extensions.code).toBe('LEDGER_RANGE_INVALID');
  });

  it('ledger.xlsx has the 附件6 and 附件3 layouts and the same numbers', async () => {
    const l = (await ledger(today(), future)).data.catalogLedger;
    const res = await get(`/api/catalog/ledger.xlsx?from=${today()}&to=${future}`, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('汉阴县改革台账_')}`);
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['优化对比台账', '改革汇总表']);

    const a6 = wb.getWorksheet('优化对比台账')!;
    const text = (ref: string) => a6.getCell(ref).value;
    expect(text('A1')).toBe('汉阴县工作流程优化对比台账');
    expect(['A3', 'B3', 'C3', 'E3', 'H3', 'M3', 'R3', 'W3', 'AA3'].map(text)).toEqual(['序号', '事项名称', '是否公开', '放权力', '减环节', '简程序', '减材料', '压时限', '备注']);
    expect(['C4', 'E4', 'G4', 'H4', 'I4', 'J4', 'K4', 'L4', 'O4', 'P4', 'R4', 'T4', 'U4', 'W4', 'Z4'].map(text)).toEqual([
      '优化前', '是否在本次优化中', '下放承接层级', '优化前(个)', '优化后(个)', '减少数量(个)', '减少前有哪些环节', '减少后有哪些环节',
      '简化数量(个)', '简化前有哪些程序', '优化前(件)', '减少数量(件)', '减少前有哪些材料', '法定', '压减天数',
    ]);
    expect(['E5', 'F5'].map(text)).toEqual(['取消', '下放']);
    expect(a6.getCell('B3').isMerged && a6.getCell('B5').master.address).toBe('B3');
    expect(a6.getCell('L3').master.address).toBe('H3');
    expect(a6.getRow(6).values).toEqual([undefined, ...Array.from({ length: 26 }, (_, i) => i + 1)]);
    const total = a6.getRow(7);
    expect(total.getCell(1).value).toBe('总');
    expect([2, 3, 4, 5, 6].map((c) => total.getCell(c).value)).toEqual([l.rows.length, 71, 71, 0, 0]);
    expect([8, 9, 10].map((c) => total.getCell(c).value)).toEqual([l.totals.steps.before, l.totals.steps.after, 2]);
    expect([18, 19, 20].map((c) => total.getCell(c).value)).toEqual([l.totals.materials.before, l.totals.materials.after, 2]);
    expect(total.getCell(27).value).toBe(1);
    const row = a6.getRows(8, l.rows.length)!.find((r) => r.getCell(2).value === '台账测试事项')!;
    expect([18, 19, 20].map((c) => row.getCell(c).value)).toEqual([5, 3, 2]);
    expect(row.getCell(21).value).toBe('申请书、身份证、户口簿、收入证明、照片');
    expect(row.getCell(12).value).toBe('受理→审查决定');
    expect([24, 25, 26].map((c) => row.getCell(c).value)).toEqual([10, 8, 2]);

    const a3 = wb.getWorksheet('改革汇总表')!;
    expect(a3.getRow(3).values).toEqual([undefined, '改革前后情况', '股室数量', '行政审批权力数量', '办理程序环节数', '办理时限总数', '收费总数', '申请材料数']);
    expect([4, 5, 6, 7].map((r) => a3.getCell(`A${r}`).value)).toEqual(['改革前情况', '改革后情况', '改革后压缩百分比(%)', '备注']);
    expect(a3.getCell('A8').value).toBe('注：改革后压缩百分比(%)=(改革前数量-改革后数量)/改革前数量');
    expect([a3.getCell('D4').value, a3.getCell('D5').value]).toEqual([l.totals.steps.before, l.totals.steps.after]);
    expect(a3.getCell('D6').value).toBe(Math.round(l.totals.steps.compression * 10000) / 100);
    expect([a3.getCell('E4').value, a3.getCell('E5').value]).toEqual([l.totals.promisedDays.before, l.totals.promisedDays.after]);
  });

  it('ledger.xlsx answers coded errors over HTTP', async () => {
    expect((await get(`/api/catalog/ledger.xlsx?from=${today()}&to=${future}`)).status).toBe(401);
    const bad = await get(`/api/catalog/ledger.xlsx?from=x&to=${future}`, admin);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('LEDGER_DATE_INVALID');
    // County staff who read the catalog may download it; another county gets its own.
    expect((await get(`/api/catalog/ledger.xlsx?from=${today()}&to=${future}`, clerk)).status).toBe(200);
    const sq = await get(`/api/catalog/ledger.xlsx?from=${today()}&to=${future}`, sqAdmin);
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(await sq.arrayBuffer()) as any);
    expect(wb.getWorksheet('优化对比台账')!.getCell('A1').value).toBe('石泉县工作流程优化对比台账');
    expect(wb.getWorksheet('优化对比台账')!.getCell('B7').value).toBe(0);
  });
});
