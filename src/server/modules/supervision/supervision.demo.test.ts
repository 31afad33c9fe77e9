import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp } from '../../../../test/factories/cases';
import type { TestApp } from '../../../../test/helpers/test-app';
import { verifyChain } from '../../platform/audit/events.repository';
import { loadDemoCasesWithLights } from '../cases/cases.jobs';
import { demoCasesReady, loadDemoOrders } from './supervision.demo';

/** The demo orders follow the demo cases at any time of day, five minutes past midnight included. */
describe.each([['2026-12-03T00:05:00+08:00'], ['2026-11-18T09:30:00+08:00'], ['2026-10-08T09:30:00+08:00']])('demo supervision orders loaded at %s', (iso) => {
  const now = new Date(iso);
  let t: TestApp;
  beforeAll(async () => {
    t = await createCasesTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('open green, answered, escalated to the department head and to the city leadership', async () => {
    expect(await demoCasesReady(t.ctx)).toBe(false);
    await loadDemoCasesWithLights(t.ctx, now);
    expect(await demoCasesReady(t.ctx)).toBe(true);
    t.ctx.clock.now = () => now;
    expect(await loadDemoOrders(t.ctx, now)).toBe(4);
    expect(await loadDemoOrders(t.ctx, now)).toBe(0);

    const rows = await t.ctx.db.selectFrom('supervision_orders').select(['id', 'status', 'escalation_level', 'subject_kind']).orderBy('opened_at').execute();
    expect(rows.map((r) => [r.status, r.escalation_level])).toEqual([
      ['open', 2],
      ['open', 1],
      ['answered', 0],
      ['open', 0],
    ]);
    expect(rows.filter((r) => r.subject_kind === 'case').length).toBeGreaterThanOrEqual(2);
    for (const r of rows) expect((await verifyChain(t.ctx.db, `supervision_order:${r.id}`)).problems).toEqual([]);

    const list = async (user: string, query = '') => (await t.call('GET', `/api/v1/supervision/orders${query}`, { session: await t.login(user) })).json();
    expect((await list('supervisor')).total).toBe(4);
    expect((await list('supervisor', '?light=green&status=open')).total).toBe(1);
    expect((await list('reviewer')).total).toBe(4);
    expect((await list('depthead', '?escalated=true')).total).toBe(2);
    expect((await list('leader')).items.map((o: { escalationLevel: number }) => o.escalationLevel)).toEqual([2]);
    expect((await list('supervisor', '?status=answered')).items[0].light).not.toBeNull();
  }, 180_000);
});
