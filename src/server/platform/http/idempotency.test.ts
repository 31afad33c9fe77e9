import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { ROUTES } from '../../modules';
import { AppError, ERR } from '../errors';
import { buildApp } from './app';
import { withIdempotency } from './idempotency';
import { requireActor } from './session-hooks';
import type { App, RoutesPlugin } from './types';

/** A tiny creating route, the way a module writes one: its insert runs on the idempotency transaction. */
const thingRoutes: RoutesPlugin = (app, ctx) => {
  app.post('/api/v1/test/things', {
    schema: {
      body: z.strictObject({ text: z.string().max(100), fail: z.boolean().optional() }),
      response: { 201: z.object({ id: z.number(), text: z.string() }) },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      return withIdempotency(ctx, req, reply, `${actor.id}:things.create`, async (trx) => {
        const r = await sql<{ id: number }>`INSERT INTO idem_things (text) VALUES (${req.body.text}) RETURNING id`.execute(trx);
        // A rule broken after the write: the whole transaction, key included, must roll back.
        if (req.body.fail) throw new AppError(ERR.VERSION_CONFLICT);
        return { status: 201, body: { id: Number(r.rows[0].id), text: req.body.text } };
      });
    },
  });
};

let t: TestApp;
let app: App;
let citizen: Session;
let reviewer: Session;

beforeAll(async () => {
  t = await createTestApp();
  await t.ctx.database.execScript('CREATE TABLE idem_things (id serial PRIMARY KEY, text text NOT NULL)');
  app = await buildApp({ ctx: t.ctx, routes: [...ROUTES, thingRoutes] });
  citizen = await t.login('citizen');
  reviewer = await t.login('reviewer');
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

function post(body: unknown, opts: { key?: string; session?: Session } = {}) {
  const s = opts.session ?? citizen;
  const headers: Record<string, string> = { cookie: s.cookie, 'x-csrf-token': s.csrf };
  if (opts.key !== undefined) headers['idempotency-key'] = opts.key;
  return app.inject({ method: 'POST', url: '/api/v1/test/things', headers, payload: body as object });
}

async function rowsWith(text: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM idem_things WHERE text = ${text}`.execute(t.ctx.db);
  return r.rows[0].n;
}

describe('Idempotency-Key', () => {
  it('without a key, each request creates', async () => {
    expect((await post({ text: 'no-key' })).statusCode).toBe(201);
    expect((await post({ text: 'no-key' })).statusCode).toBe(201);
    expect(await rowsWith('no-key')).toBe(2);
  });

  it('same key and body twice: one row, the second replays the same response', async () => {
    const first = await post({ text: 'once' }, { key: 'key-1' });
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await post({ text: 'once' }, { key: 'key-1' });
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await rowsWith('once')).toBe(1);
  });

  it('same key with a different body: 409 IDEMPOTENCY_KEY_REUSED, nothing written', async () => {
    await post({ text: 'original' }, { key: 'key-2' });
    const res = await post({ text: 'changed' }, { key: 'key-2' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await rowsWith('changed')).toBe(0);
    expect(await rowsWith('original')).toBe(1);
  });

  it('keys are per user: another user may use the same key', async () => {
    const a = await post({ text: 'per-user' }, { key: 'shared-key' });
    const b = await post({ text: 'per-user' }, { key: 'shared-key', session: reviewer });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.json().id).not.toBe(a.json().id);
    expect(await rowsWith('per-user')).toBe(2);
  });

  it('five concurrent duplicates create exactly one row and all answer the same', async () => {
    const res = await Promise.all(Array.from({ length: 5 }, () => post({ text: 'race' }, { key: 'key-race' })));
    expect(res.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(res.map((r) => r.body)).size).toBe(1);
    expect(res.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
    expect(await rowsWith('race')).toBe(1);
  });

  it('a request that fails leaves the key unused, so a retry runs', async () => {
    const failed = await post({ text: 'retry-me', fail: true }, { key: 'key-3' });
    expect(failed.statusCode).toBe(409);
    expect(failed.json().code).toBe('VERSION_CONFLICT');
    expect(await rowsWith('retry-me')).toBe(0);
    const stored = await t.ctx.db.selectFrom('idempotency_keys').selectAll().where('key', '=', 'key-3').execute();
    expect(stored).toEqual([]);
    const ok = await post({ text: 'retry-me', fail: false }, { key: 'key-3' });
    expect(ok.statusCode).toBe(201);
    expect(await rowsWith('retry-me')).toBe(1);
  });

  it.each([
    ['empty', ''],
    ['a space', 'has space'],
    ['non-ASCII', '幂等键'],
    ['201 characters', 'k'.repeat(201)],
  ])('rejects a key with %s: 400, nothing written', async (_label, key) => {
    const res = await post({ text: `bad-key-${key.length}` }, { key });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IDEMPOTENCY_KEY_INVALID');
    expect(await rowsWith(`bad-key-${key.length}`)).toBe(0);
  });

  it('accepts a 200-character key', async () => {
    const key = 'k'.repeat(200);
    expect((await post({ text: 'long-key' }, { key })).statusCode).toBe(201);
    expect((await post({ text: 'long-key' }, { key })).headers['idempotent-replayed']).toBe('true');
    expect(await rowsWith('long-key')).toBe(1);
  });
});
