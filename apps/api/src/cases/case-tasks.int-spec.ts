import { decode } from 'jsonwebtoken';
import { ContextLoader, RequestContext, TenantDatabase } from '@county/tenancy';
import { TEST_PASSWORD, TestCounty, TestFactory, TestUnit } from '@county/tenancy/testing';
import { newMatter, TestMatter } from '@county/catalog/testing';
import { assertMaySupervise } from '@county/cases';
import { startTestApp, TestApp } from '../testing/test-app';

const CGZ = '610921100000'; // 城关镇

const FIELDS = `id state dueDate acceptedOn limitWorkingDays suspendedWorkingDays outcome availableActions
  tasks { id department { id name } state reason opinionByName canGiveOpinion }
  surveys { departments { name } reason startedOn endedOn }
  decidedBy { userId displayName onBehalfOf { name } delegationId }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`;
const move = (name: string) => `mutation($id: ID!, $input: MoveCaseInput!) { ${name}(id: $id, input: $input) { ${FIELDS} } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${FIELDS} } }`;
const OPINION = `mutation($taskId: ID!, $input: CaseTaskOpinionInput!) { giveCaseTaskOpinion(taskId: $taskId, input: $input) { id state reason opinionByName canGiveOpinion } }`;
const TIMELINE = `query($id: ID!) { case(id: $id) { timeline { action actorName onBehalfOf detail details { key valueZh } } } }`;

const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;
const MONDAY = (() => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 7 + ((8 - d.getUTCDay()) % 7));
  return d;
})();
const day = (offset: number) => new Date(MONDAY.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number) => `${day(offset)}T02:00:00Z`;
let keys = 0;
const key = () => `joint-key-${Date.now()}-${++keys}`;

/** 并联审批: 民政局 leads, 市场监管局 and 人社局 review in parallel; one survey serves all; delegated decisions are recorded. */
describe('cases: joint departments, the joint survey and the authority to decide', () => {
  let t: TestApp;
  let factory: TestFactory;
  let matter: TestMatter;
  let cgzId: string;
  let windowId: string;
  const unit: Record<string, TestUnit> = {};
  const token: Record<string, string> = {};

  const act = (name: string, id: string, who: string, input: Record<string, unknown> = {}) => t.gql(move(name), { id, input: { idempotencyKey: key(), ...input } }, token[who]);
  const ok = async (name: string, id: string, who: string, input: Record<string, unknown> = {}) => {
    const r = await act(name, id, who, input);
    expect(r.errors).toBeUndefined();
    return r.data[name];
  };
  const read = async (id: string, who = 'mz') => (await t.gql(CASE, { id }, token[who])).data.case;
  const opinion = (taskId: string, who: string, input: Record<string, unknown>) => t.gql(OPINION, { taskId, input: { idempotencyKey: key(), ...input } }, token[who]);
  const taskOf = (c: { tasks: { id: string; department: { name: string } }[] }, department: string) => c.tasks.find((x) => x.department.name === department)!.id;
  /** A case of the joint matter accepted at 城关镇 and, unless `atTownship`, received by 民政局. */
  const underReview = async (atTownship = false) => {
    const r = await t.gql(SUBMIT, { input: { idempotencyKey: key(), matterId: matter.id, acceptingUnitId: cgzId, applicantName: '陈老板', materials: [] } }, token.cgz);
    expect(r.errors).toBeUndefined();
    const id = r.data.submitCase.id;
    await ok('acceptCase', id, 'cgz');
    if (atTownship) await ok('startReview', id, 'cgz');
    else {
      await ok('forwardCase', id, 'cgz');
      await ok('receiveCase', id, 'mz');
    }
    return id as string;
  };
  const agreeAll = async (id: string) => {
    const c = await read(id);
    expect((await opinion(taskOf(c, '汉阴县市场监督管理局'), 'market', { agree: true })).errors).toBeUndefined();
    expect((await opinion(taskOf(c, '汉阴县人力资源和社会保障局'), 'hr', { agree: true })).errors).toBeUndefined();
  };
  const dueDate = async (on: string, days: number) =>
    (await t.gql(`query($on: String!, $days: Int!) { dueDate(countyCode: "610921", acceptedOn: $on, workingDays: $days) { date } }`, { on, days })).data.dueDate.date;
  const grant = async (over: Record<string, unknown>) => {
    const r = await t.gql(
      `mutation($i: GrantDelegationInput!) { grantDelegation(input: $i) { id } }`,
      {
        i: {
          departmentId: unit.mz.id,
          allMatters: false,
          matterCodes: [matter.implementationCode],
          validFrom: new Date(Date.now() - 86_400_000).toISOString(),
          validUntil: new Date(`${day(60)}T00:00:00Z`).toISOString(),
          reason: '联办事项决定授权（测试）',
          ...over,
        },
      },
      token.admin,
    );
    expect(r.errors).toBeUndefined();
    return r.data.grantDelegation.id as string;
  };
  const usesOf = async (delegationId: string) =>
    (await t.gql(`{ delegations(first: 100) { nodes { id uses { matterCode action subjectId usedBy } } } }`, {}, token.admin)).data.delegations.nodes.find(
      (d: { id: string }) => d.id === delegationId,
    ).uses;
  const contextOf = async (who: string): Promise<RequestContext> => {
    const claims = decode(token[who]) as { sub: string; tid: string; sid: string };
    return t.app.get(ContextLoader).load(claims.tid, claims.sub, claims.sid);
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(at(0));
    factory = await TestFactory.open(t.db.ownerUrl);
    /** A demo county as the factory knows counties, to add people and matters to it. */
    const countyOf = async (code: string, adminName: string): Promise<TestCounty> => {
      const [c] = await factory.owner.query(`SELECT tenant_id, id, code, name, kind, path::text AS path FROM org_unit WHERE code = $1 AND kind = 'county'`, [code]);
      const [a] = await factory.owner.query(`SELECT id FROM app_user WHERE tenant_id = $1 AND username = $2`, [c.tenant_id, adminName]);
      const self = { id: c.id, code: c.code, name: c.name, kind: c.kind, path: c.path };
      return { tenantId: c.tenant_id, divisionCode: code, name: c.name, unit: self, townships: [], villages: [], admin: { id: a.id, username: adminName, password: '', tenantId: c.tenant_id } };
    };
    const hanyin = await countyOf('610921000000', 'hy_admin');
    const shiquan = await countyOf('610922000000', 'sq_admin');
    const county = { tenant_id: hanyin.tenantId };
    const units: TestUnit[] = await factory.owner.query(
      `SELECT id, code, name, kind, path::text AS path FROM org_unit WHERE tenant_id = $1 AND (kind = 'department' OR code = $2)`,
      [county.tenant_id, CGZ],
    );
    const named = (name: string) => units.find((u) => u.name === name)!;
    unit.mz = named('汉阴县民政局');
    unit.market = named('汉阴县市场监督管理局');
    unit.hr = named('汉阴县人力资源和社会保障局');
    unit.health = named('汉阴县医疗保障局');
    cgzId = units.find((u) => u.code === CGZ)!.id;
    [{ id: windowId }] = await factory.owner.query(
      `SELECT w.id FROM org_unit w JOIN org_unit c ON c.id = w.parent_id WHERE w.tenant_id = $1 AND w.kind = 'window' AND w.name = '综合受理窗口' AND c.code = '610921000000-C'`,
      [county.tenant_id],
    );
    matter = await newMatter(factory, hanyin, { department: unit.mz, content: { name: '联办测试事项', coImplementingBodyIds: [unit.market.id, unit.hr.id, unit.mz.id] } });
    for (const [who, at] of [['market', unit.market], ['hr', unit.hr], ['health', unit.health]] as const) {
      const user = await factory.newUser(hanyin, { role: 'department_approver', at, displayName: `${who}审批` });
      token[who] = await t.login(user.username, TEST_PASSWORD);
    }
    // 石泉县's own market regulator: the same kind of department, another county.
    const sqMarket = await factory.newOrgUnit(shiquan, { parent: shiquan.unit, kind: 'department', name: '石泉县市场监督管理局' });
    token.sqApprover = (await t.login((await factory.newUser(shiquan, { role: 'department_approver', at: sqMarket })).username, TEST_PASSWORD));
    for (const [who, username] of [['cgz', 'cgz_clerk'], ['mz', 'mz_approver'], ['admin', 'hy_admin'], ['hyClerk', 'hy_clerk'], ['super', 'hy_super'], ['sq', 'sq_admin'], ['jcz', 'jcz_clerk']]) {
      token[who] = await t.login(username);
    }
  });
  afterAll(async () => {
    await factory?.close();
    await t?.close();
  });

  it('acceptance opens one task per co-implementing department, which then sees the case', async () => {
    const id = await underReview();
    const c = await read(id);
    // The lead is not its own co-department, although the matter lists it.
    expect(c.tasks.map((x: { department: { name: string }; state: string }) => [x.department.name, x.state])).toEqual([
      ['汉阴县市场监督管理局', 'OPEN'],
      ['汉阴县人力资源和社会保障局', 'OPEN'],
    ]);
    expect(c.tasks.every((x: { canGiveOpinion: boolean }) => !x.canGiveOpinion)).toBe(true);
    const seen = await read(id, 'market');
    expect(seen.tasks.map((x: { canGiveOpinion: boolean }) => x.canGiveOpinion)).toEqual([true, false]);
    const queue = await t.gql(`{ cases(first: 100) { nodes { id } } }`, {}, token.market);
    expect(queue.data.cases.nodes.map((n: { id: string }) => n.id)).toContain(id);
    // A department without a task sees nothing of it.
    expect(codeOf(await t.gql(CASE, { id }, token.health))).toBe('NOT_FOUND');
    const accepted = (await t.gql(TIMELINE, { id }, token.cgz)).data.case.timeline.find((e: { action: string }) => e.action === 'case_accepted');
    expect(accepted.detail.jointDepartments).toEqual(['汉阴县市场监督管理局', '汉阴县人力资源和社会保障局']);
  });

  it('the lead decides only when every department has given its opinion, and cannot approve against a disagreement', async () => {
    const id = await underReview();
    const c = await read(id);
    const blocked = await act('decideCase', id, 'mz', { outcome: 'APPROVED' });
    expect(codeOf(blocked)).toBe('CASE_TASKS_OPEN');
    expect(blocked.errors![0].extensions.messageZh).toContain('汉阴县市场监督管理局、汉阴县人力资源和社会保障局');

    // Each department speaks for itself only.
    expect(codeOf(await opinion(taskOf(c, '汉阴县人力资源和社会保障局'), 'market', { agree: true }))).toBe('FORBIDDEN');
    expect(codeOf(await opinion(taskOf(c, '汉阴县市场监督管理局'), 'mz', { agree: true }))).toBe('FORBIDDEN');
    const marketKey = key();
    const agreed = await t.gql(OPINION, { taskId: taskOf(c, '汉阴县市场监督管理局'), input: { idempotencyKey: marketKey, agree: true } }, token.market);
    expect(agreed.data.giveCaseTaskOpinion).toMatchObject({ state: 'AGREED', opinionByName: 'market审批', canGiveOpinion: false });
    // A retry answers the first result; a second opinion is refused.
    const retried = await t.gql(OPINION, { taskId: taskOf(c, '汉阴县市场监督管理局'), input: { idempotencyKey: marketKey, agree: true } }, token.market);
    expect(retried.data.giveCaseTaskOpinion).toEqual(agreed.data.giveCaseTaskOpinion);
    expect(codeOf(await opinion(taskOf(c, '汉阴县市场监督管理局'), 'market', { agree: false, reason: '改变主意' }))).toBe('CASE_TASK_ANSWERED');

    const stillOpen = await act('decideCase', id, 'mz', { outcome: 'APPROVED' });
    expect(stillOpen.errors![0].extensions).toMatchObject({ code: 'CASE_TASKS_OPEN', departments: ['汉阴县人力资源和社会保障局'] });
    expect(codeOf(await opinion(taskOf(c, '汉阴县人力资源和社会保障局'), 'hr', { agree: false, reason: '  ' }))).toBe('CASE_INPUT_INVALID');
    expect((await read(id)).tasks[1].state).toBe('OPEN');
    await opinion(taskOf(c, '汉阴县人力资源和社会保障局'), 'hr', { agree: false, reason: '用工备案材料不全' });

    expect(codeOf(await act('decideCase', id, 'mz', { outcome: 'APPROVED' }))).toBe('CASE_TASK_DISAGREED');
    expect((await read(id)).state).toBe('IN_REVIEW');
    const decided = await ok('decideCase', id, 'mz', { outcome: 'REJECTED', reason: '人社局不同意：用工备案材料不全', legalBasis: '《社会保险法》第五十七条' });
    expect(decided).toMatchObject({ state: 'DECIDED', outcome: 'REJECTED', decidedBy: { displayName: '赵民政', onBehalfOf: { name: '汉阴县民政局' }, delegationId: null } });
    expect(codeOf(await opinion(taskOf(c, '汉阴县市场监督管理局'), 'market', { agree: true }))).toBe('CASE_TASK_NOT_OPEN');

    const timeline = (await t.gql(TIMELINE, { id }, token.cgz)).data.case.timeline;
    const opinions = timeline.filter((e: { action: string }) => e.action === 'case_task_opinion_given');
    expect(opinions.map((e: { detail: Record<string, unknown> }) => [e.detail.department, e.detail.opinion])).toEqual([
      ['汉阴县市场监督管理局', 'agreed'],
      ['汉阴县人力资源和社会保障局', 'disagreed'],
    ]);
    expect(opinions[1].details).toEqual(expect.arrayContaining([{ key: 'opinion', valueZh: '不同意' }, { key: 'reason', valueZh: '用工备案材料不全' }]));
  });

  it('silence approves a green-channel joint case only where no department disagreed (缺席默认)', async () => {
    t.clock.set(at(0));
    const green = async () => {
      const r = await t.gql(SUBMIT, { input: { idempotencyKey: key(), matterId: matter.id, acceptingUnitId: cgzId, applicantName: '绿色项目', materials: [] } }, token.cgz);
      const id = r.data.submitCase.id as string;
      await ok('acceptCase', id, 'cgz', { greenChannel: true, investmentWan: 2000 });
      await ok('forwardCase', id, 'cgz');
      await ok('receiveCase', id, 'mz');
      return id;
    };
    const silent = await green();
    const objected = await green();
    const c = await read(objected);
    expect((await opinion(taskOf(c, '汉阴县人力资源和社会保障局'), 'hr', { agree: false, reason: '材料不全' })).errors).toBeUndefined();
    t.clock.set(at(60));
    const decided = (await t.gql(`mutation { recordDeemedApprovals }`, {}, token.admin)).data.recordDeemedApprovals;
    expect(decided).toContain(silent);
    expect(decided).not.toContain(objected);
    expect((await read(silent)).state).toBe('DECIDED');
    expect((await read(objected)).state).toBe('IN_REVIEW');
    t.clock.set(at(0));
  });

  it('one joint survey serves every department: one suspension on the case, the due date pushed once', async () => {
    t.clock.set(at(0));
    const id = await underReview();
    const before = await read(id);
    // A department reviewing in parallel cannot stop the case's clock on its own.
    expect(codeOf(await act('suspendCase', id, 'market', { suspensionKind: 'SITE_SURVEY', reason: '市场监管局自行踏勘' }))).toBe('FORBIDDEN');
    t.clock.set(at(2));
    await ok('suspendCase', id, 'mz', { suspensionKind: 'SITE_SURVEY', reason: '联合踏勘经营场所' });
    t.clock.set(at(4));
    const resumed = await ok('resumeCase', id, 'mz');
    expect(resumed.suspendedWorkingDays).toBe(2);
    expect(resumed.dueDate).toBe(await dueDate(before.dueDate, 2));
    expect(resumed.surveys).toEqual([
      { departments: [{ name: '汉阴县民政局' }, { name: '汉阴县市场监督管理局' }, { name: '汉阴县人力资源和社会保障局' }], reason: '联合踏勘经营场所', startedOn: day(2), endedOn: day(4) },
    ]);
    expect(codeOf(await act('suspendCase', id, 'mz', { suspensionKind: 'SITE_SURVEY', reason: '再次踏勘' }))).toBe('CASE_SURVEY_ALREADY_HELD');
    expect((await read(id)).dueDate).toBe(resumed.dueDate);
    const suspended = (await t.gql(TIMELINE, { id }, token.market)).data.case.timeline.filter((e: { action: string }) => e.action === 'case_suspended');
    expect(suspended).toHaveLength(1);
    expect(suspended[0].details).toEqual(expect.arrayContaining([{ key: 'surveyDepartments', valueZh: '汉阴县民政局、汉阴县市场监督管理局、汉阴县人力资源和社会保障局' }]));
    // Other kinds of suspension are not surveys.
    await ok('suspendCase', id, 'mz', { suspensionKind: 'EXPERT_REVIEW', reason: '专家评审' });
    expect((await read(id)).surveys).toHaveLength(1);
    t.clock.set(at(0));
  });

  it('a window clerk decides under a delegation in force; expired or revoked ones give no authority', async () => {
    // Expired before the test began, revoked, and in force for the database but past by the application's clock.
    const expired = await grant({ granteeWindowId: windowId, validFrom: new Date(Date.now() - 3 * 86_400_000).toISOString(), validUntil: new Date(Date.now() - 86_400_000).toISOString() });
    const revoked = await grant({ granteeWindowId: windowId });
    expect((await t.gql(`mutation($id: ID!) { revokeDelegation(id: $id) { id } }`, { id: revoked }, token.admin)).errors).toBeUndefined();
    const lapsed = await grant({ granteeWindowId: windowId, validUntil: new Date(Date.now() + 86_400_000).toISOString() });
    const id = await underReview(true);
    await agreeAll(id);
    expect(codeOf(await act('decideCase', id, 'cgz', { outcome: 'APPROVED' }))).toBe('FORBIDDEN');
    expect(codeOf(await act('decideCase', id, 'hyClerk', { outcome: 'APPROVED' }))).toBe('FORBIDDEN');
    for (const d of [expired, revoked, lapsed]) expect(await usesOf(d)).toEqual([]);

    const inForce = await grant({ granteeWindowId: windowId });
    expect((await read(id, 'hyClerk')).availableActions).toContain('DECIDE');
    const decided = await ok('decideCase', id, 'hyClerk', { outcome: 'APPROVED' });
    expect(decided).toMatchObject({ state: 'DECIDED', outcome: 'APPROVED', decidedBy: { displayName: '李受理', onBehalfOf: { name: '汉阴县民政局' }, delegationId: inForce } });
    const uses = await usesOf(inForce);
    expect(uses).toEqual([{ matterCode: matter.implementationCode, action: 'decide', subjectId: id, usedBy: decided.decidedBy.userId }]);
    const entry = (await t.gql(TIMELINE, { id }, token.cgz)).data.case.timeline.find((e: { action: string }) => e.action === 'case_decided');
    expect(entry).toMatchObject({ actorName: 'hy_clerk', onBehalfOf: '汉阴县民政局', detail: { delegationId: inForce } });
  });

  it('the person who decided a case may not supervise it (审管分离)', async () => {
    const id = await underReview();
    await agreeAll(id);
    await ok('decideCase', id, 'mz', { outcome: 'APPROVED' });
    const db = t.app.get(TenantDatabase);
    const decider = await contextOf('mz');
    await expect(db.run(decider, (m) => assertMaySupervise(m, decider, id))).rejects.toMatchObject({ code: 'CASE_SUPERVISOR_DECIDED' });
    const supervisor = await contextOf('super');
    await expect(db.run(supervisor, (m) => assertMaySupervise(m, supervisor, id))).resolves.toBeUndefined();
    expect((await read(id, 'super')).decidedBy.userId).toBe(decider.user.id);
  });

  it('another county, another township and a department without a task get NOT_FOUND for the new operations', async () => {
    const id = await underReview();
    const c = await read(id);
    const market = taskOf(c, '汉阴县市场监督管理局');
    // Approvers who may give opinions somewhere, but have no task here: as if it did not exist.
    for (const who of ['sqApprover', 'health']) {
      expect([who, codeOf(await opinion(market, who, { agree: true }))]).toEqual([who, 'NOT_FOUND']);
      expect([who, codeOf(await t.gql(CASE, { id }, token[who]))]).toEqual([who, 'NOT_FOUND']);
      expect([who, codeOf(await act('decideCase', id, who, { outcome: 'APPROVED' }))]).toEqual([who, 'NOT_FOUND']);
    }
    // Another township's clerk and another county's administrator: the case is not theirs to see,
    // and giving a department's opinion is not their role at all.
    for (const who of ['jcz', 'sq']) {
      expect([who, codeOf(await t.gql(CASE, { id }, token[who]))]).toEqual([who, 'NOT_FOUND']);
      expect([who, codeOf(await opinion(market, who, { agree: true }))]).toEqual([who, 'FORBIDDEN']);
    }
    expect(codeOf(await act('decideCase', id, 'jcz', { outcome: 'APPROVED' }))).toBe('NOT_FOUND');
    expect(codeOf(await opinion('not-a-uuid', 'market', { agree: true }))).toBe('NOT_FOUND');
    expect((await read(id)).tasks[0].state).toBe('OPEN');
  });
});
