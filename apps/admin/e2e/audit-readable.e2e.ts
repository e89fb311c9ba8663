import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { eventually, login, openDraftEditor, pagePerTest } from './browser';

const CJK = /[\u3400-\u9fff]/;
const MATTER = '惠民殡葬补贴';
const SCREENSHOT = '/tmp/admin-audit-log.png';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** How far the page itself scrolls sideways (a table scrolling inside its own box does not count). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function sheetRows(path: string): Promise<string[][]> {
  const book = new Workbook();
  await book.xlsx.readFile(path);
  const rows: string[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

describe('the audit log a supervisor can read', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('records an edit of a matter (catalog administrator)', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    await page.getByTestId('catalog-search').locator('input').fill('hmbzbt');
    await eventually(async () => expect(await page.getByTestId('catalog-row').count()).toBe(1));
    await page.getByTestId('catalog-row').click();
    await page.getByTestId('matter-page').waitFor();
    await openDraftEditor(page);
    await page.getByTestId('matter-consultPhone').fill(`0915-52${String(Date.now() % 100000).padStart(5, '0')}`);
    await page.getByTestId('editor-save').click();
    await eventually(async () => expect(await page.getByTestId('editor-state').innerText()).toBe('草稿已保存'));
  });

  it('shows the edit by name, filters by action and date, exports it, and reads in English without Chinese labels', async () => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await login(page, 'hy_super');
    await page.getByTestId('menu-audit').click();
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await eventually(async () => expect(await rows.count()).toBeGreaterThan(0));

    // Only saved drafts, only today.
    await page.getByTestId('audit-filter-actions').click();
    await page.keyboard.type('保存事项草稿');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const dates = page.getByTestId('audit-filter-dates').locator('input');
    await dates.nth(0).click();
    await dates.nth(0).fill(today());
    await dates.nth(0).press('Enter');
    await dates.nth(1).fill(today());
    await dates.nth(1).press('Enter');
    await eventually(async () => {
      const actions = await page.getByTestId('audit-action').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')));
      expect(actions.length).toBeGreaterThan(0);
      expect(new Set(actions)).toEqual(new Set(['matter_draft_saved']));
    });
    const first = rows.first();
    expect(await first.getByTestId('audit-action').innerText()).toBe('保存事项草稿');
    expect(await first.getByTestId('audit-subject-link').innerText()).toBe(MATTER);
    expect(await first.getByTestId('audit-details').innerText()).toContain('改动字段');
    expect(await first.getByTestId('audit-details').innerText()).toContain('咨询电话');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^审计日志_.*\.xlsx$/);
    const sheet = await sheetRows(await download.path());
    expect(sheet[0]).toContain('操作');
    expect(sheet.length).toBeGreaterThan(1);
    expect(new Set(sheet.slice(1).map((r) => r[5]))).toEqual(new Set(['matter_draft_saved']));
    expect(sheet.slice(1).map((r) => r[7])).toContain(MATTER);
    expect(sheet.slice(1).every((r) => r[1].startsWith(today()))).toBe(true);

    // The English interface: labels in English, the raw code only in the tooltip.
    await page.getByTestId('language-switch').click();
    await eventually(async () => expect(await first.getByTestId('audit-action').innerText()).toBe('Matter draft saved'));
    const labels = await page.getByTestId('audit-table').locator('[data-testid="audit-action"], [data-testid="audit-details"] dt').allInnerTexts();
    expect(labels.filter((text) => CJK.test(text))).toEqual([]);
    expect(await first.getByTestId('audit-details').innerText()).toContain('Consultation phone');
    const [english] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const enSheet = await sheetRows(await english.path());
    expect(enSheet[0]).toContain('Action');
    expect(enSheet.slice(1).filter((r) => CJK.test(r[4]) || CJK.test(r[6]))).toEqual([]);

    // Usable on a phone: the page itself does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await eventually(async () => expect(await sideways(page)).toBeLessThanOrEqual(0));
    // Each entry is stacked in one cell, its action and subject in view without scrolling the table.
    await eventually(async () => expect(await page.getByTestId('audit-table').locator('thead th').count()).toBe(2));
    const box = await first.getByTestId('audit-subject-link').boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/admin-audit-log-390.png', fullPage: true });

    // The subject opens the matter.
    await page.setViewportSize({ width: 1280, height: 860 });
    await first.getByTestId('audit-subject-link').click();
    await page.getByTestId('matter-page').waitFor();
    expect(page.url()).toMatch(/\/catalog\/[0-9a-f-]{36}$/);
  });
});
