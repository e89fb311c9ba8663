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
});

export type NoticeErrorCode = CodesOf<typeof NoticeError>;
