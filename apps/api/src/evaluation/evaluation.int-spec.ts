import { entrustedApplicant } from '../testing/proxy-consents';
import { startTestApp, TestApp } from '../testing/test-app';

const CGZ = '610921100000'; // 城关镇
const NANJIE = '610921100001'; // 南街村
const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请: accepted at villages and townships, decided by 民政局

const RATING = `id caseId caseNumber grade dimensions { dimension grade } comment channel byProxy anonymous bad rectificationId
  acceptingUnit { id name } decidingUnit { id name } acceptedBy { name } decidedBy { name } recordedBy { name }`;
const RECT = `id ratingId caseId state openedOn dueDate warning canAct responsibleUnit { id name }
  verification { text by { name } at } measures { text by { name } } callback { text by { name } } applicantAnswer review { text by { name } }`;
const RATE = `mutation($caseId: ID!, $input: RateCaseInput!) { rateCase(caseId: $caseId, input: $input) { ${RATING} } }`;
const RATE_PUBLIC = `mutation($county: String!, $number: String!, $code: String!, $input: RateCaseInput!) {
  ratePublicCase(countyCode: $county, caseNumber: $number, verificationCode: $code, input: $input) { caseNumber grade ratedAt } }`;
const CASE_RATING = `query($caseId: ID!) { caseRating(caseId: $caseId) { ${RATING} } }`;
const RATINGS = `query($filter: RatingFilter) { ratings(first: 100, filter: $filter) { totalCount nodes { id caseId grade bad } gradeCounts { grade count } } }`;
const RECTS = `query { rectifications(first: 100) { totalCount nodes { ${RECT} } } }`;
const RECT_ONE = `query($id: ID!) { rectification(id: $id) { ${RECT} } }`;
const step = (name: string) => `mutation($id: ID!, $input: RectificationStepInput!) { ${name}(id: $id, input: $input) { ${RECT} } }`;
const RULES = `{ evaluationRules { badGrades rectificationWorkingDays anonymousBadOpensRectification isDefault } }`;
const SET_RULES = `mutation($input: EvaluationRulesInput!) { setEvaluationRules(input: $input) { badGrades rectificationWorkingDays anonymousBadOpensRectification isDefault } }`;

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
const key = () => `eval-key-${Date.now()}-${++keys}`;

/** 好差评 and 整改: one rating per finished case, bad ones followed up by the unit, seen by the supervisor; nobody else sees them. */
describe('evaluation: ratings, rectifications, rules and isolation', () => {
  let t: TestApp;
  let clerk: string;
  let approver: string;
  let agent: string;
  let supervisor: string;
  let admin: string;
  let matterId: string;
  let cgzId: string;
  let nanjieId: string;

  const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const r = await t.gql(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const move = async (name: string, id: string, token: string, input: Record<string, unknown> = {}) =>
    (await ok(`mutation($id: ID!, $input: MoveCaseInput!) { ${name}(id: $id, input: $input) { id state caseNumber verificationCode } }`, { id, input: { idempotencyKey: key(), ...input } }, token))[name];
  /** A case taken in at the unit, decided by 民政局 and delivered: finished, ready to be rated. */
  const caseAt = async (token: string, unitId: string, finish = true, applicantId: string | null = null) => {
    const c = (await ok(`mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`, { input: { idempotencyKey: key(), matterId, acceptingUnitId: unitId, applicantName: '王大妈', applicantId, materials: ['高龄津贴申请表'] } }, token)).submitCase;
    const accepted = await move('acceptCase', c.id, token);
    if (!finish) return accepted;
    await move('forwardCase', c.id, token);
    await move('receiveCase', c.id, approver);
    await move('decideCase', c.id, approver, { outcome: 'APPROVED' });
    await move('deliverCase', c.id, token, { deliveryMethod: 'WINDOW' });
    return accepted as { id: string; caseNumber: string; verificationCode: string };
  };
  const rate = (caseId: string, token: string, input: Record<string, unknown>) => t.gql(RATE, { caseId, input: { idempotencyKey: key(), ...input } }, token);
  const dueDate = async (on: string, days: number) =>
    (await t.gql(`query($on: String!, $days: Int!) { dueDate(countyCode: "610921", acceptedOn: $on, workingDays: $days) { date } }`, { on, days })).data.dueDate.date;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(at(0));
    [clerk, approver, agent, supervisor, admin] = await Promise.all(['cgz_clerk', 'mz_approver', 'nanjie_agent', 'hy_super', 'hy_admin'].map((u) => t.login(u)));
    matterId = (await t.gql(`{ guideMatter(countyCode: "610921", implementationCode: "${OLD_AGE_ALLOWANCE}") { matterId } }`)).data.guideMatter.matterId;
    const byCode = async (code: string) =>
      (await t.gql(`query($q: String!) { searchOrgUnits(query: $q, first: 5) { nodes { id code } } }`, { q: code }, admin)).data.searchOrgUnits.nodes.find((u: { code: string }) => u.code === code).id;
    cgzId = await byCode(CGZ);
    nanjieId = await byCode(NANJIE);
  });
  afterAll(() => t.close());

  it('rates a finished case once at the window, naming its units and people; a retry returns the first rating', async () => {
    t.clock.set(at(0));
    const open = await caseAt(clerk, cgzId, false);
    expect(codeOf(await rate(open.id, clerk, { grade: 'SATISFIED' }))).toBe('RATING_CASE_NOT_FINISHED');

    const c = await caseAt(clerk, cgzId);
    const input = { idempotencyKey: key(), grade: 'VERY_SATISFIED', dimensions: [{ dimension: 'ATTITUDE', grade: 'VERY_SATISFIED' }, { dimension: 'EFFICIENCY', grade: 'SATISFIED' }], comment: '办事快，态度好' };
    const first = (await ok(RATE, { caseId: c.id, input }, clerk)).rateCase;
    expect(first).toMatchObject({
      caseId: c.id, caseNumber: c.caseNumber, grade: 'VERY_SATISFIED', channel: 'WINDOW', byProxy: false, anonymous: false, bad: false, rectificationId: null,
      acceptingUnit: { id: cgzId, name: '城关镇' }, acceptedBy: { name: '刘城关' }, decidedBy: { name: '赵民政' }, recordedBy: { name: '刘城关' },
    });
    expect(first.decidingUnit.name).toContain('民政局');
    expect(first.dimensions).toEqual([{ dimension: 'ATTITUDE', grade: 'VERY_SATISFIED' }, { dimension: 'EFFICIENCY', grade: 'SATISFIED' }]);

    // The same request again (a lost answer on a weak network) gets the same rating back.
    expect((await ok(RATE, { caseId: c.id, input }, clerk)).rateCase.id).toBe(first.id);
    // A second rating of the same case is refused, whoever gives it and however.
    expect(codeOf(await rate(c.id, clerk, { grade: 'DISSATISFIED' }))).toBe('RATING_ALREADY_GIVEN');
    expect(codeOf(await t.gql(RATE_PUBLIC, { county: '610921', number: c.caseNumber, code: c.verificationCode, input: { idempotencyKey: key(), grade: 'DISSATISFIED' } }))).toBe('RATING_ALREADY_GIVEN');
    expect((await ok(CASE_RATING, { caseId: c.id }, clerk)).caseRating).toMatchObject({ id: first.id, grade: 'VERY_SATISFIED' });

    // Bad input: a coded error and nothing recorded.
    const other = await caseAt(clerk, cgzId);
    expect(codeOf(await rate(other.id, clerk, { grade: 'SATISFIED', comment: '好'.repeat(501) }))).toBe('RATING_INPUT_INVALID');
    expect(codeOf(await rate(other.id, clerk, { grade: 'SATISFIED', dimensions: [{ dimension: 'ATTITUDE', grade: 'SATISFIED' }, { dimension: 'ATTITUDE', grade: 'BASIC' }] }))).toBe('RATING_INPUT_INVALID');
    expect((await ok(CASE_RATING, { caseId: other.id }, clerk)).caseRating).toBeNull();
  });

  it('a village agent records the rating for the applicant, marked as by proxy', async () => {
    // 代办: she files under the consent 王大妈 gave her.
    const { applicantId } = await entrustedApplicant(t, agent, nanjieId, '王大妈', '61092119450301002');
    const c = await caseAt(agent, nanjieId, true, applicantId);
    const r = (await ok(RATE, { caseId: c.id, input: { idempotencyKey: key(), grade: 'BASIC' } }, agent)).rateCase;
    expect(r).toMatchObject({ channel: 'AGENT', byProxy: true, bad: false, recordedBy: { name: '张南街' }, acceptingUnit: { id: nanjieId } });
  });

  it('a bad rating opens a rectification due in working days; its steps go in order, each recorded with who and when', async () => {
    // A Friday: five working days run into the next week.
    t.clock.set(at(4));
    const c = await caseAt(clerk, cgzId);
    const r = (await ok(RATE, { caseId: c.id, input: { idempotencyKey: key(), grade: 'VERY_DISSATISFIED', comment: '窗口人员态度差' } }, clerk)).rateCase;
    expect(r).toMatchObject({ bad: true });
    expect(r.rectificationId).toBeTruthy();
    const x = (await ok(RECT_ONE, { id: r.rectificationId }, supervisor)).rectification;
    expect(x).toMatchObject({ state: 'OPEN', openedOn: day(4), ratingId: r.id, caseId: c.id, responsibleUnit: { id: cgzId }, warning: 'NORMAL', canAct: false });
    expect(x.dueDate).toBe(await dueDate(day(4), 5));
    expect(x.dueDate > day(4 + 5)).toBe(true); // the weekend does not count
    // The supervisor sees it among the county's rectifications and the ratings with their counts.
    expect((await ok(RECTS, {}, supervisor)).rectifications.nodes.map((n: { id: string }) => n.id)).toContain(x.id);
    const bad = (await ok(RATINGS, { filter: { badOnly: true } }, supervisor)).ratings;
    expect(bad.nodes.map((n: { id: string }) => n.id)).toContain(r.id);
    expect(bad.nodes.every((n: { bad: boolean }) => n.bad)).toBe(true);
    expect(bad.gradeCounts.find((g: { grade: string }) => g.grade === 'VERY_DISSATISFIED').count).toBeGreaterThanOrEqual(1);
    expect(bad.gradeCounts.find((g: { grade: string }) => g.grade === 'VERY_SATISFIED').count).toBe(0);

    const act = (name: string, token: string, input: Record<string, unknown>) => t.gql(step(name), { id: x.id, input }, token);
    // Skipped steps are refused with a code and change nothing.
    expect(codeOf(await act('recordRectificationMeasures', clerk, { text: '加强培训' }))).toBe('RECTIFICATION_STEP_OUT_OF_ORDER');
    expect(codeOf(await act('recordRectificationCallback', clerk, { text: '已回访', applicantAnswer: 'SATISFIED' }))).toBe('RECTIFICATION_STEP_OUT_OF_ORDER');
    expect(codeOf(await act('closeRectification', supervisor, { text: '同意办结' }))).toBe('RECTIFICATION_STEP_OUT_OF_ORDER');
    expect(codeOf(await act('verifyRectification', clerk, { text: '  ' }))).toBe('RECTIFICATION_TEXT_REQUIRED');
    // The supervisor does not do the unit's work; the unit does not close its own rectification.
    expect(codeOf(await act('verifyRectification', supervisor, { text: '核实' }))).toBe('FORBIDDEN');
    expect((await ok(RECT_ONE, { id: x.id }, clerk)).rectification).toMatchObject({ state: 'OPEN', canAct: true, verification: null });

    t.clock.set(at(7));
    const verified = (await ok(step('verifyRectification'), { id: x.id, input: { text: '经查看录像，窗口人员答复不耐心，情况属实' } }, clerk)).verifyRectification;
    expect(verified).toMatchObject({ state: 'VERIFIED', verification: { text: '经查看录像，窗口人员答复不耐心，情况属实', by: { name: '刘城关' } } });
    expect(codeOf(await act('verifyRectification', clerk, { text: '再核实' }))).toBe('RECTIFICATION_STEP_OUT_OF_ORDER');
    await ok(step('recordRectificationMeasures'), { id: x.id, input: { text: '对当事人批评教育，全员服务规范培训' } }, clerk);
    expect(codeOf(await act('recordRectificationCallback', clerk, { text: '已电话回访' }))).toBe('RECTIFICATION_TEXT_REQUIRED');
    await ok(step('recordRectificationCallback'), { id: x.id, input: { text: '电话回访，告知整改情况', applicantAnswer: 'SATISFIED' } }, clerk);
    expect(codeOf(await act('closeRectification', clerk, { text: '办结' }))).toBe('FORBIDDEN');
    const closed = (await ok(step('closeRectification'), { id: x.id, input: { text: '整改到位，同意办结' } }, supervisor)).closeRectification;
    expect(closed).toMatchObject({
      state: 'CLOSED', warning: null, canAct: false, applicantAnswer: 'SATISFIED',
      measures: { text: '对当事人批评教育，全员服务规范培训', by: { name: '刘城关' } },
      callback: { text: '电话回访，告知整改情况', by: { name: '刘城关' } },
      review: { text: '整改到位，同意办结', by: { name: '王监察' } },
    });

    const log = (await ok(`query($id: String!) { auditLog(first: 100, filter: { subjectType: "Rectification", subjectId: $id }) { nodes { action subjectId subjectName actorName } } }`, { id: x.id }, supervisor)).auditLog.nodes;
    expect(log.every((e: { subjectName: string }) => e.subjectName.includes(c.caseNumber))).toBe(true);
    expect(log.map((e: { action: string }) => e.action).reverse()).toEqual(['rectification_opened', 'rectification_verified', 'rectification_rectified', 'rectification_called_back', 'rectification_closed']);
  });

  it('turns yellow and red by the working calendar', async () => {
    t.clock.set(at(0));
    const c = await caseAt(clerk, cgzId);
    const r = (await ok(RATE, { caseId: c.id, input: { idempotencyKey: key(), grade: 'DISSATISFIED' } }, clerk)).rateCase;
    const x = (await ok(RECT_ONE, { id: r.rectificationId }, clerk)).rectification;
    expect(x.dueDate).toBe(await dueDate(day(0), 5));
    expect(x.warning).toBe('NORMAL');
    t.clock.set(`${x.dueDate}T02:00:00Z`);
    expect((await ok(RECT_ONE, { id: x.id }, clerk)).rectification.warning).toBe('YELLOW');
    t.clock.set(`${new Date(Date.parse(x.dueDate) + 86_400_000).toISOString().slice(0, 10)}T02:00:00Z`);
    expect((await ok(RECT_ONE, { id: x.id }, clerk)).rectification.warning).toBe('RED');
  });

  it('rates on the public lookup with the receipt’s number and code; a wrong code finds nothing', async () => {
    t.clock.set(at(0));
    const c = await caseAt(clerk, cgzId);
    const input = { idempotencyKey: key(), grade: 'DISSATISFIED', comment: '等了很久' };
    const wrong = c.verificationCode === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
    for (const [county, number, code] of [['610921', c.caseNumber, wrong], ['610922', c.caseNumber, c.verificationCode], ['610921', 'x', 'y']]) {
      const r = await t.gql(RATE_PUBLIC, { county, number, code, input });
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
    expect((await ok(CASE_RATING, { caseId: c.id }, clerk)).caseRating).toBeNull();

    const given = (await ok(RATE_PUBLIC, { county: '610921', number: c.caseNumber, code: c.verificationCode.toLowerCase(), input })).ratePublicCase;
    expect(given).toMatchObject({ caseNumber: c.caseNumber, grade: 'DISSATISFIED' });
    expect((await ok(RATE_PUBLIC, { county: '610921', number: c.caseNumber, code: c.verificationCode, input })).ratePublicCase.ratedAt).toBe(given.ratedAt);
    const rating = (await ok(CASE_RATING, { caseId: c.id }, supervisor)).caseRating;
    expect(rating).toMatchObject({ channel: 'PUBLIC', anonymous: true, recordedBy: null, bad: true, comment: '等了很久' });
    // Anonymous bad ratings open a rectification by default.
    expect(rating.rectificationId).toBeTruthy();
  });

  it('follows the county’s rules: which grades are bad, the deadline, anonymous ratings', async () => {
    expect((await ok(RULES, {}, supervisor)).evaluationRules).toEqual({ badGrades: ['DISSATISFIED', 'VERY_DISSATISFIED'], rectificationWorkingDays: 5, anonymousBadOpensRectification: true, isDefault: true });
    expect(codeOf(await t.gql(SET_RULES, { input: { badGrades: ['BASIC'], rectificationWorkingDays: 3, anonymousBadOpensRectification: false } }, supervisor))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SET_RULES, { input: { badGrades: ['SATISFIED'], rectificationWorkingDays: 3, anonymousBadOpensRectification: false } }, admin))).toBe('EVALUATION_RULES_INVALID');
    expect((await ok(RULES, {}, supervisor)).evaluationRules.isDefault).toBe(true);
    const set = (await ok(SET_RULES, { input: { badGrades: ['BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'], rectificationWorkingDays: 3, anonymousBadOpensRectification: false } }, admin)).setEvaluationRules;
    expect(set).toMatchObject({ rectificationWorkingDays: 3, isDefault: false, anonymousBadOpensRectification: false });

    t.clock.set(at(0));
    const basic = await caseAt(clerk, cgzId);
    const r = (await ok(RATE, { caseId: basic.id, input: { idempotencyKey: key(), grade: 'BASIC' } }, clerk)).rateCase;
    expect(r.bad).toBe(true);
    expect((await ok(RECT_ONE, { id: r.rectificationId }, clerk)).rectification.dueDate).toBe(await dueDate(day(0), 3));
    // An anonymous bad rating now stays a rating only.
    const pub = await caseAt(clerk, cgzId);
    await ok(RATE_PUBLIC, { county: '610921', number: pub.caseNumber, code: pub.verificationCode, input: { idempotencyKey: key(), grade: 'VERY_DISSATISFIED' } });
    expect((await ok(CASE_RATING, { caseId: pub.id }, supervisor)).caseRating).toMatchObject({ bad: true, rectificationId: null });
    await ok(SET_RULES, { input: { badGrades: ['DISSATISFIED', 'VERY_DISSATISFIED'], rectificationWorkingDays: 5, anonymousBadOpensRectification: true } }, admin);
  });

  it('another county and another township find neither the case, its rating nor its rectification', async () => {
    t.clock.set(at(0));
    const rated = await caseAt(clerk, cgzId);
    const r = (await ok(RATE, { caseId: rated.id, input: { idempotencyKey: key(), grade: 'DISSATISFIED' } }, clerk)).rateCase;
    const unrated = await caseAt(clerk, cgzId);
    const [jcz, sqAdmin, sqAgent] = await Promise.all(['jcz_clerk', 'sq_admin', 'sq_agent'].map((u) => t.login(u)));

    for (const token of [jcz, sqAgent]) expect(codeOf(await rate(unrated.id, token, { grade: 'SATISFIED' }))).toBe('NOT_FOUND');
    // Another township's clerk works her own rectifications only.
    expect(codeOf(await t.gql(step('verifyRectification'), { id: r.rectificationId, input: { text: '核实' } }, jcz))).toBe('NOT_FOUND');
    for (const token of [jcz, sqAdmin]) {
      expect(codeOf(await t.gql(CASE_RATING, { caseId: rated.id }, token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(RECT_ONE, { id: r.rectificationId }, token))).toBe('NOT_FOUND');
      const seen = await t.gql(RATINGS, {}, token);
      expect(JSON.stringify(seen.data ?? {})).not.toContain(r.id);
      const rects = await t.gql(RECTS, {}, token);
      expect(JSON.stringify(rects.data ?? {})).not.toContain(r.rectificationId);
    }
    // Nothing happened to the case that was not theirs.
    expect((await ok(CASE_RATING, { caseId: unrated.id }, clerk)).caseRating).toBeNull();
    expect((await ok(RECT_ONE, { id: r.rectificationId }, clerk)).rectification.state).toBe('OPEN');
    // The township's own clerk sees her township's ratings; the supervisor sees the county's.
    expect((await ok(RATINGS, {}, clerk)).ratings.nodes.map((n: { id: string }) => n.id)).toContain(r.id);
    expect((await ok(RATINGS, {}, supervisor)).ratings.nodes.map((n: { id: string }) => n.id)).toContain(r.id);
  });
});
