import type { Browser } from 'playwright-core';

/** DevTools' "Fast 3G" as the issue defines it: 1.6 Mbps down, 750 kbps up, 150 ms latency. */
export const FAST_3G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

export interface PageLoad {
  /** first-contentful-paint, ms after navigation start. */
  fcp: number;
  /** When the page's own content (a selector) is on screen, ms after navigation start. */
  content: number;
  /** Bytes on the wire (headers and compressed bodies), every request of the load. */
  bytes: number;
  requests: number;
}

/**
 * One cold load: a fresh browser context (empty cache, no cookies or storage) at 390×844,
 * throttled through the DevTools protocol before the first request.
 */
export async function coldLoad(browser: Browser, url: string, contentSelector: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    // Runs in the page; this file is compiled without the DOM library, hence the cast.
    const inPage = (selector: string) => ((globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector(selector) ? performance.now() : 0);
    const shown = await page.waitForFunction(inPage, contentSelector, {
      polling: 'raf',
      timeout: 120_000,
    });
    const content = Number(await shown.jsonValue());
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    // The paint entry can reach the timeline after the load settles: observe it (buffered) for up to 5 s.
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const found = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          if (found() !== undefined) return resolve(found()!);
          // Node's typings know no 'paint' entries; the page's PerformanceObserver does.
          const paints = { type: 'paint', buffered: true } as unknown as { type: 'mark'; buffered: boolean };
          new PerformanceObserver(() => found() !== undefined && resolve(found()!)).observe(paints);
          setTimeout(() => resolve(found() ?? NaN), 5000);
        }),
    );
    return { fcp, content, bytes, requests };
  } finally {
    await context.close();
  }
}

/** Median of the values measured (a load whose paint entry never came counts as not measured). */
export function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
