import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setApiLanguage, setCsrfToken, setUnauthorizedHandler } from './api';

interface Call {
  url: string;
  init: RequestInit;
}

/** Replaces fetch with one answering `status` and `body`, recording every call. */
function stubFetch(status: number, body?: unknown, headers: Record<string, string> = {}): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? 'text/html' : 'application/json';
    return new Response(status === 204 ? null : text, { status, headers: { 'content-type': type, ...headers } });
  });
  return calls;
}

const header = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];

afterEach(() => {
  vi.unstubAllGlobals();
  setApiLanguage('zh-CN');
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

describe('api client', () => {
  it('sends the UI language, same-origin credentials and the query string', async () => {
    const calls = stubFetch(200, { items: [], total: 0 });
    setApiLanguage('en-US');
    await api.get('/api/v1/items', { query: { q: '营业执照', page: 2, skipped: undefined } });
    expect(calls[0].url).toBe('/api/v1/items?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7&page=2');
    expect(header(calls[0], 'Accept-Language')).toBe('en-US');
    expect(calls[0].init.credentials).toBe('same-origin');
  });

  it('adds the CSRF token to state-changing requests only', async () => {
    const calls = stubFetch(204);
    setCsrfToken('tok-1');
    await api.get('/api/v1/me').catch(() => undefined);
    await api.post('/api/v1/auth/logout');
    await api.delete('/api/v1/things/1');
    expect(header(calls[0], 'X-CSRF-Token')).toBeUndefined();
    expect(header(calls[1], 'X-CSRF-Token')).toBe('tok-1');
    expect(header(calls[2], 'X-CSRF-Token')).toBe('tok-1');
  });

  it('sends a JSON body and resolves with the parsed answer', async () => {
    const calls = stubFetch(200, { id: 'u1' });
    await expect(api.post('/api/v1/auth/login', { username: 'a', password: 'b' })).resolves.toEqual({ id: 'u1' });
    expect(calls[0].init.body).toBe('{"username":"a","password":"b"}');
    expect(header(calls[0], 'Content-Type')).toBe('application/json');
  });

  it('turns an error body into an ApiError with code, message, details and request id', async () => {
    stubFetch(429, { code: 'ACCOUNT_LOCKED', message: '账户已锁定', details: { retryAfterSeconds: 900 }, requestId: 'req-9' });
    const error = await api.post('/api/v1/auth/login', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'ACCOUNT_LOCKED', message: '账户已锁定', requestId: 'req-9', details: { retryAfterSeconds: 900 } });
  });

  it('keeps a list of problems in details as detailList', async () => {
    const problems = [{ path: 'promisedLimit.value', rule: 'promised_within_statutory', zh: '超过', en: 'exceeds' }];
    stubFetch(422, { code: 'ITEM_INVALID', message: '事项有 1 处不符合要求', details: problems, requestId: 'req-1' });
    const error = await api.post('/api/v1/admin/items/000101001000/publish', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, code: 'ITEM_INVALID', detailList: problems });
    expect((error as ApiError).details).toBeUndefined();
  });

  it('explains a non-JSON answer in the UI language', async () => {
    stubFetch(502, '<html>Bad gateway</html>');
    setApiLanguage('en-US');
    const error = await api.get('/api/v1/items').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'BAD_RESPONSE' });
    expect((error as Error).message).toContain('HTTP 502');
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/api/v1/items')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('calls the unauthorized handler on 401 unless the call opts out', async () => {
    stubFetch(401, { code: 'UNAUTHENTICATED', message: 'x', requestId: 'r' });
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    await api.get('/api/v1/me', { redirectOnUnauthorized: false }).catch(() => undefined);
    expect(handler).not.toHaveBeenCalled();
    await api.get('/api/v1/cases').catch(() => undefined);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('ignores a 401 to a request sent before the page signed out or signed in again', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (answer = resolve)));
    const unauthorized = () =>
      new Response(JSON.stringify({ code: 'UNAUTHENTICATED', message: 'x', requestId: 'r' }), { status: 401, headers: { 'content-type': 'application/json' } });
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    setCsrfToken('token-1');

    // A poll on its way while the page signs out.
    const poll = api.get('/api/v1/notifications').catch(() => undefined);
    setCsrfToken(null);
    answer(unauthorized());
    await poll;
    expect(handler).not.toHaveBeenCalled();

    // Sent while signed out, answered after signing in as someone else.
    const stale = api.get('/api/v1/notifications').catch(() => undefined);
    setCsrfToken('token-2');
    answer(unauthorized());
    await stale;
    expect(handler).not.toHaveBeenCalled();

    // The session the page holds now ran out: that one counts.
    const current = api.get('/api/v1/cases').catch(() => undefined);
    answer(unauthorized());
    await current;
    expect(handler).toHaveBeenCalledTimes(1);
    // The same token again (the session probed anew) is the same session.
    setCsrfToken('token-2');
    const again = api.get('/api/v1/cases').catch(() => undefined);
    answer(unauthorized());
    await again;
    expect(handler).toHaveBeenCalledTimes(2);
  });
});
