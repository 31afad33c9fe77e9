import { expect } from 'vitest';
import { seedCatalogDemo } from '../../src/server/modules/catalog';
import { makeResidentId } from '../../src/server/platform/ids/generate';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';

/** Set-up shared by the appointment tests (not a test file itself). */

/** The city centre: ordinary sessions, lunch duty, evening service to 19:00, Saturdays, holidays by appointment. */
export const CITY_HALL = '150200-CH-01';
/** 食品经营许可证核发 (market-regulation): handled at the city centre, bookable. */
export const FOOD_PERMIT = '000101019000';

/** The API with the demo accounts and the demo catalog and places, its clock fixed at `now`. */
export async function createAppointmentsTestApp(now: Date, config: Record<string, string> = {}): Promise<TestApp & { setNow(d: Date): void }> {
  const t = await createTestApp({ demoSeeders: [seedCatalogDemo], config });
  let current = now;
  t.ctx.clock.now = () => current;
  return {
    ...t,
    setNow(d: Date) {
      current = d;
    },
  };
}

/** An instant given as Asia/Shanghai wall-clock time, `2026-03-16T18:00`. */
export function shanghai(local: string): Date {
  return new Date(`${local}:00+08:00`);
}

/** A caller a 12345 agent books for: a valid resident ID of 昆都仑区, a mobile. */
export function caller(n: number): { name: string; idNumber: string; mobile: string } {
  return { name: `测试来电人${n}`, idNumber: makeResidentId('150203', '1985-06-01', n % 1000), mobile: `139${String(47200000 + n).padStart(8, '0')}` };
}

/** Sets a place's capacity for a window group ('*': every group). */
export async function setCapacity(t: TestApp, place: string, group: string, capacity: number, offHours = capacity): Promise<void> {
  await t.ctx.db
    .insertInto('appointment_settings')
    .values({ place_code: place, group_code: group, slot_minutes: 30, capacity, off_hours_capacity: offHours })
    .onConflict((oc) => oc.columns(['place_code', 'group_code']).doUpdateSet({ capacity, off_hours_capacity: offHours }))
    .execute();
}

/** Books and expects 201; returns the appointment. */
export async function book(t: TestApp, s: Session, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await t.call('POST', '/api/v1/appointments', { session: s, body, headers });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; status: string; checkInCode?: string; start: string; end: string; session: string; group: string };
}

/** Takes an action; returns the raw response. */
export function act(t: TestApp, s: Session, id: string, action: string, body: Record<string, unknown>, lang = 'zh-CN') {
  return t.call('POST', `/api/v1/appointments/${id}/actions/${action}`, { session: s, body, headers: { 'accept-language': lang } });
}
