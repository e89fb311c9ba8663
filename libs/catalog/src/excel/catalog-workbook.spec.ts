import { Workbook } from 'exceljs';
import { canonicalContent } from '../content/canonical-content';
import { sampleContent } from '../testing/sample-content';
import { catalogWorkbook } from './catalog-export';
import { checkParsedMatter } from './catalog-checks';
import { loadCatalogWorkbook, parseCatalogWorkbook } from './catalog-parse';
import { checkWorkbookSize } from './workbook-limits';

const DEPT = '00000000-0000-4000-8000-000000000001';
const depts = { nameOf: new Map([[DEPT, '汉阴县民政局']]), idOf: new Map([['汉阴县民政局', DEPT]]) };

describe('catalog workbook', () => {
  it('reads back exactly what it wrote', async () => {
    const a = canonicalContent(sampleContent({ fees: [{ name: '工本费', basis: '陕价费发〔2018〕1号', amount: '50.00' }], naturalDayCap: 30 }));
    const b = canonicalContent(sampleContent({ implementationCode: 'B-1', name: '另一事项', specialGroups: [], subType: '子项' }));
    const file = await catalogWorkbook([{ version: 1, status: 'published', content: a }, { version: 2, status: 'draft', content: b }], depts);
    const parsed = parseCatalogWorkbook(await loadCatalogWorkbook(file), depts);
    expect(parsed.issues).toEqual([]);
    expect(parsed.matters.map((m) => canonicalContent(m.content))).toEqual([a, b]);
    expect(parsed.matters.flatMap(checkParsedMatter)).toEqual([]);
    expect(parsed.matters[0].itemRows.fees).toEqual([2]);
  });

  it('locates a broken rule at its cell', async () => {
    const c = canonicalContent(sampleContent({ promisedDays: 30, statutoryDays: 20, fees: [{ name: '工本费', basis: '', amount: '5' }] }));
    const [p] = parseCatalogWorkbook(await loadCatalogWorkbook(await catalogWorkbook([{ version: 1, status: 'draft', content: c }], depts)), depts).matters;
    expect(checkParsedMatter(p).map((i) => [i.sheet, i.row, i.column, i.code])).toEqual([
      ['事项', 2, '承诺时限（工作日）', 'PROMISED_EXCEEDS_STATUTORY'],
      ['收费项目', 2, '收费依据', 'FEE_NEEDS_BASIS'],
    ]);
  });
});

describe('workbook size limits', () => {
  it('counts the cells of the rows that exist at their declared width', () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('事项');
    ws.getCell('A1').value = 'x';
    ws.getCell(3, 50).value = 'wide';
    expect(() => checkWorkbookSize(wb, { maxRows: 10, maxCells: 50 })).toThrow(expect.objectContaining({ code: 'IMPORT_TOO_LARGE' }));
    expect(() => checkWorkbookSize(wb, { maxRows: 10, maxCells: 51 })).not.toThrow();
    expect(() => checkWorkbookSize(wb, { maxRows: 2, maxCells: 51 })).toThrow(expect.objectContaining({ details: expect.objectContaining({ rows: 3, maxRows: 2 }) }));
  });
});
