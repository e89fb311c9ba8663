import { currentRequest } from './request-id';

/** Lines one request may write: a request full of failing aliases cannot flood the log. */
const LINES_PER_REQUEST = 3;
const MESSAGE_CHARS = 300;

/**
 * Drops what a message quotes (Postgres quotes the offending value: `invalid input syntax for
 * type uuid: "…"`), then cuts it short.
 */
export function strippedMessage(message: string): string {
  return message.replace(/"[^"]*"|'[^']*'|\$argon2[^\s,)]*/g, '…').slice(0, MESSAGE_CHARS);
}

/**
 * One JSON line for an unexpected error: request id, error class, SQLSTATE, stripped message.
 * Never the error object itself: TypeORM's QueryFailedError carries the query and its
 * parameters (a password hash among them).
 */
export function logUnexpectedError(error: unknown, write: (line: string) => void = (l) => process.stderr.write(l)): string | undefined {
  const request = currentRequest();
  if (request && request.logged++ >= LINES_PER_REQUEST) return request.id;
  const e = error instanceof Error ? error : new Error(typeof error);
  const sqlState = (e as { code?: unknown }).code;
  const line = {
    level: 'error',
    msg: 'unexpected error',
    requestId: request?.id ?? null,
    error: e.constructor.name.slice(0, 64),
    ...(typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState) ? { sqlState } : {}),
    message: strippedMessage(e.message ?? ''),
  };
  write(`${JSON.stringify(line)}\n`);
  return request?.id;
}
