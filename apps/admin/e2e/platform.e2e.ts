import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, login, menuEntries, openPage } from './browser';

describe('platform operator', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, page } = await openPage(browser));
  });
  afterEach(async () => {
    await context?.close();
  });

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
