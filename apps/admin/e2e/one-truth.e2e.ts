import type { Page } from 'playwright-core';
import { eventually, login, openMatter, pagePerTest } from './browser';

const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请, promised 10 by the county
const NANJIE = '610921100001';

async function setLocalPromise(page: Page, days: number): Promise<string> {
  await openMatter(page, 'gljt', OLD_AGE_ALLOWANCE);
  await page.getByRole('tab', { name: /本地化设置/ }).click();
  await page.getByTestId('local-form').waitFor();
  await page.getByTestId('local-promised').fill(String(days));
  await page.getByTestId('local-save').click();
  const notice = page.locator('.ant-message-notice');
  await notice.first().waitFor();
  return notice.first().innerText();
}

/** 县 10 → 城关镇 5 → 南街社区 8: what a village agent, a citizen and the county see is one and the same. */
describe('one truth for what applies at 南街社区', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('the township shortens the promise to 5', async () => {
    await login(page, 'cgz_clerk');
    expect(await setLocalPromise(page, 5)).toContain('本地设置已保存');
  });

  it('a village promise longer than its township’s is saved but said not to be in effect', async () => {
    await login(page, 'nanjie_agent');
    const said = await setLocalPromise(page, 8);
    expect(said).toContain('未生效');
    expect(said).toContain('城关镇已承诺 5 个工作日');
    await eventually(async () => expect(await page.getByTestId('local-effective-promised').innerText()).toBe('5 个工作日'));
    expect(await page.getByTestId('promise-chain').innerText()).toMatch(/汉阴县 10 个工作日[\s\S]*城关镇 5 个工作日[\s\S]*生效[\s\S]*南街社区 8 个工作日[\s\S]*未生效/);
  });

  it('the village page, the matter page reached from it and its 告知单 show the same 5 days and where they come from', async () => {
    await page.goto(`/guide/610921/unit/${NANJIE}`);
    await page.getByTestId('guide-unit').waitFor();
    const item = page.getByTestId('guide-unit-here').locator('.ant-collapse-item').filter({ hasText: '高龄津贴申请' });
    expect(await item.innerText()).toContain('承诺 5 个工作日');
    await item.locator('.ant-collapse-header').click();
    const chainOnUnit = await item.getByTestId('promise-chain').innerText();
    expect(chainOnUnit).toContain('城关镇 5 个工作日');
    await item.getByRole('link', { name: '查看完整办事指南' }).click();
    await page.getByTestId('guide-matter').waitFor();
    expect(page.url()).toContain(`?unit=${NANJIE}`);
    expect(await page.getByTestId('guide-matter-unit').innerText()).toBe('适用于：南街社区');
    expect(await page.getByTestId('guide-matter').innerText()).toContain('5');
    expect(await page.getByTestId('promise-chain').innerText()).toBe(chainOnUnit);
    expect(await page.getByTestId('guide-print-notice').getAttribute('href')).toBe(`/guide/610921/${OLD_AGE_ALLOWANCE}/notice.pdf?unit=${NANJIE}`);
  });

  it('the county’s 层级分布 shows the village’s 8 as not in effect', async () => {
    await login(page, 'hy_admin');
    await openMatter(page, 'gljt', OLD_AGE_ALLOWANCE);
    await page.getByRole('tab', { name: '层级分布' }).click();
    const cgz = page.getByTestId('cascade-townships').locator('tbody tr.ant-table-row').filter({ hasText: '城关镇' });
    await cgz.locator('.ant-table-row-expand-icon').click();
    const village = page.locator('tr.ant-table-row').filter({ hasText: '南街社区' });
    await eventually(async () => expect(await village.getByTestId('promise-chain').innerText()).toContain('未生效'));
  });

  it('a township clerk keeps her villages’ settings too, from the same tab', async () => {
    await login(page, 'cgz_clerk');
    await openMatter(page, 'gljt', OLD_AGE_ALLOWANCE);
    await page.getByRole('tab', { name: /本地化设置/ }).click();
    await page.getByTestId('local-unit').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '南街社区' }).click();
    await eventually(async () => expect(await page.getByTestId('local-promised').inputValue()).toBe('8'));
    expect(await page.getByTestId('local-effective-promised').innerText()).toBe('5 个工作日');
  });
});
