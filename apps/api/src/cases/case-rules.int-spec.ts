import { Client } from 'pg';
import { DeemedApprovals } from '@county/cases';
import { startTestApp, TestApp } from '../testing/test-app';

const CGZ = '610921100000'; // 城关镇
const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请, decided by 民政局

const FIELDS = `id state limitWorkingDays acceptedOn dueDate warning outcome greenChannel investmentWan deemedApproval decidedBySilence currentUnit { id } acceptingUnit { id }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { ${FIELDS} } }`;
const move = (name: string) => `mutation($id: ID!, $input: MoveCaseInput!) { ${name}(id: $id, input: $input) { ${FIELDS} } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${FIELDS} timeline { action actorName } } }`;
const RULES = `{ caseRules { yellowWorkingDaysLeft yellowSharePercent gapsDueWorkingDays greenChannelWorkingDays greenChannelMinInvestmentWan greenChannelDeemedApproval isDefault } }`;
const SET_RULES = `mutation($input: CaseRulesInput!) { setCaseRules(input: $input) { yellowWorkingDaysLeft greenChannelWorkingDays isDefault } }`;
const DEFAULTS = { yellowWorkingDaysLeft: 1, yellowSharePercent: 20, gapsDueWorkingDays: 15, greenChannelWorkingDays: 20, greenChannelMinInvestmentWan: 1000, greenChannelDeemedApproval: true };

const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;
/** A Monday a week or more from now: the demo catalog is published today, cases come after it. */
const MONDAY = (() => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 7 + ((8 - d.getUTCDay()) % 7));
  return d;
})();
const day = (offset: number) => new Date(MONDAY.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number) => `${day(offset)}T02:00:00Z`;
let keys = 0;
const key = () => `rules-key-${Date.now()}-${++keys}`;

/** 办件规则: each county's warning thresholds and green channel, and 超时默许 by silence past the limit. */
describe('case rules: warning thresholds, the green channel and deemed approval', () => {
  let t: TestApp;
  let clerk: string;
  let admin: string;
  let matterId: string;
  let cgzId: string;
  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const r = await t.gql(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const accepted = async (input: Record<string, unknown> = {}) => {
    const s = (await gql(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: cgzId, applicantName: '李老板', materials: ['高龄津贴申请表'] } }, clerk)).submitCase;
    return (await gql(move('acceptCase'), { id: s.id, input: { idempotencyKey: key(), ...input } }, clerk)).acceptCase;
  };
  const setRules = (rules: Partial<typeof DEFAULTS>, token = admin) => t.gql(SET_RULES, { input: { ...DEFAULTS, ...rules } }, token);

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(at(0));
    clerk = await t.login('cgz_clerk');
    admin = await t.login('hy_admin');
    matterId = (await t.gql(`{ guideMatter(countyCode: "610921", implementationCode: "${OLD_AGE_ALLOWANCE}") { matterId } }`)).data.guideMatter.matterId;
    const units = await gql(`query($q: String!) { searchOrgUnits(query: $q, first: 5) { nodes { id code } } }`, { q: CGZ }, admin);
    cgzId = units.searchOrgUnits.nodes.find((u: { code: string }) => u.code === CGZ).id;
  });
  afterAll(() => t.close());

  it('a county starts with the defaults; only its administrator changes them, bad values change nothing, other counties keep theirs', async () => {
    expect((await gql(RULES, {}, clerk)).caseRules).toEqual({ ...DEFAULTS, isDefault: true });
    expect(codeOf(await setRules({ yellowWorkingDaysLeft: 3 }, clerk))).toBe('FORBIDDEN');
    expect(codeOf(await setRules({ yellowSharePercent: 120 }))).toBe('INVALID_INPUT');
    expect((await gql(RULES, {}, admin)).caseRules.isDefault).toBe(true);

    expect((await setRules({ yellowWorkingDaysLeft: 3 })).data.setCaseRules).toEqual({ yellowWorkingDaysLeft: 3, greenChannelWorkingDays: 20, isDefault: false });
    const other = await t.login('sq_admin');
    expect((await gql(RULES, {}, other)).caseRules).toEqual({ ...DEFAULTS, isDefault: true });
    const audit = await gql(`{ auditLog(first: 5) { nodes { action detail } } }`, {}, admin);
    expect(audit.auditLog.nodes.find((e: { action: string }) => e.action === 'case_rules_set').detail).toMatchObject({ yellowWorkingDaysLeft: '1 → 3' });
    await setRules({});
  });

  it('the yellow card follows the county’s threshold', async () => {
    t.clock.set(at(0));
    const c = await accepted(); // 高龄津贴: a 10-working-day limit or less
    t.clock.set(at(c.limitWorkingDays > 4 ? 1 : 0));
    const before = (await gql(CASE, { id: c.id }, clerk)).case.warning;
    await setRules({ yellowWorkingDaysLeft: 30 });
    expect((await gql(CASE, { id: c.id }, clerk)).case.warning).toBe('YELLOW');
    await setRules({ yellowWorkingDaysLeft: 0, yellowSharePercent: 0 });
    expect((await gql(CASE, { id: c.id }, clerk)).case.warning).toBe('NORMAL');
    await setRules({});
    expect(['NORMAL', 'YELLOW']).toContain(before);
  });

  it('the green channel takes projects above the threshold, with its own limit and approval by silence', async () => {
    t.clock.set(at(0));
    await setRules({ greenChannelWorkingDays: 3 });
    const s = (await gql(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: cgzId, applicantName: '王老板', materials: [] } }, clerk)).submitCase;
    const small = await t.gql(move('acceptCase'), { id: s.id, input: { idempotencyKey: key(), greenChannel: true, investmentWan: 500 } }, clerk);
    expect(codeOf(small)).toBe('GREEN_CHANNEL_NOT_ELIGIBLE');
    expect(small.errors![0].message).toContain('1000 万元');
    expect((await gql(CASE, { id: s.id }, clerk)).case.state).toBe('SUBMITTED');
    expect(codeOf(await t.gql(move('acceptCase'), { id: s.id, input: { idempotencyKey: key(), greenChannel: true } }, clerk))).toBe('CASE_INPUT_INVALID');

    const green = (await gql(move('acceptCase'), { id: s.id, input: { idempotencyKey: key(), greenChannel: true, investmentWan: 5000 } }, clerk)).acceptCase;
    expect(green).toMatchObject({ state: 'ACCEPTED', greenChannel: true, investmentWan: 5000, limitWorkingDays: 3, deemedApproval: true });
    const plain = await accepted();
    expect(plain).toMatchObject({ greenChannel: false, deemedApproval: false });
    expect(plain.limitWorkingDays).toBeGreaterThan(3);
    await setRules({});

    // On the due date nothing happens; the working day after, silence approves the green case only.
    t.clock.set(`${green.dueDate}T09:00:00Z`);
    expect((await gql(`mutation { recordDeemedApprovals }`, {}, admin)).recordDeemedApprovals).not.toContain(green.id);
    t.clock.set(at(30));
    const other = await t.login('sq_admin');
    expect((await gql(`mutation { recordDeemedApprovals }`, {}, other)).recordDeemedApprovals).toEqual([]);
    expect((await gql(CASE, { id: green.id }, clerk)).case.state).toBe('ACCEPTED');
    expect(codeOf(await t.gql(`mutation { recordDeemedApprovals }`, {}, clerk))).toBe('FORBIDDEN');

    const decided = (await gql(`mutation { recordDeemedApprovals }`, {}, admin)).recordDeemedApprovals;
    expect(decided).toContain(green.id);
    expect(decided).not.toContain(plain.id);
    const after = (await gql(CASE, { id: green.id }, clerk)).case;
    expect(after).toMatchObject({ state: 'DECIDED', outcome: 'APPROVED', decidedBySilence: true, currentUnit: { id: cgzId } });
    expect(after.timeline.map((e: { action: string }) => e.action)).toContain('case_deemed_approved');
    // The applicant is told as of any decision: the event is in the outbox with the move, no person as actor.
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    const events = (await owner.query(`SELECT kind, actor_id FROM case_event WHERE case_id = $1 ORDER BY occurred_at`, [green.id])).rows;
    await owner.end();
    expect(events.map((e) => e.kind)).toEqual(['case_accepted', 'case_decided']);
    expect(events[1].actor_id).toBeNull();
    expect((await gql(CASE, { id: plain.id }, clerk)).case).toMatchObject({ state: 'ACCEPTED', warning: 'RED', decidedBySilence: false });
    // The scheduled sweep over every county finds the next one the same way.
    await setRules({ greenChannelWorkingDays: 3 });
    t.clock.set(at(0));
    const later = (await gql(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: cgzId, applicantName: '赵老板', materials: [] } }, clerk)).submitCase;
    await gql(move('acceptCase'), { id: later.id, input: { idempotencyKey: key(), greenChannel: true, investmentWan: 1000 } }, clerk);
    await setRules({});
    t.clock.set(at(30));
    expect(await t.app.get(DeemedApprovals).sweepAll()).toBeGreaterThanOrEqual(1);
    expect((await gql(CASE, { id: later.id }, clerk)).case).toMatchObject({ state: 'DECIDED', decidedBySilence: true });
    // Decided once: the next run finds nothing more for it, and the township delivers it as any decision.
    expect((await gql(`mutation { recordDeemedApprovals }`, {}, admin)).recordDeemedApprovals).not.toContain(green.id);
    expect((await gql(move('deliverCase'), { id: green.id, input: { idempotencyKey: key(), deliveryMethod: 'WINDOW' } }, clerk)).deliverCase.state).toBe('DELIVERED');
  });
});
