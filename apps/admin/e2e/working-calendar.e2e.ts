import type { Page } from 'playwright-core';
import { eventually, login, pagePerTest } from './browser';

/** Picks a date in an antd DatePicker by typing it, as a keyboard user does. */
async function pickDate(page: Page, testId: string, date: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function checkDue(page: Page, acceptedOn: string, workingDays: number): Promise<{ text: string; provisional: string | null }> {
  await pickDate(page, 'due-check-date', acceptedOn);
  await page.getByTestId('due-check-days').fill(String(workingDays));
  await page.getByTestId('due-check-run').click();
  const result = page.getByTestId('due-check-result');
  await result.waitFor();
  return { text: await result.innerText(), provisional: await result.getAttribute('data-provisional') };
}

/** 工作日历: the administrator is told next year's arrangement is missing, enters it, confirms it. */
describe('the working calendar', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('the administrator is alerted, enters next year’s 元旦, confirms the year, and due dates into it become final', async () => {
    await login(page, 'hy_admin');
    const alert = page.getByTestId('calendar-alert');
    await alert.waitFor();
    const link = alert.getByRole('link', { name: '去录入' });
    const year = Number(new URL((await link.getAttribute('href'))!, 'http://x').searchParams.get('year'));
    expect(await alert.innerText()).toContain(`${year} 年的节假日安排尚未确认`);
    await link.click();

    const status = page.getByTestId('calendar-status');
    await eventually(async () => expect(await status.getAttribute('data-status')).toBe('UNCONFIRMED'));
    expect(await status.innerText()).toContain('暂定');

    // Before anything is entered, a limit crossing New Year counts 1-01 as a working day and says it may move.
    const before = await checkDue(page, `${year - 1}-12-28`, 5);
    expect(before.provisional).toBe('true');
    expect(before.text).toContain(`${year} 年的节假日安排尚未确认`);

    await pickDate(page, 'calendar-set-date', `${year}-01-01`);
    await page.getByTestId('calendar-set-name').fill('元旦');
    await page.getByTestId('calendar-set-save').click();
    const row = page.locator(`[data-testid="calendar-days"] tr[data-date="${year}-01-01"]`);
    await row.waitFor();
    expect(await row.innerText()).toMatch(/放假[\s\S]*元旦[\s\S]*本县设置/);

    await page.getByTestId('calendar-confirm').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await eventually(async () => expect(await status.getAttribute('data-status')).toBe('CONFIRMED'));

    const after = await checkDue(page, `${year - 1}-12-28`, 5);
    expect(after.provisional).toBe('false');
    expect(after.text).not.toContain('暂定');

    // Put things back: reopening makes the year provisional again; clearing removes the day.
    await page.getByTestId('calendar-reopen').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await eventually(async () => expect(await status.getAttribute('data-status')).toBe('UNCONFIRMED'));
    await page.getByTestId(`calendar-clear-${year}-01-01`).click();
    await page.locator('.ant-popconfirm').last().getByRole('button', { name: /确\s*定|OK/ }).click();
    await eventually(async () => expect(await row.count()).toBe(0));
  });

  it('a township clerk reads this year’s holidays but changes nothing', async () => {
    await login(page, 'cgz_clerk');
    await page.getByTestId('menu-calendar').click();
    const thisYear = await page.getByTestId('calendar-year').innerText();
    expect(thisYear).toMatch(/\d{4} 年/);
    await page.getByTestId('calendar-status').waitFor();
    expect(await page.getByTestId('calendar-set').count()).toBe(0);
    expect(await page.getByTestId('calendar-confirm').count()).toBe(0);
    expect(await page.getByTestId('calendar-alert').count()).toBe(0);
  });
});
