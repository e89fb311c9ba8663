import { createHash } from 'node:crypto';
import { Client } from 'pg';
import sharp from 'sharp';
import { TestCounty, TestFactory } from '@county/tenancy/testing';
import { newMatter } from '@county/catalog/testing';
import { startTestApp, TestApp } from '../testing/test-app';
import { beijingDay, consentPhoto, recordConsent, residentId } from '../testing/proxy-consents';

const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请
const NANJIE = '610921100001';
const BEIJIE = '610921100002';
const CONSENT = `id applicantId applicantName holder agentName stationName allMatters matterCodes matterNames validFrom validUntil evidenceKind evidenceUrl evidenceSha256 recordedBy withdrawnAt withdrawnBy withdrawalReason state inForce`;
const CONSENTS = `query($id: ID!) { proxyConsents(applicantId: $id) { ${CONSENT} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawProxyConsent(id: $id, reason: $reason) { ${CONSENT} } }`;
const REGISTER = `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`;
const APPLICANT = `query($id: ID!) { applicant(id: $id) { id name } }`;
const APPLICANTS = `query($search: String) { applicants(search: $search) { nodes { id } } }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id applicantId proxyConsentId submittedByName } }`;
const CASE = `query($id: ID!) { case(id: $id) { id materialFiles { id } } }`;
const TIMELINE = `query($id: ID!) { case(id: $id) { timeline { action actorName onBehalfOf } } }`;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;
let keys = 0;
const key = () => `consent-key-${Date.now()}-${++keys}`;

/** 委托: a village agent files only for her villagers, under a consent in force, for matters it covers. */
describe('proxy consents and filing by proxy', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const unit: Record<string, string> = {};
  let matterId: string;
  let otherCode: string;
  let notProxyMatterId: string;

  const ownerRows = async <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      return (await owner.query(sql, params)).rows;
    } finally {
      await owner.end();
    }
  };
  const count = async (table: string) => (await ownerRows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  let ids = 0;
  const register = async (who: string, name: string, village: string) => {
    const r = await t.gql(REGISTER, { input: { kind: 'PERSON', name, idNumber: residentId(`6109211940${String(1 + (++ids % 12)).padStart(2, '0')}${String(1 + (ids % 28)).padStart(2, '0')}${100 + ids}`), residenceUnitId: unit[village] } }, tok[who]);
    expect(r.errors).toBeUndefined();
    return r.data.registerApplicant.id as string;
  };
  const file = (who: string, applicantId: string | null, matter = matterId, at = unit.nanjie) =>
    t.gql(SUBMIT, { input: { idempotencyKey: key(), matterId: matter, acceptingUnitId: at, applicantName: '代办申请人', applicantId, materials: ['户口簿'] } }, tok[who]);
  const evidence = async (consentId: string, who: string) => {
    const res = await fetch(`${t.url}/api/consents/${consentId}/evidence`, { headers: { authorization: `Bearer ${tok[who]}` } });
    return res.status === 200 ? { status: 200, body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') } : { status: res.status, code: ((await res.json()) as any).errors[0].extensions.code };
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['nanjie_agent', 'beijie_agent', 'cgz_clerk', 'jcz_clerk', 'sq_agent', 'hy_super']) tok[u] = await t.login(u);
    for (const row of await ownerRows<{ id: string; code: string }>(`SELECT id, code FROM org_unit WHERE code = ANY($1)`, [[NANJIE, BEIJIE]])) {
      unit[row.code === NANJIE ? 'nanjie' : 'beijie'] = row.id;
    }
    matterId = (await t.gql(`{ guideMatter(countyCode: "610921", implementationCode: "${OLD_AGE_ALLOWANCE}") { matterId } }`)).data.guideMatter.matterId;
    // Another proxy-allowed matter of the county, for a consent that does not cover 高龄津贴.
    [{ code: otherCode }] = await ownerRows(
      `SELECT m.implementation_code AS code FROM matter m JOIN matter_version v ON v.tenant_id = m.tenant_id AND v.matter_id = m.id AND v.status = 'published'
        WHERE m.tenant_id = (SELECT tenant_id FROM matter WHERE implementation_code = $1) AND m.implementation_code <> $1 AND (v.content->>'proxyAllowed')::boolean LIMIT 1`,
      [OLD_AGE_ALLOWANCE],
    );
    // A matter the villages accept that must be applied for in person.
    const factory = await TestFactory.open(t.db.ownerUrl);
    try {
      const [c] = await factory.owner.query(`SELECT tenant_id, id, code, name, kind, path::text AS path FROM org_unit WHERE code = '610921000000' AND kind = 'county'`);
      const [a] = await factory.owner.query(`SELECT id FROM app_user WHERE tenant_id = $1 AND username = 'hy_admin'`, [c.tenant_id]);
      const [mz] = await factory.owner.query(`SELECT id, code, name, kind, path::text AS path FROM org_unit WHERE tenant_id = $1 AND name = '汉阴县民政局'`, [c.tenant_id]);
      const hanyin: TestCounty = { tenantId: c.tenant_id, divisionCode: '610921000000', name: c.name, unit: { id: c.id, code: c.code, name: c.name, kind: c.kind, path: c.path }, townships: [], villages: [], admin: { id: a.id, username: 'hy_admin', password: '', tenantId: c.tenant_id } };
      notProxyMatterId = (await newMatter(factory, hanyin, { department: mz, content: { name: '本人亲办测试事项', proxyAllowed: false } })).id;
    } finally {
      await factory.close();
    }
    // The app's clock stands still in tests: move it past the publication.
    t.clock.set(new Date());
  });
  afterAll(() => t.close());

  it('the agent registers a villager, records his signed consent with its photo, files for him; the case names the consent and the timeline says for whom', async () => {
    const applicantId = await register('nanjie_agent', '张大爷', 'nanjie');
    // Registered and awaiting his first consent: she sees him.
    expect((await t.gql(APPLICANT, { id: applicantId }, tok.nanjie_agent)).data.applicant.name).toBe('张大爷');
    const photo = await consentPhoto();
    const id = crypto.randomUUID();
    const recorded = await recordConsent(t, tok.nanjie_agent, applicantId, { id }, photo);
    expect(recorded.status).toBe(201);
    expect(recorded.json).toMatchObject({ id, applicantId, applicantName: '张大爷', holder: 'AGENT', agentName: '张南街', allMatters: true, evidenceKind: 'SIGNED_FORM', state: 'IN_FORCE', inForce: true, recordedBy: 'nanjie_agent', evidenceUrl: `/api/consents/${id}/evidence` });
    // The phone lost the answer and sends it again: one consent.
    const again = await recordConsent(t, tok.nanjie_agent, applicantId, { id }, photo);
    expect([again.status, again.json.id, again.json.evidenceSha256]).toEqual([201, id, recorded.json.evidenceSha256]);
    expect((await ownerRows(`SELECT count(*)::int AS n FROM proxy_consent WHERE applicant_id = $1`, [applicantId]))[0].n).toBe(1);
    // The photo is kept normalized and served to those who may read the consent.
    const got = await evidence(id, 'nanjie_agent');
    expect([got.status, got.type, sha256(got.body!)]).toEqual([200, 'image/jpeg', recorded.json.evidenceSha256]);
    expect((await sharp(got.body!).metadata()).exif).toBeUndefined();
    expect((await evidence(id, 'cgz_clerk')).status).toBe(200);

    const r = await file('nanjie_agent', applicantId);
    expect(r.errors).toBeUndefined();
    expect(r.data.submitCase).toMatchObject({ applicantId, proxyConsentId: id, submittedByName: '张南街' });
    const timeline = await t.gql(TIMELINE, { id: r.data.submitCase.id }, tok.cgz_clerk);
    expect(timeline.errors).toBeUndefined();
    expect(timeline.data.case.timeline[0]).toMatchObject({ action: 'case_submitted', actorName: 'nanjie_agent', onBehalfOf: '张大爷' });
    expect((await t.gql(CONSENTS, { id: applicantId }, tok.cgz_clerk)).data.proxyConsents.map((c: any) => c.id)).toEqual([id]);
  });

  it('a consent naming her station lets her file; the matter list of a narrower consent is named back', async () => {
    const applicantId = await register('nanjie_agent', '刘奶奶', 'nanjie');
    const station = await recordConsent(t, tok.nanjie_agent, applicantId, { holder: 'STATION', matterCodes: [OLD_AGE_ALLOWANCE] });
    expect(station.status).toBe(201);
    expect(station.json).toMatchObject({ holder: 'STATION', stationName: '南街社区', agentName: null, allMatters: false, matterCodes: [OLD_AGE_ALLOWANCE], matterNames: ['高龄津贴申请'] });
    expect((await file('nanjie_agent', applicantId)).errors).toBeUndefined();
  });

  it('every failed condition is refused with its own code and writes nothing', async () => {
    const before = { cases: await count('service_case'), consents: await count('proxy_consent') };
    const expectRefused = async (r: any, code: string) => expect(codeOf(r)).toBe(code);

    // No registered applicant named.
    await expectRefused(await file('nanjie_agent', null), 'PROXY_APPLICANT_REQUIRED');
    // Wrong village: 北街's villager, entrusted to 北街's agent.
    const beijieMan = await register('beijie_agent', '李大伯', 'beijie');
    expect((await recordConsent(t, tok.beijie_agent, beijieMan)).status).toBe(201);
    await expectRefused(await file('nanjie_agent', beijieMan), 'PROXY_WRONG_VILLAGE');
    // No consent naming her.
    const noConsent = await register('nanjie_agent', '王奶奶', 'nanjie');
    await expectRefused(await file('nanjie_agent', noConsent), 'PROXY_CONSENT_MISSING');
    // A consent for another matter only.
    const narrow = await register('nanjie_agent', '赵爷爷', 'nanjie');
    expect((await recordConsent(t, tok.nanjie_agent, narrow, { matterCodes: [otherCode] })).status).toBe(201);
    await expectRefused(await file('nanjie_agent', narrow), 'PROXY_CONSENT_MATTER_NOT_COVERED');
    // Expired: its period ended yesterday.
    const lapsed = await register('nanjie_agent', '钱婆婆', 'nanjie');
    const old = await recordConsent(t, tok.nanjie_agent, lapsed);
    await ownerRows(`UPDATE proxy_consent SET valid_from = $2::date, valid_until = $3::date WHERE id = $1`, [old.json.id, beijingDay(-400), beijingDay(-1)]);
    await expectRefused(await file('nanjie_agent', lapsed), 'PROXY_CONSENT_EXPIRED');
    // Withdrawn.
    const gone = await register('nanjie_agent', '孙大娘', 'nanjie');
    const c = await recordConsent(t, tok.nanjie_agent, gone);
    expect((await t.gql(WITHDRAW, { id: c.json.id, reason: '本人到窗口办理' }, tok.nanjie_agent)).data.withdrawProxyConsent).toMatchObject({ state: 'WITHDRAWN', withdrawnBy: 'nanjie_agent', withdrawalReason: '本人到窗口办理', inForce: false });
    await expectRefused(await file('nanjie_agent', gone), 'PROXY_CONSENT_WITHDRAWN');
    // A matter that does not allow proxy filing (its pinned content says so).
    const entrusted = await register('nanjie_agent', '周老汉', 'nanjie');
    expect((await recordConsent(t, tok.nanjie_agent, entrusted)).status).toBe(201);
    await expectRefused(await file('nanjie_agent', entrusted, notProxyMatterId), 'PROXY_NOT_ALLOWED');
    // Each refusal wrote no case (the consents above were recorded on purpose).
    expect(await count('service_case')).toBe(before.cases);
    expect(await count('proxy_consent')).toBe(before.consents + 5);
    // The window files for anyone at its counter, consent or not.
    expect((await file('cgz_clerk', noConsent)).errors).toBeUndefined();
  });

  it('a bad consent form is refused field by field and stores nothing', async () => {
    const applicantId = await register('nanjie_agent', '吴阿姨', 'nanjie');
    const before = await count('proxy_consent');
    const cases: [Record<string, any>, Buffer | null | undefined, string, string][] = [
      [{ holder: 'NEIGHBOUR' }, undefined, 'PROXY_CONSENT_INVALID', 'holder'],
      [{ validFrom: '2026-02-30' }, undefined, 'PROXY_CONSENT_INVALID', 'validFrom'],
      [{ validFrom: beijingDay(3) }, undefined, 'PROXY_CONSENT_INVALID', 'validFrom'],
      [{ validUntil: beijingDay(-1), validFrom: beijingDay(-30) }, undefined, 'PROXY_CONSENT_INVALID', 'validUntil'],
      [{ validUntil: beijingDay(6 * 366) }, undefined, 'PROXY_CONSENT_INVALID', 'validUntil'],
      [{ allMatters: 'true', matterCodes: [OLD_AGE_ALLOWANCE] }, undefined, 'PROXY_CONSENT_INVALID', 'matterCodes'],
      [{ allMatters: 'false' }, undefined, 'PROXY_CONSENT_INVALID', 'matterCodes'],
      [{ matterCodes: ['NO-SUCH-CODE'] }, undefined, 'PROXY_CONSENT_INVALID', 'matterCodes'],
      [{ evidenceKind: 'VERBAL' }, undefined, 'PROXY_CONSENT_INVALID', 'evidenceKind'],
      [{}, null, 'PROXY_CONSENT_INVALID', 'evidence'],
      [{}, Buffer.from('not a photo at all'), 'CASE_MATERIAL_FILE_TYPE_UNSUPPORTED', 'file'],
    ];
    for (const [fields, photo, code, field] of cases) {
      const r = await recordConsent(t, tok.nanjie_agent, applicantId, fields, photo);
      expect([r.status >= 400, r.code, r.json.errors[0].extensions.field ?? field]).toEqual([true, code, field]);
      expect(r.json.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await count('proxy_consent')).toBe(before);
  });

  it('withdrawal closes the applicant, his cases and their photos to the agent at once; the township still sees them', async () => {
    const applicantId = await register('nanjie_agent', '郑大爷', 'nanjie');
    const consent = (await recordConsent(t, tok.nanjie_agent, applicantId)).json;
    const caseId = (await file('nanjie_agent', applicantId)).data.submitCase.id;
    const form = new FormData();
    form.append('material', '户口簿');
    form.append('file', new Blob([new Uint8Array(await consentPhoto())], { type: 'image/jpeg' }), 'p.jpg');
    const up = (await (await fetch(`${t.url}/api/cases/${caseId}/materials`, { method: 'POST', headers: { authorization: `Bearer ${tok.nanjie_agent}` }, body: form })).json()) as any;
    const photo = (who: string) => fetch(`${t.url}/api/cases/${caseId}/materials/${up.id}`, { headers: { authorization: `Bearer ${tok[who]}` } }).then((r) => r.status);
    expect(await photo('nanjie_agent')).toBe(200);

    // He tells the township's counter he no longer wants her to act for him.
    const w = await t.gql(WITHDRAW, { id: consent.id, reason: '申请人要求撤回' }, tok.cgz_clerk);
    expect(w.data.withdrawProxyConsent).toMatchObject({ state: 'WITHDRAWN', withdrawnBy: 'cgz_clerk' });
    expect(codeOf(await t.gql(WITHDRAW, { id: consent.id, reason: '再次' }, tok.cgz_clerk))).toBe('PROXY_CONSENT_ALREADY_WITHDRAWN');
    expect(codeOf(await t.gql(APPLICANT, { id: applicantId }, tok.nanjie_agent))).toBe('NOT_FOUND');
    expect((await t.gql(APPLICANTS, { search: '郑大爷' }, tok.nanjie_agent)).data.applicants.nodes).toEqual([]);
    expect(codeOf(await t.gql(CASE, { id: caseId }, tok.nanjie_agent))).toBe('NOT_FOUND');
    expect(await photo('nanjie_agent')).toBe(404);
    // She still sees that the consent was withdrawn, so she knows why he is gone.
    expect((await t.gql(CONSENTS, { id: applicantId }, tok.nanjie_agent)).data.proxyConsents[0].state).toBe('WITHDRAWN');
    expect((await t.gql(CASE, { id: caseId }, tok.cgz_clerk)).data.case.materialFiles).toHaveLength(1);
    expect(await photo('cgz_clerk')).toBe(200);
    const [audit] = await ownerRows(`SELECT action, subject_id, detail FROM audit_log WHERE action = 'proxy_consent_withdrawn' AND detail->>'consentId' = $1`, [consent.id]);
    expect(audit).toMatchObject({ subject_id: applicantId, detail: { reason: '申请人要求撤回' } });
  });

  it('another village’s agent, another township and another county get NOT_FOUND (or nothing) for every consent operation', async () => {
    const applicantId = await register('nanjie_agent', '冯奶奶', 'nanjie');
    const consent = (await recordConsent(t, tok.nanjie_agent, applicantId)).json;
    for (const who of ['beijie_agent', 'sq_agent']) {
      expect((await recordConsent(t, tok[who], applicantId)).code).toBe('NOT_FOUND');
      expect((await t.gql(CONSENTS, { id: applicantId }, tok[who])).data.proxyConsents).toEqual([]);
      expect(await evidence(consent.id, who)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(codeOf(await t.gql(WITHDRAW, { id: consent.id, reason: '冒充' }, tok[who]))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(APPLICANT, { id: applicantId }, tok[who]))).toBe('NOT_FOUND');
      expect(codeOf(await file(who, applicantId, matterId, unit.nanjie))).toMatch(/^(FORBIDDEN|NOT_FOUND|UNIT_NOT_FOUND)$/);
    }
    // Any counter of the county takes a withdrawal the applicant brings there.
    expect((await t.gql(WITHDRAW, { id: consent.id, reason: '到涧池镇窗口撤回' }, tok.jcz_clerk)).data.withdrawProxyConsent.withdrawnBy).toBe('jcz_clerk');
  });
});
