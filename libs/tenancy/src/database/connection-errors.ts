import { DomainError } from '../errors/domain-error';
import { TenancyError } from '../errors/tenancy.errors';

/** Socket failures, and Postgres's own: admin/crash shutdown, starting up (57P0x), connection exceptions (08xxx). */
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', 'EAI_AGAIN', '57P01', '57P02', '57P03']);
const MESSAGES = [
  /connection terminated/i,
  /connection timeout/i,
  /timeout exceeded when trying to connect/i,
  /cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** True when the error says the database cannot be reached, wherever TypeORM or pg wrapped it. */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (depth > 4 || error == null || typeof error !== 'object' || error instanceof DomainError) return false;
  const e = error as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  if (CODES.has(code) || code.startsWith('08')) return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  const inner = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => isConnectionError(i, depth + 1));
}

/** The one mapping of "the database is down" to a coded error of kind unavailable (HTTP 503). */
export function asUnavailable(error: unknown): unknown {
  return isConnectionError(error) ? TenancyError.DatabaseUnavailable() : error;
}
