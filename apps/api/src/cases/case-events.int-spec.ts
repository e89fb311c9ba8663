import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { CaseWorker, residentIdCheckChar, SmsMessage, SmsProvider } from '@county/cases';
import { TestCounty, TestFactory, TestUnit } from '@county/tenancy/testing';
import { startTestApp, TestApp } from '../testing/test-app';

const CGZ = '610921100000'; // 城关镇
const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请 (行政给付), decided by 民政局
const LICENCE = '个体工商户设立登记'; // 行政许可, accepted at townships, decided by 市场监督管理局

const CASE = `id state caseNumber`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { ${CASE} } }`;
const move = (name: string) => `mutation($id: ID!, $input: MoveCaseInput!) { ${name}(id: $id, input: $input) { ${CASE} } }`;
const NOTICES = `query($id: ID!) { case(id: $id) { id notices { kind channel status recipientMasked body attempts } } }`;
const HANDOFFS = `{ supervisionHandoffs(first: 50) { totalCount nodes { caseId caseNumber matterName licenseeName supervisingUnitId approvedById approvedByName } } }`;

const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;
let keys = 0;
const key = () => `events-key-${Date.now()}-${++keys}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An SMS provider that records what it was asked to send, and refuses the first `failing` messages. */
class RecordingSms implements SmsProvider {
  readonly name = 'recording';
  readonly sent: SmsMessage[] = [];
  calls = 0;
  failing = 0;
  async send(message: SmsMessage) {
    this.calls++;
    if (this.failing > 0) {
      this.failing--;
      throw new Error('provider unavailable');
    }
    this.sent.push(message);
    return { providerReference: `rec-${this.sent.length}` };
  }
}

/** Waits until `check` holds, polling; fails with what it last saw. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > until) throw new Error(`still not there after ${ms} ms: ${JSON.stringify(value)}`);
    await sleep(200);
    value = await read();
  }
  return value;
}

/**
 * Events out of the case transaction: written with the move, delivered by the pg-boss worker
 * in each API process, once per event, through an outage, a failing provider and two replicas.
 */
describe('case events: outbox, worker, notices and supervision handoffs', () => {
  let t: TestApp;
  let owner: Client;
  let factory: TestFactory;
  const sms = new RecordingSms();
  let clerk: string;
  let approver: string;
  let licenceApprover: string;
  let licenceApproverId: string;
  let marketDeptId: string;
  let allowanceId: string;
  let licenceId: string;
  let cgzId: string;
  let applicantSeq = 0;
  const rows = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;
  const worker = (app: TestApp) => app.app.get(CaseWorker, { strict: false });

  const ok = async (name: string, id: string, token: string, input: Record<string, unknown> = {}, app = t) => {
    const r = await app.gql(move(name), { id, input: { idempotencyKey: key(), ...input } }, token);
    expect(r.errors).toBeUndefined();
    return r.data[name];
  };
  /** A registered applicant with a mobile phone, so notices go by SMS too. */
  const applicant = async (phone?: string) => {
    applicantSeq++;
    phone ??= `1390000${String(1000 + applicantSeq).slice(-4)}`;
    const first17 = `61092119600101${String(100 + applicantSeq).slice(-3)}`;
    const r = await t.gql(
      `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`,
      { input: { kind: 'PERSON', name: `申请人${applicantSeq}`, idNumber: first17 + residentIdCheckChar(first17), phone } },
      clerk,
    );
    expect(r.errors).toBeUndefined();
    return r.data.registerApplicant.id as string;
  };
  const submit = async (matterId: string, applicantId: string | null, app = t) => {
    const r = await app.gql(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: cgzId, applicantName: '王申请', applicantId, materials: [] } }, clerk);
    expect(r.errors).toBeUndefined();
    return r.data.submitCase.id as string;
  };
  const accepted = async (matterId = allowanceId, applicantId: string | null = null, app = t) => {
    const id = await submit(matterId, applicantId, app);
    await ok('acceptCase', id, clerk, {}, app);
    return id;
  };
  /** Accepted at 城关镇, forwarded, received and decided by the department that decides the matter. */
  const decided = async (matterId: string, applicantId: string | null, outcome: 'APPROVED' | 'REJECTED') => {
    const id = await accepted(matterId, applicantId);
    const decider = matterId === licenceId ? licenceApprover : approver;
    await ok('forwardCase', id, clerk);
    await ok('receiveCase', id, decider);
    await ok('decideCase', id, decider, outcome === 'APPROVED' ? { outcome } : { outcome, reason: '不符合条件', legalBasis: '《条例》第九条' });
    return id;
  };
  const eventsOf = (caseId: string) => rows(`SELECT id, kind, payload FROM case_event WHERE case_id = $1 ORDER BY occurred_at, kind`, [caseId]);
  const noticesOf = (caseIds: string[]) =>
    rows(`SELECT n.event_id, n.channel, n.status, n.attempts, n.id FROM case_notice n WHERE n.case_id = ANY ($1) ORDER BY n.created_at`, [caseIds]);
  const smsFor = (recorders: RecordingSms[], noticeIds: string[]) => recorders.flatMap((r) => r.sent).filter((m) => noticeIds.includes(m.reference));

  beforeAll(async () => {
    t = await startTestApp({ smsProvider: sms });
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    factory = await TestFactory.open(t.db.ownerUrl);
    clerk = await t.login('cgz_clerk');
    approver = await t.login('mz_approver');
    allowanceId = (await t.gql(`{ guideMatter(countyCode: "610921", implementationCode: "${OLD_AGE_ALLOWANCE}") { matterId } }`)).data.guideMatter.matterId;
    const [hanyin] = await rows(`SELECT id FROM tenant WHERE division_code = '610921000000'`);
    const [licence] = await rows(
      `SELECT mv.matter_id, mv.content->>'implementingBodyId' AS dept FROM matter_version mv WHERE mv.tenant_id = $1 AND mv.name = $2 AND mv.status = 'published'`,
      [hanyin.id, LICENCE],
    );
    licenceId = licence.matter_id;
    marketDeptId = licence.dept;
    [{ id: cgzId }] = await rows(`SELECT id FROM org_unit WHERE tenant_id = $1 AND code = $2`, [hanyin.id, CGZ]);
    // 市场监督管理局's approver, made for this test: the demo has none.
    const county = { tenantId: hanyin.id, unit: { id: marketDeptId } } as TestCounty;
    const made = await factory.newUser(county, { role: 'department_approver', at: { id: marketDeptId } as TestUnit });
    licenceApproverId = made.id;
    licenceApprover = await t.login(made.username, made.password);
  });
  afterAll(async () => {
    await owner?.end();
    await factory?.owner.destroy();
    await t?.close();
  });
  afterEach(() => worker(t).stop());

  it('writes the event and its jobs in the move: a move that rolls back leaves neither', async () => {
    const id = await accepted(allowanceId, await applicant());
    const [event] = await eventsOf(id);
    expect(event).toMatchObject({ kind: 'case_accepted', payload: expect.objectContaining({ matterName: '高龄津贴申请' }) });
    expect(event.payload.caseNumber).toMatch(/^610921-\d{8}-\d{4}$/);
    const jobs = await rows(`SELECT name, state FROM pgboss.job WHERE data->>'eventId' = $1 ORDER BY name`, [event.id]);
    expect(jobs).toEqual([{ name: 'case-notice-in-app', state: 'created' }, { name: 'case-notice-sms', state: 'created' }]);
    // Moves nobody is told of raise nothing.
    await ok('startReview', id, clerk);
    expect(await eventsOf(id)).toHaveLength(1);

    // A check at commit refuses the event of one case: the whole move rolls back, the jobs with it.
    const doomed = await submit(allowanceId, null);
    const jobsBefore = (await rows(`SELECT count(*)::int AS n FROM pgboss.job`))[0].n;
    await owner.query(`CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.case_id = '${doomed}' THEN RAISE EXCEPTION 'refused at commit'; END IF; RETURN NEW; END $$`);
    await owner.query(`CREATE CONSTRAINT TRIGGER refuse_event AFTER INSERT ON case_event DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_event()`);
    try {
      const r = await t.gql(move('acceptCase'), { id: doomed, input: { idempotencyKey: key() } }, clerk);
      expect(r.errors).toBeDefined();
    } finally {
      await owner.query(`DROP TRIGGER refuse_event ON case_event; DROP FUNCTION refuse_event()`);
    }
    expect((await rows(`SELECT state, case_number FROM service_case WHERE id = $1`, [doomed]))[0]).toEqual({ state: 'submitted', case_number: null });
    expect(await eventsOf(doomed)).toEqual([]);
    expect((await rows(`SELECT count(*)::int AS n FROM pgboss.job`))[0].n).toBe(jobsBefore);
  });

  it('loses nothing while the worker is down, and delivers every notice once when it is back', async () => {
    expect(worker(t).running).toBe(false);
    const phoneOf: Record<string, string> = {};
    const cases: string[] = [];
    for (let i = 0; i < 3; i++) {
      const who = await applicant();
      cases.push(await accepted(allowanceId, who));
    }
    const supplement = await submit(allowanceId, await applicant('13912345678'));
    phoneOf[supplement] = '13912345678';
    await ok('requestSupplement', supplement, clerk, { missingMaterials: ['老年人居民身份证', '一寸近期免冠照片'] });
    cases.push(supplement);
    cases.push(await decided(allowanceId, await applicant(), 'REJECTED'));
    const licence = await decided(licenceId, await applicant(), 'APPROVED');
    cases.push(licence);
    // A case without a registered applicant: an in-app notice, no SMS.
    const anonymous = await accepted(allowanceId, null);
    cases.push(anonymous);

    await sleep(1500);
    expect(await noticesOf(cases)).toEqual([]);
    expect(sms.calls).toBe(0);
    expect(await rows(`SELECT 1 FROM supervision_handoff WHERE case_id = $1`, [licence])).toEqual([]);

    const events = await rows(`SELECT id, kind FROM case_event WHERE case_id = ANY ($1)`, [cases]);
    const noticeEvents = events.filter((e) => e.kind !== 'supervision_handoff');
    // Six acceptances (three, the two decided cases, the anonymous one), the supplement, two decisions.
    expect(noticeEvents).toHaveLength(9);
    expect(events.filter((e) => e.kind === 'supervision_handoff')).toHaveLength(1);

    await worker(t).start();
    const notices = await eventually(() => noticesOf(cases), (n) => n.filter((x) => x.status === 'sent' || x.status === 'no_recipient').length === 18);
    await eventually(() => rows(`SELECT 1 FROM supervision_handoff WHERE case_id = $1`, [licence]), (r) => r.length === 1);
    await sleep(1500); // any second delivery would land now
    expect(await noticesOf(cases)).toHaveLength(18);
    for (const e of noticeEvents) {
      expect(notices.filter((n) => n.event_id === e.id).map((n) => n.channel).sort()).toEqual(['in_app', 'sms']);
    }
    const smsNotices = notices.filter((n) => n.channel === 'sms' && n.status === 'sent').map((n) => n.id);
    expect(smsNotices).toHaveLength(8);
    const sent = smsFor([sms], smsNotices);
    expect(sent).toHaveLength(8);
    expect(new Set(sent.map((m) => m.reference)).size).toBe(8);
    expect(notices.filter((n) => n.status === 'no_recipient')).toHaveLength(1);
    expect(await rows(`SELECT count(*)::int AS n FROM supervision_handoff WHERE case_id = ANY ($1)`, [cases])).toEqual([{ n: 1 }]);

    // The supplement's SMS names every missing material, to the applicant's own phone.
    const supplementSms = sent.find((m) => m.to === phoneOf[supplement])!;
    expect(supplementSms.text).toContain('老年人居民身份证、一寸近期免冠照片');
    expect(supplementSms.text).toMatch(/^【汉阴县政务服务】/);

    // The case page shows its notices, the phone masked.
    const shown = (await t.gql(NOTICES, { id: supplement }, clerk)).data.case.notices;
    expect(shown).toHaveLength(2);
    expect(shown).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'SUPPLEMENT_REQUESTED', channel: 'IN_APP', status: 'SENT' }),
      expect.objectContaining({ kind: 'SUPPLEMENT_REQUESTED', channel: 'SMS', status: 'SENT', recipientMasked: '139****5678', attempts: 1 }),
    ]));
    expect(JSON.stringify(shown)).not.toContain('13912345678');

    // 审管联动: 市场监督管理局 sees the licence with its approver; 民政局 does not.
    const handoffs = (await t.gql(HANDOFFS, {}, licenceApprover)).data.supervisionHandoffs;
    expect(handoffs.nodes).toEqual([expect.objectContaining({ caseId: licence, matterName: LICENCE, supervisingUnitId: marketDeptId, approvedById: licenceApproverId })]);
    expect((await t.gql(HANDOFFS, {}, approver)).data.supervisionHandoffs.nodes.map((h: { caseId: string }) => h.caseId)).not.toContain(licence);
    // 审管分离: the approver cannot be made the licence's supervisor.
    await expect(owner.query(`UPDATE supervision_handoff SET supervisor_id = approved_by WHERE case_id = $1`, [licence])).rejects.toThrow(/check constraint/);
  });

  it('retries a failing SMS provider with backoff and sends the message once', async () => {
    await worker(t).start();
    // Whatever earlier tests left is delivered first, so the failures below fall on this case's SMS.
    await eventually(() => rows(`SELECT count(*)::int AS n FROM pgboss.job WHERE state < 'completed'`), (r) => r[0].n === 0);
    sms.failing = 2;
    const callsBefore = sms.calls;
    const id = await accepted(allowanceId, await applicant());
    const sent = await eventually(() => noticesOf([id]), (n) => n.some((x) => x.channel === 'sms' && x.status === 'sent'), 40_000);
    const smsRow = sent.find((n) => n.channel === 'sms')!;
    expect(smsRow.attempts).toBe(3);
    expect(sms.calls - callsBefore).toBe(3);
    expect(smsFor([sms], [smsRow.id])).toHaveLength(1);
    // The in-app notice did not wait for the provider.
    expect(sent.find((n) => n.channel === 'in_app')).toMatchObject({ status: 'sent', attempts: 1 });

    // A redelivered job (a worker that died after sending) finds the notice sent and sends nothing.
    await owner.query(`INSERT INTO pgboss.job (name, data) SELECT name, data FROM pgboss.job WHERE data->>'eventId' = $1`, [smsRow.event_id]);
    await eventually(() => rows(`SELECT state FROM pgboss.job WHERE data->>'eventId' = $1`, [smsRow.event_id]), (r) => r.length === 4 && r.every((j) => j.state === 'completed'));
    expect(smsFor([sms], [smsRow.id])).toHaveLength(1);
    expect(await noticesOf([id])).toHaveLength(2);
  }, 60_000);

  it('two API replicas with their workers on one database deliver each event exactly once', async () => {
    const other = new RecordingSms();
    const t2 = await startTestApp({ database: t.db, caseWorker: true, smsProvider: other });
    try {
      await worker(t).start();
      const clerk2 = await t2.login('cgz_clerk');
      expect(clerk2).toBeTruthy();
      const applicants = await Promise.all(Array.from({ length: 24 }, () => applicant()));
      // Requests spread over both replicas, as a load balancer would.
      const cases = await Promise.all(applicants.map((a, i) => accepted(allowanceId, a, i % 2 ? t2 : t)));
      const notices = await eventually(() => noticesOf(cases), (n) => n.filter((x) => x.status === 'sent').length === 48, 40_000);
      await sleep(2000);
      expect(await noticesOf(cases)).toHaveLength(48);
      const smsIds = notices.filter((n) => n.channel === 'sms').map((n) => n.id);
      const sent = smsFor([sms, other], smsIds);
      expect(sent).toHaveLength(24);
      expect(new Set(sent.map((m) => m.reference)).size).toBe(24);
      const events = await rows(`SELECT id FROM case_event WHERE case_id = ANY ($1)`, [cases]);
      expect(events).toHaveLength(24);
      // Every job done once: two per event, each completed.
      const jobs = await rows(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE data->>'eventId' = ANY ($1) GROUP BY state`, [events.map((e) => e.id)]);
      expect(jobs).toEqual([{ state: 'completed', n: 48 }]);
    } finally {
      await t2.close();
    }
  }, 90_000);

  it("lets the application role run pg-boss's upkeep (expiry, archiving, deletion) but not create queues", async () => {
    const boss = new PgBoss({ connectionString: t.db.appUrl, schema: 'pgboss', migrate: false, supervise: false, schedule: false, max: 2 });
    const errors: Error[] = [];
    boss.on('error', (e) => void errors.push(e));
    await boss.start();
    try {
      await owner.query(`UPDATE pgboss.job SET completed_on = now() - interval '13 hours' WHERE state = 'completed'`);
      const completed = (await rows(`SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'completed'`))[0].n;
      expect(completed).toBeGreaterThan(0);
      await boss.maintain();
      expect((await rows(`SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'completed'`))[0].n).toBe(0);
      expect((await rows(`SELECT count(*)::int AS n FROM pgboss.archive`))[0].n).toBeGreaterThanOrEqual(completed);
      await expect(boss.createQueue('not-from-the-app')).rejects.toThrow(/permission denied/);
      expect(errors).toEqual([]);
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
  });

  it("keeps notices and handoffs inside the county and the case's reach", async () => {
    const id = await decided(licenceId, await applicant(), 'APPROVED');
    await worker(t).start();
    await eventually(() => rows(`SELECT 1 FROM supervision_handoff WHERE case_id = $1`, [id]), (r) => r.length === 1);
    await eventually(() => noticesOf([id]), (n) => n.length === 4);
    const BY_UNIT = `query($unitId: ID) { supervisionHandoffs(unitId: $unitId) { totalCount nodes { caseId } } }`;
    for (const login of ['sq_admin', 'jcz_clerk']) {
      const token = await t.login(login);
      expect(codeOf(await t.gql(NOTICES, { id }, token))).toBe('NOT_FOUND');
      expect((await t.gql(HANDOFFS, {}, token)).data.supervisionHandoffs.nodes.map((h: { caseId: string }) => h.caseId)).not.toContain(id);
      expect((await t.gql(BY_UNIT, { unitId: marketDeptId }, token)).data.supervisionHandoffs).toEqual({ totalCount: 0, nodes: [] });
    }
    // The supervising department filters by itself; a malformed unit id is a coded error.
    const mine = (await t.gql(BY_UNIT, { unitId: marketDeptId }, licenceApprover)).data.supervisionHandoffs.nodes;
    expect(mine.map((h: { caseId: string }) => h.caseId)).toContain(id);
    expect(codeOf(await t.gql(BY_UNIT, { unitId: 'not-a-unit' }, licenceApprover))).toBe('NOT_FOUND');
    const [sq] = await rows(`SELECT tenant_id FROM app_user WHERE username = 'sq_admin'`);
    // Row-level security under it all: the application role in 石泉县 sees no row of 汉阴县's.
    const seen = await t.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [sq.tenant_id]);
      return m.query(`SELECT (SELECT count(*) FROM case_notice)::int AS notices, (SELECT count(*) FROM supervision_handoff)::int AS handoffs,
                             (SELECT count(*) FROM case_event)::int AS events`);
    });
    expect(seen).toEqual([{ notices: 0, handoffs: 0, events: 0 }]);
    // The county's supervisor reads them all.
    const supervisor = await t.login('hy_super');
    expect((await t.gql(HANDOFFS, {}, supervisor)).data.supervisionHandoffs.nodes.map((h: { caseId: string }) => h.caseId)).toContain(id);
    expect((await t.gql(NOTICES, { id }, supervisor)).data.case.notices).toHaveLength(4);
  });
});
