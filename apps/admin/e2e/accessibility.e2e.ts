import type { Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, login, menuEntries, openDraftEditor, openMatter, pagePerTest } from './browser';
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

  it('rows that open something are links reached and followed by keyboard (catalog rows, audit subjects)', async () => {
    await login(page, 'hy_admin');
    // Saving a draft writes an audit entry whose subject is the matter.
    await openMatter(page, 'gljt', '11610921MZ02010004000');
    await openDraftEditor(page);
    await page.getByTestId('matter-consultPhone').fill(`0915-52${String(Date.now() % 100000).padStart(5, '0')}`);
    await page.getByTestId('editor-save').click();
    await eventually(async () => expect(await page.getByTestId('editor-state').innerText()).toBe('草稿已保存'));

    const tabTo = async (testId: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const el = document.activeElement;
          return `${el?.tagName ?? ''}.${el?.getAttribute('data-testid') ?? el?.closest('[data-testid]')?.getAttribute('data-testid') ?? ''}`;
        });
        if (at.endsWith(`.${testId}`)) return;
        seen.push(at);
      }
      throw new Error(`${testId} is not reached by Tab; focus went to ${seen.slice(0, 40).join(' ')}`);
    };
    await page.getByTestId('menu-audit').click();
    await page.getByTestId('audit-subject-link').first().waitFor();
    expect(await page.getByTestId('audit-subject-link').first().evaluate((a) => a.tagName === 'A' && a.hasAttribute('href'))).toBe(true);
    await page.locator('body').focus();
    await tabTo('audit-subject-link');
    await page.keyboard.press('Enter');
    await page.getByTestId('matter-page').waitFor();
  });

  describe('what opens inside a page', () => {
    let found: Record<string, unknown> = {};
    beforeEach(() => {
      found = {};
    });
    const check = async (name: string) => {
      await settle();
      const v = await seriousViolations(page);
      if (v.length) found[name] = v;
    };
    const closeDialog = async (testId: string) => {
      await page.keyboard.press('Escape');
      await page.getByTestId(testId).waitFor({ state: 'hidden' });
    };

    it('each tab of a matter, the draft editor and the matter dialogs', async () => {
      await login(page, 'hy_admin');
      await openMatter(page, 'gljt', '11610921MZ02010004000');
      const tabs = await page.getByTestId('matter-tabs').getByRole('tab').allTextContents();
      expect(tabs.length).toBeGreaterThanOrEqual(3);
      for (const tab of tabs) {
        await page.getByTestId('matter-tabs').getByRole('tab', { name: tab, exact: true }).click();
        await check(`tab ${tab}`);
      }
      await page.getByTestId('matter-tabs').getByRole('tab', { name: '版本历史', exact: true }).click();
      const picks = page.locator('[data-testid^="version-pick-"]');
      if ((await picks.count()) >= 2) {
        await picks.nth(0).check();
        await picks.nth(1).check();
        await page.getByTestId('versions-compare').click();
        await page.getByTestId('version-compare').waitFor();
        await check('compare versions');
        await closeDialog('version-compare');
      }
      await page.getByTestId('matter-retire').click();
      await page.getByTestId('retire-dialog').waitFor();
      await check('retire dialog');
      await closeDialog('retire-dialog');
      await openDraftEditor(page);
      await check('draft editor');
      expect(found).toEqual({});
    });

    it('the synonyms drawer, the import preview, the new user and the delegation dialogs', async () => {
      await login(page, 'hy_admin');
      await page.getByTestId('menu-catalog').click();
      await page.getByTestId('synonyms-open').click();
      await page.getByTestId('synonyms-drawer').waitFor();
      await check('synonyms drawer');
      await closeDialog('synonyms-drawer');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalog-export').click()]);
      const file = join(tmpdir(), `a11y-catalog-${Date.now()}.xlsx`);
      await download.saveAs(file);
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('catalog-import').click();
      await (await chooser).setFiles(file);
      await page.getByTestId('catalog-import-report').waitFor();
      await check('import preview');
      await page.getByTestId('catalog-import-cancel').click();

      await page.getByTestId('menu-users').click();
      await page.getByTestId('users-create').click();
      await page.getByTestId('create-user-username').waitFor();
      await check('new user dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('create-user-username').waitFor({ state: 'hidden' });

      await page.getByTestId('menu-delegations').click();
      await page.getByTestId('delegations-grant').click();
      await page.locator('.ant-modal').waitFor();
      await check('grant delegation dialog');
      expect(found).toEqual({});
    });
  });
});
