import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp } from '../../../../test/factories/cases';
import type { TestApp } from '../../../../test/helpers/test-app';
import { verifyChain } from '../../platform/audit/events.repository';
import { casesDemoSeeder, loadDemoCases } from './cases.demo';
import { DEMO_SCENARIOS } from './cases.demo.data';
import { loadDemoCasesWithLights } from './cases.jobs';

/**
 * A Wednesday morning, a Sunday evening and five minutes past midnight (CI once loaded the demo
 * then, and a 1-day promise found no acceptance day that made it green): the demo must hold
 * whatever time it is loaded.
 */
describe.each([['2026-11-18T09:30:00+08:00'], ['2026-11-22T20:00:00+08:00'], ['2026-12-03T00:05:00+08:00']])('the living demo loaded at %s', (iso) => {
  const now = new Date(iso);
  let t: TestApp;
  beforeAll(async () => {
    t = await createCasesTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('plays every scenario through the services and gives every staff account work', async () => {
    // As at start-up: the seeder queues the job once, the job loads the cases and brings their lights to now.
    await casesDemoSeeder(t.ctx);
    expect(await t.ctx.db.selectFrom('jobs').select('id').where('queue', '=', 'cases.demo').execute()).toHaveLength(1);
    expect(await loadDemoCasesWithLights(t.ctx, now)).toBe(DEMO_SCENARIOS.length);
    expect(await loadDemoCases(t.ctx, now)).toBe(0);
    await casesDemoSeeder(t.ctx);
    expect(await t.ctx.db.selectFrom('jobs').select('id').where('queue', '=', 'cases.demo').execute()).toHaveLength(1);
    const rows = await t.ctx.db.selectFrom('cases').select(['id', 'status', 'light', 'deficiency', 'special', 'pause_kind']).execute();
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of [
      'submitted',
      'prechecked',
      'correction_requested',
      'accepted',
      'routed',
      'reviewed',
      'special_procedure',
      'completed',
      'issued',
      'not_accepted',
      'withdrawn',
      'returned',
    ]) {
      expect(statuses, s).toContain(s);
    }
    const open = rows.filter((r) => ['accepted', 'routed', 'reviewed'].includes(r.status));
    expect(new Set(open.map((r) => r.light))).toEqual(new Set(['green', 'yellow', 'red', 'overdue']));
    expect(rows.some((r) => r.deficiency)).toBe(true);
    expect(rows.some((r) => r.pause_kind === 'correction' && r.status === 'correction_requested')).toBe(true);

    for (const user of ['clerk', 'dispatcher', 'reviewer', 'approver', 'supervisor', 'citizen', 'enterprise']) {
      const list = (await t.call('GET', '/api/v1/cases?pageSize=100', { session: await t.login(user) })).json();
      expect(list.total, user).toBeGreaterThan(0);
    }
    const reviewer = (await t.call('GET', '/api/v1/cases?status=routed&pageSize=100', { session: await t.login('reviewer') })).json();
    expect(new Set(reviewer.items.map((c: { light: string }) => c.light))).toEqual(new Set(['green', 'yellow', 'red', 'overdue']));
    const approver = (await t.call('GET', '/api/v1/cases?status=reviewed', { session: await t.login('approver') })).json();
    expect(approver.total).toBeGreaterThan(0);

    // Every case's history is a verifiable chain of real transitions.
    for (const r of rows.slice(0, 10)) expect((await verifyChain(t.ctx.db, `case:${r.id}`)).problems).toEqual([]);
  }, 180_000);
});
