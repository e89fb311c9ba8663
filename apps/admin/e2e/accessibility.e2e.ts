import type { Page } from 'playwright-core';
import { login, menuEntries, pagePerTest } from './browser';
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

  it('the public guide pages', async () => {
    const found: Record<string, unknown> = {};
    for (const path of ['/guide/610921', '/guide/610921/unit/610921100000', '/guide/610921/unit/610921100001', '/guide/610921/11610921MZ02010004000']) {
      await page.goto(path);
      await settle();
      const v = await seriousViolations(page);
      if (v.length) found[path] = v;
    }
    expect(found).toEqual({});
  });

  it('the login page and every page of the menu, for each kind of person', async () => {
    const found: Record<string, unknown> = {};
    await page.goto('/');
    await page.getByTestId('login-username').waitFor();
    const v = await seriousViolations(page);
    if (v.length) found['login'] = v;
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
      }
    }
    expect(found).toEqual({});
  });
});
