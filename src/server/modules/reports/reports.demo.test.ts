import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp } from '../../../../test/factories/cases';
import type { TestApp } from '../../../../test/helpers/test-app';
import { REPORT_SOURCES } from '../../modules';
import { loadDemoCasesWithLights } from '../cases/cases.jobs';
import { loadDemoRatings } from '../ratings/ratings.demo';
import { loadDemoReports, reportsDemoSeeder } from './reports.demo';

/** The demo reports follow the demo cases and ratings at any time of day, five minutes past midnight included. */
describe.each([['2026-12-03T00:05:00+08:00'], ['2026-11-18T09:30:00+08:00']])('demo reports made at %s', (iso) => {
  const now = new Date(iso);
  let t: TestApp;
  beforeAll(async () => {
    t = await createCasesTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('make last month’s and last week’s reports and push them, so oversight finds one on first sign-in', async () => {
    await reportsDemoSeeder(t.ctx);
    await reportsDemoSeeder(t.ctx);
    await loadDemoCasesWithLights(t.ctx, now);
    await loadDemoRatings(t.ctx, now);
    expect(await loadDemoReports(t.ctx, REPORT_SOURCES, now)).toBe(2);
    expect(await loadDemoReports(t.ctx, REPORT_SOURCES, now)).toBe(0);

    for (const u of ['npc', 'discipline', 'organization']) {
      const s = await t.login(u);
      const inbox = (await t.call('GET', '/api/v1/reports/periodic', { session: s })).json();
      expect(inbox.items.map((i: { kind: string }) => i.kind)).toEqual(['month']);
      const bell = (await t.call('GET', '/api/v1/notifications', { session: s })).json();
      expect(bell.unread).toBeGreaterThanOrEqual(1);
    }
    const supervisor = await t.login('supervisor');
    const all = (await t.call('GET', '/api/v1/reports/periodic', { session: supervisor })).json();
    expect(all.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['month', 'week']);
  }, 180_000);
});
