import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { hashLink } from './chain';
import { appendEvent } from './events.repository';

let t: TestApp;
let admin: Session;
let supervisor: Session;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['citizen', 'clerk', 'reviewer', 'handler']) await t.login(u);
  await t.call('POST', '/api/v1/auth/login', { body: { username: 'citizen', password: 'wrong-password' } });
  supervisor = await t.login('supervisor');
  admin = await t.login('admin');
});
afterAll(() => t?.close());

type EventRow = { id: number; seq: number; chain: string; data: unknown; prev_hash: string; hash: string };

async function auditRows(): Promise<EventRow[]> {
  const rows = await t.ctx.db
    .selectFrom('events')
    .select(['id', 'seq', 'chain', 'data', 'prev_hash', 'hash'])
    .where('chain', '=', 'audit')
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), seq: Number(r.seq) }));
}

async function verify(body: unknown = {}) {
  const res = await t.call('POST', '/api/v1/audit/verify', { session: admin, body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { ok: boolean; chains: number; rows: number; broken: Array<{ chain: string; problems: unknown[] }> };
}

/** What an attacker with database access does: switch the append-only trigger off, tamper, switch it on. */
async function asAttacker(statement: ReturnType<typeof sql>): Promise<void> {
  await t.ctx.db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE events DISABLE TRIGGER events_no_update`.execute(trx);
    await statement.execute(trx);
    await sql`ALTER TABLE events ENABLE TRIGGER events_no_update`.execute(trx);
  });
}

describe('audit chain verification', () => {
  it('records the sign-ins and verifies clean', async () => {
    const rows = await auditRows();
    const actions = await t.ctx.db.selectFrom('events').select('action').where('chain', '=', 'audit').orderBy('seq').execute();
    expect(actions.filter((a) => a.action === 'auth.login').length).toBe(6);
    expect(actions.filter((a) => a.action === 'auth.login_failed').length).toBe(1);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    const r = await verify();
    expect(r).toEqual({ ok: true, chains: 1, rows: rows.length, broken: [], missingChains: [] });
  });

  it('reports the exact row whose data was altered, and is clean again once it is restored', async () => {
    const rows = await auditRows();
    const victim = rows[2];
    const original = JSON.stringify(victim.data);
    await asAttacker(sql`UPDATE events SET data = jsonb_set(data, '{username}', '"mallory"') WHERE id = ${victim.id}`);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.broken).toEqual([{ chain: 'audit', problems: [{ kind: 'hash_mismatch', seq: victim.seq }] }]);

    await asAttacker(sql`UPDATE events SET data = ${original}::jsonb WHERE id = ${victim.id}`);
    expect((await verify()).ok).toBe(true);
  });

  it('an altered row whose hash was recomputed breaks the link of the next row', async () => {
    const rows = await auditRows();
    const victim = await t.ctx.db.selectFrom('events').selectAll().where('id', '=', rows[1].id).executeTakeFirstOrThrow();
    const forged = { ...victim.data, ip: '6.6.6.6' };
    const forgedHash = hashLink({
      chain: victim.chain,
      seq: Number(victim.seq),
      prevHash: victim.prev_hash,
      action: victim.action,
      actorId: victim.actor_id,
      actorName: victim.actor_name,
      subjectType: victim.subject_type,
      subjectId: victim.subject_id,
      regionCode: victim.region_code,
      data: forged,
      createdAt: new Date(victim.created_at),
    });
    await asAttacker(sql`UPDATE events SET data = ${JSON.stringify(forged)}::jsonb, hash = ${forgedHash} WHERE id = ${victim.id}`);
    const r = await verify();
    expect(r.broken).toEqual([{ chain: 'audit', problems: [{ kind: 'broken_link', seq: Number(victim.seq) + 1 }] }]);

    await asAttacker(sql`UPDATE events SET data = ${JSON.stringify(victim.data)}::jsonb, hash = ${victim.hash} WHERE id = ${victim.id}`);
    expect((await verify()).ok).toBe(true);
  });

  it('reports a deleted middle row as missing between its neighbours', async () => {
    const rows = await auditRows();
    const victim = rows[3];
    const saved = await t.ctx.db.selectFrom('events').selectAll().where('id', '=', victim.id).executeTakeFirstOrThrow();
    await asAttacker(sql`DELETE FROM events WHERE id = ${victim.id}`);
    const r = await verify();
    expect(r.broken).toEqual([{ chain: 'audit', problems: [{ kind: 'missing_rows', afterSeq: victim.seq - 1, nextSeq: victim.seq + 1 }] }]);
    expect(r.rows).toBe(rows.length - 1);

    await t.ctx.db
      .insertInto('events')
      .values({ ...saved, data: JSON.stringify(saved.data) })
      .execute();
    expect((await verify()).ok).toBe(true);
  });

  it('reports a deleted last row as a head mismatch', async () => {
    const rows = await auditRows();
    const last = rows.at(-1)!;
    const saved = await t.ctx.db.selectFrom('events').selectAll().where('id', '=', last.id).executeTakeFirstOrThrow();
    await asAttacker(sql`DELETE FROM events WHERE id = ${last.id}`);
    const r = await verify();
    expect(r.broken).toEqual([{ chain: 'audit', problems: [{ kind: 'head_mismatch', headSeq: last.seq, lastSeq: last.seq - 1 }] }]);

    await t.ctx.db
      .insertInto('events')
      .values({ ...saved, data: JSON.stringify(saved.data) })
      .execute();
    expect((await verify()).ok).toBe(true);
  });

  it('verifies one chain when asked, and reports only the broken one of several', async () => {
    await t.ctx.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 3; i++) await appendEvent(trx, { chain: 'case:test-1', action: 'case.step', data: { i } });
      for (let i = 0; i < 2; i++) await appendEvent(trx, { chain: 'case:test-2', action: 'case.step', data: { i } });
    });
    const all = await verify();
    expect(all).toMatchObject({ ok: true, chains: 3 });
    const one = await verify({ chain: 'case:test-1' });
    expect(one).toEqual({ ok: true, chains: 1, rows: 3, broken: [], missingChains: [] });

    await asAttacker(sql`UPDATE events SET action = 'case.approved' WHERE chain = 'case:test-2' AND seq = 1`);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.broken).toEqual([{ chain: 'case:test-2', problems: [{ kind: 'hash_mismatch', seq: 1 }] }]);
    expect((await verify({ chain: 'case:test-1' })).ok).toBe(true);
    await asAttacker(sql`UPDATE events SET action = 'case.step' WHERE chain = 'case:test-2' AND seq = 1`);
    expect((await verify()).ok).toBe(true);
  });

  it('the database itself refuses UPDATE and DELETE on events', async () => {
    const [first] = await auditRows();
    await expect(t.ctx.db.updateTable('events').set({ action: 'x' }).where('id', '=', first.id).execute()).rejects.toThrow(/append-only/);
    await expect(t.ctx.db.deleteFrom('events').where('id', '=', first.id).execute()).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE events SET data = '{}'::jsonb`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    const after = await t.ctx.db.selectFrom('events').select('action').where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(after.action).not.toBe('x');
    expect((await verify()).ok).toBe(true);
  });

  it('rejects a bad verify body', async () => {
    const res = await t.call('POST', '/api/v1/audit/verify', { session: admin, body: { chain: 'audit', extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/v1/audit/events', () => {
  it('pages newest first with a stable total', async () => {
    const total = Number(
      (
        await t.ctx.db
          .selectFrom('events')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const p1 = (await t.call('GET', '/api/v1/audit/events?pageSize=3', { session: admin })).json();
    const p2 = (await t.call('GET', '/api/v1/audit/events?pageSize=3&page=2', { session: admin })).json();
    expect(p1.total).toBe(total);
    expect(p2.total).toBe(total);
    expect(p1.items).toHaveLength(3);
    expect(p2.items).toHaveLength(3);
    const ids = [...p1.items, ...p2.items].map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(6);
    const maxId = Number(
      (
        await t.ctx.db
          .selectFrom('events')
          .select((eb) => eb.fn.max('id').as('m'))
          .executeTakeFirstOrThrow()
      ).m,
    );
    expect(ids[0]).toBe(maxId);
    const beyond = (await t.call('GET', `/api/v1/audit/events?pageSize=200&page=${Math.ceil(total / 200) + 1}`, { session: admin })).json();
    expect(beyond).toEqual({ items: [], total });
    // Each item carries its chain position and hash, and ISO timestamps.
    expect(p1.items[0]).toMatchObject({ chain: expect.any(String), seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(new Date(p1.items[0].createdAt).toISOString()).toBe(p1.items[0].createdAt);
  });

  it('filters by action, actor, subject, chain and time', async () => {
    const logins = (await t.call('GET', '/api/v1/audit/events?action=auth.login&pageSize=200', { session: supervisor })).json();
    expect(logins.items.length).toBe(logins.total);
    expect(logins.total).toBeGreaterThanOrEqual(6);
    expect(logins.items.every((e: { action: string }) => e.action === 'auth.login')).toBe(true);

    const adminId = String(admin.me.id);
    const mine = (await t.call('GET', `/api/v1/audit/events?actorId=${adminId}&pageSize=200`, { session: admin })).json();
    expect(mine.total).toBeGreaterThanOrEqual(1);
    expect(mine.items.every((e: { actorId: string }) => e.actorId === adminId)).toBe(true);

    const subj = (await t.call('GET', `/api/v1/audit/events?subjectType=user&subjectId=${adminId}`, { session: admin })).json();
    expect(subj.total).toBeGreaterThanOrEqual(1);
    expect(subj.items.every((e: { subjectId: string }) => e.subjectId === adminId)).toBe(true);

    const chain = (await t.call('GET', '/api/v1/audit/events?chain=case:test-1', { session: admin })).json();
    expect(chain.total).toBe(3);
    expect(chain.items.map((e: { seq: number }) => e.seq)).toEqual([3, 2, 1]);

    const failed = (await t.call('GET', '/api/v1/audit/events?action=auth.login_failed', { session: admin })).json();
    expect(failed.total).toBe(1);
    expect(failed.items[0].data).toMatchObject({ username: 'citizen', reason: 'bad_password' });

    const future = (
      await t.call('GET', `/api/v1/audit/events?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`, { session: admin })
    ).json();
    expect(future.total).toBe(0);
    const past = (await t.call('GET', `/api/v1/audit/events?to=2000-01-01`, { session: admin })).json();
    expect(past.total).toBe(0);
    const now = (
      await t.call('GET', `/api/v1/audit/events?from=2000-01-01&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, { session: admin })
    ).json();
    expect(now.total).toBe(
      Number(
        (
          await t.ctx.db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );

    const none = (await t.call('GET', '/api/v1/audit/events?action=no.such.action', { session: admin })).json();
    expect(none).toEqual({ items: [], total: 0 });
  });

  it.each([
    ['actorId=not-a-uuid', 'querystring.actorId'],
    ['pageSize=201', 'querystring.pageSize'],
    ['pageSize=0', 'querystring.pageSize'],
    ['page=0', 'querystring.page'],
    ['page=1.5', 'querystring.page'],
    ['from=yesterday', 'querystring.from'],
    ['unknown=1', 'querystring'],
    [`action=${'a'.repeat(101)}`, 'querystring.action'],
  ])('rejects %s with 400 VALIDATION_FAILED naming %s', async (qs, path) => {
    const res = await t.call('GET', `/api/v1/audit/events?${qs}`, { session: admin });
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});
