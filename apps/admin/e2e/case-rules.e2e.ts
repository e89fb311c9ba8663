import type { Page } from 'playwright-core';
import { eventually, login, pagePerTest } from './browser';

/** 办件规则 in the admin app: the county administrator sets them; a clerk reads them and takes a project through the green channel. */
describe('the county’s case rules and the green channel', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  const setNumber = async (testId: string, value: number) => {
    const input = page.getByTestId(testId);
    await input.fill(String(value));
  };

  it('the administrator sees the defaults, sets a shorter green channel, and the page says the county set it', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-caseRules').click();
    await page.getByTestId('rules-form').waitFor();
    await eventually(async () => expect(await page.getByTestId('rules-origin').innerText()).toBe('平台默认值'));
    expect(await page.getByTestId('rules-greenChannelWorkingDays').inputValue()).toBe('20');
    await setNumber('rules-greenChannelWorkingDays', 3);
    await page.getByTestId('rules-save').click();
    await page.getByText('办件规则已保存').waitFor();
    await eventually(async () => expect(await page.getByTestId('rules-origin').innerText()).toBe('本县设置'));
  });

  it('a clerk reads the rules without changing them, and accepts a project through the green channel with its limit', async () => {
    await login(page, 'cgz_clerk');
    await page.getByTestId('menu-caseRules').click();
    await page.getByTestId('rules-form').waitFor();
    await eventually(async () => expect(await page.getByTestId('rules-greenChannelWorkingDays').inputValue()).toBe('3'));
    expect(await page.getByTestId('rules-greenChannelWorkingDays').isDisabled()).toBe(true);
    expect(await page.getByTestId('rules-save').count()).toBe(0);

    await page.getByTestId('menu-cases').click();
    await page.getByTestId('case-new').click();
    const intake = page.getByTestId('intake');
    await intake.getByTestId('intake-matter').click();
    await page.keyboard.type('高龄津贴');
    await page.locator('.ant-select-item-option').filter({ hasText: '高龄津贴申请' }).first().click();
    await intake.getByTestId('intake-applicant').fill('绿色通道项目方');
    await intake.getByTestId('intake-register').click();
    await page.getByTestId('case-page').waitFor();

    await page.getByTestId('case-action-ACCEPT').click();
    const dialog = page.locator('.ant-modal');
    await dialog.waitFor();
    await dialog.getByTestId('move-green-channel').check();
    await dialog.getByTestId('move-investment').fill('500');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    // Below the county's threshold: the coded message says so and nothing changes.
    await page.getByText('绿色通道仅适用于投资 1000 万元以上的项目').waitFor();
    await dialog.getByTestId('move-investment').fill('3000');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await page.getByTestId('case-green-channel').innerText()).toContain('3000'));
    expect(await page.getByText('3 个工作日').count()).toBeGreaterThan(0);
  });

  it('the administrator puts the defaults back', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-caseRules').click();
    await eventually(async () => expect(await page.getByTestId('rules-greenChannelWorkingDays').inputValue()).toBe('3'));
    await setNumber('rules-greenChannelWorkingDays', 20);
    await page.getByTestId('rules-save').click();
    await page.getByText('办件规则已保存').waitFor();
  });
});
