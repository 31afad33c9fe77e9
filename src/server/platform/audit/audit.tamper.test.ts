import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import smCrypto from 'sm-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { DEMO_PASSWORD } from '../../seed/demo-accounts';
import { hashPassword } from '../auth/passwords';
import { hashLink } from './chain';
import { loadCheckpointKey } from './checkpoint';
import { appendEvent } from './events.repository';

let t: TestApp;
let admin: Session;

async function append(chain: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++)
    await t.ctx.db.transaction().execute((trx) => appendEvent(trx, { chain, action: 'test.step', data: { i }, regionCode: '150203' }));
}

/** A statement as an attacker with database access runs it; returns the error message, if refused. */
async function attempt(statement: ReturnType<typeof sql>): Promise<string | null> {
  try {
    await t.ctx.db.transaction().execute((trx) => statement.execute(trx));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

async function verify() {
  const res = await t.call('POST', '/api/v1/audit/verify', { session: admin, body: {} });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { ok: boolean; broken: Array<{ chain: string }>; missingChains: string[] };
}

beforeAll(async () => {
  t = await createTestApp({ config: { TONGBAN_CHECKPOINT_KEY: smCrypto.sm2.generateKeyPairHex().privateKey } });
  admin = await t.login('admin');
  await append('case:victim', 3);
});
afterAll(() => t?.close());

describe('the database refuses erasing the audit chain', () => {
  it('refuses deleting or rewinding a chain head, and TRUNCATE of events and heads', async () => {
    expect(await attempt(sql`DELETE FROM chain_heads WHERE chain = 'case:victim'`)).toMatch(/cannot be deleted/);
    expect(await attempt(sql`UPDATE chain_heads SET seq = 1 WHERE chain = 'case:victim'`)).toMatch(/only advances/);
    expect(await attempt(sql`UPDATE chain_heads SET hash = ${'f'.repeat(64)} WHERE chain = 'case:victim'`)).toMatch(/only advances/);
    expect(await attempt(sql`INSERT INTO chain_heads (chain, seq, hash) VALUES ('case:forged', 5, ${'a'.repeat(64)})`)).toMatch(/genesis/);
    // A head may start at its chain's first event (migration 0071), not at a hash no first event of its chain has.
    expect(await attempt(sql`INSERT INTO chain_heads (chain, seq, hash) VALUES ('case:forged', 1, ${'a'.repeat(64)})`)).toMatch(/genesis/);
    const first = await sql<{ hash: string }>`SELECT hash FROM events WHERE chain = 'case:victim' AND seq = 2`.execute(t.ctx.db);
    expect(await attempt(sql`INSERT INTO chain_heads (chain, seq, hash) VALUES ('case:other', 1, ${first.rows[0]!.hash})`)).toMatch(/genesis/);
    expect(await attempt(sql`TRUNCATE events, chain_heads`)).toMatch(/cannot be truncated/);
    expect(await attempt(sql`TRUNCATE chain_heads`)).toMatch(/cannot be truncated/);
    expect(await attempt(sql`TRUNCATE audit_checkpoints`)).toMatch(/cannot be truncated/);
    expect((await verify()).ok).toBe(true);
  });

  it('reports a ticket whose chain was erased with the guards switched off', async () => {
    await sql`INSERT INTO hotline_category_groups (code, name_zh, name_en) VALUES ('t-group', '测试', 'Test') ON CONFLICT DO NOTHING`.execute(t.ctx.db);
    await sql`INSERT INTO hotline_categories (code, group_code, name_zh, name_en, description_zh, description_en, department_code, urgency, limit_value, limit_unit)
      VALUES ('t-cat', 't-group', '测试', 'Test', '测试', 'Test', 'gov-services', 'normal', 5, 'workdays') ON CONFLICT DO NOTHING`.execute(t.ctx.db);
    const ticket = await sql<{
      id: string;
    }>`INSERT INTO hotline_tickets (ticket_no, channel, text, region_code, category_code, urgency, limit_value, limit_unit, status, accepted_at, warn_at, due_at)
      VALUES ('12345-20260101-999001', 'web', '路灯不亮', '150203', 't-cat', 'normal', 5, 'workdays', 'pending_dispatch', now(), now(), now()) RETURNING id`.execute(
      t.ctx.db,
    );
    const chain = `ticket:${ticket.rows[0]!.id}`;
    await append(chain, 2);
    expect((await verify()).ok).toBe(true);
    // Erasing needs the guards off (a superuser); verify still notices the ticket without its chain.
    await t.ctx.db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE chain_heads DISABLE TRIGGER chain_heads_guard`.execute(trx);
      await sql`ALTER TABLE events DISABLE TRIGGER events_no_update`.execute(trx);
      await sql`DELETE FROM events WHERE chain = ${chain}`.execute(trx);
      await sql`DELETE FROM chain_heads WHERE chain = ${chain}`.execute(trx);
      await sql`ALTER TABLE events ENABLE TRIGGER events_no_update`.execute(trx);
      await sql`ALTER TABLE chain_heads ENABLE TRIGGER chain_heads_guard`.execute(trx);
    });
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.missingChains).toEqual([chain]);
    await sql`DELETE FROM hotline_tickets WHERE ticket_no = '12345-20260101-999001'`.execute(t.ctx.db);
  });
});

describe('signed checkpoints', () => {
  it('exports a signed checkpoint that a later rewrite no longer matches', async () => {
    await append('ticket:kept', 2);
    await append('case:rewritten', 2);
    const made = await t.call('POST', '/api/v1/audit/checkpoints', { session: admin });
    expect(made.statusCode, made.body).toBe(201);
    const exported = await t.call('GET', '/api/v1/audit/checkpoints/latest', { session: admin });
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    const file = exported.json();
    expect(file).toMatchObject({ format: 'tongban-audit-checkpoint/1', publicKey: loadCheckpointKey(t.ctx.config).publicKey });
    expect(file.heads['case:rewritten'][0]).toBe(2);

    const check = async (body: unknown) => (await t.call('POST', '/api/v1/audit/checkpoints/verify', { session: admin, body })).json();
    expect(await check(file)).toMatchObject({ ok: true, signatureValid: true, keyMatches: true, missing: [], changed: [] });

    // More events afterwards are fine: the signed heads are still there.
    await append('case:rewritten', 1);
    expect((await check(file)).ok).toBe(true);

    // An attacker rewrites the chain, recomputing every hash, so the chain itself verifies…
    await t.ctx.db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE events DISABLE TRIGGER events_no_update`.execute(trx);
      await sql`ALTER TABLE chain_heads DISABLE TRIGGER chain_heads_guard`.execute(trx);
      const rows = await trx.selectFrom('events').selectAll().where('chain', '=', 'case:rewritten').orderBy('seq').execute();
      let prev = '0'.repeat(64);
      for (const r of rows) {
        const data = { ...r.data, i: 'forged' };
        const hash = hashLink({
          chain: r.chain,
          seq: Number(r.seq),
          prevHash: prev,
          action: r.action,
          actorId: r.actor_id,
          actorName: r.actor_name,
          subjectType: r.subject_type,
          subjectId: r.subject_id,
          regionCode: r.region_code,
          data,
          createdAt: new Date(r.created_at),
        });
        await trx
          .updateTable('events')
          .set({ data: JSON.stringify(data), prev_hash: prev, hash })
          .where('id', '=', r.id)
          .execute();
        prev = hash;
      }
      await trx.updateTable('chain_heads').set({ hash: prev }).where('chain', '=', 'case:rewritten').execute();
      await sql`ALTER TABLE chain_heads ENABLE TRIGGER chain_heads_guard`.execute(trx);
      await sql`ALTER TABLE events ENABLE TRIGGER events_no_update`.execute(trx);
    });
    expect((await verify()).ok).toBe(true);
    // …but not the exported checkpoint.
    const after = await check(file);
    expect(after).toMatchObject({ ok: false, signatureValid: true, changed: [{ chain: 'case:rewritten', seq: 2 }] });

    // A file whose heads were edited to match no longer carries a valid signature.
    const edited = { ...file, heads: { ...file.heads, 'case:rewritten': [2, 'b'.repeat(64)] } };
    expect(await check(edited)).toMatchObject({ ok: false, signatureValid: false });
  });

  it('keeps checkpoints to city-level staff', async () => {
    await t.ctx.db
      .insertInto('users')
      .values({ username: 'kd-admin2', password_hash: await hashPassword(DEMO_PASSWORD), display_name: 'x', roles: ['admin'], region_code: '150203' })
      .execute();
    const district = await t.login('kd-admin2');
    expect((await t.call('POST', '/api/v1/audit/checkpoints', { session: district })).statusCode).toBe(403);
    expect((await t.call('GET', '/api/v1/audit/checkpoints/latest', { session: await t.login('clerk') })).statusCode).toBe(403);
  });

  it('generates the key once into the data dir when no key is configured', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-key-'));
    const a = loadCheckpointKey({ checkpointKey: undefined, dataDir: dir });
    const b = loadCheckpointKey({ checkpointKey: undefined, dataDir: dir });
    expect(a).toEqual(b);
    expect(fs.statSync(path.join(dir, 'keys', 'audit-checkpoint.sm2')).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });
});
