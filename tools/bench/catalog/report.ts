import { cpus, totalmem } from 'node:os';
import { REPORT_FILE, writeBenchSection } from '../report-file';
import { ReadFigures, SearchFigures } from './measure';
import { Distribution, mb } from './sampling';

export { REPORT_FILE };

export const TARGETS = { publishRatio: 1.2, villageP95Ms: 20, searchP95Ms: 50 };

export interface CatalogFigures {
  postgres: string;
  sizes: { small: number; large: number; provinceCounties: number; provinceVillages: number; mattersPerCounty: number; localSettingsLarge: number };
  buildSeconds: { twoCounties: number; province: number };
  /** Before the province is built: only the 15- and 1,500-village counties. */
  publishTwo: { small: Distribution; large: Distribution };
  /** With the whole province in the database. */
  publishProvince: { small: Distribution; large: Distribution };
  villageTwo: { small: ReadFigures; large: ReadFigures };
  villageProvince: ReadFigures;
  searchProvince: SearchFigures;
  graphql: { effective: Distribution; search: Distribution; effectiveMatters: number } | null;
  peakRssMb: number;
  maxRssMb: number;
  loadAverage: { mean: number; max: number };
  totalSeconds: number;
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const num = (n: number) => n.toLocaleString('en-US');
const met = (ok: boolean) => (ok ? '**met**' : '**not met**');
const row = (label: string, d: Distribution, note = '') => `| ${label} | ${d.samples} | ${ms(d.p50)} | ${ms(d.p95)} | ${ms(d.max)} | ${note} |`;

export function markdownOf(f: CatalogFigures): string {
  const cpu = cpus();
  const ratioTwo = f.publishTwo.large.p50 / f.publishTwo.small.p50;
  const ratioProvince = f.publishProvince.large.p50 / f.publishProvince.small.p50;
  const village = f.villageProvince.byWay;
  const search = f.searchProvince.byWay;
  const s = f.sizes;
  return `## Catalog: publish, village catalog, public search

Synthetic counties under a fake province 99, each provisioned like a real county and given
${num(s.mattersPerCounty)} matters cloned from the 汉阴县 demo catalog (30% accepted in villages), inserted and
published by the county's catalog administrator through \`insertMatterDraft\`/\`publishMatterDraft\`, so
every rule runs. Townships and villages carry local settings (each township 20, each village 10).
\`tools/bench/catalog.bench.ts\`, run with \`npm run bench:catalog\`; total run ${Math.round(f.totalSeconds)} s.

- date: ${new Date().toISOString().slice(0, 10)}
- machine: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores, ${num(mb(totalmem()))} MB RAM, Node ${process.version};
  1-minute load average during the run ${f.loadAverage.mean.toFixed(1)} on average, ${f.loadAverage.max.toFixed(1)} at most
- Postgres: ${f.postgres} (embedded, fsync on, shared_buffers 256MB)
- sizes: a county of ${num(s.small)} villages and one of ${num(s.large)}; then the province: ${s.provinceCounties} counties of
  ${num(s.large)} villages (${num(s.provinceVillages)} villages) plus the small one, ${num((s.provinceCounties + 1) * s.mattersPerCounty)} matters in all.
  The measured village sees ${f.villageProvince.matters} matters with ${f.villageProvince.localSettings} local settings
  (its county holds ${num(s.localSettingsLarge)}). Build: ${Math.round(f.buildSeconds.twoCounties)} s for the two counties,
  ${Math.round(f.buildSeconds.province)} s for the rest of the province.

Times in ms. Services are called as the resolvers call them (\`TenantDatabase.run\` with a
\`RequestContext\`, app role under RLS, pool of 10); reads are sampled round-robin after 20 warm-up rounds.

| measure | samples | p50 | p95 | max | notes |
| --- | ---: | ---: | ---: | ---: | --- |
${row(`publish a new version, ${num(s.small)} villages`, f.publishProvince.small, 'province loaded; `CatalogService.publish`')}
${row(`publish a new version, ${num(s.large)} villages`, f.publishProvince.large, `ratio of medians ${ratioProvince.toFixed(2)} (target ≤ ${TARGETS.publishRatio}): ${met(ratioProvince <= TARGETS.publishRatio)}`)}
${row(`publish, ${num(s.small)} villages, before the province`, f.publishTwo.small, 'only the two counties loaded')}
${row(`publish, ${num(s.large)} villages, before the province`, f.publishTwo.large, `ratio ${ratioTwo.toFixed(2)}`)}
${row('village catalog, service', village.service, `target p95 ≤ ${TARGETS.villageP95Ms}: ${met(village.service.p95 <= TARGETS.villageP95Ms)}; \`CatalogService.effectiveCatalog\``)}
${row('village catalog, raw SQL as app role', village.rawApp, 'one statement in BEGIN/set_config/COMMIT, under RLS')}
${row('village catalog, raw SQL as owner', village.rawOwner, 'one statement, no transaction, no RLS')}
${row(`village catalog, service, ${num(s.small)}-village county`, f.villageTwo.small.byWay.service, 'before the province')}
${row(`village catalog, service, ${num(s.large)}-village county`, f.villageTwo.large.byWay.service, 'before the province')}
${row('public search, service', search.service, `target p95 ≤ ${TARGETS.searchP95Ms}: ${met(search.service.p95 <= TARGETS.searchP95Ms)}; \`GuideService.search\`, three queries`)}
${Object.entries(f.searchProvince.serviceByQuery)
  .map(([kind, d]) => row(`… ${kind} query`, d, `${f.searchProvince.hits[kind]} hits`))
  .join('\n')}
${row('public search, raw SQL as app role', search.rawApp, 'county from its code, filter and limit in SQL')}
${row('public search, raw SQL as owner', search.rawOwner, 'one statement')}
${
  f.graphql
    ? `${row('village catalog over GraphQL/HTTP', f.graphql.effective, `logged-in village agent, ${f.graphql.effectiveMatters} matters with their content`)}
${row('public search over GraphQL/HTTP', f.graphql.search, 'no login')}`
    : ''
}

Memory of the benchmark process (builder, services and the API server in one process): peak RSS
${f.peakRssMb} MB sampled every 100 ms, \`process.resourceUsage().maxRSS\` ${f.maxRssMb} MB.
`;
}

/** Replaces only this benchmark's section, so the other benchmarks in the file are kept. */
export function writeSection(markdown: string, analysis: string): void {
  writeBenchSection('catalog', `${markdown}\n${analysis.trim()}`);
}
