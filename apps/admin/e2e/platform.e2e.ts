import type { Page } from 'playwright-core';
import { pagePerTest, login, menuEntries } from './browser';

describe('platform operator', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('sees only tenant management and cannot open the org tree', async () => {
    await login(page, 'platform');
    expect(await menuEntries(page)).toEqual(['menu-tenants']);
    await page.getByTestId('tenants-table').waitFor();

    await page.goto('/org');
    await page.getByTestId('side-menu').waitFor();
    await page.waitForURL('**/tenants');
    expect(await page.getByTestId('org-tree').count()).toBe(0);
    await page.getByTestId('tenants-table').waitFor();
  });
});
