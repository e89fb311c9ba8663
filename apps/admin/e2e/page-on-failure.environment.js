// When a browser test fails, what the page showed: its address and visible text in the log,
// a screenshot in tmp/e2e-failures/. A timeout alone ("waiting for getByTestId(...)") says
// nothing about whether the page showed an error, a spinner or another page.
const fs = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const FAILURES = path.resolve(__dirname, '../../../tmp/e2e-failures');

class PageOnFailureEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure') return;
    const page = this.global.__e2ePage;
    if (!page || page.isClosed()) return;
    const name = `${event.test.parent?.name ?? ''} ${event.test.name}`.trim();
    try {
      const text = await page.evaluate(() => document.body?.innerText ?? '').catch((e) => `(no text: ${e.message})`);
      fs.mkdirSync(FAILURES, { recursive: true });
      const file = path.join(FAILURES, `${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: 5000 }).catch(() => undefined);
      console.error(`[e2e failure] ${name}\n  page: ${page.url()}\n  screenshot: ${file}\n  visible text:\n${String(text).slice(0, 3000).replace(/^/gm, '    ')}`);
    } catch (e) {
      console.error(`[e2e failure] ${name}: could not read the page (${e.message})`);
    }
  }
}

module.exports = PageOnFailureEnvironment;
