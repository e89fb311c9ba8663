import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { MeFieldsFragment } from '../gql/graphql';
import { isSessionError } from '../errors';
import { LoginDocument, LogoutDocument, MeDocument } from '../graphql/auth';
import { onSessionChange, readSession, writeSession } from './session';

interface AuthState {
  /** Null while signed out; undefined while the profile of a restored session is loading. */
  me: MeFieldsFragment | null | undefined;
  /**
   * The profile could not be loaded and the session was not ended (the server could not be
   * reached, or answered with something other than a session error): the session stays.
   */
  unreachable: boolean;
  /** Why, for the retry page. */
  loadError: unknown;
  /** Loads the profile again after `unreachable`. */
  retry(): Promise<void>;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [signedIn, setSignedIn] = useState(() => readSession() !== null);
  const [loginMutation] = useMutation(LoginDocument);
  const [logoutMutation] = useMutation(LogoutDocument);
  const meQuery = useQuery(MeDocument, { skip: !signedIn });

  useEffect(
    () =>
      onSessionChange((tokens) => {
        setSignedIn(tokens !== null);
        // Another user's cached org tree must never show after a sign-out or an expired session.
        if (!tokens) void client.clearStore();
      }),
    [client],
  );

  const login = useCallback(
    async (username: string, password: string) => {
      const { data } = await loginMutation({ variables: { input: { username, password } } });
      if (!data) return;
      const { accessToken, refreshToken, me } = data.login;
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me } });
      writeSession({ accessToken, refreshToken });
    },
    [client, loginMutation],
  );

  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } catch {
      // The server may already consider the session gone; signing out locally is what matters.
    } finally {
      writeSession(null);
    }
  }, [logoutMutation]);

  // A server that cannot answer is not a signed-out user: the session stays and the app says so.
  // A real session error has already cleared the tokens in apollo.ts (signedIn is false then).
  const unreachable = signedIn && !meQuery.data?.me && !!meQuery.error && !isSessionError(meQuery.error);
  const me = !signedIn ? null : (meQuery.data?.me ?? (meQuery.error && !unreachable ? null : undefined));
  const { refetch } = meQuery;
  const retry = useCallback(async () => {
    await refetch().catch(() => undefined);
  }, [refetch]);
  const loadError = meQuery.error;
  const value = useMemo<AuthState>(() => ({ me, unreachable, loadError, retry, login, logout }), [me, unreachable, loadError, retry, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth() outside <AuthProvider>');
  return state;
}
