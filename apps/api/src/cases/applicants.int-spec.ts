import { Client } from 'pg';
import { creditCodeCheckChar, residentIdCheckChar } from '@county/cases';
import { startTestApp, TestApp } from '../testing/test-app';

const FIELDS = `id kind name idKind idNumberMasked birthDate phone address residenceUnitId residenceUnitName disabled lowIncome entitled elderly specialGroups`;
const REGISTER = `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateApplicantInput!) { updateApplicant(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { applicant(id: $id) { ${FIELDS} } }`;
const LIST = `query($search: String, $first: Int, $after: String) { applicants(search: $search, first: $first, after: $after) { totalCount nodes { ${FIELDS} } pageInfo { endCursor hasNextPage } } }`;
const REVEAL = `mutation($id: ID!) { revealApplicantIdNumber(id: $id) }`;

const residentId = (first17: string) => first17 + residentIdCheckChar(first17);
const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;

/** 申请人: registered, found, masked, revealed on the audit log, and kept to the county and the village. */
describe('the applicant registry', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const units: Record<string, string> = {};
  // 1950-01-01: 76 on the test's today; 1990: not elderly.
  const elder = residentId('61092119500101123');
  const younger = residentId('61092119900315456');
  const nanjieResident = residentId('61092119851120002');
  const company = '91610921MA0000001' + creditCodeCheckChar('91610921MA0000001');
  const ids: Record<string, string> = {};

  const ownerRows = async <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      return (await owner.query(sql, params)).rows;
    } finally {
      await owner.end();
    }
  };
  const register = async (who: string, input: Record<string, unknown>) => t.gql(REGISTER, { input }, tokens[who]);
  const count = async () => (await ownerRows<{ n: number }>(`SELECT count(*)::int AS n FROM applicant`))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2026-12-03T02:00:00Z');
    for (const u of ['hy_clerk', 'cgz_clerk', 'nanjie_agent', 'beijie_agent', 'mz_approver', 'hy_super', 'hy_admin', 'sq_admin']) tokens[u] = await t.login(u);
    for (const row of await ownerRows<{ id: string; code: string }>(`SELECT id, code FROM org_unit WHERE code = ANY($1)`, [['610921100001', '610921100002', '610921100000']])) {
      units[{ '610921100001': 'nanjie', '610921100002': 'beijie', '610921100000': 'cgz' }[row.code]!] = row.id;
    }
  });
  afterAll(() => t.close());

  it('a clerk registers a person: masked number, birth date from it, elderly and the special groups derived', async () => {
    const r = await register('hy_clerk', { kind: 'PERSON', name: '王老汉', idNumber: elder.toLowerCase(), phone: '139 1234 5678', lowIncome: true, residenceUnitId: units.cgz });
    expect(r.errors).toBeUndefined();
    expect(r.data.registerApplicant).toMatchObject({
      kind: 'PERSON', idKind: 'RESIDENT_ID', name: '王老汉', idNumberMasked: `${elder.slice(0, 6)}********${elder.slice(-4)}`, birthDate: '1950-01-01',
      phone: '13912345678', elderly: true, specialGroups: ['ELDERLY', 'LOW_INCOME'], residenceUnitName: '城关镇',
    });
    ids.elder = r.data.registerApplicant.id;

    const young = await register('mz_approver', { kind: 'PERSON', name: '李青年', idNumber: younger, disabled: true });
    expect(young.data.registerApplicant).toMatchObject({ elderly: false, specialGroups: ['DISABLED'], residenceUnitId: null });
    ids.younger = young.data.registerApplicant.id;

    const org = await register('cgz_clerk', { kind: 'ORGANIZATION', name: '汉阴县城关镇示范合作社', idNumber: company, phone: '0915-5212345' });
    expect(org.errors).toBeUndefined();
    expect(org.data.registerApplicant).toMatchObject({ idKind: 'CREDIT_CODE', birthDate: null, elderly: false, specialGroups: [] });
    ids.company = org.data.registerApplicant.id;
  });

  it('finds an applicant by the exact ID number (keyed hash), by part of the name and by phone; masked in every read', async () => {
    const byId = await t.gql(LIST, { search: elder }, tokens.cgz_clerk);
    expect(byId.data.applicants.nodes.map((n: any) => n.id)).toEqual([ids.elder]);
    expect((await t.gql(LIST, { search: company.toLowerCase() }, tokens.hy_clerk)).data.applicants.nodes.map((n: any) => n.id)).toEqual([ids.company]);
    expect((await t.gql(LIST, { search: '老汉' }, tokens.hy_clerk)).data.applicants.nodes.map((n: any) => n.id)).toEqual([ids.elder]);
    expect((await t.gql(LIST, { search: '5212345' }, tokens.hy_clerk)).data.applicants.nodes.map((n: any) => n.id)).toEqual([ids.company]);
    // A part of the number finds nothing: only a full number is looked up.
    expect((await t.gql(LIST, { search: elder.slice(0, 10) }, tokens.hy_clerk)).data.applicants.totalCount).toBe(0);

    const page1 = await t.gql(LIST, { first: 2 }, tokens.hy_super);
    expect(page1.data.applicants).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await t.gql(LIST, { first: 2, after: page1.data.applicants.pageInfo.endCursor }, tokens.hy_super);
    expect([...page1.data.applicants.nodes, ...page2.data.applicants.nodes].map((n: any) => n.id).sort()).toEqual(Object.values(ids).sort());

    for (const who of ['hy_clerk', 'hy_super', 'hy_admin', 'mz_approver']) {
      const text = JSON.stringify([(await t.gql(GET, { id: ids.elder }, tokens[who])).data, (await t.gql(LIST, {}, tokens[who])).data]);
      expect(text).toContain('********');
      for (const plain of [elder, younger, company]) expect(text).not.toContain(plain);
    }
  });

  it('the plain number is in no column of the table', async () => {
    const rows = await ownerRows(`SELECT * FROM applicant`);
    expect(rows).toHaveLength(3);
    // Under the application checks, Postgres itself: the app role with no county set sees none of them.
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM applicant`)).toEqual([{ n: 0 }]);
    const text = JSON.stringify(rows);
    for (const plain of [elder, younger, company]) {
      expect(text).not.toContain(plain);
      expect(text).not.toContain(plain.slice(0, 17));
    }
  });

  it('a clerk reveals the number and it is an audit entry; a supervisor or administrator cannot (FORBIDDEN)', async () => {
    const r = await t.gql(REVEAL, { id: ids.elder }, tokens.hy_clerk);
    expect(r.errors).toBeUndefined();
    expect(r.data.revealApplicantIdNumber).toBe(elder);
    const [entry] = await ownerRows(`SELECT actor_name, subject_type, subject_id::text AS subject_id, detail FROM audit_log WHERE action = 'applicant_id_revealed' ORDER BY seq DESC LIMIT 1`);
    expect(entry).toMatchObject({ actor_name: 'hy_clerk', subject_type: 'Applicant', subject_id: ids.elder, detail: { idNumberMasked: `${elder.slice(0, 6)}********${elder.slice(-4)}` } });
    expect(JSON.stringify(entry)).not.toContain(elder);
    // The log names the applicant by masked name and number, for a reader of the log.
    const log = (await t.gql(`{ auditLog(first: 10) { nodes { action actionLabelZh subjectId subjectName } } }`, {}, tokens.hy_super)).data.auditLog.nodes;
    expect(log).toContainEqual({ action: 'applicant_id_revealed', actionLabelZh: '查看完整证件号码', subjectId: ids.elder, subjectName: `王** ${elder.slice(0, 6)}********${elder.slice(-4)}` });
    expect(JSON.stringify(log)).not.toContain(elder);

    const before = (await ownerRows(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'applicant_id_revealed'`))[0].n;
    for (const who of ['hy_super', 'hy_admin']) expect(codeOf(await t.gql(REVEAL, { id: ids.elder }, tokens[who]))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, { id: ids.elder, input: { name: '改名' } }, tokens.hy_super))).toBe('FORBIDDEN');
    expect((await ownerRows(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'applicant_id_revealed'`))[0].n).toBe(before);
  });

  it('石泉县’s administrator gets NOT_FOUND for 汉阴’s applicant on every operation taking an id, and lists none', async () => {
    expect(codeOf(await t.gql(GET, { id: ids.elder }, tokens.sq_admin))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UPDATE, { id: ids.elder, input: { name: '改名' } }, tokens.sq_admin))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(REVEAL, { id: ids.elder }, tokens.sq_admin))).toBe('NOT_FOUND');
    expect((await t.gql(LIST, { search: elder }, tokens.sq_admin)).data.applicants.totalCount).toBe(0);
    expect((await t.gql(LIST, {}, tokens.sq_admin)).data.applicants.totalCount).toBe(0);
    expect((await t.gql(GET, { id: ids.elder }, tokens.hy_clerk)).data.applicant.name).toBe('王老汉');
  });

  it('a village agent registers in her village and reveals there; another village’s agent gets NOT_FOUND for him', async () => {
    const r = await register('nanjie_agent', { kind: 'PERSON', name: '张居民', idNumber: nanjieResident, residenceUnitId: units.nanjie });
    expect(r.errors).toBeUndefined();
    ids.nanjie = r.data.registerApplicant.id;
    expect((await t.gql(REVEAL, { id: ids.nanjie }, tokens.nanjie_agent)).data.revealApplicantIdNumber).toBe(nanjieResident);
    expect((await t.gql(LIST, {}, tokens.nanjie_agent)).data.applicants.nodes.map((n: any) => n.id)).toEqual([ids.nanjie]);

    expect(codeOf(await t.gql(GET, { id: ids.nanjie }, tokens.beijie_agent))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(REVEAL, { id: ids.nanjie }, tokens.beijie_agent))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UPDATE, { id: ids.nanjie, input: { phone: '13800000000' } }, tokens.beijie_agent))).toBe('NOT_FOUND');
    expect((await t.gql(LIST, { search: nanjieResident }, tokens.beijie_agent)).data.applicants.totalCount).toBe(0);
    // Nor can she register someone into 南街, or anyone without a village.
    const n = await count();
    expect(codeOf(await register('beijie_agent', { kind: 'PERSON', name: '某人', idNumber: residentId('61092119700101003'), residenceUnitId: units.nanjie }))).toBe('NOT_FOUND');
    expect(codeOf(await register('beijie_agent', { kind: 'PERSON', name: '某人', idNumber: residentId('61092119700101003') }))).toBe('APPLICANT_INVALID');
    expect(await count()).toBe(n);
    // A village agent does not change registrations (the counter does).
    expect(codeOf(await t.gql(UPDATE, { id: ids.nanjie, input: { phone: '13800000000' } }, tokens.nanjie_agent))).toBe('FORBIDDEN');
  });

  it('a clerk updates the flags and phone; the change is on the audit log', async () => {
    const r = await t.gql(UPDATE, { id: ids.younger, input: { entitled: true, phone: '0915-5210000' } }, tokens.hy_clerk);
    expect(r.errors).toBeUndefined();
    expect(r.data.updateApplicant).toMatchObject({ entitled: true, disabled: true, phone: '0915-5210000', specialGroups: ['DISABLED', 'ENTITLED'] });
    const [entry] = await ownerRows(`SELECT detail FROM audit_log WHERE action = 'applicant_updated' AND subject_id = $1`, [ids.younger]);
    expect(entry.detail).toEqual({ changed: ['phone', 'entitled'] });
  });

  it('bad input is refused with a coded error in both languages naming the problem, and changes nothing', async () => {
    const n = await count();
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ kind: 'PERSON', name: '甲', idNumber: elder.slice(0, 17) }, 'RESIDENT_ID_INVALID', 'length'],
      [{ kind: 'PERSON', name: '甲', idNumber: residentId('61092119490230123') }, 'RESIDENT_ID_INVALID', 'birth_date'],
      [{ kind: 'PERSON', name: '甲', idNumber: residentId('61092120270101123') }, 'RESIDENT_ID_INVALID', 'birth_date'],
      [{ kind: 'PERSON', name: '甲', idNumber: elder.slice(0, 17) + (elder[17] === '0' ? '1' : '0') }, 'RESIDENT_ID_INVALID', 'check_digit'],
      [{ kind: 'PERSON', name: '甲', idNumber: residentId('99092119500101123') }, 'RESIDENT_ID_INVALID', 'division'],
      [{ kind: 'ORGANIZATION', name: '乙', idNumber: company.slice(0, 17) + (company[17] === '0' ? '1' : '0') }, 'CREDIT_CODE_INVALID', 'check_digit'],
      [{ kind: 'ORGANIZATION', name: '乙', idNumber: 'I1610921MA0000001X' }, 'CREDIT_CODE_INVALID', 'format'],
      [{ kind: 'PERSON', name: '甲', idNumber: residentId('61092119700101013'), phone: '1234567' }, 'PHONE_INVALID'],
      [{ kind: 'PERSON', name: '  ', idNumber: residentId('61092119700101013') }, 'APPLICANT_INVALID'],
      [{ kind: 'PERSON', name: '甲', idNumber: elder }, 'APPLICANT_DUPLICATE'],
      [{ kind: 'ORGANIZATION', name: '重复', idNumber: company }, 'APPLICANT_DUPLICATE'],
    ];
    for (const [input, code, problem] of cases) {
      const r = await register('hy_clerk', input);
      expect([input.idNumber, codeOf(r)]).toEqual([input.idNumber, code]);
      expect(r.errors![0].extensions.messageZh).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.errors![0].extensions.messageEn).toMatch(/[a-z]/);
      if (problem) expect(r.errors![0].extensions).toMatchObject({ problem });
    }
    expect(codeOf(await t.gql(UPDATE, { id: ids.elder, input: { phone: 'abc' } }, tokens.hy_clerk))).toBe('PHONE_INVALID');
    expect(codeOf(await t.gql(UPDATE, { id: ids.elder, input: { residenceUnitId: units.nanjie, name: '' } }, tokens.hy_clerk))).toBe('APPLICANT_INVALID');
    expect((await t.gql(GET, { id: ids.elder }, tokens.hy_clerk)).data.applicant).toMatchObject({ name: '王老汉', phone: '13912345678', residenceUnitName: '城关镇' });
    expect(await count()).toBe(n);
  });
});
