import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { print } from 'graphql';
import { from, mergeMap, throwError } from 'rxjs';
import { readSession, writeSession, type SessionTokens } from './auth/session';
import { errorCode, SESSION_ERROR_CODES } from './errors';
import { RefreshTokenDocument } from './graphql/auth';

const GRAPHQL_URL = '/graphql';

/** Operations that must never trigger a refresh: they are how a session starts or is renewed. */
const SESSIONLESS_OPERATIONS = new Set(['Login', 'RefreshToken']);

let refreshInFlight: Promise<SessionTokens | null> | null = null;

/**
 * Exchanges the refresh token once, however many requests failed at the same moment.
 * Done with a bare fetch so the refresh call cannot itself loop through the error link.
 */
function refreshSession(): Promise<SessionTokens | null> {
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

const authLink = new SetContextLink((prevContext) => {
  const session = readSession();
  if (!session) return {};
  return { headers: { ...prevContext.headers, authorization: `Bearer ${session.accessToken}` } };
});

const sessionErrorLink = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((e) => SESSION_ERROR_CODES.has(errorCode(e) ?? ''))) return;
  if (SESSIONLESS_OPERATIONS.has(operation.operationName ?? '')) return;

  if (operation.getContext()['retriedAfterRefresh']) {
    writeSession(null);
    return;
  }
  return from(refreshSession()).pipe(
    mergeMap((tokens) => {
      if (!tokens) {
        // Clearing the session sends the app back to the login page.
        writeSession(null);
        return throwError(() => error);
      }
      operation.setContext({ retriedAfterRefresh: true });
      return forward(operation);
    }),
  );
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionErrorLink, authLink, new HttpLink({ uri: GRAPHQL_URL })]),
    cache: new InMemoryCache(),
  });
}
