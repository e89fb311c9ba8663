import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { pagePerTest, login } from './browser';

/** The column of a header in the first row of a sheet. */
function columnOf(ws: import('exceljs').Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((c, i) => c.value === header && (found = i));
  if (!found) throw new Error(`no column ${header}`);
  return found;
}

describe('catalog Excel in and out (导出/导入 Excel)', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('a catalog administrator exports the catalog and imports the same file back: nothing changes', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalog-export').click()]);
    expect(download.suggestedFilename()).toMatch(/事项目录.*\.xlsx$/);
    const file = join(tmpdir(), `catalog-${Date.now()}.xlsx`);
    await download.saveAs(file);

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('catalog-import').click();
    await (await chooser).setFiles(file);
    const report = page.getByTestId('catalog-import-report');
    await report.waitFor();
    // A preview: nothing to write, so nothing to confirm.
    expect(await report.getAttribute('data-preview')).toBe('yes');
    const text = await report.innerText();
    expect(text).toMatch(/新建 0 项，更新 0 项，未变化 \d+ 项，退回 0 项/);
    expect(Number(/未变化 (\d+) 项/.exec(text)![1])).toBeGreaterThanOrEqual(60);
    expect(await page.getByTestId('catalog-import-confirm').isDisabled()).toBe(true);
  });

  it('an import is previewed first: what changes, what is refused and why, the problems as a sheet; only the confirmation writes', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalog-export').click()]);
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const main = wb.getWorksheet('事项')!;
    const last = main.rowCount;
    const changed = main.getRow(last).getCell(1).value as string;
    const refused = main.getRow(last - 1).getCell(1).value as string;
    main.getRow(last).getCell(columnOf(main, '办理地点')).value = '导入预览测试地点';
    main.getRow(last - 1).getCell(columnOf(main, '承诺时限（工作日）')).value = -3;
    const edited = join(tmpdir(), `catalog-edited-${Date.now()}.xlsx`);
    writeFileSync(edited, Buffer.from(await wb.xlsx.writeBuffer()));

    await page.getByTestId('catalog-import-mode').getByText('只导入无误的事项').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('catalog-import').click();
    await (await chooser).setFiles(edited);
    const report = page.getByTestId('catalog-import-report');
    await report.waitFor();
    expect(await report.getAttribute('data-preview')).toBe('yes');
    expect(await page.getByTestId('catalog-import-counts').innerText()).toMatch(/尚未写入[\s\S]*更新 1 项，未变化 \d+ 项，退回 1 项/);
    const matters = await page.getByTestId('catalog-import-matters').innerText();
    expect(matters).toContain(changed);
    expect(matters).toContain(refused);
    expect(matters).toMatch(/更新[\s\S]*退回|退回[\s\S]*更新/);
    const problems = await page.getByTestId('catalog-import-errors').innerText();
    expect(problems).toContain('承诺时限（工作日）');
    expect(problems).toContain(String(last - 1));

    const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalog-import-problems').click()]);
    expect(sheet.suggestedFilename()).toBe('导入问题.xlsx');
    const problemsBook = new Workbook();
    await problemsBook.xlsx.load(readFileSync((await sheet.path())!) as unknown as ArrayBuffer);
    const rows = problemsBook.getWorksheet('导入问题')!;
    expect(rows.getRow(1).getCell(6).value).toBe('问题说明');
    expect(rows.getRow(2).getCell(4).value).toBe(refused);

    // The confirmation imports what the preview listed.
    await page.getByTestId('catalog-import-confirm').click();
    await page.locator('[data-testid="catalog-import-report"][data-preview="no"]').waitFor();
    expect(await page.getByTestId('catalog-import-counts').innerText()).toMatch(/已导入为草稿[\s\S]*更新 1 项/);
  });

  it('a file that is not an .xlsx is explained in plain words and nothing is sent', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    const csv = join(tmpdir(), `catalog-${Date.now()}.csv`);
    writeFileSync(csv, '实施编码,事项名称\n1,2\n');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('catalog-import').click();
    await (await chooser).setFiles(csv);
    await page.locator('.ant-message').getByText('另存为').waitFor();
    expect(await page.getByTestId('catalog-import-report').count()).toBe(0);
  });

  it('a township clerk is not offered Excel import or export', async () => {
    await login(page, 'cgz_clerk');
    await page.getByTestId('menu-catalog').click();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByTestId('catalog-export').count()).toBe(0);
    expect(await page.getByTestId('catalog-import').count()).toBe(0);
  });
});
