import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppointmentsTestApp, shanghai } from '../../../../test/factories/appointments';
import type { TestApp } from '../../../../test/helpers/test-app';
import { loadDemoAppointments } from './appointments.demo';

let t: TestApp;
beforeAll(async () => {
  t = await createAppointmentsTestApp(shanghai('2026-03-16T08:00'));
}, 120_000);
afterAll(() => t.close());

describe('the demo appointments', () => {
  it('are booked through the services at real halls, once: an evening slot for the demo citizen, 12345 bookings for callers', async () => {
    const made = await loadDemoAppointments(t.ctx, t.ctx.clock.now());
    expect(made).toBe(5);
    const rows = await t.ctx.db.selectFrom('appointments').select(['place_code', 'session', 'channel']).orderBy('created_at').execute();
    expect(rows[0]).toEqual({ place_code: '150200-CH-01', session: 'evening', channel: 'online' });
    expect(new Set(rows.map((r) => r.session))).toEqual(new Set(['evening', 'lunch', 'ordinary', 'weekend']));
    expect(rows.filter((r) => r.channel === 'hotline')).toHaveLength(4);
    expect(await loadDemoAppointments(t.ctx, t.ctx.clock.now())).toBe(0);
  });
});
