import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp } from '../../../../test/factories/cases';
import type { TestApp } from '../../../../test/helpers/test-app';
import { verifyChain } from '../../platform/audit/events.repository';
import { CASES_DEMO_LOADED_QUEUE } from '../cases';
import { loadDemoCasesWithLights } from '../cases/cases.jobs';
import { loadDemoRatings } from './ratings.demo';

/** The demo ratings follow the demo cases at any time of day, five minutes past midnight included. */
describe.each([['2026-12-03T00:05:00+08:00'], ['2026-11-18T09:30:00+08:00']])('demo ratings loaded at %s', (iso) => {
  const now = new Date(iso);
  let t: TestApp;
  beforeAll(async () => {
    t = await createCasesTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('rate the finished demo cases, with 差评 open, visited and under appeal', async () => {
    await loadDemoCasesWithLights(t.ctx, now);
    expect(await t.ctx.db.selectFrom('jobs').select('id').where('queue', '=', CASES_DEMO_LOADED_QUEUE).execute()).toHaveLength(1);
    const made = await loadDemoRatings(t.ctx, now);
    expect(made).toBeGreaterThanOrEqual(6);
    expect(await loadDemoRatings(t.ctx, now)).toBe(0);

    const ratings = await t.ctx.db.selectFrom('ratings').select(['id', 'level']).execute();
    expect(ratings.filter((r) => r.level >= 4).length).toBeGreaterThan(ratings.length / 2);
    const tasks = await t.ctx.db.selectFrom('rectifications').select(['id', 'status']).execute();
    expect(tasks.map((r) => r.status).sort()).toEqual(['appealed', 'open', 'visited']);
    for (const r of tasks) expect((await verifyChain(t.ctx.db, `rectification:${r.id}`)).problems).toEqual([]);

    const reviewer = (await t.call('GET', '/api/v1/rectifications', { session: await t.login('reviewer') })).json();
    expect(reviewer.total).toBe(tasks.length);
    const appeals = (await t.call('GET', '/api/v1/rectifications?status=appealed', { session: await t.login('supervisor') })).json();
    expect(appeals.total).toBe(1);

    // The citizen's own finished case is left for the citizen to rate.
    const citizen = await t.login('citizen');
    const own = (await t.call('GET', '/api/v1/cases?status=issued', { session: citizen })).json();
    expect(own.total).toBeGreaterThan(0);
    expect((await t.call('GET', `/api/v1/cases/${own.items[0].id}/rating`, { session: citizen })).json().rateable).toBe(true);
  }, 180_000);
});
