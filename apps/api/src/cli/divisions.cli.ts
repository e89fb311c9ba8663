import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { DivisionCodeError, DivisionImportReport, importDivisions, normalizeDivisionCode } from '@county/tenancy';
import { openDatabase, OpenedDatabase } from '../bootstrap/database';
import { describeStartupError } from '../bootstrap/startup-error';

/**
 * npm run divisions -- import <code>…   load divisions (with ancestors and subtrees; `all` = the nation)
 * npm run divisions -- list [code]      print the children of a division (the provinces without a code)
 *
 * Opens the same database as the server (openDatabase): DATABASE_URL, or the embedded Postgres
 * in .data/postgres, started for the run when no server runs it.
 */
const USAGE = `用法 / usage:
  npm run divisions -- import <code>…   导入区划（含上级和全部下级；all = 全国）
  npm run divisions -- list [code]      列出下级区划`;

async function main(argv: string[]): Promise<number> {
  const [command, ...codes] = argv;
  if (command === 'import' && codes.length > 0) return withDatabase((url) => runImport(url, codes));
  if (command === 'list' && codes.length <= 1) return withDatabase((url) => runList(url, codes[0]));
  process.stderr.write(`${USAGE}\n`);
  return 64;
}

async function runImport(url: string, codes: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const bar = new SingleBar({
    format: '{bar} {percentage}% | {level} | 已读 {rowsRead} 行, 已写 {rowsWritten} 行 | {duration_formatted}',
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(1, 0, { level: '', rowsRead: 0, rowsWritten: 0 });
  try {
    const report = await importDivisions(client, codes, {
      onProgress: (p) => {
        bar.setTotal(p.bytesTotal || 1);
        bar.update(p.bytesRead, { level: LEVEL_LABELS[p.level - 1], rowsRead: p.rowsRead, rowsWritten: p.rowsWritten });
      },
    });
    bar.update(bar.getTotal());
    bar.stop();
    process.stdout.write(summaryOf(report));
  } finally {
    bar.stop();
    await client.end();
  }
}

async function runList(url: string, code: string | undefined): Promise<void> {
  const parent = code === undefined ? null : normalizeDivisionCode(code).code12;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT code, short_code, name, pinyin FROM division
       WHERE parent_code IS NOT DISTINCT FROM $1 AND code IS DISTINCT FROM $1 ORDER BY code`,
      [parent],
    );
    for (const r of rows) process.stdout.write(`${r.code}  ${r.short_code.padEnd(12)}  ${r.name}  ${r.pinyin}\n`);
    if (rows.length === 0) process.stderr.write(`没有下级区划（是否已导入？）/ no children found (imported yet?)\n`);
  } finally {
    await client.end();
  }
}

const LEVEL_LABELS = ['省 province', '市 city', '县 county', '乡镇 township', '村 village'];

function summaryOf(r: DivisionImportReport): string {
  const row = (label: string, c: { rows: number; inserted: number; updated: number; unchanged: number }) =>
    `${label.padEnd(14)}${[c.rows, c.inserted, c.updated, c.unchanged].map((n) => String(n).padStart(11)).join('')}\n`;
  const seconds = r.ms / 1000;
  return [
    `区划导入 / division import: ${r.requested === 'all' ? '全国 all' : r.requested.join(' ')}\n`,
    `${'level'.padEnd(14)}${['rows', 'inserted', 'updated', 'unchanged'].map((h) => h.padStart(11)).join('')}\n`,
    ...Object.values(r.byLevel).map((c, i) => row(LEVEL_LABELS[i], c)),
    row('合计 total', r),
    `用时 time ${seconds.toFixed(1)} s, ${Math.round(r.rows / Math.max(seconds, 0.001))} rows/s, ` +
      `峰值内存 peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
  ].join('');
}

/** Runs `work` against the platform's database, reporting coded errors in both languages. */
async function withDatabase(work: (url: string) => Promise<void>): Promise<number> {
  let database: OpenedDatabase | undefined;
  const stop = async () => {
    await database?.close();
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    database = await openDatabase({ quiet: true });
    await work(database.ownerUrl);
    return 0;
  } catch (error) {
    if (error instanceof DivisionCodeError) {
      process.stderr.write(`\n错误：${error.messageZh}\nError: ${error.messageEn}\n`);
      return 2;
    }
    process.stderr.write(`\n${describeStartupError(error)}\n`);
    return 1;
  } finally {
    await database?.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
