/**
 * The public guide on a phone's weak network: cold loads of the guide's home (a county's search
 * page) and of a matter's page in headless Chromium throttled to Fast 3G through the DevTools
 * protocol, against the real API on embedded Postgres with the demo county. First contentful
 * paint, content on screen and bytes go to docs/benchmarks.md.
 *
 *   npm run bench:guide       (builds the admin app first)
 *
 * GUIDE_BENCH_BASELINE names another admin build (e.g. one built at commit b556c28 with
 * `vite build --outDir …`), served the old way — uncompressed, max-age=0, one index.html — so
 * its figures come from the same run; GUIDE_BENCH_BASELINE_LABEL names it in the report.
 * BENCH_RUNS: loads per page and build (default 5).
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appDataSource, appUrlFrom, authSettingsFrom, migrate, seedDemoCounty, startEmbeddedPostgres, withDatabase } from '@county/tenancy';
import { seedDemoCatalog } from '@county/catalog';
import { freePort, testAuditSettings, useTestAuditKey } from '@county/tenancy/testing';
import { createApp } from '../../apps/api/src/bootstrap/create-app';
import { ensureDatabase } from '../../apps/api/src/bootstrap/database';
import { PLATFORM_SCHEMA } from '../../apps/api/src/bootstrap/schema';
import { launchBrowser } from '../../apps/admin/e2e/browser';
import { serveLegacyAdmin } from './guide/legacy-admin';
import { coldLoad, median } from './guide/measure';
import { markdownOf, type BuildFigures, type GuideFigures } from './guide/report';
import { writeBenchSection, REPORT_FILE } from './report-file';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ADMIN_DIR = resolve(__dirname, '../../dist/apps/admin');
const BASELINE_DIR = process.env.GUIDE_BENCH_BASELINE;
const BASELINE_LABEL = process.env.GUIDE_BENCH_BASELINE_LABEL ?? BASELINE_DIR;
const log = (message: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** 汉阴县's guide home, and 高龄津贴申请 (a county matter every village handles). */
const PAGES = [
  { page: 'guide home (汉阴县 search)', path: '/guide/610921', content: '[data-testid="guide-result"]' },
  { page: 'matter page (高龄津贴申请)', path: '/guide/610921/11610921MZ02010004000', content: '[data-testid="guide-matter-name"]' },
];

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(join(ADMIN_DIR, 'guide.html'))) throw new Error('dist/apps/admin/guide.html is missing: run `npm run admin:build` first');
  if (BASELINE_DIR && !existsSync(join(BASELINE_DIR, 'index.html'))) throw new Error(`GUIDE_BENCH_BASELINE=${BASELINE_DIR} holds no index.html`);
  const dataDir = mkdtempSync(join(tmpdir(), 'guide-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), quiet: true });
  let legacy: Server | undefined;
  try {
    await ensureDatabase(pg.ownerUrl, 'bench');
    const ownerUrl = withDatabase(pg.ownerUrl, 'bench');
    await migrate(ownerUrl, PLATFORM_SCHEMA.migrations);
    useTestAuditKey();
    await seedDemoCounty(ownerUrl);
    await seedDemoCatalog(ownerUrl);
    const dataSource = await appDataSource(appUrlFrom(ownerUrl)).initialize();
    const generous = { login: 100_000_000, guide: 100_000_000, notice: 100_000_000 };
    const app = await createApp({ dataSource, auth: authSettingsFrom({}, 'bench-secret'), audit: testAuditSettings(), production: true, rateLimits: generous }, ADMIN_DIR);
    const apiPort = await freePort();
    await app.listen(apiPort, '127.0.0.1');
    const api = `http://127.0.0.1:${apiPort}`;
    const servers: { label: string; served: string; url: string }[] = [
      { label: 'this build', served: 'guide.html and its own scripts, brotli/gzip precompressed, hashed assets `max-age=31536000, immutable`', url: api },
    ];
    if (BASELINE_DIR) {
      const port = await freePort();
      legacy = await serveLegacyAdmin(BASELINE_DIR, api, port);
      servers.unshift({ label: `baseline ${BASELINE_LABEL}`, served: 'the whole admin bundle for every page, uncompressed, `max-age=0` (the old create-app.ts)', url: `http://127.0.0.1:${port}` });
    }

    const browser = await launchBrowser();
    try {
      const builds: BuildFigures[] = servers.map((s) => ({ label: s.label, served: s.served, pages: PAGES.map((p) => ({ page: p.page, url: p.path, loads: [] })) }));
      // A warm-up load of each so the first measured one does not pay for the API's first queries.
      for (const server of servers) for (const p of PAGES) await coldLoad(browser, server.url + p.path, p.content);
      for (let run = 1; run <= RUNS; run++) {
        for (const [pageIndex, p] of PAGES.entries()) {
          for (const [buildIndex, server] of servers.entries()) {
            const load = await coldLoad(browser, server.url + p.path, p.content);
            builds[buildIndex].pages[pageIndex].loads.push(load);
            log(`${server.label} ${p.page} run ${run}: FCP ${load.fcp.toFixed(0)} ms, content ${load.content.toFixed(0)} ms, ${(load.bytes / 1024).toFixed(1)} KB in ${load.requests} requests`);
          }
        }
      }
      for (const build of builds) for (const p of build.pages) log(`${build.label} ${p.page}: median FCP ${median(p.loads.map((l) => l.fcp)).toFixed(0)} ms`);
      const figures: GuideFigures = { runs: RUNS, chromium: `Chromium ${browser.version()}`, builds, assets: guideAssets(), totalSeconds: (Date.now() - started) / 1000 };
      const markdown = markdownOf(figures);
      writeBenchSection('guide', markdown);
      process.stdout.write(`${markdown}\nwritten to ${REPORT_FILE}\n`);
    } finally {
      await browser.close();
      await app.close();
      await dataSource.destroy();
    }
  } finally {
    await new Promise((done) => (legacy ? legacy.close(done) : done(undefined)));
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** guide.html and the scripts and styles it names, with the sizes of their precompressed copies. */
function guideAssets(): GuideFigures['assets'] {
  const html = readFileSync(join(ADMIN_DIR, 'guide.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  const size = (file: string) => (existsSync(join(ADMIN_DIR, file)) ? statSync(join(ADMIN_DIR, file)).size : undefined);
  const files = ['guide.html', ...new Set(named)];
  const rows = files.map((file) => ({ file, raw: size(file) ?? 0, br: size(`${file}.br`), gz: size(`${file}.gz`) }));
  const total = (key: 'raw' | 'br' | 'gz') => rows.reduce((sum, r) => sum + (r[key] ?? r.raw), 0);
  return [...rows, { file: `all ${rows.length} files (${readdirSync(join(ADMIN_DIR, 'assets')).length} in assets/ for both apps)`, raw: total('raw'), br: total('br'), gz: total('gz') }];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
