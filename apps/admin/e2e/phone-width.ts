import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl } from './browser';

/** A common phone: 390 CSS pixels wide. */
export const PHONE = { width: 390, height: 844 };

export async function openPhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  context.setDefaultTimeout(10_000);
  return { context, page: await context.newPage() };
}

export interface LayoutFaults {
  /** The document is wider than the screen: the page scrolls sideways. */
  scrollWidth: number;
  clientWidth: number;
  /** Texts laid out about one character per line, with what holds them. */
  columns: { text: string; lines: number; width: number; holder: string }[];
}

/**
 * What is wrong with the page's layout at phone width: the document's scroll width against the
 * screen, and every visible text of more than 3 characters squeezed to (about) one character per
 * line — found by counting the lines a text node's client rects take.
 */
export function layoutFaults(page: Page): Promise<LayoutFaults> {
  return page.evaluate(() => {
    const columns: LayoutFaults['columns'] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, '');
      if ([...text].length <= 3) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (!rects.length) continue;
      const lines = new Set(rects.map((r) => Math.round(r.top))).size;
      const width = Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
      const fontSize = parseFloat(getComputedStyle(node.parentElement!).fontSize) || 14;
      if (lines >= 3 && [...text].length / lines < 2 && width < 2.5 * fontSize) {
        const holder = node.parentElement!;
        columns.push({ text: text.slice(0, 40), lines, width: Math.round(width), holder: `${holder.tagName.toLowerCase()}.${Array.from(holder.classList).join('.')}` });
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, columns };
  });
}
