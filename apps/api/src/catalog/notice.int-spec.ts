import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { authSettingsFrom } from '@county/tenancy';
import { sampleContent } from '@county/catalog';
import { testAuditSettings } from '@county/tenancy/testing';
import { createApp } from '../bootstrap/create-app';
import { startTestApp, TestApp } from '../testing/test-app';

const ENUM_FIELDS = new Set(['type', 'caseKind', 'decidingTier', 'level', 'form', 'kind']);
const ENUM_LISTS = new Set(['applicantKinds', 'deliveryOptions', 'acceptingTiers']);

/** GraphQL speaks enum names (PAYMENT), the domain their values (payment). */
function toGql(value: any, key = ''): any {
  if (Array.isArray(value)) return value.map((v) => (ENUM_LISTS.has(key) ? String(v).toUpperCase() : toGql(v)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toGql(v, k)]));
  return ENUM_FIELDS.has(key) ? String(value).toUpperCase() : value;
}

describe('一次性告知单 as a public PDF', () => {
  let t: TestApp;
  let admin: string;
  let dir: string;
  let code: string;
  let civilAffairs: string;

  const notice = (path: string, base = t.url) => fetch(`${base}/guide/${path}`);
  /** The PDF written to disk and read back as text the way a person (or a screen reader) would get it. */
  const pdfText = async (res: Response, name: string) => {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return { file, text, flat: text.replace(/\s+/g, '') };
  };
  const createMatter = async (n: number, overrides: Record<string, unknown> = {}) => {
    const input = toGql(
      sampleContent({ implementingBodyId: civilAffairs, basicCode: `N${n}`, implementationCode: `NOTICE-${n}`, name: `告知单测试事项${n}`, ...overrides }),
    );
    const r = await t.gql(`mutation($i: MatterContentInput!) { createMatter(input: $i) { id } }`, { i: input }, admin);
    expect(r.errors).toBeUndefined();
    return { id: r.data.createMatter.id as string, input };
  };
  const publish = async (id: string) => {
    const r = await t.gql(`mutation($id: ID!) { publishMatter(matterId: $id) { version } }`, { id }, admin);
    expect(r.errors).toBeUndefined();
    return r.data.publishMatter.version as number;
  };

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'notice-'));
    admin = await t.login('hy_admin');
    const found = await t.gql(`{ guideSearch(countyCode: "610921", query: "最低生活保障审核确认", first:100) { nodes { content { implementationCode } } } }`);
    code = found.data.guideSearch.nodes[0].content.implementationCode;
    const d = await t.gql(`{ searchOrgUnits(query: "汉阴县民政局", first:100) { nodes { id kind } } }`, {}, admin);
    civilAffairs = d.data.searchOrgUnits.nodes.find((u: any) => u.kind === 'DEPARTMENT').id;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('prints a published demo matter without login, with real Chinese text and the font embedded', async () => {
    const res = await notice(`610921/${code}/notice.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^inline; filename="notice-[A-Za-z0-9]+-v1\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('最低生活保障审核确认-一次性告知单-第1版.pdf');

    const { file, text, flat } = await pdfText(res, 'demo');
    expect(text).toContain('汉阴县政务服务事项一次性告知单');
    expect(text).toContain('最低生活保障审核确认');
    for (const material of ['最低生活保障申请书', '家庭成员居民身份证或户口簿', '家庭经济状况核对授权书']) expect(text).toContain(material);
    expect(flat).toContain('法定时限30个工作日承诺时限15个工作日');
    expect(flat).toContain('监督电话12345');
    expect(flat).toContain('《社会救助暂行办法》');
    expect(flat).toContain('申报所需材料（如未标记数量默认为一份）');
    expect(text).toContain(`http://localhost:3000/guide/610921/${code}`);
    expect(flat).toMatch(/第1版生效日期\d{4}-\d{2}-\d{2}打印日期\d{4}-\d{2}-\d{2}/);
    expect(flat).toMatch(/第1页共\d+页/);
    // The sheet ends with the signature and date lines of the clerk and the applicant.
    expect(flat).toMatch(/告知人（签字）：日期：年月日申请人（签字）：日期：年月日第1版/);

    // Every font is Noto Sans Hans from the npm package, embedded as a subset with a ToUnicode map (emb sub uni).
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(1);
    for (const line of fonts) expect(line).toMatch(/\+NotoSansHans-(Regular|Bold)\s.*yes\s+yes\s+yes/);

    // Page 1 as an image, left in the temp folder for a person to look at the layout.
    const png = join(tmpdir(), 'notice-page');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, png]);
    expect(statSync(`${png}-1.png`).size).toBeGreaterThan(10_000);
  });

  it('answers 404 with a coded error for an unknown county or matter, another county, and a draft-only matter', async () => {
    const { input } = await createMatter(1);
    const cases = [
      [`999999/${code}/notice.pdf`, '未找到区划'],
      [`610922/${code}/notice.pdf`, '未找到事项'], // 石泉县 has no matter with 汉阴县’s code
      [`610921/NO-SUCH-CODE/notice.pdf`, '未找到事项'],
      [`610921/${input.implementationCode}/notice.pdf`, '未找到事项'], // never published
    ];
    for (const [path, zh] of cases) {
      const res = await notice(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body: any = await res.json();
      expect(body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', messageEn: expect.stringMatching(/not found|No county/) });
      expect(body.errors[0].extensions.messageZh).toContain(zh);
    }
    const bad = await notice(`610921/${code}/notice.pdf?version=abc`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('VERSION_INVALID');
    expect((await notice(`610921/${code}/notice.pdf?version=9`)).status).toBe(404);
  });

  it('prints the version in force, or an earlier published one a case was accepted under', async () => {
    const { id, input } = await createMatter(2);
    await publish(id);
    await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id }, admin);
    const v2 = { ...input, promisedDays: 8, steps: input.steps.map((s: any) => (s.kind === 'REVIEW' ? { ...s, days: Math.max(0, s.days - 2) } : s)) };
    const saved = await t.gql(`mutation($id: ID!, $i: MatterContentInput!) { updateMatterDraft(matterId: $id, input: $i) { id } }`, { id, i: v2 }, admin);
    expect(saved.errors).toBeUndefined();
    expect(await publish(id)).toBe(2);

    const current = await pdfText(await notice(`610921/${input.implementationCode}/notice.pdf`), 'v2');
    expect(current.flat).toContain('承诺时限8个工作日');
    expect(current.flat).toContain('第2版');
    const first = await notice(`610921/${input.implementationCode}/notice.pdf?version=1`);
    expect(first.status).toBe(200);
    const old = await pdfText(first, 'v1');
    expect(old.flat).toContain(`承诺时限${input.promisedDays}个工作日`);
    expect(old.flat).toContain('第1版');
    expect(old.flat).not.toContain('承诺时限8个工作日');
  });

  it('reaches the controller when the admin app is served beside the API (SPA fallback)', async () => {
    const adminDir = mkdtempSync(join(tmpdir(), 'admin-dist-'));
    writeFileSync(join(adminDir, 'index.html'), '<!doctype html><title>admin</title>');
    let app: INestApplication | undefined;
    try {
      app = await createApp({ dataSource: t.dataSource, auth: authSettingsFrom({}, 'test-secret-for-jwt'), audit: testAuditSettings(), production: false }, adminDir);
      await app.listen(0, '127.0.0.1');
      const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const pdf = await notice(`610921/${code}/notice.pdf`, base);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const page = await notice(`610921/${code}`, base);
      expect(await page.text()).toContain('<title>admin</title>');
    } finally {
      await app?.close();
      rmSync(adminDir, { recursive: true, force: true });
    }
  });
});
