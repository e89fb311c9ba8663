import type { Page } from 'playwright-core';
import { pagePerTest, eventually } from './browser';

describe('public guide (办事指南), without login', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('finds 最低生活保障 by its pinyin initials', async () => {
    await page.goto('/guide/610921');
    await page.getByTestId('guide-search').locator('input').fill('zdshbz');
    const results = page.getByTestId('guide-result');
    await eventually(async () => expect(await results.count()).toBe(1));
    expect(await results.first().innerText()).toContain('最低生活保障审核确认');
    expect(await page.getByTestId('login-username').count()).toBe(0);

    await results.first().getByRole('link', { name: '最低生活保障审核确认' }).click();
    await page.getByTestId('guide-matter').waitFor();
    expect(await page.getByTestId('guide-matter-name').innerText()).toBe('最低生活保障审核确认');
  });

  it('tells a village what it handles and where to go for the rest', async () => {
    await page.goto('/guide/610921/unit/610921100001');
    await page.getByTestId('guide-unit').waitFor();
    expect(await page.getByTestId('guide-unit-here').innerText()).toContain('高龄津贴申请');
    expect(await page.getByTestId('guide-unit-elsewhere').innerText()).toContain('城关镇便民服务中心');
  });
});
