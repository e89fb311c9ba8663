import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, eventually, launchBrowser } from './browser';
import { layoutFaults, openPhone, PHONE } from './phone-width';

const COUNTY = '610921';
const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请

/** Waits until the page has settled (data loaded, spinners gone), then checks its layout. */
async function expectFitsPhone(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await eventually(async () => expect(await page.locator('.ant-spin-spinning').count()).toBe(0));
  const faults = await layoutFaults(page);
  expect({ page: name, clientWidth: faults.clientWidth, overflowsSideways: faults.scrollWidth > faults.clientWidth, scrollWidth: faults.scrollWidth, columns: faults.columns }).toEqual({
    page: name,
    clientWidth: PHONE.width,
    overflowsSideways: false,
    scrollWidth: PHONE.width,
    columns: [],
  });
}

describe('on a 390 px phone nothing scrolls sideways and no text stands one character per line', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    ({ context, page } = await openPhone(browser));
  });
  afterEach(async () => {
    await context.close();
  });

  it('every page of the public guide', async () => {
    await page.goto(`/guide/${COUNTY}`);
    await page.getByTestId('guide-result').first().waitFor();
    await expectFitsPhone(page, 'guide search (county home)');

    await page.getByTestId('guide-search').locator('input').fill('gaoling');
    await eventually(async () => expect(await page.getByTestId('guide-result').count()).toBeGreaterThan(0));
    await expectFitsPhone(page, 'guide search results');

    for (const [name, unit] of [
      ['county unit page (汉阴县)', '610921000000'],
      ['township unit page (城关镇)', '610921100000'],
      ['village unit page (南街社区)', '610921100001'],
    ] as const) {
      await page.goto(`/guide/${COUNTY}/unit/${unit}`);
      await page.getByTestId('guide-unit').waitFor();
      await expectFitsPhone(page, name);
      // The first matter handled here, opened.
      const first = page.getByTestId('guide-unit-here').locator('.ant-collapse-header').first();
      if (await first.count()) {
        await first.click();
        await page.getByTestId('unit-matter-details').first().waitFor();
        await expectFitsPhone(page, `${name}, a matter opened`);
      }
    }

    await page.goto(`/guide/${COUNTY}/${OLD_AGE_ALLOWANCE}`);
    await page.getByTestId('guide-matter').waitFor();
    await expectFitsPhone(page, 'matter page');
    await page.goto(`/guide/${COUNTY}/${OLD_AGE_ALLOWANCE}?unit=610921100001`);
    await page.getByTestId('guide-matter-unit').waitFor();
    await expectFitsPhone(page, 'matter page at 南街社区');
  });

  it('the guide shows its header before any script has run', async () => {
    await context.route('**/assets/**', (route) => route.abort());
    await page.goto(`/guide/${COUNTY}`);
    expect(await page.getByTestId('guide-boot').innerText()).toContain('办事指南');
    await expectFitsPhone(page, 'guide placeholder');
  });

  it('every page a village agent reaches from the menu', async () => {
    await page.goto('/');
    await page.getByTestId('login-username').fill('nanjie_agent');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await expectFitsPhone(page, 'login');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('header-tenant').waitFor();

    const entries = await page.getByTestId('side-menu').locator('[data-testid^="menu-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid') ?? ''));
    expect(entries.length).toBeGreaterThan(1);
    for (const entry of entries) {
      // On a phone the menu folds away behind its button; choosing a page folds it again.
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('side-menu').getByTestId(entry).click();
      await eventually(async () => expect((await page.locator('.ant-layout-sider').boundingBox())?.width).toBe(0));
      await expectFitsPhone(page, entry);
    }

    // A matter of the catalog, opened from its list, and each of its tabs.
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('side-menu').getByTestId('menu-catalog').click();
    await page.getByTestId('catalog-search').locator('input').fill('gljt');
    const row = page.locator(`[data-testid="catalog-row"][data-code="${OLD_AGE_ALLOWANCE}"]`);
    await eventually(async () => expect(await page.getByTestId('catalog-row').count()).toBe(1));
    await row.click();
    await page.getByTestId('matter-page').waitFor();
    await expectFitsPhone(page, 'catalog matter page');
    const tabs = page.getByTestId('matter-tabs').getByRole('tab');
    const count = await tabs.count();
    for (let i = 0; i < count; i++) {
      const tab = tabs.nth(i);
      const name = (await tab.innerText()).trim();
      await tab.click();
      await expectFitsPhone(page, `catalog matter page, tab ${name}`);
    }
  });
});
