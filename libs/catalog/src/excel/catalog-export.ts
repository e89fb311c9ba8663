import { Workbook, Worksheet } from 'exceljs';
import { MatterContent } from '../content/matter-content';
import { DepartmentNames, toCell } from './cell-values';
import { LIST_SEPARATOR, LIST_SHEETS, MATTER_SHEET, README_SHEET, SheetSpec } from './catalog-sheets';

export interface ExportedMatter {
  version: number;
  status: 'draft' | 'published';
  content: MatterContent;
}

function sheetOf(wb: Workbook, spec: SheetSpec): Worksheet {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: spec.list ? 2 : 1 }] });
  ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width ?? 12 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  // Codes, phones and amounts are text: Excel must not turn 0915-… or 50.00 into numbers.
  spec.columns.forEach((c, i) => c.kind === 'text' && (ws.getColumn(i + 1).numFmt = '@'));
  return ws;
}

function readme(wb: Workbook): void {
  const ws = wb.addWorksheet(README_SHEET);
  ws.getColumn(1).width = 110;
  const lines = [
    '事项目录导入导出说明',
    '1. “事项”表每行一个事项，以“实施编码”识别：编码已存在的更新该事项的草稿（无草稿时新建草稿），不存在的新建事项（草稿）。导入不会发布任何版本。',
    '2. 事项依据、办理条件、申请材料、办理流程、收费项目、出具文书各在一张表，以“实施编码”和“序号”对应事项，按序号排列；增删行即增删条目。',
    `3. 一格多值（申请人类型、特殊群体、联办部门、受理层级、送达方式）用“${LIST_SEPARATOR}”分隔；是否类填“是”或“否”；部门填本县部门全称。`,
    '4. 时限均为工作日；“即办件”承诺时限填 0；承诺时限不得超过法定时限；收费项目须填写收费依据。',
    '5. 导出内容为每个事项的最新版本：有草稿的为草稿，否则为最新发布的版本；已取消的事项不导出。“版本”“状态”两列仅供参考，导入时忽略。',
    '6. 导入时逐行检查，出错的行会列出工作表、行号、列和规则代码；“全部导入”模式下有任何错误则不导入任何事项。',
  ];
  lines.forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
  ws.getCell(1, 1).font = { bold: true, size: 14 };
}

/** The whole catalog as an editable workbook: 事项 plus one sheet per nested list. */
export async function catalogWorkbook(matters: ExportedMatter[], depts: DepartmentNames): Promise<Buffer> {
  const wb = new Workbook();
  const main = sheetOf(wb, MATTER_SHEET);
  for (const m of matters) {
    const source: Record<string, unknown> = { ...m.content, version: m.version, status: m.status === 'draft' ? '草稿' : '已发布' };
    main.addRow(MATTER_SHEET.columns.map((c) => toCell(source[c.field], c, depts)));
  }
  for (const spec of LIST_SHEETS) {
    const ws = sheetOf(wb, spec);
    const columns = spec.columns.slice(2);
    for (const m of matters) {
      const items = (m.content as unknown as Record<string, unknown[]>)[spec.list!];
      items.forEach((item, i) =>
        ws.addRow([
          m.content.implementationCode,
          i + 1,
          ...columns.map((c) => toCell(c.field ? (item as Record<string, unknown>)[c.field] : item, c, depts)),
        ]),
      );
    }
  }
  readme(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
