/**
 * Load through HTTP: the real API (its own process, production settings, embedded Postgres with
 * the demo county) and, in the same run, a bare Apollo Server answering the same schema from
 * memory. autocannon drives each at 16 and 64 concurrent clients with logged-in reads, public
 * guide reads and logins, alone and mixed; then logins and guide reads together, to see whether
 * password hashing starves the rest. Figures go to docs/benchmarks.md.
 *
 *   npm run bench:api        (BENCH_SECONDS: seconds per run, default 8)
 */
import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { serve, stopped } from './child-server';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEMO_PASSWORD, migrate, seedDemoCounty, startEmbeddedPostgres, withDatabase } from '@county/tenancy';
import { seedDemoCatalog } from '@county/catalog';
import { freePort, useTestAuditKey } from '@county/tenancy/testing';
import { PLATFORM_SCHEMA } from '../../apps/api/src/bootstrap/schema';
import { ensureDatabase } from '../../apps/api/src/bootstrap/database';
import { answerOf, drive, LoadFigures, Operation } from './api/load';
import { markdownOf, ApiFigures } from './api/report';
import { writeBenchSection, REPORT_FILE } from './report-file';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = (process.env.BENCH_CLIENTS ?? "16,64").split(",").map(Number);
const log = (message: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'api-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), quiet: true });
  const children: ChildProcess[] = [];
  try {
    await ensureDatabase(pg.ownerUrl, 'bench');
    const ownerUrl = withDatabase(pg.ownerUrl, 'bench');
    await migrate(ownerUrl, PLATFORM_SCHEMA.migrations);
    useTestAuditKey();
    await seedDemoCounty(ownerUrl);
    await seedDemoCatalog(ownerUrl);
    const village = await oneVillage(ownerUrl);

    const apiPort = await freePort();
    // The limits that protect a real server would answer most of this load with RATE_LIMITED.
    const generous = { RATE_LIMIT_LOGIN_PER_MINUTE: '100000000', RATE_LIMIT_GUIDE_PER_MINUTE: '100000000', RATE_LIMIT_PDF_PER_MINUTE: '100000000' };
    children.push(await serve('api/api-server.main.ts', { ...generous, BENCH_OWNER_URL: ownerUrl, BENCH_PORT: String(apiPort), NODE_ENV: 'production' }));
    const api = `http://127.0.0.1:${apiPort}`;
    log(`API on ${api}, village ${village.name} ${village.code}`);

    const login: Operation = {
      label: 'login',
      query: `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken}}`,
      variables: { u: 'cgz_clerk', p: DEMO_PASSWORD },
    };
    const token = ((await answerOf(api, login)).login as { accessToken: string }).accessToken;
    const operations: Record<string, Operation> = {
      typename: { label: '`{__typename}`', query: '{__typename}' },
      unitGuide: {
        label: `public \`guideForUnit\` (${village.name}, matter ids)`,
        query: `query($c:String!){guideForUnit(orgUnitCode:$c){unitName here{matterId} elsewhere{unitName matters{matterId}}}}`,
        variables: { c: village.code },
      },
      search: {
        label: 'public `guideSearch` by pinyin ("gaoling", first 20)',
        query: `query($q:String!){guideSearch(countyCode:"610921",query:$q,first:20){totalCount nodes{matterId content{name}}}}`,
        variables: { q: 'gaoling' },
      },
      me: {
        label: 'logged-in `me` + `orgUnits` (township clerk)',
        query: `{me{username roles} orgUnits(first:20){nodes{id name kind}}}`,
        token,
      },
      login,
    };

    // What the bare server answers: the real API's data for each root field.
    const recorded: Record<string, unknown> = {};
    for (const op of Object.values(operations)) Object.assign(recorded, await answerOf(api, op));
    const recordedFile = join(dataDir, 'recorded.json');
    writeFileSync(recordedFile, JSON.stringify(recorded));
    const barePort = await freePort();
    children.push(await serve('api/bare-apollo.main.ts', { BENCH_RECORDED: recordedFile, BENCH_PORT: String(barePort) }));
    const bare = `http://127.0.0.1:${barePort}`;

    const runs: { server: 'api' | 'bare'; key: string; figures: LoadFigures }[] = [];
    const measure = async (server: 'api' | 'bare', key: string, ops: Operation[], label: string, connections: number) => {
      const url = server === 'api' ? api : bare;
      await drive(url, label, ops, connections, 1); // warm-up
      const figures = await drive(url, label, ops, connections, SECONDS);
      log(`${server} ${label} ×${connections}: ${figures.perSecond.toFixed(0)}/s p50 ${figures.p50} ms p95 ${figures.p95} ms errors ${figures.errors}`);
      runs.push({ server, key, figures });
    };
    for (const connections of CONCURRENCY) {
      for (const [key, op] of Object.entries(operations)) {
        for (const server of ['api', 'bare'] as const) await measure(server, key, [op], op.label, connections);
      }
      const mix = [operations.me, operations.unitGuide, operations.search, operations.me, operations.unitGuide, operations.login];
      for (const server of ['api', 'bare'] as const) await measure(server, 'mix', mix, 'mix: 2 logged-in reads, 2 village guides, 1 search, 1 login', connections);
    }

    // Logins beside reads: 40 clients log in while 16 read the village guide.
    const alone = await drive(api, 'guide alone', [operations.unitGuide], 16, SECONDS);
    const [withLogins, logins] = await Promise.all([
      drive(api, 'guide beside 40 logging in', [operations.unitGuide], 16, SECONDS),
      drive(api, '40 clients logging in', [login], 40, SECONDS),
    ]);
    log(`guide alone p50 ${alone.p50} ms; beside 40 logins p50 ${withLogins.p50} ms; logins ${logins.perSecond.toFixed(1)}/s`);

    const figures: ApiFigures = {
      seconds: SECONDS,
      postgres: await postgresVersion(ownerUrl),
      runs,
      starvation: { alone, withLogins, logins },
      totalSeconds: (Date.now() - started) / 1000,
    };
    const markdown = markdownOf(figures);
    writeBenchSection('api', markdown);
    process.stdout.write(`${markdown}\nwritten to ${REPORT_FILE}\n`);
  } finally {
    for (const child of children) await stopped(child);
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function oneVillage(ownerUrl: string): Promise<{ code: string; name: string }> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT code, name FROM org_unit WHERE kind = 'village' AND name = '南街社区' LIMIT 1`);
    return rows[0];
  } finally {
    await client.end();
  }
}

async function postgresVersion(ownerUrl: string): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SHOW server_version`);
    return rows[0].server_version;
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
