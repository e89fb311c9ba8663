import { useSyncExternalStore } from 'react';

/**
 * Whether the last query reached the server. A query that fails to connect (errors.ts
 * `isConnectionFailure`) sets it false; the next answer sets it true again. Pages then show
 * 无法连接服务器 with a retry (ServerUnreachable) instead of raw errors, and the session stays.
 */
let reachable = true;
const listeners = new Set<() => void>();

export function reportReachable(next: boolean): void {
  if (next === reachable) return;
  reachable = next;
  listeners.forEach((listener) => listener());
}

export function isServerReachable(): boolean {
  return reachable;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useServerReachable(): boolean {
  return useSyncExternalStore(subscribe, isServerReachable);
}
