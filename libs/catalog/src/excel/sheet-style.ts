import { Workbook, Worksheet } from 'exceljs';

/** A government form: a bold centered title row, then the 单位名称/主要领导签字 row. */
export function formSheet(wb: Workbook, name: string, columns: number, title: string, period: { fromDate: string; toDate: string }): Worksheet {
  const ws = wb.addWorksheet(name, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  const last = ws.getColumn(columns).letter;
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  const third = Math.max(2, Math.floor(columns / 3));
  ws.mergeCells(`A2:${ws.getColumn(third).letter}2`);
  ws.getCell('A2').value = '单位名称(盖章)：';
  ws.mergeCells(`${ws.getColumn(third + 1).letter}2:${ws.getColumn(columns - 2).letter}2`);
  ws.getCell(`${ws.getColumn(third + 1).letter}2`).value = `统计期间：${period.fromDate} 至 ${period.toDate}`;
  ws.mergeCells(`${ws.getColumn(columns - 1).letter}2:${last}2`);
  ws.getCell(`${ws.getColumn(columns - 1).letter}2`).value = '主要领导签字：';
  return ws;
}
