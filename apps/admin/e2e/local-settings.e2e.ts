import type { Page } from 'playwright-core';
import { pagePerTest, eventually, login, openMatter } from './browser';

const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请, promised 10
const TEMPORARY_RELIEF = '11610921MZ02010003000'; // 临时救助, promised 10

async function openLocalSettings(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /本地化设置/ }).click();
  await page.getByTestId('local-form').waitFor();
}

describe('local settings of a township (城关镇)', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('refuses adding a material with the rule on screen, and nothing changes', async () => {
    await login(page, 'cgz_clerk');
    await openMatter(page, 'gljt', OLD_AGE_ALLOWANCE);
    await openLocalSettings(page);
    const materialsBefore = await page.getByTestId('local-materials').innerText();
    const promisedBefore = await page.getByTestId('local-effective-promised').innerText();

    await page.getByTestId('local-propose-material').fill('村委会出具的居住证明');
    await page.getByTestId('local-save').click();

    const refusal = page.getByTestId('local-forbidden');
    await refusal.waitFor();
    const text = await refusal.innerText();
    expect(text).toContain('不得擅自增加审批环节、程序、要件及延长时限');
    expect(await page.getByTestId('local-forbidden-message').innerText()).toContain('增加申请材料「村委会出具的居住证明」');
    await page.screenshot({ path: '/tmp/admin-local-refusal.png', fullPage: true });

    await page.reload();
    await page.getByTestId('matter-page').waitFor();
    await openLocalSettings(page);
    expect(await page.getByTestId('local-materials').innerText()).toBe(materialsBefore);
    expect(materialsBefore).not.toContain('村委会出具的居住证明');
    expect(await page.getByTestId('local-effective-promised').innerText()).toBe(promisedBefore);
  });

  it('shortens the promised limit for the township', async () => {
    await login(page, 'cgz_clerk');
    await openMatter(page, 'lsjz', TEMPORARY_RELIEF);
    await openLocalSettings(page);

    await page.getByTestId('local-promised').fill('7');
    await page.getByTestId('local-save').click();
    await eventually(async () => expect(await page.getByTestId('local-effective-promised').innerText()).toBe('7 个工作日'));
    expect(await page.getByTestId('local-forbidden').count()).toBe(0);

    await page.reload();
    await page.getByTestId('matter-page').waitFor();
    await openLocalSettings(page);
    expect(await page.getByTestId('local-effective-promised').innerText()).toBe('7 个工作日');
    expect(await page.getByTestId('local-promised').inputValue()).toBe('7');
  });

  it("names one of the service center's windows as where the matter is accepted, and can name none again", async () => {
    await login(page, 'cgz_clerk');
    await openMatter(page, 'gljt', OLD_AGE_ALLOWANCE);
    await openLocalSettings(page);
    const picker = page.getByTestId('local-window');
    await picker.click();
    await page.locator('.ant-select-item-option', { hasText: '综合受理窗口' }).click();
    await page.getByTestId('local-save').click();
    await eventually(async () => expect(await page.getByTestId('local-error').count()).toBe(0));
    await eventually(async () => expect(await page.locator('.ant-message-success').count()).toBeGreaterThan(0));

    await page.reload();
    await page.getByTestId('matter-page').waitFor();
    await openLocalSettings(page);
    await eventually(async () => expect(await picker.locator('.ant-select-content, .ant-select-selection-item').first().innerText()).toBe('综合受理窗口'));
    // The county's own windows are not this township's to choose.
    await picker.click();
    expect(await page.locator('.ant-select-item-option').allInnerTexts()).toEqual(['综合受理窗口']);
    await page.keyboard.press('Escape');

    await picker.hover();
    await picker.locator('.ant-select-clear').click();
    await eventually(async () => expect(await picker.innerText()).toContain('不指定窗口'));
    await page.getByTestId('local-save').click();
    await eventually(async () => expect(await page.locator('.ant-message-success').count()).toBeGreaterThan(0));
    await page.reload();
    await page.getByTestId('matter-page').waitFor();
    await openLocalSettings(page);
    // The form is loaded (the address placeholder is the county's place) and names no window.
    await eventually(async () => expect(await page.getByTestId('local-address').getAttribute('placeholder')).toBeTruthy());
    await eventually(async () => expect(await picker.innerText()).toContain('不指定窗口'));
  });
});
