import type { Page } from 'playwright-core';
import { eventually, login, pagePerTest } from './browser';

describe('server-paged tables', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  const codes = (p: Page) =>
    p.locator('[data-testid="catalog-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code') ?? ''));
  const total = async (p: Page) => Number(await p.getByTestId('catalog-table-total').getAttribute('data-total'));

  it('pages the catalog on the server and filters it there', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    await eventually(async () => expect(await codes(page)).toHaveLength(20));
    const all = await total(page);
    expect(all).toBeGreaterThan(40);
    expect(await page.getByTestId('catalog-table-page').innerText()).toBe(`第 1 / ${Math.ceil(all / 20)} 页`);
    const first = await codes(page);

    await page.getByTestId('catalog-table-next').click();
    await eventually(async () => expect(await page.getByTestId('catalog-table-page').innerText()).toMatch(/^第 2 \//));
    await eventually(async () => expect((await codes(page))[0]).not.toBe(first[0]));
    const second = await codes(page);
    expect(second.filter((code) => first.includes(code))).toEqual([]);

    await page.getByTestId('catalog-table-previous').click();
    await eventually(async () => expect(await codes(page)).toEqual(first));

    // A filter goes to the server: the total shrinks and paging starts again on page 1.
    await page.getByTestId('catalog-table-next').click();
    await page.getByTestId('catalog-filter-tier').click();
    await page.locator('.ant-select-item-option', { hasText: '村（社区）' }).click();
    await eventually(async () => expect(await total(page)).toBeLessThan(all));
    expect(await page.getByTestId('catalog-table-page').innerText()).toMatch(/^第 1 \//);
  });
});
