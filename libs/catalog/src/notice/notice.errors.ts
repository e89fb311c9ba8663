import { DomainError } from '@county/tenancy';

/** Coded errors of the printable notice; lookups reuse CatalogError's NOT_FOUND. */
export const NoticeError = {
  VersionInvalid: (value: string) =>
    new DomainError('VERSION_INVALID', `版本号“${value}”无效，应为正整数`, `The version “${value}” is not a positive whole number`, { value }),
};
