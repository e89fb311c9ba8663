import { Client } from 'pg';
import { Workbook, Worksheet } from 'exceljs';
import { startTestApp, TestApp } from '../testing/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CONTENT = `basicCode implementationCode name type subType applicantKinds specialGroups
  legalBasis { level title article } implementingBodyId handlingOffice coImplementingBodyIds caseKind
  statutoryDays promisedDays naturalDayCap conditions
  materials { name form copies required deferrable sharedData note }
  steps { name kind days counted } fees { name basis amount } resultDocuments deliveryOptions visits
  onlineDepth proxyAllowed acceptingTiers decidingTier place hours consultPhone supervisionPhone postalAddress`;
const HEADS = `{ matters(filter: {}, first:100) { nodes { id implementationCode status draft { version content { ${CONTENT} } } versions { version status } } } }`;

describe('catalog Excel export and import', () => {
  let t: TestApp;
  let admin: string;
  let clerk: string;
  let sqAdmin: string;

  const exportXlsx = async (token = admin) => {
    const res = await fetch(`${t.url}/api/catalog/export.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    return { res, body: res.status === 200 ? Buffer.from(await res.arrayBuffer()) : null };
  };
  const importXlsx = async (body: Buffer, mode: 'all' | 'valid', token = admin, preview = false) => {
    const res = await fetch(`${t.url}/api/catalog/import?mode=${mode}${preview ? '&preview=1' : ''}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': XLSX },
      body: new Uint8Array(body),
    });
    return { status: res.status, report: (await res.json()) as any };
  };
  const open = async (body: Buffer) => {
    const wb = new Workbook();
    await wb.xlsx.load(body as any);
    return wb;
  };
  const save = async (wb: Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
  const col = (ws: Worksheet, header: string) => {
    let found = 0;
    ws.getRow(1).eachCell((c, i) => c.value === header && (found = i));
    if (!found) throw new Error(`no column ${header}`);
    return found;
  };
  const rowOf = (ws: Worksheet, code: string) => {
    for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === code) return r;
    throw new Error(`no row ${code}`);
  };
  /** The editable content of every matter: the draft when there is one, else the version in force. */
  const heads = async () => {
    const r = await t.gql(HEADS, {}, admin);
    const inForce = await t.gql(`{ matters(filter: {}, first:100) { nodes { implementationCode inForce { content { ${CONTENT} } } } } }`, {}, admin);
    const published = new Map(inForce.data.matters.nodes.map((m: any) => [m.implementationCode, m.inForce?.content]));
    return new Map<string, any>(r.data.matters.nodes.map((m: any) => [m.implementationCode, { ...m, head: m.draft?.content ?? published.get(m.implementationCode) }]));
  };

  beforeAll(async () => {
    t = await startTestApp();
    [admin, clerk, sqAdmin] = await Promise.all(['hy_admin', 'cgz_clerk', 'sq_admin'].map((u) => t.login(u)));
  });
  afterAll(() => t.close());

  it('exports every matter with its lists on their own sheets', async () => {
    const { res, body } = await exportXlsx();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''%E4%BA%8B%E9%A1%B9%E7%9B%AE%E5%BD%95_/);
    const wb = await open(body!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['事项', '事项依据', '办理条件', '申请材料', '办理流程', '收费项目', '出具文书', '填写说明']);
    const main = wb.getWorksheet('事项')!;
    expect(main.rowCount).toBe(71);
    const code = main.getRow(2).getCell(1).value as string;
    const materials = wb.getWorksheet('申请材料')!;
    expect(materials.getRow(1).values).toEqual([undefined, '实施编码', '序号', '材料名称', '材料形式', '份数', '是否必需', '是否容缺', '是否免提交', '备注']);
    expect(materials.getRow(rowOf(materials, code)).getCell(2).value).toBe(1);
  });

  it('export → import of the unchanged file gives back exactly the exported content', async () => {
    // One matter with an edited draft, and one new matter that was never published.
    const before0 = await heads();
    const [first, second] = [...before0.values()];
    await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: first.id }, admin);
    const edited = { ...first.head, name: `${first.head.name}（修订）`, promisedDays: Math.max(first.head.promisedDays - 1, 0) };
    edited.steps = edited.caseKind === 'ON_THE_SPOT' || edited.promisedDays === first.head.promisedDays ? edited.steps : [{ name: '受理并决定', kind: 'DECIDE', days: 0, counted: true }];
    expect((await t.gql(`mutation($id: ID!, $i: MatterContentInput!) { updateMatterDraft(matterId: $id, input: $i) { id } }`, { id: first.id, i: edited }, admin)).errors).toBeUndefined();
    const fresh = { ...second.head, basicCode: 'XLS1', implementationCode: 'XLS-ROUND-TRIP', name: '往返测试事项', handlingOffice: null, subType: '测试' };
    expect((await t.gql(`mutation($i: MatterContentInput!) { createMatter(input: $i) { id } }`, { i: fresh }, admin)).errors).toBeUndefined();

    const before = await heads();
    const { body } = await exportXlsx();
    const { status, report } = await importXlsx(body!, 'all');
    expect(status).toBe(200);
    expect(report).toMatchObject({ mode: 'all', imported: true, created: 0, updated: 0, unchanged: 71, rejected: 0, errors: [] });
    const after = await heads();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [code, m] of before) expect({ code, content: after.get(code).head }).toEqual({ code, content: m.head });
    // The drafts are still drafts with the exported content; published matters got no new version.
    expect(after.get(first.implementationCode).draft.content).toEqual(edited);
    expect(after.get('XLS-ROUND-TRIP').draft.content).toEqual(fresh);
    expect(after.get(second.implementationCode).versions).toEqual(before.get(second.implementationCode).versions);
  });

  it('a changed row becomes a draft of that matter; a new code becomes a new matter', async () => {
    const { body } = await exportXlsx();
    const wb = await open(body!);
    const main = wb.getWorksheet('事项')!;
    const code = main.getRow(5).getCell(1).value as string;
    main.getRow(5).getCell(col(main, '办理地点')).value = '汉阴县政务服务中心综合窗口（已调整）';
    const copy = main.addRow((main.getRow(5).values as any[]).slice(1));
    copy.getCell(1).value = 'XLS-NEW-1';
    copy.getCell(2).value = 'XLSNEW1';
    for (const name of ['事项依据', '办理条件', '申请材料', '办理流程', '收费项目', '出具文书']) {
      const ws = wb.getWorksheet(name)!;
      const rows = ws.getRows(2, ws.rowCount - 1)!.filter((r) => r.getCell(1).value === code);
      for (const r of rows) ws.addRow(['XLS-NEW-1', ...(r.values as any[]).slice(2)]);
    }
    const { status, report } = await importXlsx(await save(wb), 'all');
    expect(status).toBe(200);
    expect(report).toMatchObject({ created: 1, errors: [] });
    const after = await heads();
    expect(after.get(code).draft.content.place).toBe('汉阴县政务服务中心综合窗口（已调整）');
    expect(after.get('XLS-NEW-1')).toMatchObject({ status: 'DRAFT', head: { ...after.get(code).head, basicCode: 'XLSNEW1', implementationCode: 'XLS-NEW-1' } });
  });

  it('reports every bad row with sheet, row, column and rule; mode=all imports nothing, mode=valid the good ones', async () => {
    const { body } = await exportXlsx();
    const wb = await open(body!);
    const main = wb.getWorksheet('事项')!;
    const fees = wb.getWorksheet('收费项目')!;
    const codes = [10, 11, 12, 13].map((r) => main.getRow(r).getCell(1).value as string);
    const statutory = main.getRow(10).getCell(col(main, '法定时限（工作日）')).value as number;
    main.getRow(10).getCell(col(main, '承诺时限（工作日）')).value = statutory + 5;
    const feeRow = fees.addRow([codes[1], 99, '测试收费', '', '10.00']).number;
    main.getRow(12).getCell(col(main, '实施主体')).value = '汉阴县不存在局';
    main.getRow(13).getCell(col(main, '事项名称')).value = '导入改名的事项';
    const file = await save(wb);
    const countsBefore = await heads();
    const drafts = (m: Map<string, any>) => [...m.values()].filter((x) => x.draft).length;

    const all = await importXlsx(file, 'all');
    expect(all.status).toBe(422);
    expect(all.report).toMatchObject({ imported: false, created: 0, updated: 0 });
    const expected = [
      { sheet: '事项', row: 10, column: '承诺时限（工作日）', implementationCode: codes[0], code: 'PROMISED_EXCEEDS_STATUTORY' },
      { sheet: '事项', row: 12, column: '实施主体', implementationCode: codes[2], code: 'IMPLEMENTING_BODY_INVALID' },
      { sheet: '收费项目', row: feeRow, column: '收费依据', implementationCode: codes[1], code: 'FEE_NEEDS_BASIS' },
    ];
    expect(all.report.errors).toHaveLength(3);
    expect(all.report.errors).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
    for (const e of all.report.errors) expect(e.messageZh && e.messageEn).toBeTruthy();
    const afterAll = await heads();
    expect(afterAll.size).toBe(countsBefore.size);
    expect(drafts(afterAll)).toBe(drafts(countsBefore));
    expect(afterAll.get(codes[3]).head.name).not.toBe('导入改名的事项');

    const valid = await importXlsx(file, 'valid');
    expect(valid.status).toBe(200);
    expect(valid.report).toMatchObject({ imported: true, updated: 1, rejected: 3 });
    expect(valid.report.errors).toHaveLength(3);
    const afterValid = await heads();
    expect(afterValid.get(codes[3]).draft.content.name).toBe('导入改名的事项');
    for (const c of codes.slice(0, 3)) expect(afterValid.get(c).draft).toEqual(countsBefore.get(c).draft);

    // Both attempts are on the county's audit chain with their counts, the refused one too.
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query(`SELECT actor_name, detail FROM audit_log WHERE action = 'catalog_imported' ORDER BY seq DESC LIMIT 2`);
      const [validEntry, allEntry] = rows;
      expect(allEntry).toMatchObject({ actor_name: 'hy_admin', detail: { mode: 'all', imported: false, created: 0, updated: 0, errors: 3, bytes: file.length } });
      expect(validEntry.detail).toMatchObject({ mode: 'valid', imported: true, updated: 1, rejected: 3, errors: 3 });
      expect(validEntry.detail.matters).toEqual(expect.arrayContaining([{ implementationCode: codes[3], action: 'updated' }, { implementationCode: codes[0], action: 'rejected' }]));
    } finally {
      await owner.end();
    }
  });

  it('a preview reports what the import would create, change and refuse, and writes nothing', async () => {
    const { body } = await exportXlsx();
    const wb = await open(body!);
    const main = wb.getWorksheet('事项')!;
    const [changed, bad] = [6, 7].map((r) => main.getRow(r).getCell(1).value as string);
    main.getRow(6).getCell(col(main, '办理地点')).value = '预览中的新地点';
    main.getRow(7).getCell(col(main, '承诺时限（工作日）')).value = -3;
    const file = await save(wb);
    const before = await heads();
    const auditCount = async () => {
      const owner = new Client({ connectionString: t.db.ownerUrl });
      await owner.connect();
      try {
        return Number((await owner.query(`SELECT count(*) FROM audit_log WHERE action <> 'access_refused'`)).rows[0].count);
      } finally {
        await owner.end();
      }
    };
    const entries = await auditCount();

    const preview = await importXlsx(file, 'valid', admin, true);
    expect(preview.status).toBe(200);
    expect(preview.report).toMatchObject({ preview: true, imported: false, updated: 1, rejected: 1 });
    expect(preview.report.matters).toEqual(
      expect.arrayContaining([expect.objectContaining({ implementationCode: changed, action: 'updated' }), expect.objectContaining({ implementationCode: bad, action: 'rejected' })]),
    );
    expect(preview.report.errors).toEqual([expect.objectContaining({ implementationCode: bad, row: 7, column: '承诺时限（工作日）' })]);
    expect(await heads()).toEqual(before);
    expect(await auditCount()).toBe(entries);

    // The same problems as a sheet in Chinese, to fix the file from; still nothing written.
    const sheet = await fetch(`${t.url}/api/catalog/import/problems.xlsx?mode=valid`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': XLSX },
      body: new Uint8Array(file),
    });
    expect(sheet.status).toBe(200);
    expect(decodeURIComponent(sheet.headers.get('content-disposition') ?? '')).toContain('导入问题.xlsx');
    const problems = (await open(Buffer.from(await sheet.arrayBuffer()))).getWorksheet('导入问题')!;
    expect(problems.getRow(1).values).toEqual([undefined, '工作表', '行', '列', '实施编码', '规则代码', '问题说明']);
    expect(problems.rowCount).toBe(2);
    expect(problems.getRow(2).values).toEqual([undefined, '事项', 7, '承诺时限（工作日）', bad, preview.report.errors[0].code, preview.report.errors[0].messageZh]);
    expect(await heads()).toEqual(before);

    // Then the import does what the preview said.
    const real = await importXlsx(file, 'valid');
    expect(real.report).toMatchObject({ preview: false, imported: true, updated: 1, rejected: 1 });
    expect((await heads()).get(changed).draft.content.place).toBe('预览中的新地点');
  });

  it('refuses files that are not a catalog workbook', async () => {
    const r = await importXlsx(Buffer.from('not a workbook'), 'all');
    expect(r.status).toBe(400);
    expect(r.report.errors[0].extensions).toMatchObject({ code: 'IMPORT_NOT_XLSX', messageZh: expect.stringContaining('另存为') });
    // A zip that is no workbook is a broken file, not a wrong format.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]);
    expect((await importXlsx(zip, 'all')).report.errors[0].extensions.code).toBe('IMPORT_FILE_INVALID');
    const wb = new Workbook();
    wb.addWorksheet('Sheet1');
    const empty = await importXlsx(await save(wb), 'all');
    expect(empty.status).toBe(422);
    expect(empty.report.errors[0]).toMatchObject({ sheet: '事项', code: 'IMPORT_FILE_INVALID' });
  });

  it('window clerks may neither export nor import', async () => {
    const e = await exportXlsx(clerk);
    expect(e.res.status).toBe(403);
    expect(((await e.res.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    const { body } = await exportXlsx();
    const i = await importXlsx(body!, 'valid', clerk);
    expect(i.status).toBe(403);
    expect(i.report.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('石泉县 exports its own empty catalog and cannot import 汉阴县 departments', async () => {
    const { body } = await exportXlsx(sqAdmin);
    const wb = await open(body!);
    expect(wb.getWorksheet('事项')!.rowCount).toBe(1);
    expect(wb.getWorksheet('申请材料')!.rowCount).toBe(1);
    const { body: hy } = await exportXlsx();
    const r = await importXlsx(hy!, 'valid', sqAdmin);
    expect(r.report.errors.length).toBeGreaterThan(0);
    expect(new Set(r.report.errors.map((e: any) => e.code))).toEqual(new Set(['IMPLEMENTING_BODY_INVALID']));
    expect(r.report.created).toBe(0);
    expect(((await exportXlsx(sqAdmin)).res.status)).toBe(200);
    const again = await open((await exportXlsx(sqAdmin)).body!);
    expect(again.getWorksheet('事项')!.rowCount).toBe(1);
  });
});
