import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { eventually, login, openMatter, pagePerTest } from './browser';

const MINIMUM_LIVING = '11610921MZ02010001000'; // 最低生活保障审核确认: its steps take 1 working day and more

/**
 * The interface's own words on screen: menus, buttons, headers, labels, tabs, titles, tags,
 * alerts, pagination and placeholders. Text inside `[data-content]` (a matter's name, a sheet's
 * name: Chinese content), `[lang="zh-CN"]` (the switch back to 中文) and cells of data rows are
 * left out.
 */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors = [
      '.ant-menu-title-content',
      'button',
      'th',
      '.ant-tabs-tab',
      '.ant-descriptions-item-label',
      '.ant-card-head-title',
      '.ant-form-item-label',
      '.ant-result-title',
      '.ant-result-subtitle',
      '.ant-alert-message',
      '.ant-alert-title',
      '.ant-alert-description',
      '.ant-pagination',
      '.ant-modal-title',
      '.ant-empty-description',
      '.ant-tag',
      '.ant-radio-button-wrapper',
      '.ant-select-selection-placeholder',
      'h2',
      'h3',
      'h4',
      'h5',
      '.ant-statistic-title',
      '.ant-statistic-content-suffix',
      '.ant-statistic-content-value',
    ];
    const texts: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selectors.join(',')))) {
      if (element.closest('[data-content], [lang="zh-CN"]') || element.offsetParent === null) continue;
      const clone = element.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[data-content], [lang="zh-CN"]').forEach((node) => node.remove());
      const text = clone.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[placeholder]'))) {
      if (input.offsetParent !== null && !input.closest('[data-content]')) texts.push(input.placeholder);
    }
    return texts;
  });
}

/** CJK ideographs and full-width punctuation (（）、，：). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** A stable error code such as IMPORT_VALUE_INVALID shown as if it were a message. */
const RAW_CODE = /\b[A-Z]+(?:_[A-Z]+)+\b/;

async function expectEnglishOnly(page: Page, where: string): Promise<string[]> {
  const texts = await interfaceTexts(page);
  expect(texts.length).toBeGreaterThan(3);
  expect({ where, chinese: texts.filter((t) => CJK.test(t)) }).toEqual({ where, chinese: [] });
  expect({ where, codes: texts.filter((t) => RAW_CODE.test(t)) }).toEqual({ where, codes: [] });
  return texts;
}

async function switchToEnglish(page: Page): Promise<void> {
  await page.getByTestId('language-switch').click();
  await eventually(async () => expect(await page.getByTestId('menu-dashboard').innerText()).toBe('Home'));
}

describe('failures that say what happened', () => {
  let page: Page;
  pagePerTest((session) => ({ page } = session));

  it('a server that cannot answer on page load shows 无法连接服务器 with a retry, never the login page, and the retry brings the page back', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    await page.locator('.ant-table-row').first().waitFor();

    // The API answers 503 as while Postgres is down (answer-status.plugin.ts).
    let broken = true;
    await page.route('**/graphql', (route) =>
      broken
        ? route.fulfill({
            status: 503,
            headers: { 'content-type': 'application/json', 'retry-after': '5' },
            body: JSON.stringify({
              errors: [{ message: '数据库暂时无法连接，请稍后重试', extensions: { code: 'SERVICE_UNAVAILABLE', kind: 'unavailable' } }],
            }),
          })
        : route.continue(),
    );
    await page.reload();
    await page.getByTestId('server-unreachable').waitFor();
    expect(await page.getByTestId('server-unreachable').innerText()).toContain('无法连接服务器');
    expect(await page.getByTestId('login-submit').count()).toBe(0);
    // The session is kept.
    expect(await page.evaluate(() => sessionStorage.getItem('admin.session'))).not.toBeNull();

    // Still down: the retry says so again.
    await page.getByTestId('server-retry').click();
    await page.getByTestId('server-unreachable').waitFor();
    expect(await page.getByTestId('login-submit').count()).toBe(0);

    broken = false;
    await page.getByTestId('server-retry').click();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByTestId('server-unreachable').count()).toBe(0);
    expect(await page.getByTestId('side-menu').count()).toBe(1);
  });

  it('a network that drops while a page is open shows 无法连接服务器 in the page and keeps the session', async () => {
    await login(page, 'hy_admin');
    await page.getByTestId('menu-catalog').click();
    await page.locator('.ant-table-row').first().waitFor();

    let broken = true;
    await page.route('**/graphql', (route) => (broken ? route.abort('internetdisconnected') : route.continue()));
    await page.getByTestId('menu-users').click();
    await page.getByTestId('server-unreachable').waitFor();
    // The layout stays: the user is signed in, only the page's data is missing.
    expect(await page.getByTestId('side-menu').count()).toBe(1);
    expect(await page.getByTestId('login-submit').count()).toBe(0);

    broken = false;
    await page.getByTestId('server-retry').click();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByTestId('server-unreachable').count()).toBe(0);
  });

  it('a 500 with an HTML page (a proxy in front of the API) is also 无法连接服务器, and English says Cannot reach the server', async () => {
    await login(page, 'hy_admin');
    await switchToEnglish(page);
    await page.route('**/graphql', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad Gateway</body></html>' }));
    await page.reload();
    await page.getByTestId('server-unreachable').waitFor();
    const text = await page.getByTestId('server-unreachable').innerText();
    expect(text).toContain('Cannot reach the server');
    expect(text).toContain('Retry');
    expect(text).not.toMatch(CJK);
    expect(await page.getByTestId('login-submit').count()).toBe(0);
  });

  it('a limit answered on page load (429) says so with a retry and keeps the session; only a real session error signs out', async () => {
    await login(page, 'hy_admin');
    let answer: 'limit' | 'revoked' | null = 'limit';
    await page.route('**/graphql', (route) => {
      if (answer === 'limit')
        return route.fulfill({
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': '3' },
          body: JSON.stringify({ errors: [{ message: '请求过于频繁，请 3 秒后再试', extensions: { code: 'RATE_LIMITED', kind: 'limit', messageZh: '请求过于频繁，请 3 秒后再试', messageEn: 'Too many requests; try again in 3 seconds' } }] }),
        });
      if (answer === 'revoked')
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ data: null, errors: [{ message: '登录已注销，请重新登录', extensions: { code: 'TOKEN_REVOKED', kind: 'unauthenticated' } }] }),
        });
      return route.continue();
    });
    await page.reload();
    const result = page.getByTestId('server-unreachable');
    await result.waitFor();
    expect(await result.getAttribute('data-error-code')).toBe('RATE_LIMITED');
    expect(await result.innerText()).toContain('请求过于频繁，请 3 秒后再试');
    expect(await page.evaluate(() => sessionStorage.getItem('admin.session'))).not.toBeNull();

    // A revoked session is a real answer: now, and only now, the login page.
    answer = 'revoked';
    await page.getByTestId('server-retry').click();
    await page.getByTestId('login-submit').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('admin.session'))).toBeNull();
  });

  it('the English interface shows no Chinese and no raw codes on the dashboard, catalog list and matter page, and says “1 working day”', async () => {
    await login(page, 'hy_admin');
    await switchToEnglish(page);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('my-memberships').locator('.ant-table-row').first().waitFor();
    await expectEnglishOnly(page, 'dashboard');

    await page.getByTestId('menu-catalog').click();
    await page.locator('.ant-table-row').first().waitFor();
    await expectEnglishOnly(page, 'catalog list');

    await openMatter(page, 'zdshbz', MINIMUM_LIVING);
    await page.getByTestId('matter-tabs').waitFor();
    await eventually(async () => expect(await page.getByTestId('matter-page').innerText()).toMatch(/working day/));
    await expectEnglishOnly(page, 'matter page');
    const matter = await page.getByTestId('matter-page').innerText();
    expect(matter).toMatch(/\b1 working day\b(?!s)/);
    expect(matter).not.toMatch(/\b1 working days\b/);
    expect(matter).toMatch(/\b(?:[02-9]|\d{2,}) working days\b/);
    // Step kinds are in English, set off with ASCII parentheses: “受理 (Accept)”, not “受理（Accept）”.
    const steps = await page.getByTestId('content-steps').first().innerText();
    expect(steps).toMatch(/ \([A-Z][a-z]+/);
    expect(steps).not.toMatch(/[（）]/);
  });

  it('the English users, organization and delegations pages show no Chinese in their own words', async () => {
    await login(page, 'hy_admin');
    await switchToEnglish(page);
    for (const key of ['users', 'org', 'delegations']) {
      await page.getByTestId(`menu-${key}`).click();
      await page.locator('.ant-table-row, [data-testid="org-node"]').first().waitFor();
      await expectEnglishOnly(page, key);
    }
  });

  it('the English ledger, audit log and public guide pages show no Chinese and no raw codes in their own words', async () => {
    await login(page, 'hy_admin');
    await switchToEnglish(page);
    await page.getByTestId('menu-ledger').click();
    await page.getByTestId('ledger-page').waitFor();
    await page.waitForLoadState('networkidle');
    await expectEnglishOnly(page, 'ledger by dates');
    await page.getByRole('tab', { name: 'By versions' }).click();
    await page.waitForLoadState('networkidle');
    await expectEnglishOnly(page, 'ledger by versions');

    await page.getByTestId('menu-audit').click();
    await page.getByTestId('audit-table').locator('.ant-table-row').first().waitFor();
    await expectEnglishOnly(page, 'audit log');

    for (const path of ['/guide/610921', '/guide/610921/unit/610921100000', '/guide/610921/unit/610921100001', `/guide/610921/${MINIMUM_LIVING}`]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await eventually(async () => expect(await page.locator('h1').count()).toBe(1));
      // The guide's lists arrive after its heading.
      await eventually(async () => void (await expectEnglishOnly(page, path)));
      if (path.endsWith(MINIMUM_LIVING)) expect(await page.locator('body').innerText()).toMatch(/\b1 working day\b(?!s)/);
    }
  });

  it('the Excel import report speaks English: the message in English, no rule codes, only the workbook’s own sheet and column names in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-en-'));
    try {
      await login(page, 'hy_admin');
      await switchToEnglish(page);
      await page.getByTestId('menu-catalog').click();
      await page.locator('.ant-table-row').first().waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalog-export').click()]);
      const workbook = new Workbook();
      await workbook.xlsx.readFile((await download.path())!);
      const matters = workbook.getWorksheet('事项')!;
      const headers = (matters.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      matters.getRow(2).getCell(headers.indexOf('承诺时限（工作日）')).value = 'abc';
      matters.getRow(3).getCell(headers.indexOf('法定时限（工作日）')).value = null;
      const file = join(dir, 'broken.xlsx');
      await workbook.xlsx.writeFile(file);

      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('catalog-import').click();
      await (await chooser).setFiles(file);
      const report = page.getByTestId('catalog-import-report');
      await report.waitFor();
      await report.locator('[data-testid="import-issue-message"]').first().waitFor();

      const messages = await report.locator('[data-testid="import-issue-message"]').allInnerTexts();
      expect(messages).toEqual(expect.arrayContaining(['“abc” is not valid; expected a whole number', 'This cell is required']));
      const codes = await report.locator('[data-testid="import-issue-message"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-error-code')));
      expect(codes).toEqual(expect.arrayContaining(['IMPORT_VALUE_INVALID', 'IMPORT_VALUE_REQUIRED']));
      const texts = await expectEnglishOnly(page, 'import report');
      expect(texts.join(' ')).toMatch(/Rejected|rejected/);
      const reportText = await report.innerText();
      expect(reportText).not.toMatch(RAW_CODE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
