import { inspect } from 'node:util';

/** A start-up setting is missing or wrong: its message says everything, so it is printed without a stack. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/**
 * What a failed start-up prints: never `undefined`. Errors show their stack and causes; other
 * thrown values (libraries reject with undefined, strings or plain objects) are described.
 */
export function describeStartupError(error: unknown): string {
  if (error instanceof AggregateError) {
    return [describeStartupError(new Error(error.message || 'several errors')), ...error.errors.map((e) => `  - ${describeStartupError(e)}`)].join('\n');
  }
  if (error instanceof SettingsError) return error.message;
  if (error instanceof Error) {
    const own = error.stack ?? `${error.name}: ${error.message}`;
    const text = own.includes(error.message) ? own : `${error.name}: ${error.message}\n${own}`;
    return error.cause === undefined ? text : `${text}\nCaused by: ${describeStartupError(error.cause)}`;
  }
  if (error === undefined || error === null) return `start-up failed without a reason (${String(error)} was thrown)`;
  if (typeof error === 'string') return error || 'start-up failed (an empty string was thrown)';
  return `start-up failed with ${inspect(error, { depth: 4, breakLength: 120 })}`;
}
