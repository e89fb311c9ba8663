import type { Page } from 'playwright-core';
import { login, menuEntries, openMatter, pagePerTest } from './browser';
import { seriousViolations } from './accessibility';

/** Every page, as its users reach it, passes axe-core with no serious or critical violation. */
describe('accessibility (axe-core)', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  const settle = async () => {
    await page.waitForLoadState('networkidle');
    // Lazy tree levels and antd's fade-in animations finish before the colours are measured.
    await page.waitForTimeout(1000);
  };

  /** The page's level-1 headings: each page has exactly one, with its title. */
  const headings = () => page.locator('h1').allTextContents();

  it('the public guide pages', async () => {
    const found: Record<string, unknown> = {};
    for (const path of ['/guide/610921', '/guide/610921/unit/610921100000', '/guide/610921/unit/610921100001', '/guide/610921/11610921MZ02010004000']) {
      await page.goto(path);
      await settle();
      const v = await seriousViolations(page);
      if (v.length) found[path] = v;
      const h1 = await headings();
      if (h1.length !== 1) found[`${path} h1`] = h1;
    }
    expect(found).toEqual({});
  });

  it('the login page and every page of the menu, for each kind of person', async () => {
    const found: Record<string, unknown> = {};
    await page.goto('/');
    await page.getByTestId('login-username').waitFor();
    const v = await seriousViolations(page);
    if (v.length) found['login'] = v;
    if ((await headings()).length !== 1) found['login h1'] = await headings();
    for (const who of ['hy_admin', 'nanjie_agent', 'platform']) {
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      await login(page, who);
      for (const entry of await menuEntries(page)) {
        await page.getByTestId(entry).click();
        await settle();
        const violations = await seriousViolations(page);
        if (violations.length) found[`${who} ${entry}`] = violations;
        const h1 = await headings();
        if (h1.length !== 1 || !h1[0]?.trim()) found[`${who} ${entry} h1`] = h1;
      }
    }
    expect(found).toEqual({});
  });

  it('the matter page and the new-matter page have one level-1 heading with their title', async () => {
    await login(page, 'hy_admin');
    await openMatter(page, 'gljt', '11610921MZ02010004000');
    await settle();
    const matterName = await page.getByTestId('matter-title').textContent();
    expect(await headings()).toEqual([matterName]);
    await page.goto('/catalog/new');
    await page.getByTestId('side-menu').waitFor();
    await settle();
    expect(await headings()).toEqual(['新建事项']);
  });
});
