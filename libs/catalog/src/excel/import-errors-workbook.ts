import { Workbook } from 'exceljs';
import { ImportIssue } from './import-issue';

type Language = 'zh' | 'en';

const HEADERS: Record<Language, string[]> = {
  zh: ['工作表', '行', '列', '实施编码', '规则代码', '问题说明'],
  en: ['Sheet', 'Row', 'Column', 'Implementation code', 'Rule', 'Problem'],
};

/**
 * The problems of an import as a sheet the county's staff can fix the file from: one row per
 * problem, where it is (sheet, row, column) and what is wrong, in Chinese unless asked otherwise.
 */
export async function importErrorsWorkbook(issues: readonly ImportIssue[], language: Language = 'zh'): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet(language === 'zh' ? '导入问题' : 'Import problems', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = HEADERS[language].map((header, i) => ({ header, width: [14, 8, 22, 26, 30, 70][i] }));
  ws.getRow(1).font = { bold: true };
  for (const issue of issues) {
    ws.addRow([issue.sheet, issue.row ?? '', issue.column ?? '', issue.implementationCode ?? '', issue.code, language === 'zh' ? issue.messageZh : issue.messageEn]);
  }
  ws.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
