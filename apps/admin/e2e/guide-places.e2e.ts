import type { Page } from 'playwright-core';
import { eventually, login, pagePerTest } from './browser';

/** Citizens find their township or village by name, pinyin or from a list, never by a 12-digit code. */
describe('public guide: places, referrals, synonyms, titles', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('picks a township by initials and a village from the list; each page has its own title and one heading', async () => {
    await page.goto('/guide/610921');
    await page.getByTestId('guide-heading').waitFor();
    await eventually(async () => expect(await page.title()).toBe('办事指南检索 - 汉阴县政务服务办事指南'));
    expect(await page.locator('h1').count()).toBe(1);

    await page.getByTestId('guide-place-search').click();
    await page.keyboard.type('cgz');
    await page.locator('.ant-select-item-option', { hasText: '城关镇' }).first().click();
    await eventually(async () => expect(await page.getByTestId('guide-unit-name').innerText()).toBe('城关镇'));
    expect(new URL(page.url()).pathname).toBe('/guide/610921/unit/610921100000');
    await eventually(async () => expect(await page.title()).toBe('城关镇 - 汉阴县政务服务办事指南'));
    expect(await page.locator('h1').count()).toBe(1);

    await page.goto('/guide/610921');
    await page.getByTestId('guide-place-list').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '城关镇' }).first().click();
    await page.locator('.ant-cascader-menu-item', { hasText: '南街社区' }).first().click();
    await eventually(async () => expect(await page.getByTestId('guide-unit-name').innerText()).toBe('南街社区'));
  });

  it('mixed input finds places beside matters', async () => {
    await page.goto('/guide/610921');
    await page.getByTestId('guide-search').locator('input').fill('城关z');
    const places = page.getByTestId('guide-place-results');
    await places.waitFor();
    expect(await places.innerText()).toContain('城关镇');
    await page.getByTestId('guide-search').locator('input').fill('zd生活');
    await eventually(async () => expect(await page.getByTestId('guide-results').innerText()).toContain('最低生活保障审核确认'));
  });

  it('the county page of a matter the county center does not accept says where to go instead', async () => {
    await page.goto('/guide/610921');
    await page.getByTestId('guide-search').locator('input').fill('jhsyjttbfzj');
    const result = page.getByTestId('guide-result').first();
    await eventually(async () => expect(await result.innerText()).toContain('计划生育家庭特别扶助金'));
    await result.getByRole('link').first().click();
    const referral = page.getByTestId('guide-referral');
    await referral.waitFor();
    expect(await referral.innerText()).toMatch(/县政务服务中心不受理本事项，请到所在村（社区）便民服务站或所在乡镇（街道）便民服务中心办理/);
    await referral.getByTestId('guide-place-search').waitFor();
  });

  it('a synonym the catalog administrator adds finds the matter in the public search', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    await page.getByTestId('synonyms-open').click();
    await page.getByTestId('synonym-term').fill('低保');
    await page.getByTestId('synonym-expansion').fill('最低生活保障');
    await page.getByTestId('synonym-add').click();
    await eventually(async () => expect(await page.getByTestId('synonyms-table').innerText()).toContain('最低生活保障'));

    await page.goto('/guide/610921');
    await page.getByTestId('guide-search').locator('input').fill('低保');
    await eventually(async () => expect(await page.getByTestId('guide-results').innerText()).toContain('最低生活保障审核确认'));

    // Removed again, so other tests see the catalog as seeded.
    await page.goto('/catalog');
    await page.getByTestId('synonyms-open').click();
    await page.getByTestId('synonym-remove').first().click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await eventually(async () => expect(await page.getByTestId('synonyms-table').innerText()).not.toContain('低保'));
  });
});
