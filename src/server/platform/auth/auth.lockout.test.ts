import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { DEMO_PASSWORD } from '../../seed/demo-accounts';
import { hashPassword } from './passwords';

const MAX = 5;
const login = (t: TestApp, username: string, password: string, ip?: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, ...(ip ? { headers: { 'x-forwarded-for': ip } } : {}) });

async function addUser(t: TestApp, username: string): Promise<void> {
  await t.ctx.db
    .insertInto('users')
    .values({
      username,
      password_hash: await hashPassword(DEMO_PASSWORD),
      display_name: username,
      roles: ['clerk'],
      department_code: null,
      region_code: '150200',
    })
    .execute();
}

async function failuresAudited(t: TestApp, username: string, reason: string): Promise<number> {
  const rows = await t.ctx.db.selectFrom('events').select('data').where('action', '=', 'auth.login_failed').execute();
  return rows.filter((r) => (r.data as { username?: string; reason?: string }).username === username && (r.data as { reason?: string }).reason === reason)
    .length;
}

describe('client address: nobody is trusted by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { TONGBAN_LOGIN_MAX_FAILURES: String(MAX) } });
  });
  afterAll(() => t?.close());

  it('does not let X-Forwarded-For escape the per-address sign-in limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 32; i++) codes.push((await login(t, `spoof${i}`, 'x', `203.0.113.${i}`)).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes.slice(30)).toEqual([429, 429]);
  });
});

describe('sign-in lockout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { TONGBAN_LOGIN_MAX_FAILURES: String(MAX), TONGBAN_TRUST_PROXY: '127.0.0.1' } });
  });
  afterAll(() => t?.close());

  it('checks at most the allowed number of passwords when 50 wrong ones arrive at once, and locks once', async () => {
    await addUser(t, 'racer');
    const res = await Promise.all(Array.from({ length: 50 }, (_, i) => login(t, 'racer', `wrong-${i}`, '198.51.100.7')));
    expect(await failuresAudited(t, 'racer', 'bad_password')).toBeLessThanOrEqual(MAX);
    expect(await failuresAudited(t, 'racer', 'bad_password')).toBe(MAX);
    const row = await t.ctx.db.selectFrom('login_failures').selectAll().where('key', 'like', 'user+ip:["racer"%').executeTakeFirstOrThrow();
    expect(row.locks).toBe(1);
    expect(res.filter((r) => r.statusCode === 401)).toHaveLength(MAX - 1);
    expect(res.every((r) => r.statusCode === 401 || ['ACCOUNT_LOCKED', 'RATE_LIMITED'].includes(r.json().code))).toBe(true);
    expect(res.filter((r) => r.json().code === 'ACCOUNT_LOCKED').length).toBeGreaterThan(0);
    // The right password is refused while locked, from that address.
    expect((await login(t, 'racer', DEMO_PASSWORD, '198.51.100.7')).statusCode).toBe(429);
  });

  it('answers an unknown username exactly like a known one', async () => {
    await addUser(t, 'known1');
    const seq = async (username: string, ip: string) => {
      const out: string[] = [];
      for (let i = 0; i < MAX + 1; i++) {
        const r = await login(t, username, 'wrong', ip);
        out.push(`${r.statusCode} ${r.json().code} ${r.headers['retry-after'] ?? ''}`);
      }
      return out;
    };
    const known = await seq('known1', '198.51.100.20');
    const unknown = await seq('no-such-user-1', '198.51.100.21');
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toMatch(/^429 ACCOUNT_LOCKED \d+/);
  });

  it('does not lock the owner out from another address, and grows the lock per address', async () => {
    await addUser(t, 'victim');
    const attacker = '198.51.100.30';
    for (let i = 0; i < MAX; i++) await login(t, 'victim', 'wrong', attacker);
    const blocked = await login(t, 'victim', 'wrong', attacker);
    expect(blocked.statusCode).toBe(429);
    const first = Number(blocked.headers['retry-after']);
    expect(first).toBeGreaterThan(14 * 60);
    expect(first).toBeLessThanOrEqual(15 * 60);
    // The owner, elsewhere, signs in with the right password.
    expect((await login(t, 'victim', DEMO_PASSWORD, '198.51.100.31')).statusCode).toBe(200);
    // The attacker's lock runs out; the next lock from that address is twice as long.
    await t.ctx.db
      .updateTable('login_failures')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('key', '=', `user+ip:${JSON.stringify(['victim', attacker])}`)
      .execute();
    for (let i = 0; i < MAX; i++) await login(t, 'victim', 'wrong', attacker);
    const second = Number((await login(t, 'victim', 'wrong', attacker)).headers['retry-after']);
    expect(second).toBeGreaterThan(29 * 60);
  });

  it('limits a username across all addresses with a short lock that does not grow', async () => {
    await addUser(t, 'spread');
    const codes: number[] = [];
    for (let a = 0; a < 4; a++) for (let i = 0; i < MAX - 1; i++) codes.push((await login(t, 'spread', 'wrong', `192.0.2.${a}`)).statusCode);
    for (let i = 0; i < 4; i++) codes.push((await login(t, 'spread', 'wrong', `192.0.2.${10 + i}`)).statusCode);
    // 4 × (MAX−1) + 4 = 20 = MAX × 4 failures: the 20th locks the username everywhere.
    expect(codes.slice(0, -1).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    const fresh = await login(t, 'spread', DEMO_PASSWORD, '192.0.2.99');
    expect(fresh.statusCode).toBe(429);
    expect(Number(fresh.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
  });
});
