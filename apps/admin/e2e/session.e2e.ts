import type { Page } from 'playwright-core';
import { pagePerTest, login } from './browser';

describe('an ended session', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('returns to the login page when the session was revoked elsewhere (TOKEN_REVOKED)', async () => {
    await login(page, 'hy_admin');
    // Log this very session out behind the app's back, as another tab or an administrator would.
    const revoked = await page.evaluate(async () => {
      const session = JSON.parse(sessionStorage.getItem('admin.session') ?? '{}') as { accessToken?: string };
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
      return ((await response.json()) as { data?: { logout?: boolean } }).data?.logout;
    });
    expect(revoked).toBe(true);

    await page.getByTestId('menu-users').click();
    await page.getByTestId('login-submit').waitFor();
    expect(await page.getByTestId('side-menu').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('admin.session'))).toBeNull();
  });
});
