import type { Page } from 'playwright-core';
import { pagePerTest, eventually, login, menuEntries, submitLogin } from './browser';

describe('signing in', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('shows the coded error in the chosen language for a wrong password', async () => {
    await submitLogin(page, 'hy_admin', 'not-the-password-1');

    const error = page.getByTestId('login-error');
    await error.waitFor();
    const code = await error.getAttribute('data-error-code');
    expect(code).toBeTruthy();
    expect(code).not.toBe('UNKNOWN');
    const chinese = (await error.innerText()).trim();
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);

    // The same error, re-read from its messageEn once the user switches language.
    await page.getByTestId('language-switch').click();
    await eventually(async () => expect((await error.innerText()).trim()).not.toBe(chinese));
    expect(await error.innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getByTestId('side-menu').count()).toBe(0);
  });

  it('switches the whole app to English and remembers the choice', async () => {
    await login(page, 'hy_admin');
    expect(await page.getByTestId('menu-org').innerText()).toBe('组织架构');

    await page.getByTestId('language-switch').click();
    await eventually(async () => expect(await page.getByTestId('menu-org').innerText()).toBe('Organization'));
    expect(await page.getByTestId('menu-users').innerText()).toBe('Users');
    expect(await page.getByTestId('menu-dashboard').innerText()).toBe('Home');

    await page.reload();
    await page.getByTestId('side-menu').waitFor();
    expect(await page.getByTestId('menu-audit').innerText()).toBe('Audit log');
  });

  it('signs out back to the login page', async () => {
    await login(page, 'hy_super');
    expect(await menuEntries(page)).toEqual(['menu-dashboard', 'menu-org', 'menu-cases', 'menu-handoffs', 'menu-evaluation', 'menu-applicants', 'menu-catalog', 'menu-audit', 'menu-ledger', 'menu-calendar', 'menu-caseRules']);

    await page.getByTestId('user-menu').hover();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-submit').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });
});
