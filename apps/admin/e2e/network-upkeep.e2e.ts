import type { Page } from 'playwright-core';
import { pagePerTest, eventually, login, openDraftEditor, openOrgTree } from './browser';

const plusDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);

/** Opens the one matter the search finds (by name) from the catalog list. */
async function openMatterNamed(page: Page, name: string): Promise<void> {
  await page.getByTestId('menu-catalog').click();
  await page.getByTestId('catalog-search').locator('input').fill(name);
  await eventually(async () => expect(await page.getByTestId('catalog-row').count()).toBe(1));
  await page.getByTestId('catalog-row').click();
  await page.getByTestId('matter-page').waitFor();
}

/** Types dates into an antd date (or range) picker, whichever element carries the test id. */
async function pickDate(page: Page, testId: string, ...dates: string[]): Promise<void> {
  const inputs = page.locator(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`);
  for (const [i, date] of dates.entries()) {
    const input = inputs.nth(i);
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  }
}

/** Opens a draft, changes the consulting phone, saves and publishes it for a later date. */
async function publishScheduled(page: Page, phone: string, date: string): Promise<void> {
  await openDraftEditor(page);
  await page.getByTestId('matter-consultPhone').fill(phone);
  await page.getByTestId('editor-save').click();
  await eventually(async () => expect(await page.getByTestId('editor-state').innerText()).toBe('草稿已保存'));
  await page.getByTestId('matter-publish').click();
  await page.getByTestId('publish-dialog').waitFor();
  await pickDate(page, 'publish-date', date);
  await page.getByTestId('publish-confirm').click();
  await eventually(async () => expect(await page.getByTestId('matter-scheduled').innerText()).toContain('待施行'));
}

async function findUnit(page: Page, query: string, code: RegExp): Promise<void> {
  await page.getByTestId('org-search').locator('input').fill(query);
  const result = page.getByTestId('org-search-result');
  let index = -1;
  await eventually(async () => {
    const codes = await result.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-code') ?? ''));
    index = codes.findIndex((c) => code.test(c));
    expect({ codes, index: index >= 0 }).toMatchObject({ index: true });
  });
  await result.nth(index).click();
}

describe('network upkeep (catalog administrator)', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it("edits a township's phone, and opens, renames and closes a window", async () => {
    await login(page, 'hy_admin');
    await openOrgTree(page);
    await findUnit(page, '城关镇', /^610921100000$/);
    await page.getByTestId('unit-details-form').waitFor();
    await page.getByTestId('unit-phone').fill('12-34');
    await page.getByTestId('unit-details-save').click();
    await eventually(async () => expect(await page.locator('.ant-form-item-explain-error').first().innerText()).toContain('0915-5212345'));
    await page.getByTestId('unit-phone').fill('0915-5213456');
    await page.getByTestId('unit-address').fill('城关镇东大街 18 号');
    await page.getByTestId('unit-details-save').click();
    await eventually(async () => expect(await page.getByTestId('org-detail-phone').innerText()).toBe('0915-5213456'));
    expect(await page.getByTestId('org-detail-address').innerText()).toBe('城关镇东大街 18 号');

    await findUnit(page, '城关镇便民服务中心', /^610921100000-C$/);
    const panel = page.getByTestId('windows-panel');
    await panel.waitFor();
    const name = `民政窗口${Date.now() % 10000}`;
    await page.getByTestId('window-new-name').fill(name);
    await page.getByTestId('window-open').click();
    const row = (n: string) => panel.locator(`[data-testid="window-row"][data-name="${n}"]`);
    await row(name).waitFor();
    await row(name).getByTestId('window-rename').click();
    await page.getByTestId('window-rename-input').fill(`${name}（社保）`);
    await page.getByTestId('window-rename-confirm').click();
    await row(`${name}（社保）`).waitFor();
    await row(`${name}（社保）`).getByTestId('window-close').click();
    await page.getByTestId('window-close-confirm').click();
    await eventually(async () => expect(await row(`${name}（社保）`).getAttribute('data-closed')).toBe('true'));
    expect(await row(`${name}（社保）`).getByTestId('window-closed').innerText()).toContain('撤销');
    await page.screenshot({ path: '/tmp/admin-network-windows.png', fullPage: true });
  });

  it('retires a matter with a reason and a date; it stays in force until then', async () => {
    await login(page, 'hy_admin');
    await openMatterNamed(page, '特困人员救助供养审核确认');
    await page.getByTestId('matter-retire').click();
    expect(await page.getByTestId('retire-confirm').isDisabled()).toBe(true);
    await page.getByTestId('retire-reason').fill('并入最低生活保障审核确认');
    const date = plusDays(10);
    await pickDate(page, 'retire-date', date);
    await page.getByTestId('retire-confirm').click();
    await eventually(async () => expect(await page.getByTestId('matter-retiring-notice').innerText()).toContain(date));
    expect(await page.getByTestId('matter-retiring-notice').innerText()).toContain('并入最低生活保障审核确认');
    expect(await page.getByTestId('matter-status').innerText()).toBe('已发布');
    expect(await page.getByTestId('matter-retire').count()).toBe(0);
  });

  it('publishes a scheduled version (待施行), compares it with the version in force, and withdraws it', async () => {
    await login(page, 'hy_admin');
    await openMatterNamed(page, '就业困难人员认定');
    await publishScheduled(page, '0915-5219999', plusDays(20));

    await page.getByRole('tab', { name: '版本历史' }).click();
    await page.getByTestId('versions-table').waitFor();
    const scheduled = page.locator('[data-testid^="version-scheduled-"]');
    await scheduled.first().waitFor();
    const version = Number((await scheduled.first().getAttribute('data-testid'))!.replace('version-scheduled-', ''));
    expect(await scheduled.first().innerText()).toBe('待施行');

    // Compare the version in force with the scheduled one.
    expect(await page.getByTestId('versions-compare').isDisabled()).toBe(true);
    await page.getByTestId(`version-pick-${version - 1}`).check();
    await page.getByTestId(`version-pick-${version}`).check();
    await page.getByTestId('versions-compare').click();
    await page.getByTestId('version-compare').waitFor();
    expect(await page.getByTestId('compare-fields').innerText()).toContain('咨询电话');
    await page.screenshot({ path: '/tmp/admin-version-compare.png' });
    await page.keyboard.press('Escape');
    await page.getByTestId('version-compare').waitFor({ state: 'detached' });

    await page.getByTestId(`version-withdraw-${version}`).click();
    await page.getByTestId('withdraw-reason').fill('咨询电话尚未开通');
    await page.getByTestId('withdraw-confirm').click();
    await eventually(async () => expect(await page.getByTestId(`version-withdrawn-${version}`).innerText()).toContain('咨询电话尚未开通'));
    const row = page.locator(`[data-testid="version-row"][data-version="${version}"]`);
    expect(await row.innerText()).toContain('已撤回');
    expect(await page.getByTestId('matter-scheduled').count()).toBe(0);
  });

  it('filters the ledger to the changed matters only', async () => {
    await login(page, 'hy_admin');
    const name = '城乡居民基本医疗保险参保登记';
    await openMatterNamed(page, name);
    await publishScheduled(page, '0915-5218888', plusDays(5));

    await page.getByTestId('menu-ledger').click();
    await page.getByTestId('ledger-totals').waitFor();
    await pickDate(page, 'ledger-range', plusDays(0), plusDays(30));
    const rows = page.getByTestId('ledger-rows').locator('tbody tr.ant-table-row');
    await eventually(async () => expect(await rows.count()).toBeGreaterThan(1));
    await page.getByTestId('ledger-changed-only').click();
    // Listed: exactly the changed ones (this matter; a matter retired within the period counts too).
    await eventually(async () => expect(await rows.count()).toBe(Number(await page.getByTestId('ledger-changed-count').innerText())));
    const listed = await rows.allInnerTexts();
    expect(listed.length).toBeLessThan(10);
    const mine = listed.find((text) => text.includes(name));
    expect(mine).toContain('本期有变化');
    await page.screenshot({ path: '/tmp/admin-ledger-changed-only.png', fullPage: true });
  });
});
