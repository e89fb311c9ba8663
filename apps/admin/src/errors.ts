import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Language } from './i18n/i18n';

/** The API maps every domain error to `extensions: { code, messageZh, messageEn }`. */
export interface CodedError {
  code: string;
  message: string;
}

/** An expired access token: refresh once and retry. */
export const SESSION_ERROR_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'TOKEN_EXPIRED']);

/** The session is over (logged out elsewhere, membership lost, account disabled): sign in again. */
export const SESSION_ENDED_CODES: ReadonlySet<string> = new Set(['TOKEN_REVOKED', 'ACCOUNT_DISABLED', 'REFRESH_TOKEN_INVALID']);

export function errorCode(error: GraphQLFormattedError): string | undefined {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

function localizedMessage(error: GraphQLFormattedError, language: Language): string {
  const extensions = error.extensions ?? {};
  const preferred = language === 'en-US' ? extensions['messageEn'] : extensions['messageZh'];
  const fallback = language === 'en-US' ? extensions['messageZh'] : extensions['messageEn'];
  if (typeof preferred === 'string' && preferred) return preferred;
  if (typeof fallback === 'string' && fallback) return fallback;
  return error.message;
}

/**
 * The server could not be reached or could not answer: no response (network down, aborted), a
 * 5xx or a page that is not GraphQL (a proxy's error page), or a coded error of kind unavailable
 * (503 with Retry-After while the database is down). Never a reason to sign out.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (!error) return false;
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.['kind'] === 'unavailable');
  if (ServerError.is(error)) return error.statusCode >= 500;
  // ServerParseError, a TypeError from fetch, an abort: nothing coded came back.
  return true;
}

/** An answer that ends or needs to renew the session (the error link signs out if it cannot). */
export function isSessionError(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => SESSION_ERROR_CODES.has(errorCode(e) ?? '') || SESSION_ENDED_CODES.has(errorCode(e) ?? ''))
  );
}

/** Turns whatever Apollo threw into one line for the user, or null if it was not a server answer. */
export function describeError(error: unknown, language: Language): CodedError | null {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    return { code: errorCode(first) ?? 'UNKNOWN', message: localizedMessage(first, language) };
  }
  if (ServerError.is(error)) {
    // Some servers answer 4xx with a GraphQL body; prefer its coded message.
    const body = error.bodyText ? safeJson(error.bodyText) : null;
    const first = body?.errors?.[0];
    if (first) return { code: errorCode(first) ?? 'UNKNOWN', message: localizedMessage(first, language) };
  }
  return null;
}

function safeJson(text: string): { errors?: GraphQLFormattedError[] } | null {
  try {
    return JSON.parse(text) as { errors?: GraphQLFormattedError[] };
  } catch {
    return null;
  }
}
