import type { Page } from 'playwright-core';
import { eventually, login, pagePerTest } from './browser';

async function move(page: Page, action: string, fill?: (page: Page) => Promise<void>): Promise<void> {
  await page.getByTestId(`case-action-${action}`).click();
  const dialog = page.locator('.ant-modal');
  await dialog.waitFor();
  if (fill) await fill(page);
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await dialog.waitFor({ state: 'detached' });
}

const stateOf = async (page: Page) => page.getByTestId('case-page').getByTestId('case-state').first().getAttribute('data-state');

/** 办件 through the admin app: 城关镇 takes it in and accepts, 民政局 decides, 城关镇 delivers. */
describe('a case from the township counter to the department and back', () => {
  let page: Page;
  let casePath = '';
  pagePerTest((session) => ({ page } = session));

  it('the township clerk takes in 高龄津贴申请 against its checklist and accepts it with a case number and due date', async () => {
    await login(page, 'cgz_clerk');
    await page.getByTestId('menu-cases').click();
    await page.getByTestId('case-new').click();
    const intake = page.getByTestId('intake');
    await intake.getByTestId('intake-matter').click();
    await page.keyboard.type('高龄津贴');
    await page.locator('.ant-select-item-option').filter({ hasText: '高龄津贴申请' }).first().click();
    await intake.getByTestId('intake-applicant').fill('张大爷');
    // With nothing ticked, required materials are missing: no plain acceptance.
    await intake.getByTestId('intake-missing').waitFor();
    expect(await intake.getByTestId('intake-accept').isDisabled()).toBe(true);
    for (const box of await intake.getByTestId('intake-checklist').locator('input[type="checkbox"]:not([disabled])').all()) await box.check();
    await eventually(async () => expect(await intake.getByTestId('intake-accept').isDisabled()).toBe(false));
    await intake.getByTestId('intake-accept').click();

    await page.getByTestId('case-page').waitFor();
    await eventually(async () => expect(await page.getByTestId('case-number').innerText()).toMatch(/^610921-\d{8}-\d{4}$/));
    expect(await stateOf(page)).toBe('ACCEPTED');
    expect(await page.getByTestId('case-due').innerText()).toMatch(/^\d{4}-\d{2}-\d{2}/);
    casePath = new URL(page.url()).pathname;
    const caseNumber = await page.getByTestId('case-number').innerText();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-document-receipt').click()]);
    expect(download.suggestedFilename()).toContain(caseNumber);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    await move(page, 'FORWARD');
    await eventually(async () => expect(await stateOf(page)).toBe('FORWARDED'));
    expect(await page.getByTestId('case-current-unit').innerText()).toContain('民政局');
    expect(await page.getByTestId('case-actions').count()).toBe(0);
    expect(await page.getByTestId('case-timeline').innerText()).toMatch(/提交申请[\s\S]*受理[\s\S]*上报/);

    // 通知记录: the job worker tells the applicant of the acceptance; with no registered phone, no SMS.
    await eventually(async () => {
      await page.getByTestId('case-notices-refresh').click();
      expect(await page.getByTestId('notice-status-IN_APP-CASE_ACCEPTED').innerText()).toContain('已发送');
    });
    expect(await page.getByTestId('notice-status-SMS-CASE_ACCEPTED').innerText()).toContain('无手机号');
  });

  it('民政局 finds it in its queue, receives and approves it', async () => {
    await login(page, 'mz_approver');
    await page.getByTestId('menu-cases').click();
    const row = page.locator(`[data-testid="cases-table"] tr[data-case-id="${casePath.split('/').pop()}"]`);
    await row.waitFor();
    await row.getByRole('link').click();
    await page.getByTestId('case-page').waitFor();
    await move(page, 'RECEIVE');
    await eventually(async () => expect(await stateOf(page)).toBe('IN_REVIEW'));
    await move(page, 'DECIDE');
    await eventually(async () => expect(await stateOf(page)).toBe('DECIDED'));
    expect(await page.getByTestId('case-current-unit').innerText()).toBe('城关镇');
  });

  it('the township delivers the result at home, the case is closed, and the public lookup shows it done', async () => {
    await login(page, 'cgz_clerk');
    await page.goto(casePath);
    await page.getByTestId('case-page').waitFor();
    await move(page, 'DELIVER', async (p) => {
      await p.locator('.ant-modal').getByText('送达上门').click();
      await p.locator('.ant-modal').getByTestId('move-address').fill('城关镇南街 12 号');
    });
    await eventually(async () => expect(await stateOf(page)).toBe('DELIVERED'));
    expect(await page.getByTestId('case-timeline').innerText()).toMatch(/作出决定[\s\S]*送达办结[\s\S]*送达上门/);

    // The applicant, with the receipt's number and code and no login, sees it done — nothing personal.
    const caseNumber = await page.getByTestId('case-number').innerText();
    const code = await page.getByTestId('case-verification-code').innerText();
    const citizen = await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin, locale: 'zh-CN' });
    const lookup = await citizen.newPage();
    await lookup.goto('/guide/610921');
    await lookup.getByTestId('guide-progress-link').click();
    await lookup.getByTestId('progress-number').fill(caseNumber);
    await lookup.getByTestId('progress-code').fill('AAAAAA' === code ? 'BBBBBB' : 'AAAAAA');
    await lookup.getByTestId('progress-search').click();
    await lookup.getByTestId('progress-error').waitFor();
    await lookup.getByTestId('progress-code').fill(code);
    await lookup.getByTestId('progress-search').click();
    await eventually(async () => expect(await lookup.getByTestId('progress-state').innerText()).toBe('已办结'));
    const shown = await lookup.getByTestId('progress-result').innerText();
    expect(shown).toContain('高龄津贴申请');
    expect(shown).toContain('城关镇');
    expect(shown).not.toContain('张大爷');
    await citizen.close();
  });
});
