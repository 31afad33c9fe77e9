import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { findBadText } from './text-guard';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t?.close());

describe('findBadText', () => {
  it.each([
    ['ok', null],
    ['包头😀', null],
    ['a\u0000b', 'x'],
    ['\uD800', 'x'],
    ['x\uDC00', 'x'],
    ['\uD83D\uDE00', null],
  ])('%j → %s', (value, expected) => {
    expect(findBadText(value, 'x')).toBe(expected);
  });

  it('finds it deep inside objects and arrays, and in keys, without recursion limits', () => {
    expect(findBadText({ a: [1, { b: 'fine' }, { c: 'bad\u0000' }] }, 'body')).toBe('body.a.2.c');
    expect(findBadText({ 'k\u0000': 1 }, 'body')).toBe('body');
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findBadText(deep, 'body')).toMatch(/^body(\.0)+$/);
  });

  it('does not look inside buffers (uploads are binary)', () => {
    expect(findBadText({ file: Buffer.from([0, 0xd8, 0]) }, 'body')).toBeNull();
  });
});

describe('text that PostgreSQL cannot store is bad input, not a 500', () => {
  it('in a query string', async () => {
    const res = await t.call('GET', '/api/v1/audit/events?action=%00', { session: admin });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'querystring.action' }] });
  });

  it('in a JSON body, as a NUL or a lone surrogate escape, and nothing is written', async () => {
    for (const name of ['假\\u0000日', '\\ud800']) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/calendar/days/2026-12-01',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
        payload: `{"workday":false,"kind":"holiday","name":"${name}"}`,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.name' }] });
    }
    expect(await t.ctx.db.selectFrom('calendar_days').selectAll().where('day', '=', '2026-12-01').execute()).toEqual([]);
  });

  it('in a sign-in (before any account lookup or audit)', async () => {
    const res = await t.call('POST', '/api/v1/auth/login', { body: { username: 'admin\u0000', password: 'x' } });
    expect(res.statusCode).toBe(400);
    const failed = await t.ctx.db.selectFrom('events').select('id').where('action', '=', 'auth.login_failed').execute();
    expect(failed).toEqual([]);
  });
});

describe('errors Fastify raises itself use the platform error body', () => {
  it('a malformed %-escape in the URL', async () => {
    const res = await t.call('GET', '/api/v1/calendar/years/%zz');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', requestId: expect.any(String), message: expect.any(String) });
  });

  it('an unknown query field is reported at the query itself, not "querystring."', async () => {
    const res = await t.call('GET', '/api/v1/calendar/add-workdays?from=2026-09-30&days=1&x=1');
    expect(res.json().details).toEqual([expect.objectContaining({ path: 'querystring', message: expect.stringContaining('x') })]);
  });
});
