import { Workbook } from 'exceljs';
import { startTestApp, TestApp } from '../testing/test-app';

const CONTENT = `basicCode implementationCode name type subType applicantKinds specialGroups
  legalBasis { level title article } implementingBodyId handlingOffice coImplementingBodyIds caseKind
  statutoryDays promisedDays naturalDayCap conditions
  materials { name form copies required deferrable sharedData note }
  steps { name kind days counted } fees { name basis amount } resultDocuments deliveryOptions visits
  onlineDepth proxyAllowed acceptingTiers decidingTier place hours consultPhone supervisionPhone postalAddress`;

/** The ledger lists only what changed in the period when asked; its summary gives the materials' compression. */
describe('ledger: changed only, and the materials beside 附件3', () => {
  let t: TestApp;
  let admin: string;
  let sqAdmin: string;
  let changedId: string;
  let republishedId: string;
  const FROM = '2031-03-01';
  const TO = '2031-04-01';
  const ledger = (changedOnly: boolean | null, token = admin) =>
    t.gql(
      `query($f: String!, $t: String!, $c: Boolean) { catalogLedger(fromDate: $f, toDate: $t, changedOnly: $c) {
        changedOnly changed matters { before after } totals { materials { before after reduced compression } } rows { matterId changed } } }`,
      { f: FROM, t: TO, c: changedOnly },
      token,
    );
  const xlsx = async (query: string) => {
    const res = await fetch(`${t.url}/api/catalog/ledger.xlsx?from=${FROM}&to=${TO}${query}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    return wb;
  };

  /** Opens a draft from the version in force, lets `edit` change it, and publishes it for TO. */
  async function republish(matterId: string, edit: (content: any) => void) {
    const opened = await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { content { ${CONTENT} } } }`, { id: matterId }, admin);
    expect(opened.errors).toBeUndefined();
    const content = opened.data.openDraft.content;
    edit(content);
    const saved = await t.gql(`mutation($id: ID!, $i: MatterContentInput!) { updateMatterDraft(matterId: $id, input: $i) { id } }`, { id: matterId, i: content }, admin);
    expect(saved.errors).toBeUndefined();
    const published = await t.gql(`mutation($id: ID!, $d: String) { publishMatter(matterId: $id, effectiveFrom: $d) { scheduled } }`, { id: matterId, d: TO }, admin);
    expect(published.data.publishMatter.scheduled).toBe(true);
  }

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2031-03-01T02:00:00Z');
    [admin, sqAdmin] = await Promise.all(['hy_admin', 'sq_admin'].map((u) => t.login(u)));
    const list = await t.gql(`{ matters(first: 100) { nodes { id inForce { content { materials { name } } } } } }`, {}, admin);
    const withMaterials = list.data.matters.nodes.filter((m: any) => m.inForce && m.inForce.content.materials.length >= 2);
    changedId = withMaterials[0].id;
    republishedId = withMaterials[1].id;
    // One matter drops a material; another is republished unchanged, which is no change at all.
    await republish(changedId, (c) => c.materials.pop());
    await republish(republishedId, () => undefined);
  });
  afterAll(() => t?.close());

  it('changedOnly lists only the matters whose content changed; the totals still cover the whole catalog', async () => {
    const all = (await ledger(null)).data.catalogLedger;
    const only = (await ledger(true)).data.catalogLedger;
    expect(all.changedOnly).toBe(false);
    expect(all.rows.length).toBe(all.matters.before);
    expect(all.rows.find((r: any) => r.matterId === republishedId).changed).toBe(false);
    expect(only).toMatchObject({ changedOnly: true, changed: 1, rows: [{ matterId: changedId, changed: true }] });
    expect(only.totals).toEqual(all.totals);
    expect(all.totals.materials.reduced).toBe(1);
    // Another county's ledger of the same period is its own: nothing of 汉阴县 in it.
    const sq = (await ledger(true, sqAdmin)).data.catalogLedger;
    expect(sq).toMatchObject({ changed: 0, rows: [] });
  });

  it('ledger.xlsx: 改革汇总表 gives the materials before → after and their compression beside 附件3’s columns; changedOnly=1 lists only the changed', async () => {
    const l = (await ledger(null)).data.catalogLedger;
    const wb = await xlsx('');
    const a3 = wb.getWorksheet('改革汇总表')!;
    expect(['B3', 'C3', 'D3', 'E3', 'F3', 'G3'].map((c) => a3.getCell(c).value)).toEqual(['股室数量', '行政审批权力数量', '办理程序环节数', '办理时限总数', '收费总数', '申请材料数']);
    expect([a3.getCell('G4').value, a3.getCell('G5').value]).toEqual([l.totals.materials.before, l.totals.materials.after]);
    expect(a3.getCell('G6').value).toBe(Math.round(l.totals.materials.compression * 10000) / 100);
    expect(String(a3.getCell('G7').value)).toContain(`${l.totals.materials.before}→${l.totals.materials.after}`);
    expect(a3.getCell('G8').master.address).toBe('A8');

    const a6 = (await xlsx('&changedOnly=1')).getWorksheet('优化对比台账')!;
    expect(String(a6.getCell('A1').value)).toContain('仅列本期有变化的 1 项事项');
    // Row 7 is the total, then one row per listed matter, then the notes.
    expect(a6.getRow(8).getCell(1).value).toBe(1);
    expect(String(a6.getRow(8).getCell(27).value)).toContain('本期有变化');
    expect(a6.getRow(9).getCell(1).value).toMatch(/^注/);
  });
});
