import type { Page } from 'playwright-core';
import { pagePerTest, login } from './browser';

describe('catalog Excel in and out (导出/导入 Excel)', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('a catalog administrator exports the catalog and imports the same file back: nothing changes', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalog-export').click()]);
    expect(download.suggestedFilename()).toMatch(/事项目录.*\.xlsx$/);
    const file = await download.path();

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('catalog-import').click();
    await (await chooser).setFiles(file!);
    const report = page.getByTestId('catalog-import-report');
    await report.waitFor();
    const text = await report.innerText();
    expect(text).toMatch(/新建 0 项，更新 0 项，未变化 \d+ 项，退回 0 项/);
    expect(Number(/未变化 (\d+) 项/.exec(text)![1])).toBeGreaterThanOrEqual(60);
  });

  it('a township clerk is not offered Excel import or export', async () => {
    await login(page, 'cgz_clerk');
    await page.getByTestId('menu-catalog').click();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByTestId('catalog-export').count()).toBe(0);
    expect(await page.getByTestId('catalog-import').count()).toBe(0);
  });
});
