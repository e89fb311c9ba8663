import { CodesOf, defineErrors } from '@county/tenancy';

/** Coded errors of the printable notice; lookups reuse CatalogError's NOT_FOUND. */
export const NoticeError = defineErrors('notice', {
  VersionInvalid: {
    code: 'VERSION_INVALID',
    kind: 'invalid',
    zh: (value: string) => `版本号“${value}”无效，应为正整数`,
    en: (value: string) => `The version “${value}” is not a positive whole number`,
    details: (value: string) => ({ value }),
  },
  Busy: {
    code: 'NOTICE_BUSY',
    kind: 'limit',
    zh: (seconds: number) => `告知单打印人数过多，请 ${seconds} 秒后再试`,
    en: (seconds: number) => `Too many notices are being printed; try again in ${seconds} seconds`,
    details: (seconds: number) => ({ retryAfterSeconds: seconds }),
  },
});

export type NoticeErrorCode = CodesOf<typeof NoticeError>;
