import { DomainError } from '@county/tenancy';

/** Coded errors of the printable notice; lookups reuse CatalogError's NOT_FOUND. */
export const NoticeError = {
  VersionInvalid: (value: string) =>
    new DomainError('VERSION_INVALID', `版本号“${value}”无效，应为正整数`, `The version “${value}” is not a positive whole number`, { value }),
};

/** HTTP status of a coded error on a plain (non-GraphQL) route. */
export function httpStatusOf(code: string): number {
  if (code === 'NOT_FOUND') return 404;
  if (code === 'UNAUTHENTICATED') return 401;
  if (code === 'FORBIDDEN') return 403;
  return 400;
}
