import type { Page } from 'playwright-core';
import { eventually, login, pagePerTest } from './browser';

/** 首页: each role lands on what it has to do now, not only an account card. */
describe('a landing page with work on it', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('the catalog administrator sees a draft she saved, linked to its matter', async () => {
    await login(page, 'hy_admin');
    // A draft of 残疾人证换领, left unpublished.
    await page.getByTestId('menu-catalog').click();
    await page.getByTestId('catalog-search').locator('input').fill('cjrzhl');
    await eventually(async () => expect(await page.getByTestId('catalog-row').count()).toBe(1));
    await page.getByTestId('catalog-row').click();
    await page.getByTestId('matter-tabs').waitFor();
    if (await page.getByTestId('matter-open-draft').isVisible()) await page.getByTestId('matter-open-draft').click();
    await page.getByTestId('matter-editor').waitFor();

    await page.getByTestId('menu-dashboard').click();
    const drafts = page.getByTestId('work-drafts');
    await drafts.waitFor();
    expect(await drafts.innerText()).toMatch(/待发布的草稿（共 \d+ 项）/);
    await drafts.getByRole('link', { name: '残疾人证换领' }).click();
    await page.getByTestId('matter-page').waitFor();
    expect(await page.getByTestId('matter-page').innerText()).toContain('残疾人证换领');
  });

  it('a village agent whose promise a shorter township one overrides is told so on her first page, with the chain', async () => {
    // 城关镇 promises 高龄津贴 in 3 days; 南街社区 then keeps 4, which cannot take effect.
    const set = async (who: string, unitName: string, days: number) => {
      // Each person in her own session.
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      }).catch(() => undefined);
      await login(page, who);
      await page.getByTestId('menu-catalog').click();
      await page.getByTestId('catalog-search').locator('input').fill('gljtsq');
      await eventually(async () => expect(await page.getByTestId('catalog-row').count()).toBe(1));
      await page.getByTestId('catalog-row').click();
      await page.getByRole('tab', { name: new RegExp(unitName) }).click();
      // The form takes the unit's current values once they load; type only after that.
      await page.getByTestId('local-settings').waitFor();
      await page.waitForLoadState('networkidle');
      await page.getByTestId('local-promised').fill(String(days));
      expect(await page.getByTestId('local-promised').inputValue()).toBe(String(days));
      await page.getByTestId('local-save').click();
      await page.locator('.ant-message-notice').first().waitFor();
    };
    await set('cgz_clerk', '城关镇', 3);
    await set('nanjie_agent', '南街社区', 4);

    await page.getByTestId('menu-dashboard').click();
    const list = page.getByTestId('work-not-in-effect');
    await list.waitFor();
    const text = await list.innerText();
    expect(text).toContain('高龄津贴申请 · 南街社区');
    // Other tests may have left 南街社区 a longer promise: any village promise above 3 is overridden.
    expect(text).toMatch(/城关镇 3 个工作日\s*生效[\s\S]*南街社区 ([4-9]|\d{2,}) 个工作日\s*未生效/);
    await list.getByRole('link', { name: /高龄津贴申请/ }).click();
    await page.getByTestId('local-form').waitFor();
  });

  it('a person with nothing to do is told so', async () => {
    await login(page, 'beijie_agent');
    await page.getByTestId('my-work').waitFor();
    await eventually(async () => expect(await page.getByTestId('my-work').innerText()).toMatch(/目前没有待办事项|即将施行/));
  });
});
