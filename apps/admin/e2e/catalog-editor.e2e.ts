import type { Browser, Page } from 'playwright-core';
import { pagePerTest, eventually, fieldError, login, openDraftEditor, openMatter } from './browser';

const MINIMUM_LIVING = '11610921MZ02010001000'; // 最低生活保障审核确认, accepted at villages and townships
const COMPANY = '11610921SJ01020004000'; // 公司设立登记: statutory 15, promised 1
const EDITOR_SCREENSHOT = '/tmp/admin-matter-editor.png';
const GUIDE_SCREENSHOT = '/tmp/admin-guide-matter.png';

describe('matter editor (catalog administrator)', () => {
  let browser: Browser;
  let page: Page;
  pagePerTest((session) => ({ browser, page } = session));

  it('adds a material, publishes it through the diff dialog, and the village guide shows it', async () => {
    const material = `家庭收入情况说明${Date.now() % 100000}`;
    await login(page, 'hy_admin');
    await openMatter(page, 'zdshbz', MINIMUM_LIVING);
    await openDraftEditor(page);

    await page.getByTestId('materials-add').click();
    const rows = page.getByTestId('materials').locator('tbody tr.ant-table-row');
    const last = (await rows.count()) - 1;
    await page.getByTestId(`material-name-${last}`).fill(material);
    await page.getByTestId(`material-deferrable-${last}`).check();
    // Unsaved edits cannot be published: the publish button waits for the save.
    expect(await page.getByTestId('matter-publish').isDisabled()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: EDITOR_SCREENSHOT, fullPage: true });
    await page.getByTestId('editor-save').click();
    await eventually(async () => expect(await page.getByTestId('editor-state').innerText()).toBe('草稿已保存'));

    await page.getByTestId('matter-publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('publish-materials').innerText()).toContain(`+ ${material}`);
    expect(await page.getByTestId('publish-limits').innerText()).toContain('承诺时限');
    await page.screenshot({ path: '/tmp/admin-publish-dialog.png' });
    await page.getByTestId('publish-confirm').click();
    await eventually(async () => expect(await page.getByTestId('in-force-content').isVisible()).toBe(true));
    expect(await page.getByTestId('in-force-content').getByTestId('content-materials').innerText()).toContain(material);

    // The cascade: one county version reaches every township and its villages.
    await page.getByRole('tab', { name: '层级分布' }).click();
    const townships = page.getByTestId('cascade-townships').locator('tbody tr.ant-table-row');
    await eventually(async () => expect(await townships.count()).toBe(10));
    expect(await page.getByTestId('cascade-reach').innerText()).toContain('10 个乡镇');
    await eventually(async () => expect(await page.getByTestId('cascade-village-count').first().innerText()).toMatch(/^\d+$/));
    await eventually(async () => expect(await page.getByTestId('cascade-townships').locator('.ant-spin').count()).toBe(0));
    await page.screenshot({ path: '/tmp/admin-cascade.png', fullPage: true });

    // The public guide needs no login: a fresh context has no session at all.
    const visitor = await browser.newContext({ baseURL: page.url().replace(/\/catalog.*$/, ''), viewport: { width: 1280, height: 900 } });
    try {
      const guide = await visitor.newPage();
      await guide.goto(`/guide/610921/${MINIMUM_LIVING}`);
      await guide.getByTestId('guide-matter').waitFor();
      expect(await guide.getByTestId('guide-content').getByTestId('content-materials').innerText()).toContain(material);
      expect(await guide.getByTestId('guide-print-notice').getAttribute('href')).toBe(`/guide/610921/${MINIMUM_LIVING}/notice.pdf`);
      await guide.screenshot({ path: GUIDE_SCREENSHOT, fullPage: true });

      await guide.goto('/guide/610921/unit/610921100001');
      expect(await guide.getByTestId('guide-unit-name').innerText()).toBe('南街社区');
      await guide.getByTestId('unit-matter-name').filter({ hasText: '最低生活保障审核确认' }).click();
      await eventually(async () => expect(await guide.getByTestId('unit-matter-materials').first().innerText()).toContain(material));
    } finally {
      await visitor.close();
    }
  });

  it('shows a promised limit longer than the statutory one next to the field', async () => {
    await login(page, 'hy_admin');
    await openMatter(page, 'gssldj', COMPANY);
    await openDraftEditor(page);

    const promised = page.getByTestId('matter-promisedDays');
    await promised.fill('99');
    await page.getByTestId('editor-save').click();

    const inline = fieldError(page, 'matter-promisedDays');
    await eventually(async () => expect(await inline.innerText()).toContain('不得超过法定时限'));
    expect(await page.getByTestId('editor-error').getAttribute('data-error-code')).toBe('PROMISED_EXCEEDS_STATUTORY');
    // Only the field concerned is marked.
    expect(await fieldError(page, 'matter-statutoryDays').count()).toBe(0);
  });
});
