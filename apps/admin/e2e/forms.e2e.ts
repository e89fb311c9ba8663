import type { Page } from 'playwright-core';
import { eventually, fieldError, login, openDraftEditor, pagePerTest } from './browser';

const HYGIENE = '公共场所卫生许可'; // statutory 20, promised 5; materials 申请表, 营业执照, 卫生管理制度

async function openHygieneDraft(page: Page): Promise<void> {
  await page.getByTestId('menu-catalog').click();
  await page.getByTestId('catalog-search').locator('input').fill('ggcswsxk');
  await eventually(async () => expect(await page.getByTestId('catalog-row').count()).toBe(1));
  expect(await page.getByTestId('catalog-row').innerText()).toContain(HYGIENE);
  await page.getByTestId('catalog-row').click();
  await page.getByTestId('matter-page').waitFor();
  await openDraftEditor(page);
}

describe('forms that tell everything at once', () => {
  let page: Page;
  const pageErrors: string[] = [];
  pagePerTest((session) => {
    ({ page } = session);
    pageErrors.length = 0;
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  it('one save shows every problem beside its field and in a summary under the field labels', async () => {
    await login(page, 'hy_admin');
    await openHygieneDraft(page);
    await page.getByTestId('matter-promisedDays').fill('30');
    await page.getByTestId('matter-consultPhone').fill('123');
    await page.getByTestId('materials-add').click();
    const rows = page.getByTestId('materials').locator('tbody tr.ant-table-row');
    const last = (await rows.count()) - 1;
    await page.getByTestId(`material-name-${last}`).fill('营业执照');
    await page.getByTestId('editor-save').click();

    const summary = page.getByTestId('editor-problems');
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toContain('承诺时限：');
    expect(text).toContain('咨询电话：');
    expect(text).toContain(`申请材料第 ${last + 1} 行 · 材料名称：`);
    expect(text).not.toMatch(/materials\.\d|isLength|promisedDays/);
    expect(await page.getByTestId('editor-error').innerText()).toMatch(/共 [3-9] 处需要修改/);
    // Beside each field, all from the same answer.
    expect(await fieldError(page, 'matter-promisedDays').innerText()).toContain('不得超过法定时限');
    expect(await fieldError(page, 'matter-consultPhone').innerText()).toContain('格式不正确');
    expect(await fieldError(page, `material-name-${last}`).innerText()).toContain('营业执照');
    expect(await page.getByTestId('editor-state').innerText()).toBe('有未保存的修改');
    expect(pageErrors).toEqual([]);
  });

  it('a negative or fractional number is refused beside the field, never turned into 0', async () => {
    await login(page, 'hy_admin');
    await openHygieneDraft(page);
    const promised = page.getByTestId('matter-promisedDays');
    await promised.fill('-3');
    await promised.blur();
    await eventually(async () => expect(await fieldError(page, 'matter-promisedDays').innerText()).toContain('不能为负数'));
    expect(await promised.inputValue()).toBe('-3');
    await page.getByTestId('matter-statutoryDays').fill('2.5');
    await page.getByTestId('matter-statutoryDays').blur();
    await eventually(async () => expect(await fieldError(page, 'matter-statutoryDays').innerText()).toContain('请输入整数'));
    await page.getByTestId('editor-save').click();
    // Refused before anything is sent: no server error, still unsaved.
    await eventually(async () => expect(await page.getByTestId('editor-state').innerText()).toBe('有未保存的修改'));
    expect(await page.getByTestId('editor-error').count()).toBe(0);
    expect(await promised.inputValue()).toBe('-3');
  });

  it('a new matter says it is not saved yet, marks its required sections, and asks before leaving with changes', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    await page.getByTestId('catalog-create').click();
    await page.getByTestId('matter-editor').waitFor();
    expect(await page.getByTestId('editor-state').innerText()).toBe('尚未保存');
    expect(await page.locator('[data-required-section="yes"]').count()).toBeGreaterThanOrEqual(5);
    await page.getByTestId('matter-name').fill('测试离开提示的事项');

    await page.getByTestId('menu-catalog').click();
    await page.getByTestId('leave-cancel').click();
    expect(new URL(page.url()).pathname).toBe('/catalog/new');
    expect(await page.getByTestId('matter-name').inputValue()).toBe('测试离开提示的事项');

    await page.getByTestId('menu-catalog').click();
    await page.getByTestId('leave-confirm').click();
    await eventually(async () => expect(new URL(page.url()).pathname).toBe('/catalog'));
    expect(pageErrors).toEqual([]);
  });

  it('an empty dialog submit shows what is missing and throws nothing', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-users').click();
    await page.getByTestId('users-create').click();
    await page.getByTestId('create-user-username').waitFor();
    await page.locator('.ant-modal').getByRole('button', { name: /确\s*定|创\s*建|OK/ }).click();
    await eventually(async () => expect(await page.locator('.ant-modal .ant-form-item-explain-error').count()).toBeGreaterThan(0));
    expect(pageErrors).toEqual([]);
  });
});
