import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { from, mergeMap, throwError } from 'rxjs';
import { GRAPHQL_URL, refreshSession } from './auth/refresh';
import { readSession, writeSession } from './auth/session';
import { errorCode, SESSION_ENDED_CODES, SESSION_ERROR_CODES } from './errors';

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

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionErrorLink, authLink, new HttpLink({ uri: GRAPHQL_URL })]),
    cache: new InMemoryCache(),
  });
}
