import type { Page } from 'playwright-core';
import { pagePerTest, eventually, login, menuEntries, openOrgTree, treeNames } from './browser';

const SCREENSHOT = '/tmp/admin-org-tree.png';

describe('org tree, by role', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('gives the county catalog admin the whole county with its 10 townships', async () => {
    await login(page, 'hy_admin');
    expect(await menuEntries(page)).toEqual([
      'menu-dashboard',
      'menu-org',
      'menu-cases',
      'menu-handoffs',
      'menu-evaluation',
      'menu-applicants',
      'menu-catalog',
      'menu-users',
      'menu-delegations',
      'menu-audit',
      'menu-ledger',
      'menu-calendar',
      'menu-caseRules',
    ]);

    await openOrgTree(page);
    expect(await treeNames(page, 0)).toEqual(['汉阴县']);
    const townships = page.getByTestId('org-tree').locator('[data-depth="1"][data-kind="TOWNSHIP"]');
    await eventually(async () => expect(await townships.count()).toBe(10));
    expect(await treeNames(page, 1)).toContain('城关镇');

    await page.getByTestId('org-tree').locator('[data-code="610921100000"]').click();
    await eventually(async () => expect(await page.getByTestId('org-detail-code').innerText()).toBe('610921100000'));
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('roots a township clerk at 城关镇 and hides staff management', async () => {
    await login(page, 'cgz_clerk');
    expect(await menuEntries(page)).not.toContain('menu-users');

    await openOrgTree(page);
    expect(await treeNames(page, 0)).toEqual(['城关镇']);
    expect(await page.getByTestId('org-tree').locator('[data-kind="COUNTY"]').count()).toBe(0);
  });

  it('shows a village agent her own community only', async () => {
    await login(page, 'nanjie_agent');
    expect(await menuEntries(page)).toEqual(['menu-dashboard', 'menu-org', 'menu-cases', 'menu-evaluation', 'menu-applicants', 'menu-catalog', 'menu-calendar', 'menu-caseRules']);

    await openOrgTree(page);
    expect(await treeNames(page, 0)).toEqual(['南街社区']);
    const villages = await page
      .getByTestId('org-tree')
      .locator('[data-kind="VILLAGE"], [data-kind="TOWNSHIP"], [data-kind="COUNTY"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-code')));
    expect(villages).toEqual(['610921100001']);
  });

  it('finds 城关镇 by its pinyin initials', async () => {
    await login(page, 'hy_admin');
    await openOrgTree(page);

    await page.getByTestId('org-search').locator('input').fill('cgz');
    const result = page.getByTestId('org-search-result').filter({ hasText: '城关镇' });
    await result.first().waitFor();
    await result.first().click();
    await eventually(async () => expect(await page.getByTestId('org-detail-code').innerText()).toBe('610921100000'));
    expect(await page.getByTestId('org-details').innerText()).toContain('乡镇/街道');
  });
});
