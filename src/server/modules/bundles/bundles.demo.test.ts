import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp } from '../../../../test/factories/cases';
import type { TestApp } from '../../../../test/helpers/test-app';
import { verifyChain } from '../../platform/audit/events.repository';
import { checkUscc } from '../../../shared/ids/uscc';
import { bundlesDemoSeeder, DEMO_RESTAURANT_USCC, loadDemoBundles } from './bundles.demo';

/**
 * The demo bundles (docs/domain.md, "Demo data"; docs/decisions.md D24) on a Wednesday morning, a
 * Sunday evening and five minutes past midnight: whatever the time of loading, 开办饭店 is in
 * progress three working days in (the registration issued, the later members with their
 * departments) and 企业开办 waits for the window, every step in the past and on its chain.
 */

interface Detail {
  id: string;
  bundleCode: string;
  status: string;
  version: number;
  submittedAt: string;
  actions: string[];
  members: Array<{ caseId: string; itemName: string; status: string; stage: number; waitingFor: string[]; departmentName: string }>;
}

describe('the waiting job', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createCasesTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('is queued once and, with no demo case in yet, waits for the cases rather than loading before them', async () => {
    await bundlesDemoSeeder(t.ctx);
    await bundlesDemoSeeder(t.ctx);
    const queued = () => t.ctx.db.selectFrom('jobs').select(['payload', 'state', 'run_at']).where('queue', '=', 'bundles.demo').orderBy('id').execute();
    expect(await queued()).toHaveLength(1);
    await t.ctx.jobs.tick();
    const jobs = await queued();
    expect(jobs.map((j) => [j.state, j.payload.waits])).toEqual([
      ['done', 0],
      ['queued', 1],
    ]);
    expect(jobs[1].run_at.getTime()).toBeGreaterThan(Date.now());
    expect(await t.ctx.db.selectFrom('bundle_cases').select('id').execute()).toEqual([]);
  });
});

describe.each([['2026-11-18T09:30:00+08:00'], ['2026-11-22T20:00:00+08:00'], ['2026-12-03T00:05:00+08:00']])('the demo bundles loaded at %s', (iso) => {
  const now = new Date(iso);
  let t: TestApp;
  beforeAll(async () => {
    t = await createCasesTestApp();
    t.ctx.clock.now = () => now;
  }, 120_000);
  afterAll(() => t?.close());

  it('plays both bundles through the services, once', async () => {
    const started = Date.now();
    expect(await loadDemoBundles(t.ctx, now)).toBe(2);
    expect(Date.now() - started, 'the demo bundles load in seconds').toBeLessThan(20_000);
    expect(await loadDemoBundles(t.ctx, now)).toBe(0);

    const citizen = await t.login('citizen');
    const clerk = await t.login('clerk');
    const mine = (await t.call('GET', '/api/v1/bundle-cases', { session: citizen })).json();
    expect(mine.total).toBe(2);
    const window = (await t.call('GET', '/api/v1/bundle-cases', { session: clerk })).json();
    expect(window.items.map((b: { bundleCode: string; status: string }) => [b.bundleCode, b.status])).toEqual([
      ['enterprise-opening', 'submitted'],
      ['open-restaurant', 'in_progress'],
    ]);
    const detail = async (code: string): Promise<Detail> => {
      const id = window.items.find((b: { bundleCode: string }) => b.bundleCode === code).id;
      return (await t.call('GET', `/api/v1/bundle-cases/${id}`, { session: clerk })).json();
    };

    // 开办饭店: the registration issued with the new company's code, the later members with their departments.
    const restaurant = await detail('open-restaurant');
    const status = Object.fromEntries(restaurant.members.map((m) => [m.itemName, m.status]));
    expect(status).toEqual({
      公司设立登记: 'issued',
      食品经营许可证核发: 'reviewed',
      户外招牌设置备案: 'issued',
      城镇污水排入排水管网许可: 'routed',
      '公众聚集场所投入使用、营业前消防安全检查': 'routed',
      燃气报装: 'routed',
    });
    expect(restaurant.members.every((m) => m.waitingFor.length === 0)).toBe(true);
    expect(new Set(restaurant.members.map((m) => m.departmentName)).size).toBe(5);
    expect(checkUscc(DEMO_RESTAURANT_USCC).ok).toBe(true);
    const food = restaurant.members.find((m) => m.itemName === '食品经营许可证核发')!;
    const foodCase = (await t.call('GET', `/api/v1/cases/${food.caseId}`, { session: clerk })).json();
    expect(foodCase.form.uscc).toBe(DEMO_RESTAURANT_USCC);
    // Submitted three working days before the day of loading, in the morning.
    const submitted = new Date(restaurant.submittedAt);
    expect(submitted.getTime()).toBeLessThan(now.getTime() - 2 * 86_400_000);
    expect(submitted.getTime()).toBeGreaterThan(now.getTime() - 12 * 86_400_000);

    // 企业开办: just submitted, every member waiting for the window, which can accept it as it stands.
    const opening = await detail('enterprise-opening');
    expect(opening.members).toHaveLength(9);
    expect(opening.members.every((m) => m.status === 'submitted')).toBe(true);
    expect(new Date(opening.submittedAt).getTime()).toBeLessThan(now.getTime());
    expect(opening.actions).toContain('accept');

    // Nothing happened after `now`, and every history is a verifiable chain of real transitions.
    const late = await t.ctx.db.selectFrom('events').select(['chain', 'action']).where('created_at', '>', now).where('chain', '!=', 'audit').execute();
    expect(late).toEqual([]);
    for (const id of [restaurant.id, opening.id]) expect((await verifyChain(t.ctx.db, `bundle:${id}`)).problems).toEqual([]);
    for (const m of restaurant.members) expect((await verifyChain(t.ctx.db, `case:${m.caseId}`)).problems).toEqual([]);

    const accepted = await t.call('POST', `/api/v1/bundle-cases/${opening.id}/actions/accept`, { session: clerk, body: { version: opening.version } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().members.find((m: { itemName: string }) => m.itemName === '公司设立登记').status).toBe('accepted');
  }, 120_000);
});
