/**
 * The signed-in session: tokens live in sessionStorage so closing the tab signs the user out,
 * and a second tab does not silently share one officer's session with whoever sits down next.
 */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

const STORAGE_KEY = 'admin.session';
type Listener = (tokens: SessionTokens | null) => void;
const listeners = new Set<Listener>();

export function readSession(): SessionTokens | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<SessionTokens>;
    return parsed.accessToken && parsed.refreshToken
      ? { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken }
      : null;
  } catch {
    return null;
  }
}

export function writeSession(tokens: SessionTokens | null): void {
  if (tokens) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
  else sessionStorage.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener(tokens));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
