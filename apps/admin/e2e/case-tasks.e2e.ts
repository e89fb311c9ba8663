import type { Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, eventually, login, pagePerTest } from './browser';

const CGZ = '610921100000'; // 城关镇
/** A 承诺件 decided by `lead` with `joint` as co-implementing department, as GraphQL takes it. */
const jointMatter = (n: number, lead: string, joint: string) => ({
  basicCode: `E2E${n}`,
  implementationCode: `E2E-JOINT-${n}`,
  name: '联办测试事项',
  type: 'PAYMENT',
  subType: null,
  applicantKinds: ['NATURAL_PERSON'],
  specialGroups: [],
  legalBasis: [{ level: 'ADMINISTRATIVE_REGULATION', title: '《社会救助暂行办法》', article: '第四十七条' }],
  implementingBodyId: lead,
  handlingOffice: null,
  coImplementingBodyIds: [joint],
  caseKind: 'PROMISED',
  statutoryDays: 20,
  promisedDays: 10,
  naturalDayCap: null,
  conditions: ['测试条件'],
  materials: [{ name: '申请书', form: 'ORIGINAL', copies: 1, required: true, deferrable: false, sharedData: false, note: null }],
  steps: [
    { name: '受理', kind: 'ACCEPT', days: 1, counted: true },
    { name: '决定', kind: 'DECIDE', days: 9, counted: true },
  ],
  fees: [],
  resultDocuments: ['审批表'],
  deliveryOptions: ['WINDOW'],
  visits: 1,
  onlineDepth: 2,
  proxyAllowed: true,
  acceptingTiers: ['VILLAGE', 'TOWNSHIP'],
  decidingTier: 'COUNTY',
  place: '汉阴县政务服务中心',
  hours: '工作日 8:30–12:00，14:00–17:30',
  consultPhone: '0915-5212345',
  supervisionPhone: '12345',
  postalAddress: '陕西省安康市汉阴县城关镇',
});

async function gql(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const tokenOf = async (username: string, password = DEMO_PASSWORD): Promise<string> =>
  (await gql(`mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`, { u: username, p: password })).login.accessToken;
let keys = 0;
const key = () => `e2e-joint-${Date.now()}-${++keys}`;

/** 并联审批 in the admin app: 市场监管局 reviews in parallel with 民政局, whose decision waits for it. */
describe('a case with a joint department', () => {
  let page: Page;
  let casePath = '';
  const approver = `e2e_market_${Date.now() % 100000}`;
  pagePerTest((session) => ({ page } = session));

  beforeAll(async () => {
    const admin = await tokenOf('hy_admin');
    const unitId = async (query: string, name: string) =>
      (await gql(`query($q: String!) { searchOrgUnits(query: $q, first: 20) { nodes { id name code } } }`, { q: query }, admin)).searchOrgUnits.nodes.find(
        (u: { name: string; code: string }) => u.name === name || u.code === name,
      ).id as string;
    const mz = await unitId('民政局', '汉阴县民政局');
    const market = await unitId('市场监督', '汉阴县市场监督管理局');
    const cgz = await unitId(CGZ, CGZ);
    const user = await gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username: approver, displayName: '钱市场', password: DEMO_PASSWORD } }, admin);
    await gql(`mutation($i: AddMembershipInput!) { addMembership(input: $i) { id } }`, { i: { userId: user.createUser.id, orgUnitId: market, role: 'DEPARTMENT_APPROVER' } }, admin);
    const n = Date.now() % 100000;
    const content = jointMatter(n, mz, market);
    const matter = await gql(`mutation($i: MatterContentInput!) { createMatter(input: $i) { id } }`, { i: content }, admin);
    await gql(`mutation($id: ID!) { publishMatter(matterId: $id) { version } }`, { id: matter.createMatter.id }, admin);

    const clerk = await tokenOf('cgz_clerk');
    const moved = (name: string) => `mutation($id: ID!, $input: MoveCaseInput!) { ${name}(id: $id, input: $input) { id } }`;
    const submitted = await gql(
      `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`,
      { input: { idempotencyKey: key(), matterId: matter.createMatter.id, acceptingUnitId: cgz, applicantName: '陈老板', materials: [] } },
      clerk,
    );
    const id = submitted.submitCase.id as string;
    await gql(moved('acceptCase'), { id, input: { idempotencyKey: key() } }, clerk);
    await gql(moved('forwardCase'), { id, input: { idempotencyKey: key() } }, clerk);
    await gql(moved('receiveCase'), { id, input: { idempotencyKey: key() } }, await tokenOf('mz_approver'));
    casePath = `/cases/${id}`;
  });

  it('民政局 sees the joint department still open and why it cannot decide yet', async () => {
    await login(page, 'mz_approver');
    await page.goto(casePath);
    const card = page.getByTestId('joint-departments');
    await card.waitFor();
    expect(await card.getByTestId('joint-state-汉阴县市场监督管理局').innerText()).toBe('待出具意见');
    expect(await card.locator('[data-testid^="joint-opinion-form-"]').count()).toBe(0);
    await eventually(async () => expect(await page.getByTestId('decide-blocked').innerText()).toContain('待 汉阴县市场监督管理局 出具意见'));
  });

  it('市场监管局 finds the case, must give a reason to disagree, and disagrees', async () => {
    await login(page, approver);
    await page.getByTestId('menu-cases').click();
    const row = page.locator(`[data-testid="cases-table"] tr[data-case-id="${casePath.split('/').pop()}"]`);
    await row.waitFor();
    await row.getByRole('link').click();
    const form = page.getByTestId('joint-departments').locator('[data-testid^="joint-opinion-form-"]');
    await form.waitFor();
    await form.getByTestId('joint-disagree').click();
    await form.getByTestId('joint-submit').click();
    await eventually(async () => expect(await form.innerText()).toContain('不同意须写明理由'));
    await form.getByTestId('joint-reason').fill('经营场所不符合要求');
    await form.getByTestId('joint-submit').click();
    await eventually(async () => expect(await page.getByTestId('joint-state-汉阴县市场监督管理局').innerText()).toBe('不同意'));
    expect(await page.getByTestId('joint-departments').innerText()).toContain('经营场所不符合要求');
    expect(await page.getByTestId('case-timeline').innerText()).toMatch(/联办部门出具意见[\s\S]*不同意/);
  });

  it('民政局 is told it can only reject, and does', async () => {
    await login(page, 'mz_approver');
    await page.goto(casePath);
    await eventually(async () => expect(await page.getByTestId('decide-blocked').innerText()).toContain('只能作出不予决定'));
    await page.getByTestId('case-action-DECIDE').click();
    const dialog = page.locator('.ant-modal');
    await dialog.waitFor();
    await dialog.getByText('不予').click();
    await dialog.getByTestId('move-reason').fill('市场监管局不同意：经营场所不符合要求');
    await dialog.locator('textarea').nth(1).fill('《个体工商户条例》第八条');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await page.getByTestId('joint-decided-by').innerText()).toContain('赵民政（代表汉阴县民政局）'));
    expect(await page.getByTestId('decide-blocked').count()).toBe(0);
  });
});
