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
  api(`mutation($id: ID!, $input: MoveCaseInput!) { ${name}(id: $id, input: $input) { id state caseNumber verificationCode } }`, { id, input: { idempotencyKey: crypto.randomUUID(), ...input } }, token);

/** 好差评 in the admin app: the window records a bad rating from the pad; the supervisor sees the rectification it opened, and the unit verifies it. */
describe('a township clerk records a bad rating and the supervisor sees the rectification', () => {
  let page: Page;
  let caseId = '';
  let caseNumber = '';
  let publicCase = { caseNumber: '', verificationCode: '' };
  pagePerTest((session) => ({ page } = session));

  beforeAll(async () => {
    const admin = await tokenOf('hy_admin');
    const cgz = (await api(`{ searchOrgUnits(query: "610921100000", first: 5) { nodes { id code } } }`, {}, admin)).searchOrgUnits.nodes.find((u: { code: string }) => u.code === '610921100000').id;
    const matterId = (await api(`{ guideMatter(countyCode: "610921", implementationCode: "11610921MZ02010004000") { matterId } }`, {})).guideMatter.matterId;
    const clerk = await tokenOf('cgz_clerk');
    const approver = await tokenOf('mz_approver');
    caseId = (await api(`mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`, { input: { idempotencyKey: crypto.randomUUID(), matterId, acceptingUnitId: cgz, applicantName: '李大爷', materials: ['高龄津贴申请表'] } }, clerk)).submitCase.id;
    caseNumber = (await moveCase('acceptCase', caseId, clerk)).acceptCase.caseNumber;
    await moveCase('forwardCase', caseId, clerk);
    await moveCase('receiveCase', caseId, approver);
    await moveCase('decideCase', caseId, approver, { outcome: 'APPROVED' });
    await moveCase('deliverCase', caseId, clerk, { deliveryMethod: 'WINDOW' });
    // A second delivered case, rated by the applicant herself on the public progress page.
    const second = (await api(`mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`, { input: { idempotencyKey: crypto.randomUUID(), matterId, acceptingUnitId: cgz, applicantName: '赵大妈', materials: ['高龄津贴申请表'] } }, clerk)).submitCase.id;
    publicCase = (await moveCase('acceptCase', second, clerk)).acceptCase;
    await moveCase('forwardCase', second, clerk);
    await moveCase('receiveCase', second, approver);
    await moveCase('decideCase', second, approver, { outcome: 'APPROVED' });
    await moveCase('deliverCase', second, clerk, { deliveryMethod: 'WINDOW' });
  });

  it('the clerk records 非常不满意 with a comment at the window; the card shows it opened a rectification', async () => {
    await login(page, 'cgz_clerk');
    await page.goto(`/cases/${caseId}`);
    const card = page.getByTestId('case-rating');
    await card.waitFor();
    expect(await card.getAttribute('data-rated')).toBe('no');
    // Without a grade nothing is sent.
    await card.getByTestId('rating-submit').click();
    await card.getByText('请选择评价等级').waitFor();
    await card.getByText('非常不满意', { exact: true }).click();
    await card.getByTestId('rating-comment').fill('排队太久，窗口解释不清');
    await card.getByTestId('rating-submit').click();
    await eventually(async () => expect(await card.getAttribute('data-rated')).toBe('yes'));
    expect(await card.getByTestId('case-rating-grade').innerText()).toBe('非常不满意');
    await card.getByTestId('case-rating-rectification').waitFor();
    expect(await card.innerText()).toContain('窗口评价器 · 刘城关');
  });

  it('the supervisor finds the rectification under 好差评, with the grade counted and its due date', async () => {
    await login(page, 'hy_super');
    await page.getByRole('menuitem', { name: /好差评/ }).click();
    const table = page.getByTestId('rectifications-table');
    const row = table.locator('tr', { hasText: caseNumber });
    await row.waitFor();
    expect(await row.getByTestId('rect-state').getAttribute('data-state')).toBe('OPEN');
    expect(await row.innerText()).toMatch(/非常不满意[\s\S]*城关镇/);
    expect(await row.innerText()).toContain('排队太久，窗口解释不清');
    expect(Number(await page.getByTestId('grade-count-VERY_DISSATISFIED').getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('evaluation-rules').innerText()).toContain('5 个工作日');
    // The supervisor does not verify for the unit: no step to take yet.
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await page.getByTestId('ratings-table').locator('tr', { hasText: caseNumber }).innerText()).toContain('窗口评价器');
  });

  it('the clerk verifies it; the step shows with who did it', async () => {
    await login(page, 'cgz_clerk');
    await page.getByRole('menuitem', { name: /好差评/ }).click();
    const row = page.getByTestId('rectifications-table').locator('tr', { hasText: caseNumber });
    await row.waitFor();
    await row.getByRole('button', { name: /核\s*实/ }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByTestId('rect-step-text').fill('调阅录像，情况属实');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await row.getByTestId('rect-state').getAttribute('data-state')).toBe('VERIFIED'));
    expect(await row.getByTestId('rect-steps').innerText()).toMatch(/核实[\s\S]*调阅录像，情况属实[\s\S]*刘城关/);
  });

  it('the applicant rates on the public progress page with the receipt’s number and code, once', async () => {
    await page.goto(`/guide/610921/progress?n=${encodeURIComponent(publicCase.caseNumber)}`);
    await page.getByTestId('progress-code').fill(publicCase.verificationCode);
    await page.getByTestId('progress-search').click();
    await eventually(async () => expect(await page.getByTestId('progress-state').innerText()).toBe('已办结'));
    const form = page.getByTestId('public-rating');
    await form.getByText('满意', { exact: true }).click();
    await form.getByTestId('public-rating-submit').click();
    await eventually(async () => expect(await form.getByTestId('public-rating-done').innerText()).toContain('满意'));
    // Back again later: the form is offered, but a second rating is refused with the API's message.
    await page.reload();
    await page.getByTestId('progress-code').fill(publicCase.verificationCode);
    await page.getByTestId('progress-search').click();
    await page.getByTestId('public-rating').getByText('非常满意', { exact: true }).click();
    await page.getByTestId('public-rating-submit').click();
    await eventually(async () => expect(await page.getByTestId('public-rating-error').innerText()).toContain('已评价过'));
  });
});
