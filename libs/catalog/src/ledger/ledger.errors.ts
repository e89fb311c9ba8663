import { CodesOf, defineErrors } from '@county/tenancy';

/** Coded errors of the reform ledger. */
export const LedgerError = defineErrors('ledger', {
  DateInvalid: {
    code: 'LEDGER_DATE_INVALID',
    kind: 'invalid',
    zh: (date: string) => `日期“${date}”无效，须为 YYYY-MM-DD`,
    en: (date: string) => `The date “${date}” is not valid; use YYYY-MM-DD`,
    details: (date: string) => ({ date }),
  },
  RangeInvalid: {
    code: 'LEDGER_RANGE_INVALID',
    kind: 'invalid',
    zh: (from: string, to: string) => `起始日期 ${from} 晚于截止日期 ${to}`,
    en: (from: string, to: string) => `The start date ${from} is after the end date ${to}`,
    details: (from: string, to: string) => ({ from, to }),
  },
});

export type LedgerErrorCode = CodesOf<typeof LedgerError>;
