/**
 * Builds a county of 15 villages, one of 1,500 and then a province of 20 × 1,500 villages, each
 * with 1,000 published matters, in a fresh embedded Postgres; measures publishing, one village's
 * effective catalog and the public search against a raw-SQL floor, and records the figures in
 * docs/benchmarks.md.
 *
 *   npm run bench:catalog     (BENCH_PG_PORT: default a free port; BENCH_PROVINCE_COUNTIES: default 20)
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CatalogService, GuideCache, GuideService, PublicCounties } from '@county/catalog';
import { appDataSource, appUrlFrom, migrate, ownerDataSource, startEmbeddedPostgres, SystemClock, TenantDatabase } from '@county/tenancy';
import { freePort, useTestAuditKey } from '@county/tenancy/testing';
import { PLATFORM_SCHEMA } from '../../apps/api/src/bootstrap/schema';
import { graphqlTimes } from './catalog/http-api';
import { guideSearchTimes, publishTimes, villageCatalogTimes } from './catalog/measure';
import { analysisOf } from './catalog/analysis';
import { CatalogFigures, markdownOf, REPORT_FILE, writeSection } from './catalog/report';
import { explainReads } from './catalog/explain';
import { LoadSampler, mb, RssSampler } from './catalog/sampling';
import {
  addVillageAgent,
  BuiltCounty,
  CountyShape,
  insertLocalSettings,
  provisionSyntheticCounty,
  publishSyntheticCatalog,
} from './catalog/synthetic-county';

const MATTERS = 1000;
const PROVINCE_COUNTIES = Number(process.env.BENCH_PROVINCE_COUNTIES ?? 20);
const PUBLISH_SAMPLES = 50;
const READS = { warmup: 20, samples: 200 };
const SEARCHES_PER_QUERY = { warmup: 10, samples: 100 };

const SMALL: CountyShape = { shortCode: '990201', name: '小溪县', townships: 3, villagesPerTownship: 5 };
const COUNTY_NAMES = '清河安平永宁丰泽长乐广德新和兴隆宝山石门白水青田黄龙松林桃源金川云溪凤鸣龙泉玉林';
const largeCounty = (n: number): CountyShape => ({
  shortCode: `9901${String(n).padStart(2, '0')}`,
  name: `${COUNTY_NAMES.slice((n - 1) * 2, n * 2) || `基准${n}`}县`,
  townships: 30,
  villagesPerTownship: 50,
});

const log = (message: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const seconds = (since: number) => (Date.now() - since) / 1000;

async function main(): Promise<void> {
  const started = Date.now();
  const rss = new RssSampler();
  const load = new LoadSampler();
  const dataDir = mkdtempSync(join(tmpdir(), 'catalog-bench-'));
  const port = Number(process.env.BENCH_PG_PORT ?? (await freePort()));
  const pg = await startEmbeddedPostgres({ dataDir, port, quiet: true });
  // Interrupted, the server and its folder still go.
  const interrupted = () => void pg.stop().then(() => removeWhenStopped(dataDir)).finally(() => process.exit(130));
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const open: { destroy(): Promise<unknown> }[] = [];
  const clients: Client[] = [];
  try {
    await migrate(pg.ownerUrl, PLATFORM_SCHEMA.migrations);
    useTestAuditKey();
    const owner = await ownerDataSource(pg.ownerUrl).initialize();
    open.push(owner);
    const app = await appDataSource(appUrlFrom(pg.ownerUrl), 10).initialize();
    open.push(app);
    const raw = { owner: new Client({ connectionString: pg.ownerUrl }), app: new Client({ connectionString: appUrlFrom(pg.ownerUrl) }) };
    clients.push(raw.owner, raw.app);
    await Promise.all(clients.map((c) => c.connect()));
    const db = new TenantDatabase(app);
    const catalog = new CatalogService(db, new SystemClock());
    const guide = new GuideService(db, new SystemClock(), GuideCache.passThrough(), new PublicCounties(db));
    const today = new SystemClock().today();

    let since = Date.now();
    const small = await build(owner, db, SMALL);
    const large = await build(owner, db, largeCounty(1));
    await owner.query('ANALYZE');
    const twoCounties = seconds(since);
    log(`two counties built in ${twoCounties} s`);

    const publishTwo = await publishTimes(catalog, [small, large], PUBLISH_SAMPLES, 0);
    log(`publish p50 ${publishTwo[0].p50.toFixed(2)} / ${publishTwo[1].p50.toFixed(2)} ms`);
    const villageTwo = {
      small: await villageCatalogTimes(catalog, raw, small, today, READS),
      large: await villageCatalogTimes(catalog, raw, large, today, READS),
    };
    log(`village catalog p95 ${villageTwo.small.byWay.service.p95.toFixed(2)} / ${villageTwo.large.byWay.service.p95.toFixed(2)} ms`);

    since = Date.now();
    // Two at a time: the builder's JavaScript and Postgres then share the two cores.
    for (let n = 2; n <= PROVINCE_COUNTIES; n += 2) {
      await Promise.all([n, n + 1].filter((k) => k <= PROVINCE_COUNTIES).map((k) => build(owner, db, largeCounty(k))));
      log(`province: ${Math.min(n + 1, PROVINCE_COUNTIES)} of ${PROVINCE_COUNTIES} counties`);
    }
    await owner.query('ANALYZE');
    const province = seconds(since);

    const publishProvince = await publishTimes(catalog, [small, large], PUBLISH_SAMPLES, 1);
    log(`province publish p50 ${publishProvince[0].p50.toFixed(2)} / ${publishProvince[1].p50.toFixed(2)} ms`);
    const villageProvince = await villageCatalogTimes(catalog, raw, large, today, READS);
    log(`province village catalog p95 ${villageProvince.byWay.service.p95.toFixed(2)} ms`);
    const searchProvince = await guideSearchTimes(guide, raw, large, today, SEARCHES_PER_QUERY);
    log(`province search p95 ${searchProvince.byWay.service.p95.toFixed(2)} ms`);
    const graphql = await graphqlTimes(app, large, READS);
    log(`GraphQL p95 ${graphql.effective.p95.toFixed(2)} / ${graphql.search.p95.toFixed(2)} ms`);
    if (process.env.BENCH_EXPLAIN) await explainReads(db, large, (text) => process.stderr.write(text));

    const [{ version: postgres }] = await owner.query('SELECT version()');
    const [{ n: localSettingsLarge }] = await owner.query(`SELECT count(*)::int AS n FROM matter_local_setting WHERE tenant_id = $1`, [large.tenantId]);
    const figures: CatalogFigures = {
      postgres,
      sizes: {
        small: small.villages,
        large: large.villages,
        provinceCounties: PROVINCE_COUNTIES,
        provinceVillages: PROVINCE_COUNTIES * large.villages,
        mattersPerCounty: MATTERS,
        localSettingsLarge,
      },
      buildSeconds: { twoCounties, province },
      publishTwo: { small: publishTwo[0], large: publishTwo[1] },
      publishProvince: { small: publishProvince[0], large: publishProvince[1] },
      villageTwo,
      villageProvince,
      searchProvince,
      graphql,
      peakRssMb: mb(rss.stop()),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      loadAverage: load.stop(),
      totalSeconds: seconds(started),
    };
    const markdown = markdownOf(figures);
    const analysis = analysisOf(figures);
    writeSection(markdown, analysis);
    process.stdout.write(`${markdown}\n${analysis}\nwritten to ${REPORT_FILE}\n`);
  } finally {
    rss.stop();
    load.stop();
    for (const c of clients) await c.end().catch(() => undefined);
    for (const d of open.reverse()) await d.destroy().catch(() => undefined);
    await pg.stop();
    await removeWhenStopped(dataDir);
  }
}

async function build(owner: DataSource, db: TenantDatabase, shape: CountyShape): Promise<BuiltCounty> {
  const started = Date.now();
  const provisioned = await provisionSyntheticCounty(owner, shape);
  const matterIds = await publishSyntheticCatalog(db, provisioned, MATTERS);
  const county: BuiltCounty = { ...provisioned, matterIds };
  await insertLocalSettings(owner, county.tenantId);
  county.agent = await addVillageAgent(owner, county);
  log(`${shape.name} (${county.villages} villages, ${MATTERS} matters) in ${seconds(started)} s`);
  return county;
}

/**
 * Run as root, stop() resolves when the wrapper around the postmaster exits, while the
 * postmaster may still be writing its shutdown files; removing the folder then leaves it behind.
 */
async function removeWhenStopped(dataDir: string): Promise<void> {
  for (let i = 0; i < 600 && existsSync(join(dataDir, 'postmaster.pid')); i++) await new Promise((r) => setTimeout(r, 100));
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
