/**
 * 办件 at county scale: the demo county and catalog in an embedded Postgres, then BENCH_CASES
 * cases (default 2 million, one in 40 open) loaded with one INSERT … SELECT; the real API in its
 * own process. Measures, at 16 concurrent clients, 受理 through GraphQL (submitCase + acceptCase)
 * against bare INSERTs of the same rows, and the p95 of 城关镇's open queue read by its window
 * clerk under row-level security. Figures go to docs/benchmarks.md.
 *
 *   npm run bench:cases      (BENCH_CASES: default 2000000; BENCH_SECONDS: seconds per run, default 10;
 *                             BENCH_CLIENTS: default 16)
 */
import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { serve, stopped } from './child-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { appUrlFrom, DEMO_PASSWORD, migrate, seedDemoCounty, startEmbeddedPostgres, withDatabase } from '@county/tenancy';
import { seedDemoCatalog } from '@county/catalog';
import { freePort, useTestAuditKey } from '@county/tenancy/testing';
import { PLATFORM_SCHEMA } from '../../apps/api/src/bootstrap/schema';
import { ensureDatabase } from '../../apps/api/src/bootstrap/database';
import { answerOf, drive } from './api/load';
import { writeBenchSection, REPORT_FILE } from './report-file';
import { loadSyntheticCases } from './cases/synthetic-cases';
import { apiAcceptances, rawInserts } from './cases/acceptance';
import { explainQueue } from './cases/explain';
import { markdownOf } from './cases/report';

const argSize = process.argv.find((a) => a.startsWith('--cases='))?.slice('--cases='.length);
const CASES = Number(argSize ?? process.env.BENCH_CASES ?? 2_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const COUNTY = '610921';
const TOWNSHIP = '610921100000'; // 城关镇, whose window clerk is cgz_clerk
const MATTER = '11610921MZ02010004000'; // 高龄津贴申请: accepted at townships, decided by 民政局
const log = (message: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function main(): Promise<void> {
  if (!Number.isInteger(CASES) || CASES < 40) throw new Error(`BENCH_CASES must be a whole number ≥ 40, not ${CASES}`);
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'cases-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), quiet: true });
  const children: ChildProcess[] = [];
  const clients: Client[] = [];
  try {
    await ensureDatabase(pg.ownerUrl, 'bench');
    const ownerUrl = withDatabase(pg.ownerUrl, 'bench');
    await migrate(ownerUrl, PLATFORM_SCHEMA.migrations);
    useTestAuditKey();
    await seedDemoCounty(ownerUrl);
    await seedDemoCatalog(ownerUrl);
    const owner = new Client({ connectionString: ownerUrl });
    clients.push(owner);
    await owner.connect();
    const unit = (
      await owner.query(`SELECT u.tenant_id, u.id, u.name, u.path::text AS path FROM org_unit u WHERE u.code = $1 AND u.kind = 'township'`, [TOWNSHIP])
    ).rows[0] as { tenant_id: string; id: string; name: string; path: string };
    const tenantId = unit.tenant_id;

    log(`loading ${CASES} cases`);
    const load = await loadSyntheticCases(owner, tenantId, COUNTY, CASES);
    // Statistics for every table: right after the seed, org_unit has none, and the planner then
    // joins loadCases' three unit lookups as a cross product (seconds per page; see the report).
    await owner.query('VACUUM ANALYZE');
    log(`${load.rows} cases (${load.open} open) in ${load.seconds.toFixed(1)} s`);

    const explainer = new Client({ connectionString: appUrlFrom(ownerUrl) });
    clients.push(explainer);
    await explainer.connect();
    const plan = await explainQueue(explainer, tenantId, unit.id, unit.path);
    if (process.env.BENCH_EXPLAIN) process.stderr.write(`${plan}\n`);

    const apiPort = await freePort();
    const generous = { RATE_LIMIT_LOGIN_PER_MINUTE: '100000000', RATE_LIMIT_GUIDE_PER_MINUTE: '100000000', RATE_LIMIT_PDF_PER_MINUTE: '100000000' };
    children.push(await serve('api/api-server.main.ts', { ...generous, BENCH_OWNER_URL: ownerUrl, BENCH_PORT: String(apiPort), NODE_ENV: 'production' }));
    const api = `http://127.0.0.1:${apiPort}`;
    const login = await answerOf(api, { label: 'login', query: `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken}}`, variables: { u: 'cgz_clerk', p: DEMO_PASSWORD } });
    const token = (login.login as { accessToken: string }).accessToken;
    const guide = await answerOf(api, { label: 'guideMatter', query: `{ guideMatter(countyCode: "${COUNTY}", implementationCode: "${MATTER}") { matterId } }` });
    const matterId = (guide.guideMatter as { matterId: string }).matterId;

    // The queue first, while the township holds only the loaded cases.
    const queueOp = {
      label: 'queue',
      query: `query($u: ID) { cases(unitId: $u, first: 20) { totalCount nodes { id caseNumber state dueDate warning applicantName matterName currentUnit { name } } } }`,
      variables: { u: unit.id },
      token,
    };
    const first = (await answerOf(api, queueOp)).cases as { totalCount: number; nodes: unknown[] };
    if (!first.nodes.length) throw new Error(`the queue of ${unit.name} is empty: nothing to measure`);
    await drive(api, 'warm-up', [queueOp], CLIENTS, 2);
    const queue = await drive(api, 'queue', [queueOp], CLIENTS, SECONDS);
    const queueAlone = await drive(api, 'queue alone', [queueOp], 1, SECONDS);
    log(`queue ×1: ${queueAlone.perSecond.toFixed(0)}/s p50 ${queueAlone.p50} ms p95 ${queueAlone.p95} ms`);
    log(`queue ×${CLIENTS}: ${queue.perSecond.toFixed(0)}/s p50 ${queue.p50} ms p95 ${queue.p95} ms errors ${queue.errors} (${first.totalCount} open)`);

    const target = { url: api, token, matterId, unitId: unit.id };
    await apiAcceptances(target, CLIENTS, 2); // warm-up
    const apiRate = await apiAcceptances(target, CLIENTS, SECONDS);
    log(`API acceptances ×${CLIENTS}: ${apiRate.perSecond.toFixed(1)}/s p95 ${apiRate.p95.toFixed(1)} ms errors ${apiRate.errors}`);

    const matter = (
      await owner.query(
        `SELECT matter_id AS id, version, name, (content->>'implementingBodyId')::uuid AS "deciderId" FROM matter_version
          WHERE tenant_id = $1 AND matter_id = $2 AND status = 'published' ORDER BY version DESC LIMIT 1`,
        [tenantId, matterId],
      )
    ).rows[0];
    const writers = Array.from({ length: CLIENTS }, () => new Client({ connectionString: appUrlFrom(ownerUrl) }));
    clients.push(...writers);
    await Promise.all(writers.map((c) => c.connect()));
    const rawTarget = { clients: writers, tenantId, countyCode: COUNTY, matter, unitId: unit.id };
    await rawInserts(rawTarget, 2); // warm-up
    const raw = await rawInserts(rawTarget, SECONDS);
    log(`raw INSERTs ×${CLIENTS}: ${raw.perSecond.toFixed(1)}/s p95 ${raw.p95.toFixed(2)} ms errors ${raw.errors}`);

    const [{ server_version: postgres }] = (await owner.query('SHOW server_version')).rows;
    const markdown = markdownOf({
      postgres: `PostgreSQL ${postgres}`,
      load,
      township: { name: unit.name, openCases: first.totalCount },
      api: apiRate,
      raw,
      queue,
      queueAlone,
      machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end`,
      plan,
      totalSeconds: (Date.now() - started) / 1000,
    });
    writeBenchSection('cases', markdown);
    process.stdout.write(`${markdown}\nwritten to ${REPORT_FILE}\n`);
  } finally {
    for (const c of clients) await c.end().catch(() => undefined);
    for (const child of children) await stopped(child);
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
