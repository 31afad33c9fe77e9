import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { startServer, type RunningServer } from './main';
import { DEMO_ACCOUNTS } from './seed/demo-accounts';

// Always the embedded database in a temp data dir (the config is built from this object, not the
// process environment), because what is tested is PGlite's persistence across restarts.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-main-'));
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-web-'));
const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', TONGBAN_DATA_DIR: dataDir, LOG_LEVEL: 'silent', TONGBAN_JOB_POLL_MS: '100' });

let server: RunningServer | undefined;
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(webDir, { recursive: true, force: true });
});

interface Signed {
  cookie: string;
  csrf: string;
}

async function login(url: string, username: string): Promise<Signed> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@12345' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('tb_session='))!
    .split(';')[0];
  return { cookie, csrf: (await res.json()).csrfToken };
}

async function call(url: string, s: Signed, method: string, p: string, body?: unknown) {
  return fetch(`${url}${p}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
}

const addWorkdays = async (url: string, from: string, days: number) => (await fetch(`${url}/api/v1/calendar/add-workdays?from=${from}&days=${days}`)).json();

/**
 * A sign-in whose headers reach the server now and whose body arrives only when `finish` is called,
 * so the request is in flight while the server shuts down.
 */
function slowLogin(url: string): { finish(): void; response: Promise<{ status: number; body: string }> } {
  const body = JSON.stringify({ username: 'citizen', password: 'Demo@12345' });
  const req = http.request(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { finish: () => req.end(body.slice(10)), response };
}

describe('startServer on an embedded database', () => {
  it('serves, keeps its data across a restart, and shuts down gracefully', async () => {
    server = await startServer(config, { webDir });
    const first = server.url;
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${first}/healthz`)).json()).toEqual({ status: 'ok', db: 'pglite' });

    const admin = await login(first, 'admin');
    expect((await call(first, admin, 'PUT', '/api/v1/calendar/days/2026-12-01', { workday: false, kind: 'holiday', name: '地方假日' })).status).toBe(204);
    // A seeded State Council holiday cleared by the admin is an edit too.
    expect((await call(first, admin, 'DELETE', '/api/v1/calendar/days/2026-10-07')).status).toBe(204);
    expect(await addWorkdays(first, '2026-11-30', 1)).toEqual({ date: '2026-12-02', published: true });
    expect(await addWorkdays(first, '2026-09-30', 1)).toEqual({ date: '2026-10-07', published: true });
    const eventsBefore = (await (await call(first, admin, 'GET', '/api/v1/audit/events?pageSize=1')).json()).total;
    const usersBefore = (await server.ctx.db.selectFrom('users').select('username').execute()).map((u) => u.username).sort();
    expect(eventsBefore).toBeGreaterThanOrEqual(3);

    // Graceful: a request in flight when close() is called still gets its answer.
    const inflight = slowLogin(first);
    await new Promise((r) => setTimeout(r, 150));
    const closing = server.close();
    await new Promise((r) => setTimeout(r, 50));
    inflight.finish();
    const answered = await inflight.response;
    expect(answered.status, answered.body).toBe(200);
    await closing;
    await server.close(); // a second close is harmless
    await expect(fetch(`${first}/healthz`)).rejects.toThrow();
    expect(fs.existsSync(path.join(dataDir, 'pg.lock'))).toBe(false);
    server = undefined;

    server = await startServer(config, { webDir });
    const second = server.url;
    expect(await (await fetch(`${second}/healthz`)).json()).toEqual({ status: 'ok', db: 'pglite' });
    const citizen = await login(second, 'citizen');
    const me = await (await call(second, citizen, 'GET', '/api/v1/me')).json();
    expect(me).toMatchObject({ username: 'citizen', displayName: '王晓明', regionCode: '150203' });
    // The seed ran again at start-up without adding or duplicating anyone.
    const users = (await server.ctx.db.selectFrom('users').select('username').execute()).map((u) => u.username).sort();
    expect(users).toEqual(usersBefore);
    expect(users).toEqual(expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.username)));

    expect(await addWorkdays(second, '2026-11-30', 1)).toEqual({ date: '2026-12-02', published: true });
    expect(await addWorkdays(second, '2026-09-30', 1)).toEqual({ date: '2026-10-07', published: true });
    const admin2 = await login(second, 'admin');
    const after = await (await call(second, admin2, 'GET', '/api/v1/audit/events?action=calendar.day_cleared')).json();
    expect(after.total).toBe(1);
    expect((await (await call(second, admin2, 'GET', '/api/v1/audit/events?pageSize=1')).json()).total).toBeGreaterThan(eventsBefore);
    const verify = await (await call(second, admin2, 'POST', '/api/v1/audit/verify', {})).json();
    expect(verify).toMatchObject({ ok: true, broken: [] });

    await server.close();
    server = undefined;
    expect(fs.existsSync(path.join(dataDir, 'pg.lock'))).toBe(false);
  }, 120_000);
});
