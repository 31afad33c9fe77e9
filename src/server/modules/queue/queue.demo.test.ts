import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_HALL, createAppointmentsTestApp, shanghai } from '../../../../test/factories/appointments';
import type { TestApp } from '../../../../test/helpers/test-app';
import { loadDemoTickets } from './queue.demo';

let t: TestApp & { setNow(d: Date): void };
beforeAll(async () => {
  t = await createAppointmentsTestApp(shanghai('2026-03-16T10:00'));
}, 120_000);
afterAll(() => t.close());

describe('the demo line', () => {
  it('is taken through the services at the city centre once a day: walk-ins of several groups, the first called at A01', async () => {
    expect(await loadDemoTickets(t.ctx, t.ctx.clock.now())).toBe(11);
    const rows = await t.ctx.db
      .selectFrom('queue_tickets')
      .select(['number', 'status', 'window_code', 'group_code', 'mobile'])
      .where('place_code', '=', CITY_HALL)
      .orderBy('issued_at')
      .execute();
    expect(new Set(rows.map((r) => r.group_code))).toEqual(new Set(['A', 'RS', 'GJ', 'J', 'BD']));
    expect(rows[0]).toMatchObject({ number: 'A001', status: 'called', window_code: 'A01' });
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(10);
    expect(rows.filter((r) => r.mobile).length).toBeGreaterThan(2);
    expect(await loadDemoTickets(t.ctx, t.ctx.clock.now())).toBe(0);
    expect(await loadDemoTickets(t.ctx, shanghai('2026-03-17T10:00'))).toBe(11);
  });
});
