import { DomainError } from '@county/tenancy';

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
export const ImportError = {
  FileInvalid: (why: string) =>
    new DomainError('IMPORT_FILE_INVALID', `无法读取该文件：须为本系统导出的 .xlsx 事项目录（${why}）`, `The file cannot be read as an exported catalog workbook (${why})`),
  HeaderMissing: (sheet: string, header: string) =>
    new DomainError('IMPORT_HEADER_MISSING', `工作表“${sheet}”缺少列“${header}”`, `Sheet “${sheet}” lacks the column “${header}”`, { sheet, header }),
  ValueInvalid: (value: string, expected: string, expectedEn: string) =>
    new DomainError('IMPORT_VALUE_INVALID', `“${value}”无效，应为${expected}`, `“${value}” is not valid; expected ${expectedEn}`, { value }),
  ValueRequired: () => new DomainError('IMPORT_VALUE_REQUIRED', '此项必填', 'This cell is required'),
  DepartmentUnknown: (name: string) =>
    new DomainError('IMPLEMENTING_BODY_INVALID', `部门“${name}”不是本县的部门`, `“${name}” is not a department of this county`, { name }),
  DuplicateMatter: (code: string) =>
    new DomainError('IMPORT_DUPLICATE_MATTER', `实施编码 ${code} 在“事项”表中出现多次`, `The implementation code ${code} appears more than once on the matter sheet`, { code }),
  OrphanRow: (code: string) =>
    new DomainError('IMPORT_UNKNOWN_MATTER', `实施编码 ${code} 不在“事项”表中`, `The implementation code ${code} is not on the matter sheet`, { code }),
  OrderDuplicate: (order: number) =>
    new DomainError('IMPORT_ORDER_DUPLICATE', `序号 ${order} 重复`, `The order number ${order} is used twice`, { order }),
  Invalid: (fields: string[]) =>
    new DomainError('INVALID_INPUT', `输入有误：${fields.join('、')}`, `Invalid input: ${fields.join(', ')}`, { fields }),
  MatterBroken: () =>
    new DomainError('IMPORT_MATTER_REJECTED', '该事项有其他行出错，未导入', 'Another row of this matter is wrong; it was not imported'),
};
