import { CodesOf, defineErrors, DomainError } from '@county/tenancy';

/** One bad cell or row of an imported workbook, with the coded rule it breaks. */
export interface ImportIssue {
  sheet: string;
  /** 1-based row number as Excel shows it; null for the whole sheet */
  row: number | null;
  column: string | null;
  implementationCode: string | null;
  code: string;
  messageZh: string;
  messageEn: string;
}

export const issueOf = (sheet: string, row: number | null, column: string | null, implementationCode: string | null, e: DomainError): ImportIssue => ({
  sheet,
  row,
  column,
  implementationCode,
  code: e.code,
  messageZh: e.messageZh,
  messageEn: e.messageEn,
});

/** Coded errors of reading a workbook; the rules of the content keep their own codes. */
export const ImportError = defineErrors('import', {
  NotXlsx: {
    code: 'IMPORT_NOT_XLSX',
    kind: 'invalid',
    zh: () =>
      '这不是 Excel 工作簿（.xlsx）。请先点“导出 Excel”取得目录表，在 Excel 或 WPS 中修改后仍保存为 .xlsx 再导入；.xls、.csv、.et 等格式请先“另存为” .xlsx。',
    en: () =>
      'This is not an Excel workbook (.xlsx). Use “Export Excel” to get the catalog sheet, edit it in Excel or WPS and keep saving it as .xlsx; save .xls, .csv or .et files as .xlsx first.',
  },
  FileInvalid: {
    code: 'IMPORT_FILE_INVALID',
    kind: 'invalid',
    zh: (why: string) => `无法读取该文件：须为本系统导出的 .xlsx 事项目录（${why}）`,
    en: (why: string) => `The file cannot be read as an exported catalog workbook (${why})`,
  },
  HeaderMissing: {
    code: 'IMPORT_HEADER_MISSING',
    kind: 'invalid',
    zh: (sheet: string, header: string) => `工作表“${sheet}”缺少列“${header}”`,
    en: (sheet: string, header: string) => `Sheet “${sheet}” lacks the column “${header}”`,
    details: (sheet: string, header: string) => ({ sheet, header }),
  },
  ValueInvalid: {
    code: 'IMPORT_VALUE_INVALID',
    kind: 'invalid',
    zh: (value: string, expected: string, _expectedEn: string) => `“${value}”无效，应为${expected}`,
    en: (value: string, _expected: string, expectedEn: string) => `“${value}” is not valid; expected ${expectedEn}`,
    details: (value: string) => ({ value }),
  },
  ValueRequired: {
    code: 'IMPORT_VALUE_REQUIRED',
    kind: 'invalid',
    zh: '此项必填',
    en: 'This cell is required',
  },
  DepartmentUnknown: {
    code: 'IMPLEMENTING_BODY_INVALID',
    kind: 'invalid',
    zh: (name: string) => `部门“${name}”不是本县的部门`,
    en: (name: string) => `“${name}” is not a department of this county`,
    field: ['implementingBodyId'],
    details: (name: string) => ({ name }),
  },
  DuplicateMatter: {
    code: 'IMPORT_DUPLICATE_MATTER',
    kind: 'invalid',
    zh: (code: string) => `实施编码 ${code} 在“事项”表中出现多次`,
    en: (code: string) => `The implementation code ${code} appears more than once on the matter sheet`,
    details: (code: string) => ({ code }),
  },
  OrphanRow: {
    code: 'IMPORT_UNKNOWN_MATTER',
    kind: 'invalid',
    zh: (code: string) => `实施编码 ${code} 不在“事项”表中`,
    en: (code: string) => `The implementation code ${code} is not on the matter sheet`,
    details: (code: string) => ({ code }),
  },
  OrderDuplicate: {
    code: 'IMPORT_ORDER_DUPLICATE',
    kind: 'invalid',
    zh: (order: number) => `序号 ${order} 重复`,
    en: (order: number) => `The order number ${order} is used twice`,
    details: (order: number) => ({ order }),
  },
  Invalid: {
    code: 'INVALID_INPUT',
    kind: 'invalid',
    zh: (fields: string[]) => `输入有误：${fields.join('、')}`,
    en: (fields: string[]) => `Invalid input: ${fields.join(', ')}`,
    details: (fields: string[]) => ({ fields }),
  },
  TooLarge: {
    code: 'IMPORT_TOO_LARGE',
    kind: 'limit',
    zh: (sheet: string, rows: number, maxRows: number, maxCells: number) =>
      `文件过大：工作表“${sheet}”有 ${rows} 行；每张工作表至多 ${maxRows} 行，整个文件至多 ${maxCells} 个单元格`,
    en: (sheet: string, rows: number, maxRows: number, maxCells: number) =>
      `The workbook is too large: sheet “${sheet}” has ${rows} rows; at most ${maxRows} rows per sheet and ${maxCells} cells in all are accepted`,
    details: (sheet: string, rows: number, maxRows: number, maxCells: number) => ({ sheet, rows, maxRows, maxCells }),
  },
  FormulaWithoutValue: {
    code: 'IMPORT_FORMULA_WITHOUT_VALUE',
    kind: 'invalid',
    zh: (sheet: string, row: number, column: string) => `工作表“${sheet}”第 ${row} 行“${column}”列是未计算的公式：请在 Excel 中打开并保存，或改为填写数值`,
    en: (sheet: string, row: number, column: string) =>
      `Sheet “${sheet}” row ${row} column “${column}” holds a formula without a computed value: open and save it in Excel, or type the value`,
    details: (sheet: string, row: number, column: string) => ({ sheet, row, column }),
  },
  MatterBroken: {
    code: 'IMPORT_MATTER_REJECTED',
    kind: 'conflict',
    zh: '该事项有其他行出错，未导入',
    en: 'Another row of this matter is wrong; it was not imported',
  },
});

export type ImportErrorCode = CodesOf<typeof ImportError>;
