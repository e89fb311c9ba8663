import type { Page } from 'playwright-core';
import { eventually, fieldError, login, pagePerTest } from './browser';

const NUMBER = '610921195807123456';
const MASKED = '610921********3456';

/** 申请人: a clerk registers a person, sees the number masked, and reveals it. */
describe('the applicant registry', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('a clerk registers a person, is told a wrong check digit on the field, sees the masked number and reveals it', async () => {
    await login(page, 'hy_clerk');
    await page.getByTestId('menu-applicants').click();
    await page.getByTestId('applicant-register').click();
    await page.getByTestId('applicant-name').fill('刘老伯');
    await page.getByTestId('applicant-id-number').fill(NUMBER.slice(0, 17) + '7');
    await page.getByTestId('applicant-phone').fill('13912340000');
    await page.getByTestId('applicant-submit').click();
    await eventually(async () => expect(await fieldError(page, 'applicant-id-number').innerText()).toContain('校验码不符'));

    await page.getByTestId('applicant-id-number').fill(NUMBER);
    await page.getByTestId('applicant-submit').click();
    const details = page.getByTestId('applicant-details');
    await details.waitFor();
    expect(await page.getByTestId('applicant-id').innerText()).toBe(MASKED);
    expect(await details.innerText()).toContain('老年人');
    expect(await page.content()).not.toContain(NUMBER);

    await page.getByTestId('applicant-reveal').click();
    await eventually(async () => expect(await page.getByTestId('applicant-id').innerText()).toBe(NUMBER));
    expect(await details.innerText()).toContain('审计日志');

    // The list shows the masked number; a search by the full number finds the person.
    await page.keyboard.press('Escape');
    await page.getByTestId('applicants-search').locator('input').fill(NUMBER);
    await page.getByTestId('applicants-search').locator('input').press('Enter');
    const table = page.getByTestId('applicants-table');
    await eventually(async () => expect(await page.getByTestId('applicants-table-total').getAttribute('data-total')).toBe('1'));
    expect(await table.innerText()).toContain(MASKED);
    expect(await table.innerText()).not.toContain(NUMBER);
  });

  it('a supervisor sees the masked number and no reveal button', async () => {
    await login(page, 'hy_super');
    await page.getByTestId('menu-applicants').click();
    const table = page.getByTestId('applicants-table');
    await eventually(async () => expect(await table.innerText()).toContain(MASKED));
    expect(await page.getByTestId('applicant-register').count()).toBe(0);
    await table.getByText('刘老伯').click();
    await page.getByTestId('applicant-details').waitFor();
    expect(await page.getByTestId('applicant-id').innerText()).toBe(MASKED);
    expect(await page.getByTestId('applicant-reveal').count()).toBe(0);
  });

  it('at the intake desk a clerk finds a registered person, or registers one on the spot, and the case is hers', async () => {
    await login(page, 'cgz_clerk');
    await page.getByTestId('menu-cases').click();
    await page.getByTestId('case-new').click();
    const intake = page.getByTestId('intake');
    await intake.getByTestId('intake-matter').click();
    await page.keyboard.type('高龄津贴');
    await page.locator('.ant-select-item-option').filter({ hasText: '高龄津贴申请' }).first().click();
    await intake.getByTestId('intake-applicant-search').click();
    await page.keyboard.type('刘老伯');
    const option = page.locator('.ant-select-item-option').filter({ hasText: MASKED });
    await option.waitFor();
    await option.click();
    expect(await intake.getByTestId('intake-applicant').inputValue()).toBe('刘老伯');

    // Someone new: registered from the desk, then picked for the case.
    await intake.getByTestId('intake-applicant-register').click();
    await page.getByTestId('applicant-name').fill('陈阿婆');
    await page.getByTestId('applicant-id-number').fill('610921194001010028');
    await page.getByTestId('applicant-submit').click();
    await eventually(async () => expect(await intake.getByTestId('intake-applicant').inputValue()).toBe('陈阿婆'));
    expect(await intake.getByTestId('intake-applicant-search').innerText()).toContain('610921********0028');
    await intake.getByTestId('intake-register').click();
    await page.getByTestId('case-page').waitFor();
    expect(await page.getByTestId('case-page').innerText()).toContain('陈阿婆');
  });
});
