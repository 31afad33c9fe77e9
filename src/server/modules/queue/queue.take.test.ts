import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, book, caller, CITY_HALL, createAppointmentsTestApp, FOOD_PERMIT, shanghai } from '../../../../test/factories/appointments';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';

/**
 * Taking queue tickets through the HTTP API on a real database (PGlite, or PostgreSQL with
 * DATABASE_URL): numbers per place, group and day that never repeat (nor skip, when no take fails) under concurrency, the
 * refusals in both languages, the address throttle, and the priority tickets an appointment's
 * check-in issues — by a clerk, and at the kiosk by the code alone.
 */

// Monday 16 March 2026, 09:30 in Baotou: the city centre is open.
const MONDAY = shanghai('2026-03-16T09:30');

let t: TestApp & { setNow(d: Date): void };
let citizen: Session;
let hotline: Session;
let clerk: Session;

beforeAll(async () => {
  t = await createAppointmentsTestApp(MONDAY, { TONGBAN_QUEUE_TAKE_LIMIT: '1000' });
  [citizen, hotline, clerk] = await Promise.all(['citizen', 'hotline', 'clerk'].map((u) => t.login(u)));
}, 120_000);
afterAll(() => t.close());

const take = (body: Record<string, unknown>, headers: Record<string, string> = {}, session: Session | null = null) =>
  t.call('POST', '/api/v1/queue/tickets', { body, headers, session });

describe('ticket numbers', () => {
  it('run 1..100 without a gap or a repeat when 100 people take one at once', async () => {
    const res = await Promise.all(Array.from({ length: 100 }, () => take({ place: CITY_HALL, group: 'GJ' })));
    expect(res.map((r) => r.statusCode)).toEqual(Array(100).fill(201));
    const numbers = res.map((r) => r.json().number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => `GJ${String(i + 1).padStart(3, '0')}`));
    // Nobody is called meanwhile. Each answer counts the tickets before it in the line that had
    // committed when it counted: never one behind it. A take that drew an earlier number and has
    // not committed yet is not counted (D29), so under 100 at once the count may fall short; on
    // PGlite's one session the takes run one after another and every count is exact.
    const line = await t.ctx.db
      .selectFrom('queue_tickets')
      .select('number')
      .where('place_code', '=', CITY_HALL)
      .where('group_code', '=', 'GJ')
      .orderBy('line_at')
      .orderBy('seq')
      .execute();
    const place = new Map(line.map((r, i) => [r.number, i]));
    for (const r of res) {
      const { number, ahead } = r.json() as { number: string; ahead: number };
      if (process.env.DATABASE_URL) expect(ahead, number).toBeLessThanOrEqual(place.get(number)!);
      else expect(ahead, number).toBe(place.get(number));
    }
    const counter = await t.ctx.db
      .selectFrom('queue_counters')
      .select('last')
      .where('place_code', '=', CITY_HALL)
      .where('group_code', '=', 'GJ')
      .executeTakeFirstOrThrow();
    expect(counter.last).toBe(100);
  }, 120_000);

  it('keep three digits at least, and grow past 999 (a whole day of a busy group)', async () => {
    await t.ctx.db.updateTable('queue_counters').set({ last: 998 }).where('place_code', '=', CITY_HALL).where('group_code', '=', 'GJ').execute();
    const numbers = [];
    for (let i = 0; i < 2; i++) numbers.push((await take({ place: CITY_HALL, group: 'GJ' })).json().number);
    expect(numbers).toEqual(['GJ999', 'GJ1000']);
  });

  it('start again each day and per group; an item is numbered by the group that serves it, its event on the chain', async () => {
    const a = await take({ place: CITY_HALL, item: FOOD_PERMIT, mobile: '13947201234' });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({
      number: 'A001',
      group: 'A',
      status: 'waiting',
      priority: false,
      channel: 'kiosk',
      ahead: 0,
      estimatedWaitMinutes: 0,
      date: '2026-03-16',
    });
    expect(a.json().item).toEqual({ code: FOOD_PERMIT, name: '食品经营许可证核发' });
    expect(a.json()).not.toHaveProperty('mobile');
    const b = await take({ place: CITY_HALL, group: 'a', channel: 'qr' });
    expect(b.json()).toMatchObject({ number: 'A002', ahead: 1, channel: 'qr', estimatedWaitMinutes: 8 });

    const events = await findChainEvents(t.ctx.db, `queue_ticket:${a.json().id}`);
    expect(events.map((e) => e.action)).toEqual(['queue_ticket.take']);
    expect(JSON.stringify(events[0].data)).not.toContain('13947201234');
    expect((await verifyChain(t.ctx.db, `queue_ticket:${a.json().id}`)).problems).toEqual([]);

    t.setNow(shanghai('2026-03-17T09:00'));
    expect((await take({ place: CITY_HALL, group: 'A' })).json()).toMatchObject({ number: 'A001', date: '2026-03-17' });
    t.setNow(MONDAY);
  });

  it('are read by id without signing in: place in line and estimate', async () => {
    const c = (await take({ place: CITY_HALL, group: 'A' })).json();
    const res = await t.call('GET', `/api/v1/queue/tickets/${c.id}`, { headers: { 'accept-language': 'en-US' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ number: c.number, ahead: 2, estimatedWaitMinutes: 16, place: { name: 'Baotou Government Services Centre' } });
    const missing = await t.call('GET', '/api/v1/queue/tickets/00000000-0000-4000-8000-000000000000');
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'TICKET_NOT_FOUND']);
  });
});

describe('refusals', () => {
  it('name what is wrong, in both languages', async () => {
    const none = await take({ place: CITY_HALL });
    expect([none.statusCode, none.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const both = await take({ place: CITY_HALL, group: 'A', item: FOOD_PERMIT });
    expect(both.statusCode).toBe(400);
    const group = await take({ place: CITY_HALL, group: 'ZZ' }, { 'accept-language': 'en-US' });
    expect([group.statusCode, group.json().code, group.json().message]).toEqual([
      422,
      'GROUP_NOT_AT_PLACE',
      'Baotou Government Services Centre has no window group ZZ',
    ]);
    const zh = await take({ place: CITY_HALL, group: 'ZZ' });
    expect(zh.json().message).toBe('包头市政务服务中心 没有 ZZ 类窗口');
    const place = await take({ place: 'NO-SUCH-PLACE', group: 'A' });
    expect(place.statusCode).toBe(404);
    const mobile = await take({ place: CITY_HALL, group: 'A', mobile: '12345' });
    expect([mobile.statusCode, mobile.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const code = await take({ place: CITY_HALL, checkInCode: 'ZZZZZZ' }, { 'accept-language': 'en-US' });
    expect([code.statusCode, code.json().code]).toEqual([422, 'CHECK_IN_CODE_UNKNOWN']);
  });

  it('stop an address past TONGBAN_QUEUE_TAKE_LIMIT in ten minutes (429 with Retry-After)', async () => {
    const small = await createAppointmentsTestApp(MONDAY, { TONGBAN_QUEUE_TAKE_LIMIT: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await small.call('POST', '/api/v1/queue/tickets', { body: { place: CITY_HALL, group: 'A' } })).statusCode);
      expect(codes).toEqual([201, 201, 201, 429]);
    } finally {
      await small.close();
    }
  }, 120_000);

  it('replay an answer for the same Idempotency-Key instead of taking a second number', async () => {
    const first = await take({ place: CITY_HALL, group: 'RS' }, { 'idempotency-key': 'kiosk-7-0931' });
    const again = await take({ place: CITY_HALL, group: 'RS' }, { 'idempotency-key': 'kiosk-7-0931' });
    expect([again.statusCode, again.headers['idempotent-replayed'], again.json().number]).toEqual([201, 'true', first.json().number]);
    // The replay drew a number before it found the answer: unused, never given again (D29).
    expect((await take({ place: CITY_HALL, group: 'RS' })).json().number).toBe('RS003');
  });
});

describe('checking in an appointment', () => {
  it('by a clerk issues a priority ticket in the answer, ahead of the walk-ins of its group', async () => {
    const a = await book(t, citizen, { place: CITY_HALL, item: FOOD_PERMIT, start: '2026-03-16T02:00:00.000Z' });
    const res = await act(t, clerk, a.id, 'check_in', { version: 1, code: a.checkInCode });
    expect(res.statusCode, res.body).toBe(200);
    const ticket = res.json().ticket;
    expect(res.json()).toMatchObject({ status: 'checked_in', version: 2 });
    expect(ticket).toMatchObject({ priority: true, channel: 'appointment', group: 'A', appointmentId: a.id, ahead: 0, status: 'waiting' });
    expect(ticket.number).toMatch(/^A\d{3}$/);
    const events = await findChainEvents(t.ctx.db, `queue_ticket:${ticket.id}`);
    expect(events[0]).toMatchObject({ action: 'queue_ticket.take', actorName: '李娜' });
  });

  it('at the kiosk by the check-in code alone, once: the same code again gives the same ticket', async () => {
    const a = await book(t, hotline, { place: CITY_HALL, item: FOOD_PERMIT, start: '2026-03-16T02:30:00.000Z', caller: caller(3) });
    const first = await take({ place: CITY_HALL, checkInCode: a.checkInCode!.toLowerCase() });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ priority: true, appointmentId: a.id, ahead: 1 });
    const again = await take({ place: CITY_HALL, checkInCode: a.checkInCode });
    expect(again.json().id).toBe(first.json().id);
    const chain = await findChainEvents(t.ctx.db, `appointment:${a.id}`);
    expect(chain.map((e) => [e.action, (e.data as { by?: string }).by])).toEqual([
      ['appointment.book', undefined],
      ['appointment.check_in', 'kiosk'],
    ]);
  });

  it('is refused at the kiosk before the check-in opens, with the appointment’s own message', async () => {
    const a = await book(t, hotline, { place: CITY_HALL, item: FOOD_PERMIT, start: '2026-03-16T08:00:00.000Z', caller: caller(4) });
    const res = await take({ place: CITY_HALL, checkInCode: a.checkInCode });
    expect([res.statusCode, res.json().code]).toEqual([422, 'CHECK_IN_NOT_OPEN']);
  });
});

describe('opening hours', () => {
  const refusal = async (at: string, lang = 'zh-CN') => {
    t.setNow(shanghai(at));
    const res = await take({ place: CITY_HALL, group: 'A' }, { 'accept-language': lang });
    return [res.statusCode, res.json().code, res.json().message];
  };

  it('refuse a walk-in outside the day’s sessions, naming the next opening in both languages', async () => {
    expect(await refusal('2026-03-16T07:30')).toEqual([
      422,
      'HALL_CLOSED',
      '包头市政务服务中心现在不在办公时间，不能取号；下次开放时间为 2026-03-16 09:00（北京时间）',
    ]);
    // After the evening session: the next working morning.
    expect(await refusal('2026-03-16T19:00', 'en-US')).toEqual([
      422,
      'HALL_CLOSED',
      'Baotou Government Services Centre is closed now, so no ticket can be taken; it next opens at 2026-03-17 09:00 (Beijing time)',
    ]);
    // Saturday's afternoon ends at 16:30; Sunday is closed: Monday.
    expect((await refusal('2026-03-21T16:45'))[2]).toContain('2026-03-23 09:00');
    t.setNow(MONDAY);
  });

  it('take during lunch duty (错时), the evening (延时) and Saturday sessions', async () => {
    for (const at of ['2026-03-16T12:30', '2026-03-16T18:30', '2026-03-21T10:00']) {
      t.setNow(shanghai(at));
      const res = await take({ place: CITY_HALL, group: 'A' });
      expect(res.statusCode, `${at}: ${res.body}`).toBe(201);
    }
    t.setNow(MONDAY);
  });

  it('still check an appointment in at the kiosk before the hall opens to walk-ins, within its check-in window', async () => {
    t.setNow(shanghai('2026-03-17T08:10'));
    const a = await book(t, hotline, { place: CITY_HALL, item: FOOD_PERMIT, start: '2026-03-17T01:00:00.000Z', caller: caller(5) });
    expect((await take({ place: CITY_HALL, group: 'A' })).json().code).toBe('HALL_CLOSED');
    const res = await take({ place: CITY_HALL, checkInCode: a.checkInCode });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ priority: true, appointmentId: a.id });
    t.setNow(MONDAY);
  });
});
