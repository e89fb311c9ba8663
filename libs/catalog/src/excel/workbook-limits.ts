import { Workbook } from 'exceljs';
import { ImportError } from './import-issue';

/**
 * How large an imported workbook may be. A county's catalog is a few thousand matters with a
 * few rows each; the caps are well above that and far below what would exhaust the server.
 */
export const IMPORT_LIMITS = { maxRows: 20_000, maxCells: 400_000 } as const;

/**
 * Refuses a workbook whose sheets declare more rows or cells than the caps, before any row is
 * read. A 15 KB file can put one cell at row 1,048,576: its declared extent (rowCount, the last
 * row) is what a row-by-row walk would visit, so that is what is checked; the cells are counted
 * over the rows that exist, at their declared width.
 */
export function checkWorkbookSize(wb: Workbook, limits: { maxRows: number; maxCells: number } = IMPORT_LIMITS): void {
  let cells = 0;
  for (const ws of wb.worksheets) {
    if (ws.rowCount > limits.maxRows) throw ImportError.TooLarge(ws.name, ws.rowCount, limits.maxRows, limits.maxCells);
    ws.eachRow({ includeEmpty: false }, (row) => {
      cells += row.cellCount;
    });
    if (cells > limits.maxCells) throw ImportError.TooLarge(ws.name, ws.rowCount, limits.maxRows, limits.maxCells);
  }
}
