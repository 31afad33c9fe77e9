import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, book, caller, CITY_HALL, createAppointmentsTestApp, FOOD_PERMIT, setCapacity, shanghai } from '../../../../test/factories/appointments';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';
import { makeResidentId } from '../../platform/ids/generate';
import { sweepNoShows } from './appointments.jobs';

/**
 * Appointments through the HTTP API on a real database (PGlite by default, PostgreSQL when
 * DATABASE_URL is set): slots from the city centre's published hours, booking by a citizen and by a
 * 12345 agent, the confirmation, the holder's list, the staff's day, the actions and their
 * refusals, the no-show sweep and its suspension.
 */

// Monday 16 March 2026, 08:00 in Baotou: a working day with lunch duty and evening service.
const MONDAY_8AM = shanghai('2026-03-16T08:00');

let t: TestApp & { setNow(d: Date): void };
let citizen: Session;
let enterprise: Session;
let hotline: Session;
let clerk: Session;
let reviewer: Session;
let health: Session;

beforeAll(async () => {
  t = await createAppointmentsTestApp(MONDAY_8AM);
  [citizen, enterprise, hotline, clerk, reviewer, health] = await Promise.all(
    ['citizen', 'enterprise', 'hotline', 'clerk', 'reviewer', 'health'].map((u) => t.login(u)),
  );
}, 120_000);
afterAll(() => t.close());

/** The ID with its check character changed. */
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const slotsOf = (from: string, to = from, item = FOOD_PERMIT) => t.call('GET', `/api/v1/places/${CITY_HALL}/slots?item=${item}&from=${from}&to=${to}`);

describe('slots', () => {
  it('are public and follow the hours: ordinary, lunch duty and evening on a working day, Saturday morning, nothing on Sunday', async () => {
    t.setNow(MONDAY_8AM);
    const res = await slotsOf('2026-03-16', '2026-03-22');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.place.code).toBe(CITY_HALL);
    expect(body.group).toBe('A');
    const monday = body.slots.filter((s: { date: string }) => s.date === '2026-03-16');
    expect(monday.map((s: { session: string }) => s.session)).toEqual([
      ...Array(6).fill('ordinary'),
      ...Array(3).fill('lunch'),
      ...Array(8).fill('ordinary'),
      ...Array(3).fill('evening'),
    ]);
    expect(monday[0]).toMatchObject({ start: '2026-03-16T01:00:00.000Z', end: '2026-03-16T01:30:00.000Z', capacity: 20, remaining: 20 });
    expect(monday.find((s: { session: string }) => s.session === 'evening')).toMatchObject({ capacity: 2, remaining: 2 });
    const kinds = (date: string) => [...new Set(body.slots.filter((s: { date: string }) => s.date === date).map((s: { session: string }) => s.session))];
    expect(kinds('2026-03-21')).toEqual(['weekend']);
    expect(kinds('2026-03-22')).toEqual([]);
  });

  it('leave out slots already started, and refuse a long range or an item the place does not handle, in both languages', async () => {
    t.setNow(shanghai('2026-03-16T12:10'));
    const today = (await slotsOf('2026-03-16')).json().slots;
    expect(today[0]).toMatchObject({ start: '2026-03-16T04:30:00.000Z', session: 'lunch' });
    const long = await slotsOf('2026-03-01', '2026-04-30');
    expect([long.statusCode, long.json().code]).toEqual([400, 'RANGE_TOO_LONG']);
    // Street centres take benefits and public services, not licences.
    const places = await t.call('GET', '/api/v1/places?level=street&pageSize=1');
    const street = places.json().places[0].code as string;
    const res = await t.call('GET', `/api/v1/places/${street}/slots?item=${FOOD_PERMIT}`, { headers: { 'accept-language': 'en-US' } });
    expect([res.statusCode, res.json().code]).toEqual([422, 'ITEM_NOT_AT_PLACE']);
    expect(res.json().message).toMatch(/does not handle item 000101019000/);
    t.setNow(MONDAY_8AM);
  });
});

describe('odd input', () => {
  it('is refused as bad input, never a server error: far years, impossible dates, far instants', async () => {
    for (const q of ['from=9999-12-31', 'from=2026-02-30', 'to=0000-01-01', 'from=2099-12-31']) {
      const res = await t.call('GET', `/api/v1/places/${CITY_HALL}/slots?item=${FOOD_PERMIT}&${q}`);
      expect(res.statusCode, `${q}: ${res.body}`).toBeLessThan(500);
    }
    expect((await t.call('GET', `/api/v1/places/${CITY_HALL}/slots?item=${FOOD_PERMIT}&from=9999-12-31`)).statusCode).toBe(400);
    for (const start of ['+275760-09-13T00:00:00.000Z', '9999-12-31T01:00:00.000Z', 'yesterday']) {
      const res = await t.call('POST', '/api/v1/appointments', { session: hotline, body: { place: CITY_HALL, item: FOOD_PERMIT, start, caller: caller(7) } });
      expect([res.statusCode, res.json().code], start).toEqual([400, 'VALIDATION_FAILED']);
    }
    const day = await t.call('GET', `/api/v1/places/${CITY_HALL}/appointments?date=9999-01-01`, { session: clerk });
    expect(day.statusCode).toBe(400);
  });
});

describe('booking', () => {
  it('a citizen books an evening slot: confirmation in-app and by SMS with the check-in code, an event, 我的预约, one seat fewer', async () => {
    t.setNow(MONDAY_8AM);
    const start = '2026-03-17T10:00:00.000Z'; // Tuesday 18:00, evening service
    const a = await book(t, citizen, { place: CITY_HALL, item: FOOD_PERMIT, start }, { 'idempotency-key': 'evening-1' });
    expect(a).toMatchObject({ status: 'booked', version: 1, session: 'evening', group: 'A', start });
    expect(a.checkInCode).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);

    const replay = await t.call('POST', '/api/v1/appointments', {
      session: citizen,
      body: { place: CITY_HALL, item: FOOD_PERMIT, start },
      headers: { 'idempotency-key': 'evening-1' },
    });
    expect([replay.statusCode, replay.headers['idempotent-replayed'], replay.json().id]).toEqual([201, 'true', a.id]);

    const sms = await t.ctx.db.selectFrom('sms_messages').select(['mobile', 'body']).where('subject_id', '=', a.id).execute();
    expect(sms).toHaveLength(1);
    expect(sms[0].mobile).toBe('13947201234');
    expect(sms[0].body).toContain(a.checkInCode!);
    expect(sms[0].body).toContain('2026-03-17 18:00');
    const inApp = await t.ctx.db.selectFrom('notifications').select('title_zh').where('subject_id', '=', a.id).execute();
    expect(inApp.map((n) => n.title_zh)).toEqual(['预约成功']);

    const events = await findChainEvents(t.ctx.db, `appointment:${a.id}`);
    expect(events.map((e) => e.action)).toEqual(['appointment.book']);
    // The chain names the holder masked: supervisors read it, the booking row holds the number.
    expect(JSON.stringify(events[0].data)).not.toContain(makeResidentId('150203', '1988-05-17', 123));
    expect((events[0].data as { holder: string }).holder).toMatch(/^1502\*{10}/);

    const mine = (await t.call('GET', '/api/v1/me/appointments', { session: citizen })).json();
    expect(mine.total).toBe(1);
    expect(mine.appointments[0]).toMatchObject({
      id: a.id,
      checkInCode: a.checkInCode,
      idNumber: expect.stringMatching(/^1502\*{10}\d{3}[\dX]$/),
      mobile: '139****1234',
    });

    const evening = (await slotsOf('2026-03-17')).json().slots.find((s: { start: string }) => s.start === start);
    expect(evening).toMatchObject({ capacity: 2, remaining: 1 });

    const again = await t.call('POST', '/api/v1/appointments', {
      session: citizen,
      body: { place: CITY_HALL, item: FOOD_PERMIT, start: '2026-03-17T02:00:00.000Z' },
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'APPOINTMENT_DUPLICATE']);
  });

  it('refuses a slot that is not offered, has started or is too far ahead', async () => {
    const at = (start: string) => t.call('POST', '/api/v1/appointments', { session: enterprise, body: { place: CITY_HALL, item: FOOD_PERMIT, start } });
    expect((await at('2026-03-17T01:10:00.000Z')).json().code).toBe('SLOT_NOT_OFFERED');
    expect((await at('2026-03-22T01:00:00.000Z')).json().code).toBe('SLOT_NOT_OFFERED'); // a Sunday
    expect((await at('2026-03-16T00:00:00.000Z')).json().code).toBe('SLOT_NOT_OFFERED'); // 08:00, before opening
    t.setNow(shanghai('2026-03-16T09:10'));
    expect((await at('2026-03-16T01:00:00.000Z')).json().code).toBe('SLOT_IN_PAST');
    expect((await at('2026-04-15T01:00:00.000Z')).json().code).toBe('SLOT_TOO_FAR');
    t.setNow(MONDAY_8AM);
  });

  it('a 12345 agent books for a caller (ID checksum checked); a citizen cannot book for someone else', async () => {
    const body = { place: CITY_HALL, item: FOOD_PERMIT, start: '2026-03-18T04:00:00.000Z' };
    const noCaller = await t.call('POST', '/api/v1/appointments', { session: hotline, body });
    expect([noCaller.statusCode, noCaller.json().code]).toEqual([400, 'CALLER_REQUIRED']);
    const badId = await t.call('POST', '/api/v1/appointments', {
      session: hotline,
      body: { ...body, caller: { ...caller(1), idNumber: wrongCheck(caller(1).idNumber) } },
    });
    expect([badId.statusCode, badId.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const forOther = await t.call('POST', '/api/v1/appointments', { session: citizen, body: { ...body, caller: caller(1) } });
    expect([forOther.statusCode, forOther.json().code]).toEqual([403, 'CALLER_NOT_ALLOWED']);
    const clerkBooks = await t.call('POST', '/api/v1/appointments', { session: clerk, body });
    expect([clerkBooks.statusCode, clerkBooks.json().code]).toEqual([403, 'FORBIDDEN']);

    const a = await book(t, hotline, { ...body, caller: caller(1) });
    expect(a).toMatchObject({ session: 'lunch', status: 'booked' });
    expect(a.checkInCode).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    const sms = await t.ctx.db.selectFrom('sms_messages').select(['mobile', 'body']).where('subject_id', '=', a.id).execute();
    expect(sms.map((m) => m.mobile)).toEqual([caller(1).mobile]);
    const row = await t.ctx.db.selectFrom('appointments').select(['channel', 'user_id', 'holder_name']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: 'hotline', user_id: null, holder_name: caller(1).name });
  });
});

describe('actions', () => {
  it('reschedule moves the seat; stale versions, wrong codes and early check-ins are refused; a clerk checks in with the code', async () => {
    t.setNow(MONDAY_8AM);
    const a = await book(t, enterprise, { place: CITY_HALL, item: FOOD_PERMIT, start: '2026-03-19T01:00:00.000Z' });
    const moved = await act(t, enterprise, a.id, 'reschedule', { version: 1, start: '2026-03-19T01:30:00.000Z' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toEqual({ id: a.id, status: 'booked', version: 2 });
    const slots = (await slotsOf('2026-03-19')).json().slots;
    expect(slots.slice(0, 2).map((s: { remaining: number }) => s.remaining)).toEqual([20, 19]);

    const stale = await act(t, enterprise, a.id, 'cancel', { version: 1 });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'VERSION_CONFLICT']);
    const other = await act(t, citizen, a.id, 'cancel', { version: 2 });
    expect([other.statusCode, other.json().code]).toEqual([404, 'APPOINTMENT_NOT_FOUND']);

    const wrong = await act(t, clerk, a.id, 'check_in', { version: 2, code: a.checkInCode === '222222' ? '333333' : '222222' });
    expect([wrong.statusCode, wrong.json().code]).toEqual([422, 'CHECK_IN_CODE_WRONG']);
    const early = await act(t, clerk, a.id, 'check_in', { version: 2, code: a.checkInCode }, 'en-US');
    expect([early.statusCode, early.json().code, early.json().message]).toEqual([
      422,
      'CHECK_IN_NOT_OPEN',
      'Check-in is open from an hour before the slot until it ends',
    ]);

    t.setNow(shanghai('2026-03-19T09:10'));
    const late = await act(t, enterprise, a.id, 'cancel', { version: 2 });
    expect([late.statusCode, late.json().code, late.json().message]).toEqual([422, 'CUTOFF_PASSED', '距预约时间不足 2 小时，不能再取消或改约']);
    const checked = await act(t, clerk, a.id, 'check_in', { version: 2, code: a.checkInCode!.toLowerCase() });
    expect(checked.json()).toMatchObject({ id: a.id, status: 'checked_in', version: 3 });
    // The priority ticket to wait with (docs/decisions.md D29).
    expect(checked.json().ticket).toMatchObject({ priority: true, appointmentId: a.id, status: 'waiting', channel: 'appointment' });
    const events = await findChainEvents(t.ctx.db, `appointment:${a.id}`);
    expect(events.map((e) => e.action)).toEqual(['appointment.book', 'appointment.reschedule', 'appointment.check_in']);
    expect((await verifyChain(t.ctx.db, `appointment:${a.id}`)).problems).toEqual([]);
    t.setNow(MONDAY_8AM);
  });

  it('cancel before the cut-off gives the seat back and tells the holder', async () => {
    t.setNow(MONDAY_8AM);
    const start = '2026-03-20T06:00:00.000Z';
    const a = await book(t, hotline, { place: CITY_HALL, item: FOOD_PERMIT, start, caller: caller(2) });
    const before = (await slotsOf('2026-03-20')).json().slots.find((s: { start: string }) => s.start === start).remaining;
    const res = await act(t, hotline, a.id, 'cancel', { version: 1, reason: '来电人改期' });
    expect(res.json()).toEqual({ id: a.id, status: 'cancelled', version: 2 });
    const after = (await slotsOf('2026-03-20')).json().slots.find((s: { start: string }) => s.start === start).remaining;
    expect(after).toBe(before + 1);
    const sms = await t.ctx.db.selectFrom('sms_messages').select('template').where('subject_id', '=', a.id).orderBy('id').execute();
    expect(sms.map((m) => m.template)).toEqual(['appointment.booked', 'appointment.cancelled']);
  });
});

describe('the staff day list', () => {
  it('shows a place’s day per window group to region staff, a department’s items to its reviewers, identifiers masked, no codes', async () => {
    t.setNow(shanghai('2026-03-17T08:00'));
    const res = await t.call('GET', `/api/v1/places/${CITY_HALL}/appointments?date=2026-03-17`, { session: clerk });
    expect(res.statusCode, res.body).toBe(200);
    const groupA = res.json().groups.find((g: { group: string }) => g.group === 'A');
    expect(groupA.windows).toContain('A01');
    expect(groupA.appointments).toHaveLength(1);
    expect(groupA.appointments[0]).toMatchObject({ session: 'evening', mobile: '139****1234' });
    expect(groupA.appointments[0].checkInCode).toBeUndefined();
    expect(groupA.appointments[0].idNumber).toMatch(/^1502\*{10}/);

    const mr = (await t.call('GET', `/api/v1/places/${CITY_HALL}/appointments?date=2026-03-17`, { session: reviewer })).json();
    expect(mr.groups.flatMap((g: { appointments: unknown[] }) => g.appointments)).toHaveLength(1);
    const other = (await t.call('GET', `/api/v1/places/${CITY_HALL}/appointments?date=2026-03-17`, { session: health })).json();
    expect(other.groups).toEqual([]);
    const denied = await t.call('GET', `/api/v1/places/${CITY_HALL}/appointments?date=2026-03-17`, { session: citizen });
    expect([denied.statusCode, denied.json().code]).toEqual([403, 'FORBIDDEN']);
    t.setNow(MONDAY_8AM);
  });
});

describe('no-shows', () => {
  it('marks unchecked bookings after their slot; three in 90 days suspend booking for 30 days with a bilingual refusal', async () => {
    const who = caller(50);
    // Three bookings on three days, each missed.
    for (const [day, start] of [
      ['2026-03-23T08:00', '2026-03-23T01:00:00.000Z'],
      ['2026-03-24T08:00', '2026-03-24T01:00:00.000Z'],
      ['2026-03-25T08:00', '2026-03-25T01:00:00.000Z'],
    ] as const) {
      t.setNow(shanghai(day));
      const a = await book(t, hotline, { place: CITY_HALL, item: FOOD_PERMIT, start, caller: who });
      t.setNow(shanghai(`${day.slice(0, 10)}T09:45`));
      expect(await sweepNoShows(t.ctx, t.ctx.clock.now())).toBeGreaterThanOrEqual(1);
      const row = await t.ctx.db.selectFrom('appointments').select('status').where('id', '=', a.id).executeTakeFirstOrThrow();
      expect(row.status).toBe('no_show');
    }
    const restriction = await t.ctx.db.selectFrom('appointment_restrictions').selectAll().where('id_number', '=', who.idNumber).execute();
    expect(restriction).toHaveLength(1);
    expect(restriction[0].no_shows).toBe(3);
    const told = await t.ctx.db
      .selectFrom('sms_messages')
      .select('body')
      .where('mobile', '=', who.mobile)
      .where('template', '=', 'appointment.restricted')
      .execute();
    expect(told).toHaveLength(1);

    t.setNow(shanghai('2026-03-26T08:00'));
    const body = { place: CITY_HALL, item: FOOD_PERMIT, start: '2026-03-27T01:00:00.000Z', caller: who };
    const zh = await t.call('POST', '/api/v1/appointments', { session: hotline, body });
    expect([zh.statusCode, zh.json().code, zh.json().message]).toEqual([
      422,
      'BOOKING_RESTRICTED',
      '90 天内爽约 3 次，2026-04-24 前暂停预约；可直接到大厅取号办理',
    ]);
    const en = await t.call('POST', '/api/v1/appointments', { session: hotline, body, headers: { 'accept-language': 'en-US' } });
    expect(en.json().message).toBe('3 missed appointments within 90 days: booking is suspended until 2026-04-24; you can still take a ticket at the hall');

    // Thirty days on, booking is open again.
    t.setNow(shanghai('2026-04-27T08:00'));
    await book(t, hotline, { ...body, start: '2026-04-28T01:00:00.000Z' });
    t.setNow(MONDAY_8AM);
  });
});

describe('capacity settings', () => {
  it('an admin sets a window group’s capacity at a place, the slots follow it; nobody else may', async () => {
    t.setNow(MONDAY_8AM);
    const admin = await t.login('admin');
    const url = `/api/v1/admin/places/${CITY_HALL}/appointment-settings`;
    const before = (await t.call('GET', url, { session: admin })).json();
    expect(before.groups.find((g: { group: string }) => g.group === 'A')).toMatchObject({
      slotMinutes: 30,
      capacity: 20,
      offHoursCapacity: 2,
      source: 'default',
    });
    const denied = await t.call('PUT', url, { session: clerk, body: { group: 'A', slotMinutes: 30, capacity: 3, offHoursCapacity: 1 } });
    expect([denied.statusCode, denied.json().code]).toEqual([403, 'FORBIDDEN']);
    const set = await t.call('PUT', url, { session: admin, body: { group: 'A', slotMinutes: 60, capacity: 3, offHoursCapacity: 1 } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().groups.find((g: { group: string }) => g.group === 'A')).toMatchObject({
      slotMinutes: 60,
      capacity: 3,
      offHoursCapacity: 1,
      source: 'group',
    });
    const slots = (await slotsOf('2026-03-30')).json();
    expect(slots.slotMinutes).toBe(60);
    expect(slots.slots[0]).toMatchObject({ start: '2026-03-30T01:00:00.000Z', end: '2026-03-30T02:00:00.000Z', capacity: 3, remaining: 3 });
    const events = await findChainEvents(t.ctx.db, `place:${CITY_HALL}`);
    expect(events.at(-1)?.action).toBe('place.appointment_settings_set');
    await t.call('PUT', url, { session: admin, body: { group: 'A', slotMinutes: 30, capacity: 20, offHoursCapacity: 2 } });
  });
});

describe('concurrency', () => {
  it('100 simultaneous bookings of a 5-seat slot: exactly 5 succeed, the rest are told the slot is full', async () => {
    t.setNow(MONDAY_8AM);
    await setCapacity(t, CITY_HALL, 'A', 5);
    const start = '2026-03-26T02:00:00.000Z';
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.call('POST', '/api/v1/appointments', { session: hotline, body: { place: CITY_HALL, item: FOOD_PERMIT, start, caller: caller(100 + i) } }),
      ),
    );
    const byStatus = new Map<number, number>();
    for (const r of results) byStatus.set(r.statusCode, (byStatus.get(r.statusCode) ?? 0) + 1);
    expect(Object.fromEntries(byStatus)).toEqual({ 201: 5, 409: 95 });
    expect(new Set(results.filter((r) => r.statusCode === 409).map((r) => r.json().code))).toEqual(new Set(['SLOT_FULL']));
    const slot = await t.ctx.db
      .selectFrom('appointment_slots')
      .select(['booked', 'capacity'])
      .where('place_code', '=', CITY_HALL)
      .where('starts_at', '=', new Date(start))
      .executeTakeFirstOrThrow();
    expect(slot).toEqual({ booked: 5, capacity: 5 });
    const rows = await t.ctx.db.selectFrom('appointments').select('id').where('starts_at', '=', new Date(start)).where('status', '=', 'booked').execute();
    expect(rows).toHaveLength(5);
    const listed = (await slotsOf('2026-03-26')).json().slots.find((s: { start: string }) => s.start === start);
    expect(listed).toMatchObject({ capacity: 5, remaining: 0 });
  }, 120_000);
});

describe('OpenAPI', () => {
  it('documents every appointment endpoint', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    for (const p of [
      '/api/v1/places/{code}/slots',
      '/api/v1/appointments',
      '/api/v1/appointments/{id}',
      '/api/v1/appointments/{id}/actions/{action}',
      '/api/v1/me/appointments',
      '/api/v1/places/{code}/appointments',
    ])
      expect(doc.paths[p], p).toBeDefined();
  });

  it('one booking is read by its holder with the code, by staff of its region without, by nobody else', async () => {
    const [mine] = (await t.call('GET', '/api/v1/me/appointments?pageSize=1', { session: citizen })).json().appointments;
    const own = await t.call('GET', `/api/v1/appointments/${mine.id}`, { session: citizen });
    expect(own.json().checkInCode).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    const staff = await t.call('GET', `/api/v1/appointments/${mine.id}`, { session: clerk });
    expect([staff.statusCode, staff.json().checkInCode]).toEqual([200, undefined]);
    const other = await t.call('GET', `/api/v1/appointments/${mine.id}`, { session: enterprise });
    expect([other.statusCode, other.json().code]).toEqual([404, 'APPOINTMENT_NOT_FOUND']);
  });
});
