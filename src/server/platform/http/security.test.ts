import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { loadConfig } from '../../config';
import { createLogger } from '../../runtime';
import { ROUTES } from '../../modules';
import { buildApp } from './app';
import { redactUrlForLog } from './log-redact';

describe('security headers', () => {
  let t: TestApp;
  let secure: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    secure = await createTestApp({ config: { TONGBAN_COOKIE_SECURE: '1' } });
  });
  afterAll(async () => {
    await t?.close();
    await secure?.close();
  });

  it('sends CSP, frame, referrer and nosniff headers on pages, API answers and errors', async () => {
    for (const url of ['/healthz', '/api/v1/me', '/api/v1/no-such-thing', '/openapi.json']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).not.toMatch(/https?:|\*/);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS only when cookies are secure (served over HTTPS)', async () => {
    const res = await secure.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describe('/metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { TONGBAN_METRICS_ALLOW: '10.9.9.0/24' } });
  });
  afterAll(() => t?.close());

  it('answers only allowed addresses and administrators', async () => {
    const anon = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(anon.statusCode).toBe(404);
    const clerk = await t.login('clerk');
    expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: { cookie: clerk.cookie } })).statusCode).toBe(404);
    const admin = await t.login('admin');
    const ok = await t.app.inject({ method: 'GET', url: '/metrics', headers: { cookie: admin.cookie } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('tongban_http_request_duration_seconds');
    const fromScraper = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.9.9.7' });
    expect(fromScraper.statusCode).toBe(200);
  });

  it('is open to loopback by default', async () => {
    const local = await createTestApp();
    try {
      expect((await local.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
      expect((await local.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.5' })).statusCode).toBe(404);
    } finally {
      await local.close();
    }
  });
});

describe('client address behind proxies', () => {
  it.each([
    [undefined, '127.0.0.1'],
    ['1', '198.51.100.2'],
    ['2', '198.51.100.1'],
    ['127.0.0.1', '198.51.100.2'],
    ['127.0.0.1,198.51.100.2', '198.51.100.1'],
  ])('TONGBAN_TRUST_PROXY=%s → the limiter counts %s', async (trust, expected) => {
    const t = await createTestApp({ config: trust ? { TONGBAN_TRUST_PROXY: trust } : {} });
    try {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'nobody', password: 'x' },
        headers: { 'x-forwarded-for': '198.51.100.1, 198.51.100.2' },
      });
      const keys = (await t.ctx.db.selectFrom('rate_limits').select('key').where('key', 'like', 'auth.ip:%').execute()).map((r) => r.key);
      expect(keys).toEqual([`auth.ip:${expected}`]);
    } finally {
      await t.close();
    }
  });
});

describe('access log', () => {
  it('redacts phone numbers, phone and ID tails and names from logged URLs', () => {
    expect(redactUrlForLog('/api/v1/hotline/public/tickets/12345-20261202-000001?phone4=1234')).toBe(
      '/api/v1/hotline/public/tickets/12345-20261202-000001?phone4=[redacted]',
    );
    expect(redactUrlForLog('/api/v1/progress?caseNo=BT150203-20260101-000001&idTail=123X')).toBe(
      '/api/v1/progress?caseNo=BT150203-20260101-000001&idTail=[redacted]',
    );
    expect(redactUrlForLog('/api/v1/admin/sms?mobile=13947201234')).toBe('/api/v1/admin/sms?mobile=[redacted]');
    expect(redactUrlForLog('/api/v1/cases?q=139%204720%201234')).toBe('/api/v1/cases?q=139********');
  });

  it('writes the redacted URL in the request log lines', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const config = loadConfig({ NODE_ENV: 'test', TONGBAN_JOBS: '0', LOG_LEVEL: 'info' });
    const log = createLogger(config, sink);
    const t = await createTestApp();
    const app = await buildApp({ ctx: { ...t.ctx, log }, routes: ROUTES, log });
    try {
      await app.inject({ method: 'GET', url: '/api/v1/hotline/public/tickets/12345-20261202-000001?phone4=4321' });
      // Without the request ids: a random UUID can hold the digits 4321 (a CI run met one).
      const text = lines
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.stringify({ ...JSON.parse(l), reqId: undefined }))
        .join('\n');
      expect(text).toContain('phone4=[redacted]');
      expect(text).not.toContain('4321');
    } finally {
      await app.close();
      await t.close();
    }
  });
});
