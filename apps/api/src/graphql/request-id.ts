import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The request being served: its id, and how many log lines it has written. */
export interface RequestScope {
  id: string;
  logged: number;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** A caller's id is kept only if it is short and plain, so it cannot smuggle anything into the log. */
const GIVEN_ID = /^[A-Za-z0-9._:-]{1,64}$/;

interface IdRequest {
  headers: Record<string, string | string[] | undefined>;
}
interface IdResponse {
  setHeader(name: string, value: string): unknown;
}

/** Takes `x-request-id` or makes one, echoes it in the response and keeps it for the log. */
export function requestIdMiddleware(req: IdRequest, res: IdResponse, next: () => void): void {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  scope.run({ id, logged: 0 }, next);
}

export function currentRequest(): RequestScope | undefined {
  return scope.getStore();
}

/** For tests and jobs: runs `work` as the request `id`. */
export function inRequest<T>(id: string, work: () => T): T {
  return scope.run({ id, logged: 0 }, work);
}
