// The typed REST client: openapi-fetch over the types generated from openapi.yaml (schema.d.ts), so
// every path, parameter and body here is checked against the server's own documentation.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Message = Schemas['Message'];
export type Conversation = Schemas['Conversation'];
export type User = Schemas['User'];
export type Me = Schemas['Me'];
export type Group = Schemas['Group'];
export type Member = Schemas['Member'];
export type FileInfo = Schemas['File'];
export type SearchResult = Schemas['SearchResult'];
export type Uploaded = paths['/api/v1/files']['post']['responses'][201]['content']['application/json'];

/** An error answer of the API, in its documented shape ({error: {code, message}}). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let token: string | null = null;
let onUnauthorized: () => void = () => {};

export function setToken(value: string | null): void {
  token = value;
}
export function getToken(): string | null {
  return token;
}
/** Called when a request answers 401 with a token set: the session ended (logout elsewhere, expiry). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

const auth: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && token) onUnauthorized();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });
api.use(auth);

export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  if (error?.code) return new ApiError(status, error.code, error.message ?? error.code);
  return new ApiError(status, status === 0 ? 'network' : 'http_' + status, status === 0 ? 'Network error' : `HTTP ${status}`);
}

/** Awaits an openapi-fetch call and returns its data, or throws its error as an ApiError. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  if (!result.response.ok || result.error !== undefined) throw toApiError(result.response.status, result.error);
  return result.data as T;
}

/**
 * POST /files with upload progress (fetch cannot report upload progress; XMLHttpRequest can). The
 * answer has the generated File type.
 */
export function uploadFile(file: Blob, name: string, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/files');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) resolve(body as Uploaded);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'Upload cancelled'));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, name);
    xhr.send(form);
  });
}

/** Downloads a file with the session token (a plain link cannot send it) as an object URL. */
export async function fileObjectUrl(id: string): Promise<string> {
  const response = await fetch(`/api/v1/files/${encodeURIComponent(id)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
  return URL.createObjectURL(await response.blob());
}

/**
 * Image previews by file id, kept while in use: the windowed message list unmounts rows scrolled away
 * and mounts them again, which must not download the image every time. The oldest previews are
 * released beyond PREVIEWS_KEPT.
 */
const PREVIEWS_KEPT = 100;
const previews = new Map<string, Promise<string>>();
export function previewUrl(id: string): Promise<string> {
  let url = previews.get(id);
  if (url) {
    previews.delete(id);
    previews.set(id, url);
    return url;
  }
  url = fileObjectUrl(id);
  previews.set(id, url);
  url.catch(() => previews.delete(id));
  while (previews.size > PREVIEWS_KEPT) {
    const [oldest, value] = previews.entries().next().value as [string, Promise<string>];
    previews.delete(oldest);
    void value.then(
      (u) => URL.revokeObjectURL(u),
      () => {},
    );
  }
  return url;
}
