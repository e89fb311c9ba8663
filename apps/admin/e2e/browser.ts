import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const DEMO_PASSWORD = 'Demo@2026pass';

export function baseUrl(): string {
  const url = process.env['ADMIN_E2E_URL'];
  if (!url) throw new Error('ADMIN_E2E_URL is not set: the global setup did not start a server');
  return url.replace(/\/$/, '');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh context per test: no tokens or language choice leak from one test into the next. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}

export interface PageSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * One browser per test file and a fresh context and page per test, closed afterwards.
 * `onOpen` hands each test's page (and the browser, for extra contexts) to the file.
 */
export function pagePerTest(onOpen: (session: PageSession) => void): void {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const opened = await openPage(browser!);
    context = opened.context;
    // The test environment reads it when a test fails (page-on-failure.environment.js).
    (globalThis as { __e2ePage?: Page }).__e2ePage = opened.page;
    onOpen({ browser: browser!, ...opened });
  });
  afterEach(async () => {
    await context?.close();
  });
}

export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

export async function login(page: Page, username: string): Promise<void> {
  await submitLogin(page, username, DEMO_PASSWORD);
  await page.getByTestId('side-menu').waitFor();
}

/** Test ids of the side-menu entries, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  const entries = page.getByTestId('side-menu').locator('[data-testid^="menu-"]');
  return entries.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? ''));
}

export async function openOrgTree(page: Page): Promise<void> {
  await page.getByTestId('menu-org').click();
  await page.getByTestId('org-tree').locator('[data-testid="org-node"]').first().waitFor();
}

/** Names of the nodes at one depth of the org tree (0 = the roots the caller may see). */
export async function treeNames(page: Page, depth: number): Promise<string[]> {
  const nodes = page.getByTestId('org-tree').locator(`[data-testid="org-node"][data-depth="${depth}"]`);
  return nodes.evaluateAll((spans) => spans.map((span) => span.firstChild?.textContent ?? ''));
}

/** Retries an assertion until it passes or the time is up: the UI settles asynchronously. */
export async function eventually(assertion: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Opens a matter from the catalog list by searching its pinyin initials and clicking its row. */
export async function openMatter(page: Page, search: string, implementationCode: string): Promise<void> {
  await page.getByTestId('menu-catalog').click();
  await page.getByTestId('catalog-search').locator('input').fill(search);
  const row = page.locator(`[data-testid="catalog-row"][data-code="${implementationCode}"]`);
  await eventually(async () => expect(await page.getByTestId('catalog-row').count()).toBe(1));
  await row.click();
  await page.getByTestId('matter-page').waitFor();
}

/** The draft editor of the matter on screen, opening a new draft from the version in force if needed. */
export async function openDraftEditor(page: Page): Promise<void> {
  await page.getByTestId('matter-tabs').waitFor();
  if (await page.getByTestId('matter-open-draft').isVisible()) {
    await page.getByTestId('matter-open-draft').click();
  } else {
    await page.getByRole('tab', { name: /编辑草稿/ }).click();
  }
  await page.getByTestId('matter-editor').waitFor();
}

/** The validation message antd shows under the form item that holds the given control. */
export function fieldError(page: Page, controlTestId: string) {
  return page
    .locator('.ant-form-item', { has: page.getByTestId(controlTestId) })
    .locator('.ant-form-item-explain-error');
}
