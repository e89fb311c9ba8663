import { Workbook, Worksheet } from 'exceljs';
import { TIER_LABEL } from '../content/catalog-enums';
import { CatalogLedger, CatalogLedgerRow } from '../ledger/catalog-ledger';
import { LedgerMeasure } from '../ledger/ledger-measures';
import { LedgerSide } from '../ledger/ledger-side';
import { NO, YES } from '../content/enum-labels';
import { formSheet } from './sheet-style';

/** 附件6 海林市工作流程优化对比台账: 27 columns under three header rows, then the 1–26 numbering row. */
export const COMPARISON_SHEET = '优化对比台账';
/** 附件3 海林市“两集中三到位”改革汇总表. */
export const SUMMARY_SHEET = '改革汇总表';

const NONE = '无';
const DASH = '——';
const list = (items: string[] | undefined) => (items && items.length ? items.join('、') : NONE);
const flow = (items: string[] | undefined) => (items && items.length ? items.join('→') : NONE);
const percent = (m: { compression: number | null }) => (m.compression === null ? DASH : Math.round(m.compression * 10000) / 100);

/** The header cells of 附件6, as [text, top-left, bottom-right]. */
const COMPARISON_HEADER: [string, string, string][] = [
  ['序号', 'A3', 'A5'],
  ['事项名称', 'B3', 'B5'],
  ['是否公开', 'C3', 'D3'],
  ['优化前', 'C4', 'C5'],
  ['优化后', 'D4', 'D5'],
  ['放权力', 'E3', 'G3'],
  ['是否在本次优化中', 'E4', 'F4'],
  ['取消', 'E5', 'E5'],
  ['下放', 'F5', 'F5'],
  ['下放承接层级', 'G4', 'G5'],
  ['减环节', 'H3', 'L3'],
  ['优化前(个)', 'H4', 'H5'],
  ['优化后(个)', 'I4', 'I5'],
  ['减少数量(个)', 'J4', 'J5'],
  ['减少前有哪些环节', 'K4', 'K5'],
  ['减少后有哪些环节', 'L4', 'L5'],
  ['简程序', 'M3', 'Q3'],
  ['优化前(个)', 'M4', 'M5'],
  ['优化后(个)', 'N4', 'N5'],
  ['简化数量(个)', 'O4', 'O5'],
  ['简化前有哪些程序', 'P4', 'P5'],
  ['简化后有哪些程序', 'Q4', 'Q5'],
  ['减材料', 'R3', 'V3'],
  ['优化前(件)', 'R4', 'R5'],
  ['优化后(件)', 'S4', 'S5'],
  ['减少数量(件)', 'T4', 'T5'],
  ['减少前有哪些材料', 'U4', 'U5'],
  ['减少后有哪些材料', 'V4', 'V5'],
  ['压时限', 'W3', 'Z3'],
  ['法定', 'W4', 'W5'],
  ['优化前', 'X4', 'X5'],
  ['优化后', 'Y4', 'Y5'],
  ['压减天数', 'Z4', 'Z5'],
  ['备注', 'AA3', 'AA5'],
];

const COMPARISON_NOTES = [
  '注：1.表格所有项目都为必填项，不涉及相关内容或无法填写的，应填“无”，不能空项。',
  '2.工作时限请在备注标明“工作日”或“自然日”，有其他情况的也请注明。“即时办结”的填写0。',
  '3.填写总计时请注意阅读单元格内的填写说明。',
  '4.此表为全口径填写，所有梳理出的工作事项不论是否进行了再造优化，均需在此表体现。此次没有进行优化的事项或此次取消下放的事项，也要根据实际情况完整填写各对比统计项目，不能有空项。',
];

function remark(r: CatalogLedgerRow): string {
  const flags = [r.added ? '新增事项' : '', r.retired ? '本次取消' : '', r.devolved ? '本次下放' : '', r.optimized ? '本次优化' : '', r.changed ? '本期有变化' : ''].filter(Boolean);
  return ['时限为工作日', ...flags].join('；');
}

function matterRow(i: number, r: CatalogLedgerRow): (string | number)[] {
  const b: Partial<LedgerSide> = r.before ?? {};
  const a: Partial<LedgerSide> = r.after ?? {};
  const m = r.measures;
  return [
    i + 1,
    r.name,
    r.before ? YES : NO,
    r.after ? YES : NO,
    r.retired ? YES : NO,
    r.devolved ? YES : NO,
    r.devolvedTo ? TIER_LABEL[r.devolvedTo] : NONE,
    m.steps.before,
    m.steps.after,
    m.steps.reduced,
    flow(b.steps),
    flow(a.steps),
    m.procedures.before,
    m.procedures.after,
    m.procedures.reduced,
    flow(b.procedures),
    flow(a.procedures),
    m.materials.before,
    m.materials.after,
    m.materials.reduced,
    list(b.materials),
    list(a.materials),
    (r.after ?? r.before)!.statutoryDays,
    m.promisedDays.before,
    m.promisedDays.after,
    m.promisedDays.reduced,
    remark(r),
  ];
}

function totalRow(l: CatalogLedger): (string | number)[] {
  const t = l.totals;
  const statutory = l.rows.reduce((sum, r) => sum + (r.after ?? r.before)!.statutoryDays, 0);
  return [
    '总',
    l.rows.length,
    l.matters.before,
    l.matters.after,
    l.retired,
    l.devolved,
    DASH,
    t.steps.before,
    t.steps.after,
    t.steps.reduced,
    DASH,
    DASH,
    t.procedures.before,
    t.procedures.after,
    t.procedures.reduced,
    DASH,
    DASH,
    t.materials.before,
    t.materials.after,
    t.materials.reduced,
    DASH,
    DASH,
    statutory,
    t.promisedDays.before,
    t.promisedDays.after,
    t.promisedDays.reduced,
    l.optimized,
  ];
}

function comparisonSheet(wb: Workbook, county: string, l: CatalogLedger): void {
  const ws = formSheet(wb, COMPARISON_SHEET, 27, `${county}工作流程优化对比台账${l.changedOnly ? `（仅列本期有变化的 ${l.changed} 项事项，合计行仍为全目录）` : ''}`, l);
  for (const [text, from, to] of COMPARISON_HEADER) {
    if (from !== to) ws.mergeCells(`${from}:${to}`);
    ws.getCell(from).value = text;
  }
  ws.getRow(6).values = Array.from({ length: 26 }, (_, i) => i + 1);
  ws.addRow(totalRow(l));
  l.rows.forEach((r, i) => ws.addRow(matterRow(i, r)));
  for (const note of COMPARISON_NOTES) ws.mergeCells(`A${ws.addRow([note]).number}:AA${ws.rowCount}`);
  ws.columns.forEach((col, i) => (col.width = [6, 28].at(i) ?? ([10, 11, 15, 16, 20, 21].includes(i) ? 30 : 9)));
  styleRows(ws, 3, 7 + l.rows.length);
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 6 }];
}

/**
 * 附件3's six columns, then beside them the materials (申请材料) before → after with their
 * compression, as 汉阴's reform reported them (996 → 490).
 */
function summarySheet(wb: Workbook, county: string, l: CatalogLedger): void {
  const ws = formSheet(wb, SUMMARY_SHEET, 7, `${county}改革汇总表`, l);
  const t = l.totals;
  const measures: LedgerMeasure[] = [l.handlingUnits, l.matters, t.steps, t.promisedDays];
  const fee = t.feeTotal;
  ws.getRow(3).values = ['改革前后情况', '股室数量', '行政审批权力数量', '办理程序环节数', '办理时限总数', '收费总数', '申请材料数'];
  ws.getRow(4).values = ['改革前情况', ...measures.map((m) => m.before), Number(fee.before), t.materials.before];
  ws.getRow(5).values = ['改革后情况', ...measures.map((m) => m.after), Number(fee.after), t.materials.after];
  ws.getRow(6).values = ['改革后压缩百分比(%)', ...measures.map(percent), percent(fee), percent(t.materials)];
  ws.getRow(7).values = [
    '备注',
    '实施部门及承办科室',
    `施行事项（新增 ${l.added} 项，取消 ${l.retired} 项，下放 ${l.devolved} 项）`,
    `办理环节；程序 ${t.procedures.before}→${t.procedures.after} 个，材料 ${t.materials.before}→${t.materials.after} 件`,
    `承诺时限合计（工作日）；法定 ${t.statutoryDays.before}→${t.statutoryDays.after}`,
    `收费金额合计（元）；收费项目 ${t.feeItems.before}→${t.feeItems.after} 项`,
    `申请材料合计（件）：${t.materials.before}→${t.materials.after}，减少 ${t.materials.reduced} 件`,
  ];
  ws.getRow(8).values = ['注：改革后压缩百分比(%)=(改革前数量-改革后数量)/改革前数量'];
  ws.mergeCells('A8:G8');
  ws.getRow(6).eachCell((c, col) => col > 1 && typeof c.value === 'number' && (c.numFmt = '0.00'));
  [4, 5].forEach((r) => (ws.getCell(`F${r}`).numFmt = '0.00'));
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 22 : 20));
  styleRows(ws, 3, 7);
}

function styleRows(ws: Worksheet, from: number, to: number): void {
  const thin = { style: 'thin' as const };
  for (let r = from; r <= to; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (c) => {
      c.border = { top: thin, left: thin, bottom: thin, right: thin };
      c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });
  }
}

/** The two sheets of the reform ledger, as the county reports them upward. */
export async function ledgerWorkbook(county: string, ledger: CatalogLedger): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = county;
  wb.created = new Date();
  comparisonSheet(wb, county, ledger);
  summarySheet(wb, county, ledger);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
