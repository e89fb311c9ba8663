import { Client } from 'pg';
import { residentIdCheckChar } from '@county/cases';
import { sampleContent } from '@county/catalog';
import { startTestApp, TestApp } from '../testing/test-app';

const CGZ = '610921100000'; // 城关镇

const FEE = `id name basis amountYuan status bankReceiptNumber paidOn waivedGroup waiveReason settledBy`;
const FIELDS = `id state matterVersion caseNumber fees { ${FEE} } delivery { method trackingNumber address notes } deliveryOptions`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id matterVersion } }`;
const move = (name: string) => `mutation($id: ID!, $input: MoveCaseInput!) { ${name}(id: $id, input: $input) { ${FIELDS} } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${FIELDS} } }`;
const PAY = `mutation($caseId: ID!, $input: RecordCasePaymentInput!) { recordCasePayment(caseId: $caseId, input: $input) { ${FEE} } }`;
const WAIVE = `mutation($caseId: ID!, $input: WaiveCaseFeeInput!) { waiveCaseFee(caseId: $caseId, input: $input) { ${FEE} } }`;

const ENUM_FIELDS = new Set(['type', 'caseKind', 'decidingTier', 'level', 'form', 'kind']);
const ENUM_LISTS = new Set(['applicantKinds', 'deliveryOptions', 'acceptingTiers']);
/** GraphQL speaks enum names (PAYMENT), the domain their values (payment). */
function toGql(value: any, key = ''): any {
  if (Array.isArray(value)) return value.map((v) => (ENUM_LISTS.has(key) ? String(v).toUpperCase() : toGql(v)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toGql(v, k)]));
  return ENUM_FIELDS.has(key) ? String(value).toUpperCase() : value;
}

const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;
const residentId = (first17: string) => first17 + residentIdCheckChar(first17);
/** A Monday a week or more from now: the test's matter is published today, its cases come after. */
const MONDAY = (() => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 7 + ((8 - d.getUTCDay()) % 7));
  return d;
})();
const at = (offset: number) => `${new Date(MONDAY.getTime() + offset * 86_400_000).toISOString().slice(0, 10)}T02:00:00Z`;
let keys = 0;
const key = () => `fee-key-${Date.now()}-${++keys}`;

/** 收费与送达: the fee sheet from the pinned version, 票款分离 payments, waivers for special groups, delivery. */
describe('case fees and delivery', () => {
  let t: TestApp;
  let clerk: string;
  let approver: string;
  let admin: string;
  let cgzId: string;
  let matterId: string;
  let input: Record<string, any>;
  const applicants: Record<string, string> = {};

  const ownerRows = async <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      return (await owner.query(sql, params)).rows;
    } finally {
      await owner.end();
    }
  };
  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const r = await t.gql(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const submit = async (applicantId: string | null) =>
    (await ok(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: cgzId, applicantName: '申请人', applicantId } }, clerk)).submitCase;
  const act = (name: string, id: string, token: string, extra: Record<string, unknown> = {}) => t.gql(move(name), { id, input: { idempotencyKey: key(), ...extra } }, token);
  const moveOk = async (name: string, id: string, token: string, extra: Record<string, unknown> = {}) => {
    const r = await act(name, id, token, extra);
    expect(r.errors).toBeUndefined();
    return r.data[name];
  };
  const accepted = async (applicantId: string | null) => {
    const c = await submit(applicantId);
    return moveOk('acceptCase', c.id, clerk);
  };
  const decided = async (applicantId: string | null) => {
    const c = await accepted(applicantId);
    await moveOk('forwardCase', c.id, clerk);
    await moveOk('receiveCase', c.id, approver);
    await moveOk('decideCase', c.id, approver, { outcome: 'APPROVED' });
    return c;
  };
  const pay = (caseId: string, fields: Record<string, unknown>, token = clerk) => t.gql(PAY, { caseId, input: { idempotencyKey: key(), ...fields } }, token);
  const waive = (caseId: string, fields: Record<string, unknown>, token = clerk) => t.gql(WAIVE, { caseId, input: { idempotencyKey: key(), reason: '持证减免', ...fields } }, token);
  const get = async (id: string, token = clerk) => (await ok(CASE, { id }, token)).case;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(at(0));
    [clerk, approver, admin] = [await t.login('cgz_clerk'), await t.login('mz_approver'), await t.login('hy_admin')];
    const units = await t.gql(`{ searchOrgUnits(query: "${CGZ}", first: 5) { nodes { id code } } }`, {}, admin);
    cgzId = units.data.searchOrgUnits.nodes.find((u: { code: string }) => u.code === CGZ).id;
    const d = await t.gql(`{ searchOrgUnits(query: "汉阴县民政局", first: 100) { nodes { id kind } } }`, {}, admin);
    const civilAffairs = d.data.searchOrgUnits.nodes.find((u: { kind: string }) => u.kind === 'DEPARTMENT').id;
    // A township matter with two fees, for 老年人 and 残疾人, delivered at the window or by post.
    input = toGql(
      sampleContent({
        implementingBodyId: civilAffairs,
        basicCode: 'FEES01',
        implementationCode: 'FEES-TEST-1',
        name: '收费测试事项',
        specialGroups: ['老年人', '残疾人'],
        fees: [
          { name: '证书工本费', basis: '《收费依据一》', amount: '10.00' },
          { name: '登记费', basis: '《收费依据二》', amount: '80.5' },
        ],
        deliveryOptions: ['window', 'post'] as never,
      }),
    );
    matterId = (await ok(`mutation($i: MatterContentInput!) { createMatter(input: $i) { id } }`, { i: input }, admin)).createMatter.id;
    await ok(`mutation($id: ID!) { publishMatter(matterId: $id) { version } }`, { id: matterId }, admin);
    const register = async (name: string, first17: string, flags: Record<string, boolean>) =>
      (await ok(`mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input: { kind: 'PERSON', name, idNumber: residentId(first17), address: '城关镇南街 12 号', ...flags } }, clerk))
        .registerApplicant.id as string;
    applicants.disabled = await register('残疾青年', '61092119900315456', { disabled: true });
    applicants.lowIncome = await register('低保对象', '61092119851120002', { lowIncome: true });
    applicants.plain = await register('普通群众', '61092119920606123', {});
  });
  afterAll(() => t.close());

  it('copies the fee items of the pinned version at acceptance, in fen, even after a newer version is published', async () => {
    const first = await submit(applicants.disabled);
    expect(first.matterVersion).toBe(1);
    expect((await get(first.id)).fees).toEqual([]); // no sheet before acceptance

    await ok(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: matterId }, admin);
    await ok(`mutation($id: ID!, $i: MatterContentInput!) { updateMatterDraft(matterId: $id, input: $i) { id } }`, { id: matterId, i: { ...input, fees: [{ name: '新收费', basis: '《新依据》', amount: '999.00' }] } }, admin);
    expect((await ok(`mutation($id: ID!) { publishMatter(matterId: $id) { version } }`, { id: matterId }, admin)).publishMatter.version).toBe(2);

    const c = await moveOk('acceptCase', first.id, clerk);
    expect(c.fees.map((f: any) => [f.name, f.basis, f.amountYuan, f.status])).toEqual([
      ['证书工本费', '《收费依据一》', '10.00', 'DUE'],
      ['登记费', '《收费依据二》', '80.50', 'DUE'],
    ]);
    const stored = await ownerRows(`SELECT amount_fen::int AS fen, pg_typeof(amount_fen)::text AS type FROM case_fee WHERE case_id = $1 ORDER BY position`, [first.id]);
    expect(stored).toEqual([{ fen: 1000, type: 'bigint' }, { fen: 8050, type: 'bigint' }]);

    // One receipt may pay several items; its amount is their sum, never typed by the window.
    const both = await ok(PAY, { caseId: first.id, input: { idempotencyKey: key(), feeIds: c.fees.map((f: any) => f.id), bankReceiptNumber: `ABC-${Date.now()}` } }, clerk);
    expect(both.recordCasePayment.map((f: any) => f.status)).toEqual(['PAID', 'PAID']);
    expect(await ownerRows(`SELECT amount_fen::int AS fen FROM case_payment WHERE case_id = $1`, [first.id])).toEqual([{ fen: 9050 }]);

    // A case submitted now pins version 2 and gets its fee.
    const later = await accepted(applicants.plain);
    expect(later.matterVersion).toBe(2);
    expect(later.fees.map((f: any) => [f.name, f.amountYuan])).toEqual([['新收费', '999.00']]);
  });

  it('records a payment by the bank’s receipt number once; a bad or used receipt changes nothing; a retry answers the first result', async () => {
    const c = await accepted(applicants.plain);
    const [fee] = c.fees;
    const payments = async () => (await ownerRows(`SELECT count(*)::int AS n FROM case_payment WHERE case_id = $1`, [c.id]))[0].n;

    for (const bad of ['12345', 'ICBC 2026/0001', '现金收款100元', 'x'.repeat(41)]) {
      const r = await pay(c.id, { feeIds: [fee.id], bankReceiptNumber: bad });
      expect([bad, codeOf(r)]).toEqual([bad, 'CASE_RECEIPT_NUMBER_INVALID']);
    }
    expect(codeOf(await pay(c.id, { feeIds: [], bankReceiptNumber: 'ICBC-000001' }))).toBe('CASE_INPUT_INVALID');
    expect(codeOf(await pay(c.id, { feeIds: [fee.id], bankReceiptNumber: 'ICBC-000001', paidOn: '2026-02-30' }))).toBe('DATE_INVALID');
    expect(codeOf(await pay(c.id, { feeIds: [fee.id], bankReceiptNumber: 'ICBC-000001', paidOn: '2099-01-01' }))).toBe('CASE_INPUT_INVALID');
    expect(codeOf(await pay(c.id, { feeIds: ['00000000-0000-4000-8000-000000000009'], bankReceiptNumber: 'ICBC-000001' }))).toBe('NOT_FOUND');
    expect(await payments()).toBe(0);
    expect((await get(c.id)).fees[0].status).toBe('DUE');

    const receipt = `icbc-${Date.now()}`;
    const idempotencyKey = key();
    const first = await t.gql(PAY, { caseId: c.id, input: { idempotencyKey, feeIds: [fee.id], bankReceiptNumber: receipt } }, clerk);
    expect(first.errors).toBeUndefined();
    expect(first.data.recordCasePayment[0]).toMatchObject({ status: 'PAID', bankReceiptNumber: receipt.toUpperCase(), paidOn: at(0).slice(0, 10), settledBy: 'cgz_clerk' });
    const retry = await t.gql(PAY, { caseId: c.id, input: { idempotencyKey, feeIds: [fee.id], bankReceiptNumber: receipt } }, clerk);
    expect(retry.data).toEqual(first.data);
    expect(await payments()).toBe(1);
    expect(codeOf(await pay(c.id, { feeIds: [fee.id], bankReceiptNumber: 'ICBC-OTHER-1' }))).toBe('CASE_FEE_NOT_DUE');

    // The same receipt on another case of the county is refused, whatever its case.
    const other = await accepted(applicants.plain);
    const used = await pay(other.id, { feeIds: [other.fees[0].id], bankReceiptNumber: receipt.toUpperCase() });
    expect(codeOf(used)).toBe('CASE_RECEIPT_NUMBER_USED');
    expect(used.errors![0].extensions.messageZh).toContain('只能登记一次');
    expect((await get(other.id)).fees[0].status).toBe('DUE');

    // Two windows typing the same new receipt at once: one records it.
    const [a, b] = [await accepted(applicants.plain), await accepted(applicants.plain)];
    const racing = `RACE-${Date.now()}`;
    const raced = await Promise.all([a, b].map((x) => pay(x.id, { feeIds: [x.fees[0].id], bankReceiptNumber: racing })));
    expect(raced.map((r) => codeOf(r) ?? 'ok').sort()).toEqual(['CASE_RECEIPT_NUMBER_USED', 'ok']);

    const timeline = (await ok(`query($id: ID!) { case(id: $id) { timeline { action actionLabelZh details { key valueZh } } } }`, { id: c.id }, clerk)).case.timeline;
    const paid = timeline.find((e: any) => e.action === 'case_fee_paid');
    expect(paid.actionLabelZh).toBe('登记缴费（银行回执）');
    expect(paid.details).toEqual(expect.arrayContaining([{ key: 'bankReceiptNumber', valueZh: receipt.toUpperCase() }, { key: 'amountYuan', valueZh: '999.00' }]));
  });

  it('waives a fee for an applicant in a group the matter serves, and says why it will not otherwise', async () => {
    const c = await accepted(applicants.disabled);
    // Version 2 serves 老年人 and 残疾人 too; its one fee is 999.00.
    expect(codeOf(await waive(c.id, { feeId: c.fees[0].id, group: 'DISABLED', reason: ' ' }))).toBe('CASE_INPUT_INVALID');
    expect(codeOf(await waive(c.id, { feeId: c.fees[0].id, group: 'ELDERLY' }))).toBe('CASE_FEE_WAIVER_NOT_ELIGIBLE');
    const r = await waive(c.id, { feeId: c.fees[0].id, group: 'DISABLED', reason: '持残疾人证' });
    expect(r.errors).toBeUndefined();
    expect(r.data.waiveCaseFee[0]).toMatchObject({ status: 'WAIVED', waivedGroup: 'DISABLED', waiveReason: '持残疾人证', bankReceiptNumber: null });
    expect(codeOf(await waive(c.id, { feeId: c.fees[0].id, group: 'DISABLED' }))).toBe('CASE_FEE_NOT_DUE');

    const lowIncome = await accepted(applicants.lowIncome);
    const notOffered = await waive(lowIncome.id, { feeId: lowIncome.fees[0].id, group: 'LOW_INCOME' });
    expect(codeOf(notOffered)).toBe('CASE_FEE_WAIVER_NOT_OFFERED');
    expect(notOffered.errors![0].extensions.messageZh).toContain('老年人、残疾人');
    const plain = await accepted(applicants.plain);
    expect(codeOf(await waive(plain.id, { feeId: plain.fees[0].id, group: 'DISABLED' }))).toBe('CASE_FEE_WAIVER_NOT_ELIGIBLE');
    const anonymous = await accepted(null);
    expect(codeOf(await waive(anonymous.id, { feeId: anonymous.fees[0].id, group: 'DISABLED' }))).toBe('CASE_FEE_WAIVER_NO_APPLICANT');
    for (const id of [lowIncome.id, plain.id, anonymous.id]) expect((await get(id)).fees[0].status).toBe('DUE');

    const timeline = (await ok(`query($id: ID!) { case(id: $id) { timeline { action details { key valueZh } } } }`, { id: c.id }, clerk)).case.timeline;
    expect(timeline.find((e: any) => e.action === 'case_fee_waived').details).toEqual(
      expect.arrayContaining([{ key: 'group', valueZh: '残疾人' }, { key: 'reason', valueZh: '持残疾人证' }, { key: 'matterGroups', valueZh: '残疾人' }]),
    );
  });

  it('delivers only when nothing is due, by a way the matter offers, and keeps how it was delivered', async () => {
    const c = await decided(applicants.plain);
    const due = await act('deliverCase', c.id, clerk, { deliveryMethod: 'WINDOW' });
    expect(codeOf(due)).toBe('CASE_FEES_DUE');
    expect(due.errors![0].extensions.messageZh).toContain('新收费 999.00 元');
    expect((await get(c.id)).state).toBe('DECIDED');

    await ok(PAY, { caseId: c.id, input: { idempotencyKey: key(), feeIds: [c.fees[0].id], bankReceiptNumber: `CCB-${Date.now()}` } }, clerk);
    expect(codeOf(await act('deliverCase', c.id, clerk, { deliveryMethod: 'POST' }))).toBe('CASE_INPUT_INVALID');
    const home = await act('deliverCase', c.id, clerk, { deliveryMethod: 'HOME', deliveryAddress: '南街 1 号' });
    expect(codeOf(home)).toBe('CASE_DELIVERY_NOT_OFFERED');
    expect(home.errors![0].extensions.messageZh).toContain('窗口领取、邮寄');
    expect(await get(c.id)).toMatchObject({ state: 'DECIDED', delivery: null, deliveryOptions: ['WINDOW', 'POST'] });

    const delivered = await moveOk('deliverCase', c.id, clerk, { deliveryMethod: 'POST', trackingNumber: ' EMS1234567890CN ', deliveryNotes: '申请人要求寄到单位' });
    expect(delivered).toMatchObject({ state: 'DELIVERED', delivery: { method: 'POST', trackingNumber: 'EMS1234567890CN', address: null, notes: '申请人要求寄到单位' } });
    expect(codeOf(await pay(c.id, { feeIds: [c.fees[0].id], bankReceiptNumber: 'ICBC-AFTER-1' }))).toBe('CASE_FEES_CLOSED');

    // A free case (the demo 高龄津贴申请, 老年人) delivers at home to the applicant's registered address.
    const guide = (await t.gql(`{ guideMatter(countyCode: "610921", implementationCode: "11610921MZ02010004000") { matterId } }`)).data.guideMatter;
    const free = (await ok(SUBMIT, { input: { idempotencyKey: key(), matterId: guide.matterId, acceptingUnitId: cgzId, applicantName: '普通群众', applicantId: applicants.plain } }, clerk)).submitCase;
    expect((await moveOk('acceptCase', free.id, clerk)).fees).toEqual([]);
    await moveOk('forwardCase', free.id, clerk);
    await moveOk('receiveCase', free.id, approver);
    await moveOk('decideCase', free.id, approver, { outcome: 'APPROVED' });
    expect((await moveOk('deliverCase', free.id, clerk, { deliveryMethod: 'HOME' })).delivery).toMatchObject({ method: 'HOME', address: '城关镇南街 12 号' });
  });

  it('another county, another township and a village agent get NOT_FOUND for the fees and every fee operation; the department may not record', async () => {
    const c = await accepted(applicants.disabled);
    const feeId = c.fees[0].id;
    for (const who of ['sq_admin', 'sq_agent', 'jcz_clerk', 'nanjie_agent']) {
      const token = await t.login(who);
      expect([who, codeOf(await t.gql(`query($id: ID!) { case(id: $id) { fees { id } } }`, { id: c.id }, token))]).toEqual([who, 'NOT_FOUND']);
      expect([who, 'pay', codeOf(await pay(c.id, { feeIds: [feeId], bankReceiptNumber: `X-${who.replace('_', '')}-0001` }, token))]).toEqual([who, 'pay', expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]);
      expect([who, 'waive', codeOf(await waive(c.id, { feeId, group: 'DISABLED' }, token))]).toEqual([who, 'waive', expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]);
    }
    // Those who may handle cases (石泉县's agent, another township, a village) but not this one are told it is not there.
    for (const who of ['sq_agent', 'jcz_clerk', 'nanjie_agent']) {
      const token = await t.login(who);
      expect([who, codeOf(await pay(c.id, { feeIds: [feeId], bankReceiptNumber: `Y-${who.replace('_', '')}-0001` }, token))]).toEqual([who, 'NOT_FOUND']);
      expect([who, codeOf(await waive(c.id, { feeId, group: 'DISABLED' }, token))]).toEqual([who, 'NOT_FOUND']);
    }
    // 民政局 reads the case it decides, but the fees are the township's window's while the case is there.
    expect(codeOf(await pay(c.id, { feeIds: [feeId], bankReceiptNumber: 'MZ-000001' }, approver))).toBe('FORBIDDEN');
    expect((await get(c.id)).fees[0].status).toBe('DUE');
    expect(await ownerRows(`SELECT 1 FROM case_payment WHERE bank_receipt_number LIKE 'X-%' OR bank_receipt_number LIKE 'Y-%' OR bank_receipt_number = 'MZ-000001'`)).toEqual([]);
  });
});
