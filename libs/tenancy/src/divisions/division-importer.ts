import type { Pool, PoolClient, ClientBase } from 'pg';
import type { DataSource } from 'typeorm';
import { DIVISION_LEVEL_NAMES, DivisionLevel } from './division-code';
import { DivisionReadProgress, DivisionRow, parseDivisionSelection, readDivisions } from './division-source';

/** An owner connection: the app role may only read `division`. */
export type DivisionDatabase = DataSource | Pool | ClientBase;

export type DivisionLevelName = (typeof DIVISION_LEVEL_NAMES)[DivisionLevel];

export interface DivisionLevelCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface DivisionImportReport {
  /** Normalized short codes, or 'all' for the whole nation. */
  requested: string[] | 'all';
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  byLevel: Record<DivisionLevelName, DivisionLevelCounts>;
  ms: number;
}

export interface DivisionImportProgress extends DivisionReadProgress {
  rowsRead: number;
  rowsWritten: number;
}

export interface DivisionImportOptions {
  onProgress?: (progress: DivisionImportProgress) => void;
  /** Rows per upsert statement; each column travels as one array parameter. */
  batchSize?: number;
}

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

// Only rows whose content differs are rewritten, so a repeated import touches nothing;
// xmax = 0 tells a fresh insert from an update of an existing row.
const UPSERT = `
  WITH upserted AS (
    INSERT INTO division AS d (code, short_code, name, level, parent_code, path, pinyin, pinyin_initials)
    SELECT code, short_code, name, level, parent_code, path::ltree, pinyin, pinyin_initials
    FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::smallint[], $5::varchar[], $6::text[], $7::text[], $8::text[])
      AS t(code, short_code, name, level, parent_code, path, pinyin, pinyin_initials)
    ON CONFLICT (code) DO UPDATE SET
      short_code = excluded.short_code, name = excluded.name, level = excluded.level,
      parent_code = excluded.parent_code, path = excluded.path,
      pinyin = excluded.pinyin, pinyin_initials = excluded.pinyin_initials
    WHERE (d.short_code, d.name, d.level, d.parent_code, d.path, d.pinyin, d.pinyin_initials)
      IS DISTINCT FROM (excluded.short_code, excluded.name, excluded.level, excluded.parent_code, excluded.path, excluded.pinyin, excluded.pinyin_initials)
    RETURNING d.level, (d.xmax = 0) AS inserted
  )
  SELECT level, count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
  FROM upserted GROUP BY level`;

/**
 * Loads national division reference data into `division`: the requested units with their
 * subtrees and ancestors ('all' for the nation). One transaction, so a malformed or unknown
 * code leaves the table as it was. Rows stream from the package's CSVs in batches, and the
 * next batch is read while the previous one is written.
 */
export async function importDivisions(
  db: DivisionDatabase,
  codes: string[],
  options: DivisionImportOptions = {},
): Promise<DivisionImportReport> {
  const started = Date.now();
  const selection = parseDivisionSelection(codes);
  const batchSize = options.batchSize ?? 5000;
  const byLevel = emptyCounts();
  let rowsRead = 0;
  let rowsWritten = 0;
  let lastRead: DivisionReadProgress = { level: 1, bytesRead: 0, bytesTotal: 0 };
  const report = () => options.onProgress?.({ ...lastRead, rowsRead, rowsWritten });

  const writeBatch = async (query: Query, batch: DivisionRow[]) => {
    const result = await query(UPSERT, columnsOf(batch));
    for (const r of result) {
      const counts = byLevel[DIVISION_LEVEL_NAMES[Number(r.level) as DivisionLevel]];
      counts.inserted += Number(r.inserted);
      counts.updated += Number(r.updated);
    }
    rowsWritten += batch.length;
    report();
  };

  await withTransaction(db, async (query) => {
    let batch: DivisionRow[] = [];
    let writing: Promise<void> = Promise.resolve();
    try {
      const onRead = (progress: DivisionReadProgress) => {
        lastRead = progress;
        report();
      };
      for await (const row of readDivisions(selection, { onRead })) {
        rowsRead++;
        byLevel[DIVISION_LEVEL_NAMES[row.level]].rows++;
        batch.push(row);
        if (batch.length >= batchSize) {
          await writing;
          writing = writeBatch(query, batch);
          // Marks a failure as handled until it is awaited, so it cannot crash the process first.
          writing.catch(() => undefined);
          batch = [];
        }
      }
      await writing;
      if (batch.length > 0) await writeBatch(query, batch);
    } finally {
      // Never leave a write in flight when the transaction is rolled back.
      await writing.catch(() => undefined);
    }
  });

  for (const counts of Object.values(byLevel)) counts.unchanged = counts.rows - counts.inserted - counts.updated;
  const total = (key: keyof DivisionLevelCounts) => Object.values(byLevel).reduce((sum, c) => sum + c[key], 0);
  return {
    requested: selection.wholeNation ? 'all' : selection.shortCodes,
    rows: total('rows'),
    inserted: total('inserted'),
    updated: total('updated'),
    unchanged: total('unchanged'),
    byLevel,
    ms: Date.now() - started,
  };
}

function emptyCounts(): Record<DivisionLevelName, DivisionLevelCounts> {
  const entries = Object.values(DIVISION_LEVEL_NAMES).map((name) => [name, { rows: 0, inserted: 0, updated: 0, unchanged: 0 }]);
  return Object.fromEntries(entries) as Record<DivisionLevelName, DivisionLevelCounts>;
}

function columnsOf(batch: DivisionRow[]): unknown[][] {
  return [
    batch.map((r) => r.code),
    batch.map((r) => r.shortCode),
    batch.map((r) => r.name),
    batch.map((r) => r.level),
    batch.map((r) => r.parentCode),
    batch.map((r) => r.path),
    batch.map((r) => r.pinyin),
    batch.map((r) => r.pinyinInitials),
  ];
}

/** Runs `work` in one transaction on a single connection taken from whichever handle was given. */
async function withTransaction(db: DivisionDatabase, work: (query: Query) => Promise<void>): Promise<void> {
  let query: Query;
  let release: () => Promise<void> | void;
  if ('createQueryRunner' in db) {
    const runner = db.createQueryRunner();
    await runner.connect();
    query = (sql, params) => runner.query(sql, params);
    release = () => runner.release();
  } else if ('idleCount' in db) {
    const client: PoolClient = await db.connect();
    query = async (sql, params) => (await client.query(sql, params)).rows;
    release = () => client.release();
  } else {
    const client = db;
    query = async (sql, params) => (await client.query(sql, params)).rows;
    release = () => undefined;
  }
  try {
    await query('BEGIN');
    try {
      await work(query);
      await query('COMMIT');
    } catch (error) {
      await query('ROLLBACK');
      throw error;
    }
  } finally {
    await release();
  }
}
