import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { from, mergeMap, tap, throwError } from 'rxjs';
import { GRAPHQL_URL, refreshSession } from './auth/refresh';
import { readSession, writeSession } from './auth/session';
import { reportReachable } from './connection';
import { errorCode, isConnectionFailure, SESSION_ENDED_CODES, SESSION_ERROR_CODES } from './errors';

/** Operations that must never trigger a refresh: they are how a session starts or is renewed. */
const SESSIONLESS_OPERATIONS = new Set(['Login', 'RefreshToken']);

const authLink = new SetContextLink((prevContext) => {
  const session = readSession();
  if (!session) return {};
  return { headers: { ...prevContext.headers, authorization: `Bearer ${session.accessToken}` } };
});

const sessionErrorLink = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (SESSIONLESS_OPERATIONS.has(operation.operationName ?? '')) return;
  // A logged-out or disabled account cannot be renewed: back to the login page at once.
  if (error.errors.some((e) => SESSION_ENDED_CODES.has(errorCode(e) ?? ''))) {
    writeSession(null);
    return;
  }
  if (!error.errors.some((e) => SESSION_ERROR_CODES.has(errorCode(e) ?? ''))) return;

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

/** Notes whether queries reach the server (connection.ts); mutations keep their own messages. */
const connectionLink = new ApolloLink((operation, forward) => {
  const isQuery = operation.operationType === 'query';
  return forward(operation).pipe(
    tap({
      next: (result) => {
        if (isQuery) reportReachable(!(result.errors ?? []).some((e) => e.extensions?.['kind'] === 'unavailable'));
      },
      error: (error: unknown) => {
        if (isQuery && isConnectionFailure(error)) reportReachable(false);
      },
    }),
  );
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([connectionLink, sessionErrorLink, authLink, new HttpLink({ uri: GRAPHQL_URL })]),
    cache: new InMemoryCache({
      // A county has one calendar per year: what a calendar mutation answers replaces the year on screen.
      typePolicies: { CalendarYearView: { keyFields: ['year'] } },
    }),
  });
}
