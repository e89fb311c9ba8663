import { print } from 'graphql';
import { RefreshTokenDocument } from '../graphql/auth';
import { readSession, writeSession, type SessionTokens } from './session';

export const GRAPHQL_URL = '/graphql';

let refreshInFlight: Promise<SessionTokens | null> | null = null;

/** The refresh could not reach the server: the session is kept, the caller shows 无法连接服务器. */
export class RefreshUnreachableError extends Error {
  constructor(cause?: unknown) {
    super('Cannot reach the server to renew the session', { cause });
  }
}

/**
 * Exchanges the refresh token once, however many requests failed at the same moment.
 * Done with a bare fetch so the refresh call cannot itself loop through the error link.
 * Null when the server refused the token (sign in again); throws RefreshUnreachableError when
 * it could not answer (network down, 5xx), and the session stays.
 */
export function refreshSession(): Promise<SessionTokens | null> {
  refreshInFlight ??= (async () => {
    const current = readSession();
    if (!current) return null;
    let response: Response;
    try {
      response = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          operationName: 'RefreshToken',
          query: print(RefreshTokenDocument),
          variables: { refreshToken: current.refreshToken },
        }),
      });
    } catch (e) {
      throw new RefreshUnreachableError(e);
    }
    type Body = {
      data?: { refreshToken?: { accessToken: string; refreshToken: string } | null } | null;
      errors?: { extensions?: Record<string, unknown> }[];
    };
    const body = (await response.json().catch(() => null)) as Body | null;
    const unavailable = body?.errors?.some((e) => e.extensions?.['kind'] === 'unavailable');
    if (response.status >= 500 || unavailable || !body) throw new RefreshUnreachableError(response.status);
    const renewed = body.data?.refreshToken;
    if (!renewed) {
      // Only a refusal of the token itself ends the session; a limit or anything else is "not now".
      const refused = body.errors?.some((e) => ['unauthenticated', 'forbidden'].includes(String(e.extensions?.['kind'])));
      if (refused || !body.errors?.length) return null;
      throw new RefreshUnreachableError(response.status);
    }
    const tokens = { accessToken: renewed.accessToken, refreshToken: renewed.refreshToken };
    writeSession(tokens);
    return tokens;
  })().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

