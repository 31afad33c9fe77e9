import { DEFAULT_LANG, translate, type Lang } from '../i18n/messages';

/**
 * The one place where the web app talks HTTP to the server: it adds the UI language and the
 * CSRF token, sends the session cookie, and turns every failure into an ApiError whose message
 * can be shown to the user as is.
 */

/** A failed API call; `message` is in the UI language (from the server, or our own fallback). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId?: string;
  readonly details?: Record<string, unknown>;
  /** The body's `details` whatever its shape: the catalog and schema errors send a list of problems with paths. */
  readonly detailList?: unknown[];

  constructor(init: { status: number; code: string; message: string; requestId?: string; details?: Record<string, unknown>; detailList?: unknown[] }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details;
    this.detailList = init.detailList;
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** JSON-serialised, or sent as is when a FormData (multipart uploads). */
  body?: unknown;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Whether a 401 ends the session and sends the user to sign in (default true). Off for calls
   * where 401 is an expected answer: the session probe and the sign-in itself.
   */
  redirectOnUnauthorized?: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

let language: Lang = DEFAULT_LANG;
let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setApiLanguage(lang: Lang): void {
  language = lang;
}

/**
 * Counts the sessions this page has held: a new CSRF token (a sign-in) or none (a sign-out) is a
 * new one. A request answers for the session it was sent in: a 401 to a request sent before the
 * page signed out (the notification bell's poll, still on its way) says nothing about the session
 * now, and must not send the person to the sign-in page instead of where signing out took them.
 */
let sessionNo = 0;

/** The token from `Me.csrfToken`, sent on every state-changing request; null after sign-out. */
export function setCsrfToken(token: string | null): void {
  if (token !== csrfToken) sessionNo += 1;
  csrfToken = token;
}

/** Called when any API call (other than the opted-out ones) answers 401. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function errorFromResponse(response: Response, body: unknown): ApiError {
  if (isRecord(body) && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError({
      status: response.status,
      code: body.code,
      message: body.message,
      requestId: typeof body.requestId === 'string' ? body.requestId : (response.headers.get('x-request-id') ?? undefined),
      details: isRecord(body.details) ? body.details : undefined,
      detailList: Array.isArray(body.details) ? body.details : undefined,
    });
  }
  return new ApiError({
    status: response.status,
    code: 'BAD_RESPONSE',
    message: translate(language, 'error.badResponse', { status: response.status }),
    requestId: response.headers.get('x-request-id') ?? undefined,
  });
}

/** Sends one request; resolves with the parsed JSON body (undefined for 204), rejects with ApiError. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const upper = method.toUpperCase();
  const multipart = typeof FormData !== 'undefined' && options.body instanceof FormData;
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json', 'Accept-Language': language };
  // The browser sets a multipart body's Content-Type itself, with its boundary.
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.has(upper) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const sentInSession = sessionNo;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: upper,
      headers,
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: translate(language, 'error.network') });
  }

  const body = await readJson(response);
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    if (body === undefined) throw errorFromResponse(response, body);
    return body as T;
  }
  const error = errorFromResponse(response, body);
  if (response.status === 401 && options.redirectOnUnauthorized !== false && sentInSession === sessionNo) unauthorizedHandler?.();
  throw error;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('DELETE', path, options),
};

/** True for an aborted fetch, which callers ignore rather than report. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Any thrown value as an ApiError, so every error is shown the same way. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: 0, code: 'CLIENT_ERROR', message: error instanceof Error ? error.message : String(error) });
}
