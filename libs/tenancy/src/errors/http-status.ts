import { DomainError, ErrorKind } from './domain-error';

/** HTTP status of a coded error on a plain (non-GraphQL) route; GraphQL answers 200 with errors. */
const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  limit: 429,
  unavailable: 503,
};

export function httpStatusOf(error: DomainError): number {
  return STATUS[error.kind];
}
