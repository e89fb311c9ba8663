import { DomainError } from '@county/tenancy';

/** Coded errors of the reform ledger. */
export const LedgerError = {
  DateInvalid: (date: string) =>
    new DomainError('LEDGER_DATE_INVALID', `日期“${date}”无效，须为 YYYY-MM-DD`, `The date “${date}” is not valid; use YYYY-MM-DD`, { date }),
  RangeInvalid: (from: string, to: string) =>
    new DomainError('LEDGER_RANGE_INVALID', `起始日期 ${from} 晚于截止日期 ${to}`, `The start date ${from} is after the end date ${to}`, { from, to }),
};
