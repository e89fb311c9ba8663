import { refreshSession } from '../auth/refresh';
import { readSession, writeSession } from '../auth/session';
import { SESSION_ENDED_CODES, SESSION_ERROR_CODES } from '../errors';

/** A coded error from a plain route, in the shape GraphQL errors have. */
export interface RouteError {
  code: string;
  messageZh: string;
  messageEn: string;
}

function authorization(): Record<string, string> {
  const session = readSession();
  return session ? { authorization: `Bearer ${session.accessToken}` } : {};
}

async function codeOf(response: Response): Promise<string | undefined> {
  const body = (await response.clone().json().catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
  return body?.errors?.[0]?.extensions?.code;
}

/**
 * Sends a request with the access token and, like the GraphQL client (apollo.ts), refreshes an
 * expired token once and retries; an ended session goes back to the login page.
 */
async function sendWithSession(path: string, init: RequestInit = {}): Promise<Response> {
  const send = () => fetch(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...authorization() } });
  const response = await send();
  if (response.ok) return response;
  const code = (await codeOf(response)) ?? '';
  if (SESSION_ENDED_CODES.has(code)) {
    writeSession(null);
    return response;
  }
  if (!SESSION_ERROR_CODES.has(code)) return response;
  if (!(await refreshSession())) {
    writeSession(null);
    return response;
  }
  return send();
}

async function failure(response: Response): Promise<Error & { route?: RouteError }> {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string; extensions?: RouteError }[] } | null;
  const error: Error & { route?: RouteError } = new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  error.route = body?.errors?.[0]?.extensions;
  return error;
}

/**
 * Downloads a file from a protected route. A plain link would not carry the bearer token, so
 * the file is fetched with it and handed to the browser as a blob under the server's name.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await sendWithSession(path);
  if (!response.ok) throw await failure(response);
  await saveAs(response, fallbackName);
}

/** Posts a file's bytes and downloads what the route answers (a sheet made from them). */
export async function downloadPosted(path: string, file: Blob, contentType: string, fallbackName: string): Promise<void> {
  const response = await sendWithSession(path, { method: 'POST', headers: { 'content-type': contentType }, body: file });
  if (!response.ok) throw await failure(response);
  await saveAs(response, fallbackName);
}

async function saveAs(response: Response, fallbackName: string): Promise<void> {
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  // The server names the file in Chinese (RFC 6266 filename*); fall back to an ASCII name.
  const named = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '');
  link.download = named ? decodeURIComponent(named[1]) : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Posts a file's bytes; answers the JSON body for 2xx and 422 (a report), throws otherwise. */
export async function uploadFile<T>(path: string, file: Blob, contentType: string): Promise<{ status: number; body: T }> {
  const response = await sendWithSession(path, { method: 'POST', headers: { 'content-type': contentType }, body: file });
  if (!response.ok && response.status !== 422) throw await failure(response);
  return { status: response.status, body: (await response.json()) as T };
}

/** A protected file's bytes (a photo to show as a thumbnail); throws the route's coded error. */
export async function fetchFileBlob(path: string): Promise<Blob> {
  const response = await sendWithSession(path);
  if (!response.ok) throw await failure(response);
  return response.blob();
}

/** Posts a multipart form (the browser sets its boundary); answers the JSON body, throws the route's coded error. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const response = await sendWithSession(path, { method: 'POST', body: form });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}
