import { Workbook } from 'exceljs';
import { Client } from 'pg';
import { startTestApp, TestApp } from '../testing/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads that used to take the server down, and formulas that used to be stored as [object Object]. */
describe('catalog import limits', () => {
  let t: TestApp;
  let admin: string;

  const exportXlsx = async () => {
    const res = await fetch(`${t.url}/api/catalog/export.xlsx`, { headers: { authorization: `Bearer ${admin}` } });
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    return wb;
  };
  const importXlsx = async (wb: Workbook, mode: 'all' | 'valid') => {
    const body = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await fetch(`${t.url}/api/catalog/import?mode=${mode}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': XLSX },
      body,
    });
    return { status: res.status, size: body.length, json: (await res.json()) as any };
  };
  const count = async (sql: string) => {
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      return Number((await owner.query(sql)).rows[0].n);
    } finally {
      await owner.end();
    }
  };
  const versions = () => count(`SELECT count(*) AS n FROM matter_version`);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('hy_admin');
  });
  afterAll(() => t.close());

  it('a small file with one cell at row 1,048,576 is refused at once, naming the limits, and writes nothing', async () => {
    const wb = await exportXlsx();
    wb.getWorksheet('事项')!.getCell('A1048576').value = 'x';
    const before = await versions();
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const { status, size, json } = await importXlsx(wb, 'valid');
    expect(size).toBeLessThan(100_000);
    expect(status).toBe(429);
    expect(json.errors[0].extensions).toMatchObject({ code: 'IMPORT_TOO_LARGE', sheet: '事项', rows: 1048576, maxRows: 20000, maxCells: 400000 });
    expect(json.errors[0].extensions.messageEn).toContain('at most 20000 rows');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
    expect(await versions()).toBe(before);
  });

  it('a formula without a computed value is refused at its cell, not stored', async () => {
    const wb = await exportXlsx();
    const ws = wb.getWorksheet('事项')!;
    let nameCol = 0;
    ws.getRow(1).eachCell((c, i) => c.value === '事项名称' && (nameCol = i));
    const code = String(ws.getRow(2).getCell(1).value);
    ws.getRow(2).getCell(nameCol).value = { formula: 'CONCAT("a","b")' } as never;
    const before = await versions();
    const { status, json } = await importXlsx(wb, 'valid');
    expect(status).toBe(200);
    expect(json.errors).toEqual([
      expect.objectContaining({ sheet: '事项', row: 2, column: '事项名称', implementationCode: code, code: 'IMPORT_FORMULA_WITHOUT_VALUE' }),
    ]);
    expect(json.matters).toContainEqual(expect.objectContaining({ implementationCode: code, action: 'rejected' }));
    expect(await versions()).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM matter_version WHERE content::text LIKE '%object Object%'`)).toBe(0);
  });
});
