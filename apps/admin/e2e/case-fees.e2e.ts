import type { Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, eventually, login, pagePerTest } from './browser';

async function api<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
const tokenOf = async (username: string) =>
  (await api(`mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`, { u: username, p: DEMO_PASSWORD })).login.accessToken as string;
const moveCase = (name: string, id: string, token: string, input: Record<string, unknown> = {}) =>
  api(`mutation($id: ID!, $input: MoveCaseInput!) { ${name}(id: $id, input: $input) { id state } }`, { id, input: { idempotencyKey: crypto.randomUUID(), ...input } }, token);

const stateOf = async (page: Page) => page.getByTestId('case-page').getByTestId('case-state').first().getAttribute('data-state');

/** 收费与送达 in the admin app: a decided case with a fee cannot be delivered until the clerk records the bank receipt; then it goes by post. */
describe('a township clerk records the bank receipt of a fee and delivers the result by post', () => {
  let page: Page;
  let caseId = '';
  pagePerTest((session) => ({ page } = session));

  beforeAll(async () => {
    const admin = await tokenOf('hy_admin');
    const units = (await api(`{ searchOrgUnits(query: "汉阴县民政局", first: 100) { nodes { id kind } } }`, {}, admin)).searchOrgUnits.nodes;
    const civilAffairs = units.find((u: { kind: string }) => u.kind === 'DEPARTMENT').id;
    const cgz = (await api(`{ searchOrgUnits(query: "610921100000", first: 5) { nodes { id code } } }`, {}, admin)).searchOrgUnits.nodes.find((u: { code: string }) => u.code === '610921100000').id;
    // A township matter decided by 民政局 with one fee, delivered at the window or by post.
    const stamp = Date.now();
    const input = {
      basicCode: `E2EFEE${stamp % 1_000_000}`,
      implementationCode: `E2E-FEES-${stamp}`,
      name: '收费送达演示事项',
      type: 'PAYMENT',
      subType: null,
      applicantKinds: ['NATURAL_PERSON'],
      specialGroups: ['残疾人'],
      legalBasis: [{ level: 'ADMINISTRATIVE_REGULATION', title: '《社会救助暂行办法》', article: '第四十七条' }],
      implementingBodyId: civilAffairs,
      handlingOffice: null,
      coImplementingBodyIds: [],
      caseKind: 'PROMISED',
      statutoryDays: 20,
      promisedDays: 10,
      naturalDayCap: null,
      conditions: ['演示条件'],
      materials: [{ name: '申请书', form: 'ORIGINAL', copies: 1, required: true, deferrable: false, sharedData: false, note: null }],
      steps: [{ name: '受理', kind: 'ACCEPT', days: 1, counted: true }, { name: '决定', kind: 'DECIDE', days: 5, counted: true }],
      fees: [{ name: '证照工本费', basis: '《收费依据》', amount: '80.00' }],
      resultDocuments: ['证照'],
      deliveryOptions: ['WINDOW', 'POST'],
      visits: 1,
      onlineDepth: 2,
      proxyAllowed: true,
      acceptingTiers: ['VILLAGE', 'TOWNSHIP'],
      decidingTier: 'COUNTY',
      place: '城关镇便民服务中心',
      hours: '工作日 8:30–17:30',
      consultPhone: '0915-5212345',
      supervisionPhone: '12345',
      postalAddress: '陕西省安康市汉阴县城关镇',
    };
    const matterId = (await api(`mutation($i: MatterContentInput!) { createMatter(input: $i) { id } }`, { i: input }, admin)).createMatter.id;
    await api(`mutation($id: ID!) { publishMatter(matterId: $id) { version } }`, { id: matterId }, admin);
    const clerk = await tokenOf('cgz_clerk');
    const approver = await tokenOf('mz_approver');
    caseId = (await api(`mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`, { input: { idempotencyKey: crypto.randomUUID(), matterId, acceptingUnitId: cgz, applicantName: '王先生' } }, clerk)).submitCase.id;
    await moveCase('acceptCase', caseId, clerk);
    await moveCase('forwardCase', caseId, clerk);
    await moveCase('receiveCase', caseId, approver);
    await moveCase('decideCase', caseId, approver, { outcome: 'APPROVED' });
  });

  it('shows the fee as due, refuses delivery, records the receipt, then delivers by post with the tracking number', async () => {
    await login(page, 'cgz_clerk');
    await page.goto(`/cases/${caseId}`);
    await page.getByTestId('case-page').waitFor();
    const fees = page.getByTestId('case-fees');
    await fees.getByTestId('case-fee-row').first().waitFor();
    expect(await fees.getByTestId('case-fee-row').first().innerText()).toMatch(/证照工本费[\s\S]*80\.00[\s\S]*待缴/);
    expect(await fees.getByTestId('case-fees-due').innerText()).toContain('80.00');

    // While the fee is due the result cannot go out: the API's message names it.
    await page.getByTestId('case-action-DELIVER').click();
    const dialog = page.locator('.ant-modal');
    await dialog.waitFor();
    expect(await dialog.getByText('送达上门').count()).toBe(0); // the matter offers window and post only
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.locator('.ant-message').getByText(/尚有未缴费用/).waitFor();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await stateOf(page)).toBe('DECIDED');

    // 票款分离: tick the item, type the bank's receipt number; no amount is entered.
    await fees.getByRole('checkbox', { name: '证照工本费' }).check();
    const receipt = `ICBC-E2E-${Date.now()}`;
    await fees.getByTestId('fee-receipt').fill(receipt);
    await fees.getByTestId('fee-record').click();
    await eventually(async () => expect(await fees.getByTestId('case-fee-row').first().getAttribute('data-status')).toBe('PAID'));
    expect(await fees.getByTestId('case-fee-row').first().innerText()).toContain(receipt);
    await eventually(async () => expect(await page.getByTestId('case-timeline').innerText()).toContain('登记缴费'));

    await page.getByTestId('case-action-DELIVER').click();
    await dialog.waitFor();
    await dialog.getByText('邮寄').click();
    await dialog.getByTestId('move-tracking').fill('EMS1234567890CN');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await stateOf(page)).toBe('DELIVERED'));
    await eventually(async () => expect(await page.getByTestId('case-delivery').innerText()).toMatch(/邮寄[\s\S]*EMS1234567890CN/));
  });
});
