import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { TONGBAN_LOGIN_MAX_FAILURES: '3' } });
});
afterAll(() => t?.close());

describe('sign-in, sessions and CSRF', () => {
  it('signs every demo account in and reports who it is', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const s = await t.login(a.username);
      expect(s.me).toMatchObject({
        username: a.username,
        displayName: a.displayName,
        roles: a.roles,
        regionCode: a.regionCode,
        departmentCode: a.departmentCode,
      });
      expect(typeof s.me.csrfToken).toBe('string');
      const me = await t.call('GET', '/api/v1/me', { session: s });
      expect(me.statusCode).toBe(200);
      expect(me.json().regionName).toBeTruthy();
      const probe = await t.call('GET', '/api/v1/auth/session', { session: s });
      expect(probe.json().me).toMatchObject({ username: a.username, csrfToken: s.me.csrfToken });
    }
    // Not signed in: an answer, not an error.
    const anonymous = await t.call('GET', '/api/v1/auth/session');
    expect([anonymous.statusCode, anonymous.json()]).toEqual([200, { me: null }]);
  });

  it('sets an HttpOnly SameSite cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk', password: 'Demo@12345' } });
    const c = res.cookies.find((x) => x.name === 'tb_session');
    expect(c?.httpOnly).toBe(true);
    expect(c?.sameSite).toBe('Lax');
  });

  it('answers a wrong password with 401 in the request language, and audits it', async () => {
    const zh = await t.call('POST', '/api/v1/auth/login', { body: { username: 'reviewer', password: 'nope' } });
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    expect(zh.json().requestId).toBeTruthy();
    const en = await t.call('POST', '/api/v1/auth/login', {
      body: { username: 'reviewer', password: 'nope' },
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json().message).toBe('Wrong username or password');
    const events = await t.ctx.db.selectFrom('events').select(['action', 'data']).where('action', '=', 'auth.login_failed').execute();
    expect(events.length).toBeGreaterThanOrEqual(2);
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 3; i++) await t.call('POST', '/api/v1/auth/login', { body: { username: 'approver', password: 'wrong' } });
    const locked = await t.call('POST', '/api/v1/auth/login', { body: { username: 'approver', password: 'Demo@12345' } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    expect(locked.headers['retry-after']).toBeDefined();
  });

  it('treats an unknown user like a wrong password', async () => {
    const res = await t.call('POST', '/api/v1/auth/login', { body: { username: 'nobody', password: 'x' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('rejects malformed bodies, unknown fields and over-long strings without writing', async () => {
    const before = await t.ctx.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad = [
      { payload: '{"username":', type: 'application/json', code: 'MALFORMED_JSON' },
      { payload: JSON.stringify({ username: 'citizen', password: 'Demo@12345', admin: true }), type: 'application/json', code: 'VALIDATION_FAILED' },
      { payload: JSON.stringify({ username: 'x'.repeat(65), password: 'a' }), type: 'application/json', code: 'VALIDATION_FAILED' },
      { payload: JSON.stringify({ username: 5, password: [] }), type: 'application/json', code: 'VALIDATION_FAILED' },
    ];
    for (const b of bad) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: b.payload, headers: { 'content-type': b.type } });
      expect(res.statusCode, b.payload).toBe(400);
      expect(res.json().code).toBe(b.code);
    }
    const after = await t.ctx.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('requires the CSRF token on state-changing requests with a session', async () => {
    const s = await t.login('citizen');
    const missing = await t.call('POST', '/api/v1/auth/logout', { session: s, headers: { 'x-csrf-token': '' } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await t.call('POST', '/api/v1/auth/logout', { session: s, headers: { 'x-csrf-token': 'forged' } });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.call('POST', '/api/v1/auth/logout', { session: s });
    expect(ok.statusCode).toBe(204);
    const after = await t.call('GET', '/api/v1/me', { session: s });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('SESSION_EXPIRED');
  });

  it('expires idle sessions', async () => {
    const s = await t.login('dispatcher');
    await t.ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const res = await t.call('GET', '/api/v1/me', { session: s });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('SESSION_EXPIRED');
  });

  it('trusts a resolved session for a few seconds (no query per request), but not a signed-out one', async () => {
    const s = await t.login('reviewer');
    expect((await t.call('GET', '/api/v1/me', { session: s })).statusCode).toBe(200);
    // Removed behind this node's back (another node signing it out): still served from the cache …
    await t.ctx.db.deleteFrom('sessions').where('user_id', '=', String(s.me.id)).execute();
    expect((await t.call('GET', '/api/v1/me', { session: s })).statusCode).toBe(200);
    // … for at most five seconds.
    const later = Date.now() + 5_001;
    const realNow = Date.now;
    Date.now = () => later;
    try {
      expect((await t.call('GET', '/api/v1/me', { session: s })).json().code).toBe('SESSION_EXPIRED');
    } finally {
      Date.now = realNow;
    }
  });

  it('says UNAUTHENTICATED without a session', async () => {
    const res = await t.call('GET', '/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });
});
