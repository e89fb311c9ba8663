import { Workbook } from 'exceljs';
import { sampleContent } from '@county/catalog';
import { appendAudit } from '@county/tenancy';
import { startTestApp, TestApp } from '../testing/test-app';

const CJK = /[\u3400-\u9fff]/;
const ENTRY = `seq at actorId actorName action actionLabelZh actionLabelEn subjectType subjectTypeLabelZh subjectTypeLabelEn subjectId subjectName subjectPath
  details { key labelZh labelEn value valueZh valueEn }`;
const LOG = `query($f: AuditLogFilter, $first: Int, $after: String) { auditLog(filter: $f, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${ENTRY} } } }`;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

const toGql = (value: any, key = ''): any => {
  const enums = new Set(['type', 'caseKind', 'decidingTier', 'level', 'form', 'kind']);
  const lists = new Set(['applicantKinds', 'deliveryOptions', 'acceptingTiers']);
  if (Array.isArray(value)) return value.map((v) => (lists.has(key) ? String(v).toUpperCase() : toGql(v)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toGql(v, k)]));
  return enums.has(key) ? String(value).toUpperCase() : value;
};

async function sheetOf(res: Response): Promise<string[][]> {
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
  const rows: string[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

describe('the audit log as a supervisor reads it', () => {
  let t: TestApp;
  let admin: string;
  let supervisor: string;
  let clerk: string;
  let sqAdmin: string;
  let adminId: string;
  let matterId: string;
  let hanyinTenant: string;
  let shiquanTenant: string;
  const name = '审计可读测试事项';
  const log = async (filter: Record<string, unknown>, token = supervisor, first = 100) => {
    const r = await t.gql(LOG, { f: filter, first }, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.auditLog as { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: any[] };
  };
  const get = (path: string, token?: string) => fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestApp();
    [admin, supervisor, clerk, sqAdmin] = await Promise.all(['hy_admin', 'hy_super', 'cgz_clerk', 'sq_admin'].map((u) => t.login(u)));
    const me = await t.gql(`{ me { id tenant { id } } }`, {}, admin);
    adminId = me.data.me.id;
    hanyinTenant = me.data.me.tenant.id;
    shiquanTenant = (await t.gql(`{ me { tenant { id } } }`, {}, sqAdmin)).data.me.tenant.id;
    const d = await t.gql(`{ searchOrgUnits(query: "汉阴县民政局", first:100) { nodes { id kind } } }`, {}, admin);
    const civilAffairs = d.data.searchOrgUnits.nodes.find((u: any) => u.kind === 'DEPARTMENT').id;
    const input = toGql(sampleContent({ implementingBodyId: civilAffairs, basicCode: 'AUDIT1', implementationCode: 'AUDIT-READABLE-1', name }));
    const created = await t.gql(`mutation($i: MatterContentInput!) { createMatter(input: $i) { id } }`, { i: input }, admin);
    matterId = created.data.createMatter.id;
    const saved = await t.gql(`mutation($id: ID!, $i: MatterContentInput!) { updateMatterDraft(matterId: $id, input: $i) { id } }`, { id: matterId, i: { ...input, hours: '周一至周五 9:00–17:00（审计测试）' } }, admin);
    expect(saved.errors).toBeUndefined();
    expect((await t.gql(`mutation($id: ID!) { publishMatter(matterId: $id) { version } }`, { id: matterId }, admin)).errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  it('shows a publication by its Chinese and English name, the matter by name with its page, and labelled details', async () => {
    const page = await log({ actions: ['matter_published'] });
    const published = page.nodes.find((e) => e.subjectId === matterId);
    expect(published).toMatchObject({
      action: 'matter_published',
      actionLabelZh: '发布事项',
      actionLabelEn: 'Matter published',
      actorId: adminId,
      subjectType: 'Matter',
      subjectTypeLabelZh: '事项',
      subjectTypeLabelEn: 'Matter',
      subjectName: name,
      subjectPath: `/catalog/${matterId}`,
    });
    expect(published.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'version', labelZh: '版本', labelEn: 'Version', value: '1' }),
        expect.objectContaining({ key: 'name', labelZh: '事项名称', labelEn: 'Name', value: name }),
      ]),
    );
    expect(page.nodes.every((e) => e.action === 'matter_published')).toBe(true);
  });

  it('labels the changed fields of a saved draft in both languages', async () => {
    const [saved] = (await log({ actions: ['matter_draft_saved'], subjectType: 'Matter', subjectId: matterId })).nodes;
    expect(saved.details.find((f: any) => f.key === 'changedFields')).toMatchObject({ labelZh: '改动字段', valueZh: '办理时间', valueEn: 'Hours' });
  });

  it('filters by person, several actions, subject, name and date', async () => {
    const mine = await log({ actorId: adminId, actions: ['matter_draft_created', 'matter_draft_saved', 'matter_published'] });
    expect(mine.nodes.filter((e) => e.subjectId === matterId).map((e) => e.action)).toEqual(['matter_published', 'matter_draft_saved', 'matter_draft_created']);
    expect(mine.nodes.every((e) => e.actorId === adminId)).toBe(true);

    const bySubject = await log({ subjectType: 'Matter', subjectId: matterId.toUpperCase() });
    expect(bySubject.nodes.map((e) => e.action)).toEqual(['matter_published', 'matter_draft_saved', 'matter_draft_created']);
    expect(bySubject.totalCount).toBe(3);

    const byName = await log({ subjectName: '审计可读' });
    expect(new Set(byName.nodes.map((e) => e.subjectId))).toEqual(new Set([matterId]));
    const person = await log({ subjectName: 'hy_admin', actions: ['login'] });
    expect(person.totalCount).toBeGreaterThan(0);
    expect(person.nodes.every((e) => e.subjectId === adminId)).toBe(true);

    const onDay = await log({ subjectId: matterId, subjectType: 'Matter', from: today(), to: today() });
    expect(onDay.totalCount).toBe(3);
    const before = await log({ subjectId: matterId, subjectType: 'Matter', to: plusDays(today(), -1) });
    expect(before.totalCount).toBe(0);
    const after = await log({ subjectId: matterId, subjectType: 'Matter', from: plusDays(today(), 1) });
    expect(after.totalCount).toBe(0);
  });

  it('pages the filtered log by cursor without repeating an entry', async () => {
    const first = await log({ actions: ['login'] }, supervisor, 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(LOG, { f: { actions: ['login'] }, first: 2, after: first.pageInfo.endCursor }, supervisor);
    const seqs = [...first.nodes, ...next.data.auditLog.nodes].map((e) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('refuses filters it cannot answer with coded errors', async () => {
    const code = async (f: Record<string, unknown>) => (await t.gql(LOG, { f }, supervisor)).errors?.[0].extensions;
    expect(await code({ actions: ['no_such_action'] })).toMatchObject({ code: 'AUDIT_ACTION_UNKNOWN', messageEn: expect.stringContaining('no_such_action') });
    expect(await code({ from: '2026-02-30' })).toMatchObject({ code: 'AUDIT_DATE_INVALID' });
    expect(await code({ from: '2026-03-02', to: '2026-03-01' })).toMatchObject({ code: 'AUDIT_RANGE_INVALID', messageZh: expect.stringContaining('晚于') });
    expect(await code({ subjectId: matterId })).toMatchObject({ code: 'AUDIT_SUBJECT_INCOMPLETE' });
    expect(await code({ actorId: 'not-a-uuid' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await t.gql(LOG, { f: {} }, clerk)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lists every action with its labels, grouped by library', async () => {
    const r = await t.gql(`{ auditActions { library libraryLabelZh libraryLabelEn action labelZh labelEn } }`, {}, supervisor);
    const actions = r.data.auditActions as any[];
    expect(actions.find((a) => a.action === 'matter_published')).toEqual({
      library: 'catalog', libraryLabelZh: '事项目录', libraryLabelEn: 'Catalog', action: 'matter_published', labelZh: '发布事项', labelEn: 'Matter published',
    });
    expect(actions.filter((a) => CJK.test(a.labelEn) || !CJK.test(a.labelZh))).toEqual([]);
  });

  it('never names another county\'s subjects, and another county\'s ids find nothing', async () => {
    // An entry on 石泉县's chain pointing at 汉阴县's matter and admin (as a confused or hostile write would).
    await t.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [shiquanTenant]);
      await appendAudit(m, shiquanTenant, { actorName: 'sq_admin', action: 'matter_published', subjectType: 'Matter', subjectId: matterId, detail: { orgUnitId: adminId, userId: adminId } });
    });
    const seen = await log({ actions: ['matter_published'], subjectType: 'Matter', subjectId: matterId }, sqAdmin);
    expect(seen.nodes).toHaveLength(1);
    expect(seen.nodes[0]).toMatchObject({ subjectName: null, subjectPath: null });
    expect(seen.nodes[0].details.map((f: any) => f.value)).toEqual([adminId, adminId]);
    expect(JSON.stringify(seen)).not.toContain(name);

    // 汉阴县's own entries about the matter stay out of 石泉县's reach, by id or by name.
    expect((await log({ subjectType: 'Matter', subjectId: matterId, actions: ['matter_draft_created'] }, sqAdmin)).totalCount).toBe(0);
    expect((await log({ subjectName: '审计可读' }, sqAdmin)).totalCount).toBe(0);
    expect((await log({ actorId: adminId }, sqAdmin)).totalCount).toBe(0);
    // And 汉阴县 does not see 石泉县's entry.
    expect((await log({ subjectType: 'Matter', subjectId: matterId, actions: ['matter_published'] })).totalCount).toBe(1);
    expect(hanyinTenant).not.toBe(shiquanTenant);
  });

  it('exports the filtered entries as .xlsx in Chinese, or in English, and records the export', async () => {
    const query = `action=matter_published&action=matter_draft_saved&subjectType=Matter&subjectId=${matterId}&from=${today()}&to=${today()}`;
    const zh = await get(`/api/audit/log.xlsx?${query}`, supervisor);
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(zh.headers.get('content-disposition') ?? '')).toContain('审计日志_');
    const rows = await sheetOf(zh);
    expect(rows[0]).toEqual(['序号', '时间', '操作人', '代表', '操作', '操作代码', '对象类型', '对象', '对象编号', '详情', '哈希']);
    expect(rows.slice(1).map((r) => [r[2], r[4], r[5], r[6], r[7]])).toEqual([
      ['hy_admin', '发布事项', 'matter_published', '事项', name],
      ['hy_admin', '保存事项草稿', 'matter_draft_saved', '事项', name],
    ]);
    expect(rows[2][9]).toContain('改动字段: 办理时间');
    expect(rows[1][1]).toMatch(new RegExp(`^${today()} \\d\\d:\\d\\d:\\d\\d$`));

    const en = await sheetOf(await get(`/api/audit/log.xlsx?${query}&lang=en`, supervisor));
    expect(en[0]).toEqual(['Seq', 'Time', 'Actor', 'On behalf of', 'Action', 'Action code', 'Subject type', 'Subject', 'Subject id', 'Detail', 'Hash']);
    expect(en.slice(1).map((r) => r[4])).toEqual(['Matter published', 'Matter draft saved']);
    expect(en.slice(1).some((r) => CJK.test(r[4]) || CJK.test(r[6]))).toBe(false);
    expect(en[2][9]).toContain('Changed fields: Hours');

    const [exported] = (await log({ actions: ['audit_exported'] })).nodes;
    expect(exported).toMatchObject({ actionLabelZh: '导出审计日志', actorName: 'hy_super' });
    expect(exported.details).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'rows', value: '2' }), expect.objectContaining({ key: 'language', value: 'en' })]));
  });

  it('answers the export route with coded errors', async () => {
    expect((await get(`/api/audit/log.xlsx`)).status).toBe(401);
    expect((await get(`/api/audit/log.xlsx`, clerk)).status).toBe(403);
    const bad = await get(`/api/audit/log.xlsx?from=yesterday`, supervisor);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('INVALID_INPUT');
    const unknown = await get(`/api/audit/log.xlsx?action=nope`, supervisor);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('AUDIT_ACTION_UNKNOWN');
  });

  it('refuses an export of more than 50,000 entries', async () => {
    // Rows only need to be counted: the owner fills 石泉县's chain (this file verifies no chain).
    const owner = t.db.ownerUrl;
    const { Client } = await import('pg');
    const c = new Client({ connectionString: owner });
    await c.connect();
    try {
      await c.query(
        `INSERT INTO audit_log (tenant_id, seq, at, actor_name, action, detail, prev_hash, hash, seal)
         SELECT $1, 1000000 + g, now(), 'bulk', 'login', '{}', repeat('0', 64), repeat('0', 64), 2 FROM generate_series(1, 50001) g`,
        [shiquanTenant],
      );
    } finally {
      await c.end();
    }
    const res = await get(`/api/audit/log.xlsx?action=login`, sqAdmin);
    expect(res.status).toBe(429);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ code: 'AUDIT_EXPORT_TOO_LARGE', max: 50000, rows: expect.any(Number) });
  });
});
