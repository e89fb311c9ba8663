import { Workbook } from 'exceljs';
import { AuditEntryView } from './audit-entry.type';
import { Bilingual } from './audit-vocabulary';

export type AuditLanguage = 'zh' | 'en';

const HEADERS: { label: Bilingual; width: number }[] = [
  { label: { zh: '序号', en: 'Seq' }, width: 8 },
  { label: { zh: '时间', en: 'Time' }, width: 20 },
  { label: { zh: '操作人', en: 'Actor' }, width: 16 },
  { label: { zh: '代表', en: 'On behalf of' }, width: 12 },
  { label: { zh: '操作', en: 'Action' }, width: 18 },
  { label: { zh: '操作代码', en: 'Action code' }, width: 22 },
  { label: { zh: '对象类型', en: 'Subject type' }, width: 12 },
  { label: { zh: '对象', en: 'Subject' }, width: 30 },
  { label: { zh: '对象编号', en: 'Subject id' }, width: 38 },
  { label: { zh: '详情', en: 'Detail' }, width: 80 },
  { label: { zh: '哈希', en: 'Hash' }, width: 66 },
];

export const AUDIT_SHEET: Bilingual = { zh: '审计日志', en: 'Audit log' };

/** County time as people read it: 2026-12-03 09:15:02. */
export function countyTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The filtered log as one sheet, headers and labels in the reader's language. */
export async function auditWorkbook(entries: readonly AuditEntryView[], lang: AuditLanguage): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet(AUDIT_SHEET[lang]);
  sheet.columns = HEADERS.map((h) => ({ header: h.label[lang], width: h.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const e of entries) {
    const detail = e.details.map((d) => `${lang === 'zh' ? d.labelZh : d.labelEn}: ${lang === 'zh' ? d.valueZh : d.valueEn}`).join('\n');
    sheet.addRow([
      Number(e.seq),
      countyTime(e.at),
      e.actorName,
      e.onBehalfOf ?? '',
      lang === 'zh' ? e.actionLabelZh : e.actionLabelEn,
      e.action,
      (lang === 'zh' ? e.subjectTypeLabelZh : e.subjectTypeLabelEn) ?? '',
      e.subjectName ?? '',
      e.subjectId ?? '',
      detail,
      e.hash,
    ]);
  }
  sheet.getColumn(10).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}
