import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { verifyChain } from '../../platform/audit/events.repository';
import { seedHotlineDemo } from './hotline.seed';

let t: TestApp;
const ms = { seed: 0, tickets: 0 };

beforeAll(async () => {
  t = await createTestApp();
  let started = Date.now();
  await seedHotlineDemo(t.ctx);
  ms.seed = Date.now() - started;
  started = Date.now();
  // The tickets load in a background job; run it here.
  await t.ctx.jobs.tick();
  ms.tickets = Date.now() - started;
}, 300_000);
afterAll(() => t?.close());

const count = async (where: string) =>
  Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM hotline_tickets WHERE ${sql.raw(where)}`.execute(t.ctx.db)).rows[0].n);

describe('hotline demo data', () => {
  it('loads the history, today’s workload, the knowledge base and a trained model', async () => {
    console.info(
      `hotline demo seed: ${ms.seed} ms at start, then ${ms.tickets} ms in the background jobs (first model in a worker thread, history + workload)`,
    );
    expect(await count(`origin = 'demo' AND created_at < now() - interval '1 day' AND status IN ('closed', 'replied')`)).toBeGreaterThan(3000);
    expect(await count(`resolution = 'answered'`)).toBeGreaterThan(200);
    const kb = await t.ctx.db.selectFrom('hotline_kb_articles').select('id').execute();
    expect(kb.length).toBeGreaterThanOrEqual(40);
    // The first model is trained by a queued job in a worker thread: the seed's, or the nightly
    // schedule's when that job is claimed first (here the schedule exists before the seed runs).
    const models = await t.ctx.db.selectFrom('hotline_models').select(['trigger', 'active']).execute();
    expect(models).toHaveLength(1);
    expect(models[0].active).toBe(true);
    expect(['seed', 'bootstrap']).toContain(models[0].trigger);
  });

  it('has open work in every state across departments and regions, some of it late', async () => {
    const states = await t.ctx.db
      .selectFrom('hotline_tickets')
      .select(['status', sql<number>`count(*)::int`.as('n')])
      .where('created_at', '>=', new Date(Date.now() - 10 * 86_400_000))
      .where('origin', '=', 'demo')
      .groupBy('status')
      .execute();
    const by = Object.fromEntries(states.map((s) => [s.status, Number(s.n)]));
    for (const s of ['pending_dispatch', 'dispatched', 'processing', 'returned', 'replied', 'closed', 'merged']) expect(by[s] ?? 0, s).toBeGreaterThan(0);
    expect(await count(`status IN ('dispatched', 'processing') AND due_at < now()`)).toBeGreaterThan(0);
    expect(await count(`extension IS NOT NULL`)).toBeGreaterThan(0);
    expect(await count(`reopened_count = 1 AND status = 'processing'`)).toBeGreaterThan(0);
    expect(await count(`cardinality(departments) > 1`)).toBeGreaterThan(0);
    expect(await count(`status = 'dispatched' AND 'urban-management' = ANY(departments)`)).toBeGreaterThan(0);
    const regions = await t.ctx.db.selectFrom('hotline_tickets').select('region_code').distinct().where('status', '!=', 'closed').execute();
    expect(regions.length).toBeGreaterThanOrEqual(6);
  });

  it('gives workload tickets true timelines', async () => {
    const replied = await t.ctx.db.selectFrom('events').select('subject_id').where('action', '=', 'ticket.reply').executeTakeFirstOrThrow();
    const chain = await verifyChain(t.ctx.db, `ticket:${replied.subject_id}`);
    expect(chain.problems).toEqual([]);
    expect(chain.rows).toBeGreaterThanOrEqual(4);
  });

  it('reports a realistic month', async () => {
    const dispatcher = await t.login('dispatcher');
    const r = (await t.call('GET', '/api/v1/hotline/reports?period=month&date=2026-01-15', { session: dispatcher })).json();
    expect(r.summary.tickets).toBeGreaterThan(100);
    expect(r.summary.connectionRate).toBeGreaterThan(0.9);
    expect(r.summary.completionOnTimeRate).toBeGreaterThan(0.8);
    expect(r.byCategory[0].categoryCode.startsWith('heating.')).toBe(true);
    expect(r.departments.length).toBeGreaterThan(10);
  });

  it('does nothing the second time', async () => {
    const before = await count('true');
    await seedHotlineDemo(t.ctx);
    expect(await count('true')).toBe(before);
    expect(await t.ctx.db.selectFrom('hotline_models').select('id').execute()).toHaveLength(1);
  });
});
