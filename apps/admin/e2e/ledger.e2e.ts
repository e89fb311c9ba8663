import type { Page } from 'playwright-core';
import { pagePerTest, eventually, login } from './browser';

const SCREENSHOT = '/tmp/admin-ledger.png';

describe('reform ledger (改革台账)', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('shows the catalog totals and exports the workbook with the session token', async () => {
    await login(page, 'hy_super');
    await page.getByTestId('menu-ledger').click();
    await page.getByTestId('ledger-totals').waitFor();
    await eventually(async () => expect(await page.getByTestId('ledger-rows').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0));
    expect(await page.getByTestId('ledger-totals-materials').innerText()).toContain('申请材料');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ledger-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
