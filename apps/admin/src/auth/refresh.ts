import { print } from 'graphql';
import { RefreshTokenDocument } from '../graphql/auth';
import { readSession, writeSession, type SessionTokens } from './session';

export const GRAPHQL_URL = '/graphql';

let refreshInFlight: Promise<SessionTokens | null> | null = null;

/**
 * Exchanges the refresh token once, however many requests failed at the same moment.
 * Done with a bare fetch so the refresh call cannot itself loop through the error link.
 */
export function refreshSession(): Promise<SessionTokens | null> {
  refreshInFlight ??= (async () => {
    const current = readSession();
    if (!current) return null;
    try {
      const response = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          operationName: 'RefreshToken',
          query: print(RefreshTokenDocument),
          variables: { refreshToken: current.refreshToken },
        }),
      });
      const body = (await response.json()) as {
        data?: { refreshToken?: { accessToken: string; refreshToken: string } | null } | null;
      };
      const renewed = body.data?.refreshToken;
      if (!renewed) return null;
      const tokens = { accessToken: renewed.accessToken, refreshToken: renewed.refreshToken };
      writeSession(tokens);
      return tokens;
    } catch {
      return null;
    }
  })().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

