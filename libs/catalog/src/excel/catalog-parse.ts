import { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import { DomainError } from '@county/tenancy';
import { MatterContent } from '../content/matter-content';
import { cellText, DepartmentNames, fromCell, isFormulaWithoutValue } from './cell-values';
import { CODE_HEADER, ColumnSpec, LIST_SHEETS, MATTER_SHEET, ORDER_HEADER, SheetSpec } from './catalog-sheets';
import { ImportError, ImportIssue, issueOf } from './import-issue';
import { checkWorkbookSize } from './workbook-limits';

/** One matter read from the workbook, with where each part came from (for error locations). */
export interface ParsedMatter {
  code: string;
  row: number;
  content: MatterContent;
  /** Excel row of each list item, in the item order of `content` */
  itemRows: Record<string, number[]>;
}

export interface ParsedWorkbook {
  matters: ParsedMatter[];
  issues: ImportIssue[];
}

interface SheetRows {
  ws: Worksheet;
  columnOf: Map<string, number>;
}

/** Loads an uploaded workbook and refuses it at once when it is larger than the caps. */
export async function loadCatalogWorkbook(buffer: Buffer): Promise<Workbook> {
  // An .xlsx is a zip: anything else (.xls, .csv, a photo renamed) is told so in plain words.
  if (!isZip(buffer)) throw ImportError.NotXlsx();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw ImportError.FileInvalid(e instanceof Error ? e.message : 'not a zip');
  }
  checkWorkbookSize(wb);
  return wb;
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.subarray(0, 4).equals(ZIP_SIGNATURE);
}

function headersOf(wb: Workbook, spec: SheetSpec, issues: ImportIssue[]): SheetRows | null {
  const ws = wb.getWorksheet(spec.name);
  if (!ws) {
    issues.push(issueOf(spec.name, null, null, null, ImportError.FileInvalid(`缺少工作表“${spec.name}” / sheet “${spec.name}” is missing`)));
    return null;
  }
  const columnOf = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => columnOf.set(cellText(cell.value).trim(), col));
  const missing = spec.columns.filter((c) => (c.kind !== 'info' || c.header === CODE_HEADER || c.header === ORDER_HEADER) && !columnOf.has(c.header));
  for (const c of missing) issues.push(issueOf(spec.name, 1, c.header, null, ImportError.HeaderMissing(spec.name, c.header)));
  return missing.length ? null : { ws, columnOf };
}

/**
 * Rows 2…n that hold anything in a known column. Only rows that exist are visited (eachRow
 * skips empty ones), never every number up to the last row. `formulas` names the known
 * columns holding a formula without a computed value.
 */
function dataRows(s: SheetRows) {
  const rows: { r: number; get: (header: string) => CellValue; formulas: string[] }[] = [];
  s.ws.eachRow((row: Row, r: number) => {
    if (r < 2) return;
    const get = (header: string) => row.getCell(s.columnOf.get(header)!).value;
    if ([...s.columnOf.values()].every((col) => !cellText(row.getCell(col).value).trim() && !isFormulaWithoutValue(row.getCell(col).value))) return;
    const formulas = [...s.columnOf.keys()].filter((header) => isFormulaWithoutValue(get(header)));
    rows.push({ r, get, formulas });
  });
  return rows;
}

function parseColumns(
  columns: ColumnSpec[],
  get: (header: string) => CellValue,
  depts: DepartmentNames,
  fail: (column: string, e: DomainError) => void,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    if (c.kind === 'info') continue;
    const p = fromCell(get(c.header), c, depts);
    if ('error' in p) fail(c.header, p.error);
    else out[c.field] = p.value;
  }
  return out;
}

/** Reads every sheet; every bad cell becomes an issue, and its matter is left out. */
export function parseCatalogWorkbook(wb: Workbook, depts: DepartmentNames): ParsedWorkbook {
  const issues: ImportIssue[] = [];
  const main = headersOf(wb, MATTER_SHEET, issues);
  const lists = LIST_SHEETS.map((spec) => ({ spec, rows: headersOf(wb, spec, issues) }));
  if (!main || lists.some((l) => !l.rows)) return { matters: [], issues };

  const byCode = new Map<string, { row: number; fields: Record<string, unknown>; items: Record<string, { order: number; row: number; value: unknown }[]> }>();
  const broken = new Set<string>();
  for (const { r, get, formulas } of dataRows(main)) {
    const code = cellText(get(CODE_HEADER)).trim();
    const fail = (column: string, e: DomainError) => {
      issues.push(issueOf(MATTER_SHEET.name, r, column, code || null, e));
      if (code) broken.add(code);
    };
    for (const column of formulas) fail(column, ImportError.FormulaWithoutValue(MATTER_SHEET.name, r, column));
    if (!code) {
      if (!formulas.includes(CODE_HEADER)) fail(CODE_HEADER, ImportError.ValueRequired());
      continue;
    }
    if (byCode.has(code)) {
      fail(CODE_HEADER, ImportError.DuplicateMatter(code));
      continue;
    }
    const fields = parseColumns(MATTER_SHEET.columns.filter((c) => !formulas.includes(c.header)), get, depts, fail);
    fields.implementationCode = code;
    byCode.set(code, { row: r, fields, items: {} });
  }

  for (const { spec, rows } of lists) {
    for (const { r, get, formulas } of dataRows(rows!)) {
      const code = cellText(get(CODE_HEADER)).trim();
      const fail = (column: string, e: DomainError) => {
        issues.push(issueOf(spec.name, r, column, code || null, e));
        if (code) broken.add(code);
      };
      if (formulas.length) {
        for (const column of formulas) fail(column, ImportError.FormulaWithoutValue(spec.name, r, column));
        continue;
      }
      const matter = byCode.get(code);
      if (!matter) {
        fail(CODE_HEADER, code ? ImportError.OrphanRow(code) : ImportError.ValueRequired());
        continue;
      }
      const orderText = cellText(get(ORDER_HEADER)).trim();
      const order = /^\d+$/.test(orderText) ? Number(orderText) : NaN;
      const items = (matter.items[spec.list!] ??= []);
      if (Number.isNaN(order)) fail(ORDER_HEADER, orderText ? ImportError.ValueInvalid(orderText, '正整数', 'a positive whole number') : ImportError.ValueRequired());
      else if (items.some((i) => i.order === order)) fail(ORDER_HEADER, ImportError.OrderDuplicate(order));
      const columns = spec.columns.slice(2);
      const fields = parseColumns(columns, get, depts, fail);
      items.push({ order, row: r, value: columns.length === 1 && !columns[0].field ? fields[''] : fields });
    }
  }

  const matters: ParsedMatter[] = [];
  for (const [code, m] of byCode) {
    if (broken.has(code)) continue;
    const content: Record<string, unknown> = { ...m.fields };
    const itemRows: Record<string, number[]> = {};
    for (const { spec } of lists) {
      const items = (m.items[spec.list!] ?? []).sort((a, b) => a.order - b.order);
      content[spec.list!] = items.map((i) => i.value);
      itemRows[spec.list!] = items.map((i) => i.row);
    }
    matters.push({ code, row: m.row, content: content as unknown as MatterContent, itemRows });
  }
  return { matters, issues };
}
