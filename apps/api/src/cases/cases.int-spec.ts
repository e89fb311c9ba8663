import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';

const CGZ = '610921100000'; // 城关镇
const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请: accepted at villages and townships, decided by 民政局

const FIELDS = `id caseNumber verificationCode state matterName matterVersion applicantName limitWorkingDays acceptedOn dueDate dueProvisional warning
  supplementCount missingMaterials gapsDueDate outcome suspendedWorkingDays availableActions
  acceptingUnit { id name } currentUnit { id name } decidingUnit { id name }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { ${FIELDS} } }`;
const move = (name: string) => `mutation($id: ID!, $input: MoveCaseInput!) { ${name}(id: $id, input: $input) { ${FIELDS} } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${FIELDS} } }`;

const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;
/** Days after a Monday a week or more from now: the demo catalog is published today, cases come after it. */
const MONDAY = (() => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 7 + ((8 - d.getUTCDay()) % 7));
  return d;
})();
const day = (offset: number) => new Date(MONDAY.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number) => `${day(offset)}T02:00:00Z`;
let keys = 0;
const key = () => `test-key-${Date.now()}-${++keys}`;

/** 办件 across the tiers: 城关镇 accepts, 民政局 decides, 城关镇 delivers; nobody else sees or moves it. */
describe('cases: intake, the process, deadlines, idempotency and isolation', () => {
  let t: TestApp;
  let clerk: string;
  let approver: string;
  let matterId: string;
  let cgzId: string;
  const submit = async (token = clerk, extra: Record<string, unknown> = {}) => {
    const r = await t.gql(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: cgzId, applicantName: '张大爷', materials: ['高龄津贴申请表'], ...extra } }, token);
    expect(r.errors).toBeUndefined();
    return r.data.submitCase;
  };
  const act = async (name: string, id: string, token: string, input: Record<string, unknown> = {}) => t.gql(move(name), { id, input: { idempotencyKey: key(), ...input } }, token);
  const ok = async (name: string, id: string, token: string, input: Record<string, unknown> = {}) => {
    const r = await act(name, id, token, input);
    expect(r.errors).toBeUndefined();
    return r.data[name];
  };
  /** A case's notice read back as text, or the HTTP status when there is none. */
  const notice = async (id: string, kind: string, token = clerk): Promise<{ status: number; text: string; code?: string }> => {
    const res = await fetch(`${t.url}/api/cases/${id}/${kind}.pdf`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) return { status: res.status, text: '', code: ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code };
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'case-notice-')), `${kind}.pdf`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return { status: 200, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '') };
  };
  const dueDate = async (on: string, days: number) =>
    (await t.gql(`query($on: String!, $days: Int!) { dueDate(countyCode: "610921", acceptedOn: $on, workingDays: $days) { date } }`, { on, days })).data.dueDate.date;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(at(0));
    clerk = await t.login('cgz_clerk');
    approver = await t.login('mz_approver');
    const guide = (await t.gql(`{ guideMatter(countyCode: "610921", implementationCode: "${OLD_AGE_ALLOWANCE}") { matterId } }`)).data.guideMatter;
    matterId = guide.matterId;
    const admin = await t.login('hy_admin');
    const units = await t.gql(`query($q: String!) { searchOrgUnits(query: $q, first: 5) { nodes { id code } } }`, { q: CGZ }, admin);
    cgzId = units.data.searchOrgUnits.nodes.find((u: { code: string }) => u.code === CGZ).id;
  });
  afterAll(() => t.close());

  it('runs the whole path: 城关镇 accepts, 民政局 receives, suspends for a survey, decides, 城关镇 delivers', async () => {
    const submitted = await submit();
    expect(submitted).toMatchObject({ state: 'SUBMITTED', caseNumber: null, dueDate: null, matterName: '高龄津贴申请', acceptingUnit: { id: cgzId } });
    expect(submitted.availableActions).toEqual(expect.arrayContaining(['ACCEPT', 'REQUEST_SUPPLEMENT', 'NOT_ACCEPT', 'WITHDRAW']));

    const accepted = await ok('acceptCase', submitted.id, clerk);
    expect(accepted.caseNumber).toMatch(new RegExp(`^610921-${day(0).replace(/-/g, '')}-\\d{4}$`));
    expect(accepted).toMatchObject({ state: 'ACCEPTED', acceptedOn: day(0), warning: 'NORMAL' });
    expect(accepted.dueDate).toBe(await dueDate(day(0), accepted.limitWorkingDays));

    const forwarded = await ok('forwardCase', submitted.id, clerk);
    expect(forwarded.state).toBe('FORWARDED');
    expect(forwarded.currentUnit.id).toBe(forwarded.decidingUnit.id);
    // Once it is at the department, the township follows it but cannot move it.
    expect(codeOf(await act('returnCase', submitted.id, clerk, { reason: '试图退回' }))).toBe('FORBIDDEN');
    expect((await t.gql(CASE, { id: submitted.id }, clerk)).data.case.availableActions).toEqual([]);

    await ok('receiveCase', submitted.id, approver);
    t.clock.set(at(7));
    await ok('suspendCase', submitted.id, approver, { suspensionKind: 'SITE_SURVEY', reason: '联合踏勘' });
    t.clock.set(at(9));
    const resumed = await ok('resumeCase', submitted.id, approver);
    expect(resumed.suspendedWorkingDays).toBeGreaterThan(0);
    expect(resumed.suspendedWorkingDays).toBeLessThanOrEqual(2);
    expect(resumed.dueDate > accepted.dueDate).toBe(true);

    // The township cannot decide; the department can.
    expect(codeOf(await act('decideCase', submitted.id, clerk, { outcome: 'APPROVED' }))).toBe('FORBIDDEN');
    expect(codeOf(await act('decideCase', submitted.id, approver, { outcome: 'REJECTED', reason: '不符合条件' }))).toBe('CASE_INPUT_INVALID');
    const decided = await ok('decideCase', submitted.id, approver, { outcome: 'APPROVED' });
    expect(decided).toMatchObject({ state: 'DECIDED', outcome: 'APPROVED', currentUnit: { id: cgzId } });

    const delivered = await ok('deliverCase', submitted.id, clerk, { deliveryMethod: 'HOME', deliveryAddress: '城关镇南街 12 号' });
    expect(delivered).toMatchObject({ state: 'DELIVERED', warning: null, availableActions: [] });
    // A closed case never reopens.
    for (const name of ['acceptCase', 'withdrawCase', 'startReview', 'decideCase']) {
      expect(codeOf(await act(name, submitted.id, name === 'decideCase' ? approver : clerk, { reason: '再试', outcome: 'APPROVED' }))).toBe('CASE_ILLEGAL_MOVE');
    }

    const log = (await t.gql(`{ auditLog(first: 50) { nodes { action subjectId } } }`, {}, await t.login('hy_admin'))).data.auditLog.nodes;
    const actions = log.filter((e: { subjectId: string }) => e.subjectId === submitted.id).map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['case_submitted', 'case_accepted', 'case_forwarded', 'case_received', 'case_suspended', 'case_resumed', 'case_decided', 'case_delivered']));

    // Anyone with the receipt's number and code sees the progress, nothing personal; a wrong pair finds nothing.
    const PROGRESS = `query($county: String!, $number: String!, $code: String!) { caseProgress(countyCode: $county, caseNumber: $number, verificationCode: $code) { caseNumber matterName state outcome acceptingUnitName dueDate } }`;
    const progress = await t.gql(PROGRESS, { county: '610921', number: accepted.caseNumber, code: accepted.verificationCode.toLowerCase() });
    expect(progress.data.caseProgress).toMatchObject({ caseNumber: accepted.caseNumber, matterName: '高龄津贴申请', state: 'DELIVERED', outcome: 'APPROVED', acceptingUnitName: '城关镇' });
    expect(JSON.stringify(progress.data)).not.toContain('张大爷');
    const wrong = accepted.verificationCode === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
    for (const [county, number, code] of [['610921', accepted.caseNumber, wrong], ['610922', accepted.caseNumber, accepted.verificationCode], ['610921', '610921-20000101-0001', accepted.verificationCode], ['610921', 'x', 'y']]) {
      const r = await t.gql(PROGRESS, { county, number, code });
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors![0].extensions.messageZh).toContain('受理编号和查询码');
    }

    // The case's own timeline, readable by the township that follows it, with labels and reasons.
    const timeline = (await t.gql(`query($id: ID!) { case(id: $id) { timeline { action actionLabelZh actorName subjectName details { key valueZh } } } }`, { id: submitted.id }, clerk)).data.case.timeline;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual([
      'case_submitted', 'case_accepted', 'case_forwarded', 'case_received', 'case_suspended', 'case_resumed', 'case_decided', 'case_delivered',
    ]);
    expect(timeline[4]).toMatchObject({ actionLabelZh: '中止办理', actorName: 'mz_approver' });
    expect(timeline[4].details).toEqual(expect.arrayContaining([{ key: 'suspensionKind', valueZh: '现场踏勘' }, { key: 'reason', valueZh: '联合踏勘' }]));
    expect(timeline[1].subjectName).toContain(accepted.caseNumber);
  });

  it('asks for every missing material once, leaves the clock unstarted, and refuses a second request', async () => {
    t.clock.set(at(10));
    const c = await submit();
    expect(codeOf(await act('requestSupplement', c.id, clerk, { missingMaterials: [] }))).toBe('CASE_INPUT_INVALID');
    const asked = await ok('requestSupplement', c.id, clerk, { missingMaterials: ['老年人居民身份证', '一寸近期免冠照片'] });
    expect(asked).toMatchObject({ state: 'SUPPLEMENT_REQUESTED', dueDate: null, supplementCount: 1, missingMaterials: ['老年人居民身份证', '一寸近期免冠照片'] });
    await ok('resubmitCase', c.id, clerk);
    expect(codeOf(await act('requestSupplement', c.id, clerk, { missingMaterials: ['户口簿'] }))).toBe('SUPPLEMENT_ALREADY_REQUESTED');
    const withGaps = await ok('acceptCase', c.id, clerk, { acceptanceMode: 'WITH_GAPS', missingMaterials: ['一寸近期免冠照片'] });
    expect(withGaps).toMatchObject({ state: 'ACCEPTED', missingMaterials: ['一寸近期免冠照片'] });
    expect(withGaps.gapsDueDate).toBe(await dueDate(day(10), 15));
  });

  it('bad input is coded and changes nothing', async () => {
    const c = await submit();
    expect(codeOf(await act('refuseCase', c.id, clerk, { reason: '  ' }))).toBe('CASE_INPUT_INVALID');
    expect(codeOf(await act('suspendCase', c.id, clerk, { reason: '踏勘' }))).toBe('CASE_INPUT_INVALID');
    expect(codeOf(await act('startReview', c.id, clerk))).toBe('CASE_ILLEGAL_MOVE');
    expect(codeOf(await t.gql(move('acceptCase'), { id: c.id, input: { idempotencyKey: 'short' } }, clerk))).toBe('IDEMPOTENCY_KEY_INVALID');
    expect((await t.gql(CASE, { id: c.id }, clerk)).data.case).toMatchObject({ state: 'SUBMITTED', caseNumber: null });
    const noName = await t.gql(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: cgzId, applicantName: ' ' } }, clerk);
    expect(codeOf(noName)).toBe('CASE_INPUT_INVALID');
    expect(noName.errors![0].extensions.messageZh).toContain('申请人');
  });

  it('50 parallel retries of one submission make exactly one case; a retried acceptance takes one number', async () => {
    const idempotencyKey = key();
    const input = { idempotencyKey, matterId, acceptingUnitId: cgzId, applicantName: '李奶奶' };
    const results = await Promise.all(Array.from({ length: 50 }, () => t.gql(SUBMIT, { input }, clerk)));
    expect(results.map((r) => codeOf(r) ?? 'ok')).toEqual(Array(50).fill('ok'));
    const ids = new Set(results.map((r) => r.data.submitCase.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const listed = await t.gql(`{ cases(first: 100) { nodes { id applicantName } } }`, {}, clerk);
    expect(listed.data.cases.nodes.filter((n: { applicantName: string }) => n.applicantName === '李奶奶')).toHaveLength(1);
    expect(codeOf(await t.gql(SUBMIT, { input: { ...input, applicantName: '王爷爷' } }, clerk))).toBe('IDEMPOTENCY_KEY_REUSED');

    const acceptKey = key();
    const accepts = await Promise.all(Array.from({ length: 10 }, () => t.gql(move('acceptCase'), { id, input: { idempotencyKey: acceptKey } }, clerk)));
    expect(new Set(accepts.map((r) => r.data?.acceptCase?.caseNumber)).size).toBe(1);
    const next = await ok('acceptCase', (await submit()).id, clerk);
    const seq = (n: string) => Number(n.slice(-4));
    expect(seq(next.caseNumber)).toBe(seq(accepts[0].data.acceptCase.caseNumber) + 1);
  });

  it('another county, another township and a village agent get NOT_FOUND for the case on every operation', async () => {
    const c = await submit();
    for (const who of ['sq_admin', 'jcz_clerk', 'nanjie_agent', 'beijie_agent']) {
      const token = await t.login(who);
      expect([who, codeOf(await t.gql(CASE, { id: c.id }, token))]).toEqual([who, 'NOT_FOUND']);
      for (const name of ['acceptCase', 'requestSupplement', 'refuseCase', 'withdrawCase', 'decideCase']) {
        const r = await act(name, c.id, token, { reason: '越权', missingMaterials: ['x'], outcome: 'APPROVED' });
        expect([who, name, codeOf(r)]).toEqual([who, name, expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]);
      }
      const list = await t.gql(`{ cases(first: 100) { nodes { id } } }`, {}, token);
      expect((list.data?.cases.nodes ?? []).map((n: { id: string }) => n.id)).not.toContain(c.id);
    }
    // Another township's clerk cannot take in a case at 城关镇.
    const jcz = await t.login('jcz_clerk');
    expect(codeOf(await t.gql(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: cgzId, applicantName: '张大爷' } }, jcz))).toBe('FORBIDDEN');
    expect((await t.gql(CASE, { id: c.id }, clerk)).data.case.state).toBe('SUBMITTED');
  });

  it('prints the 受理通知书 with the number, code and due date, read back from the PDF; only for those who may read the case', async () => {
    t.clock.set(at(14));
    const c = await submit();
    expect(await notice(c.id, 'receipt')).toMatchObject({ status: 409, code: 'CASE_DOCUMENT_UNAVAILABLE' });
    expect(await notice(c.id, 'minutes')).toMatchObject({ status: 409, code: 'CASE_DOCUMENT_UNAVAILABLE' });
    const accepted = await ok('acceptCase', c.id, clerk, { acceptanceMode: 'WITH_GAPS', missingMaterials: ['一寸近期免冠照片'] });
    const { text } = await notice(c.id, 'receipt');
    for (const expected of ['汉阴县政务服务受理通知书', accepted.caseNumber, `查询码：${accepted.verificationCode}`, '张大爷', '高龄津贴申请', accepted.dueDate, '容缺受理', '一寸近期免冠照片', accepted.gapsDueDate, '城关镇']) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
    for (const who of ['sq_admin', 'jcz_clerk', 'nanjie_agent']) {
      expect([who, (await notice(c.id, 'receipt', await t.login(who))).status]).toEqual([who, 404]);
    }
    expect((await notice('not-a-uuid', 'receipt')).status).toBe(404);
  });

  it('prints the 补正材料通知书 listing every missing material, the 不予受理通知书 with its reason, and the decision with its legal basis', async () => {
    const asked = await submit();
    await ok('requestSupplement', asked.id, clerk, { missingMaterials: ['老年人居民身份证', '一寸近期免冠照片'] });
    const supplement = (await notice(asked.id, 'supplement')).text;
    for (const expected of ['补正材料通知书', '申请登记号', '1.老年人居民身份证', '2.一寸近期免冠照片', '一次性告知']) expect([expected, supplement.includes(expected)]).toEqual([expected, true]);

    const refused = await submit();
    await ok('refuseCase', refused.id, clerk, { reason: '申请人不具有本县户籍' });
    const refusal = (await notice(refused.id, 'refusal')).text;
    for (const expected of ['不予受理通知书', '理由：申请人不具有本县户籍', '行政复议']) expect([expected, refusal.includes(expected)]).toEqual([expected, true]);
    expect(await notice(refused.id, 'decision')).toMatchObject({ status: 409, code: 'CASE_DOCUMENT_UNAVAILABLE' });

    const rejected = await submit();
    await ok('acceptCase', rejected.id, clerk);
    await ok('forwardCase', rejected.id, clerk);
    await ok('receiveCase', rejected.id, approver);
    await ok('decideCase', rejected.id, approver, { outcome: 'REJECTED', reason: '未满80周岁', legalBasis: '《陕西省高龄老人基本生活保障补贴制度》' });
    const decision = (await notice(rejected.id, 'decision', approver)).text;
    for (const expected of ['办理结果通知书', '决定不予准予', '理由：未满80周岁', '法律依据：《陕西省高龄老人基本生活保障补贴制度》', '民政局']) expect([expected, decision.includes(expected)]).toEqual([expected, true]);
  });

  it('the township queue lists its open cases soonest due first, with their warnings', async () => {
    t.clock.set(at(40));
    const r = await t.gql(`query($unit: ID) { cases(unitId: $unit, first: 50) { totalCount nodes { id state dueDate warning } } }`, { unit: cgzId }, clerk);
    expect(r.errors).toBeUndefined();
    const nodes = r.data.cases.nodes as { dueDate: string | null; state: string; warning: string | null }[];
    expect(nodes.length).toBeGreaterThan(0);
    const dated = nodes.map((n) => n.dueDate ?? '9999-12-31');
    expect(dated).toEqual([...dated].sort());
    expect(nodes.every((n) => n.state !== 'DELIVERED')).toBe(true);
    // Decided cases wait for delivery; only accepted, undecided ones run on the clock.
    const clocked = ['ACCEPTED', 'IN_REVIEW', 'SUSPENDED', 'FORWARDED', 'RETURNED'];
    for (const n of nodes) if (n.dueDate && n.dueDate < day(40)) expect([n.state, n.warning]).toEqual([n.state, clocked.includes(n.state) ? 'RED' : null]);
    expect(nodes.some((n) => n.warning === 'RED')).toBe(true);
  });
});
