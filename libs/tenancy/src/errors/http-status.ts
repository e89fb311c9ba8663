/** HTTP status of a coded error on a plain (non-GraphQL) route; GraphQL answers 200 with errors. */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  TOKEN_REVOKED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
};

export function httpStatusOf(code: string): number {
  return STATUS[code] ?? 400;
}
