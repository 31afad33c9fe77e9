import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, book, CITY_HALL, createAppointmentsTestApp, FOOD_PERMIT, shanghai } from '../../../../test/factories/appointments';
import { createStaff } from '../../../../test/factories/cases';
import { statementRecorder } from '../../../../test/helpers/statements';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';

/**
 * Window calling through the HTTP API on a real database (PGlite, or PostgreSQL with DATABASE_URL):
 * the priority lane, what a call opens, concurrent calls at many windows, recall, skip and transfer,
 * the "three ahead" SMS, the live estimate, the hall's figures, and who may do what. Each part
 * works on a day of its own, so its line starts empty.
 */

let t: TestApp & { setNow(d: Date): void };
let citizen: Session;
let clerk: Session;
let supervisor: Session;
let districtClerk: Session;
let statementsOf: ReturnType<typeof statementRecorder>;

beforeAll(async () => {
  t = await createAppointmentsTestApp(shanghai('2026-03-16T09:30'), { TONGBAN_QUEUE_TAKE_LIMIT: '1000' });
  [citizen, clerk, supervisor] = await Promise.all(['citizen', 'clerk', 'supervisor'].map((u) => t.login(u)));
  districtClerk = await createStaff(t, 'clerk-donghe', ['window_clerk'], 'gov-services', '150202');
  statementsOf = statementRecorder(t);
}, 120_000);
afterAll(() => t.close());

const take = async (body: Record<string, unknown>) => {
  const res = await t.call('POST', '/api/v1/queue/tickets', { body: { place: CITY_HALL, ...body } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string };
};
const windowAct = (window: string, action: string, body: Record<string, unknown> = {}, s: Session = clerk, lang = 'zh-CN') =>
  t.call('POST', `/api/v1/queue/windows/${CITY_HALL}.${window}/actions/${action}`, { session: s, body, headers: { 'accept-language': lang } });
const callNext = async (window: string) => {
  const res = await windowAct(window, 'call_next');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('call_next', () => {
  it('calls the priority lane first, then the oldest; finishes the current ticket; says what to open', async () => {
    t.setNow(shanghai('2026-03-16T09:30'));
    const a1 = await take({ item: FOOD_PERMIT });
    const a2 = await take({ group: 'A' });
    const appt = await book(t, citizen, { place: CITY_HALL, item: FOOD_PERMIT, start: '2026-03-16T02:00:00.000Z' });
    const checkIn = await act(t, clerk, appt.id, 'check_in', { version: 1, code: appt.checkInCode });
    const priority = checkIn.json().ticket;

    const first = await callNext('A01');
    expect(first.ticket).toMatchObject({ id: priority.id, status: 'called', window: { code: 'A01', name: '综合受理窗口01' } });
    expect(first.open).toEqual({
      kind: 'appointment',
      path: `/window/intake?appointment=${appt.id}&item=${FOOD_PERMIT}`,
      itemCode: FOOD_PERMIT,
      appointmentId: appt.id,
    });
    expect([first.finished, first.waiting]).toEqual([null, 2]);

    t.setNow(shanghai('2026-03-16T09:40'));
    const second = await callNext('A01');
    expect(second.finished).toEqual({ id: priority.id, number: priority.number });
    expect(second.ticket).toMatchObject({ id: a1.id, number: a1.number });
    expect(second.open).toEqual({ kind: 'intake', path: `/window/intake?item=${FOOD_PERMIT}`, itemCode: FOOD_PERMIT, appointmentId: null });

    const chain = `queue_ticket:${priority.id}`;
    expect((await findChainEvents(t.ctx.db, chain)).map((e) => [e.action, (e.data as { to: string }).to])).toEqual([
      ['queue_ticket.take', 'waiting'],
      ['queue_ticket.call', 'called'],
      ['queue_ticket.finish', 'done'],
    ]);
    expect((await verifyChain(t.ctx.db, chain)).problems).toEqual([]);

    // The ticket's own page shows the window that called it.
    const read = await t.call('GET', `/api/v1/queue/tickets/${a1.id}`, { headers: { 'accept-language': 'en-US' } });
    expect(read.json()).toMatchObject({
      status: 'called',
      window: { code: 'A01', name: expect.stringContaining('Comprehensive window') },
      estimatedWaitMinutes: null,
    });
    const state = await t.call('GET', `/api/v1/queue/windows/${CITY_HALL}.A01`, { session: clerk });
    expect(state.json()).toMatchObject({ window: { code: 'A01', group: 'A' }, ticket: { id: a1.id }, waiting: 1 });
    expect(a2.number).toBe('A002');

    // A call locks each ticket with its chain's head: the finish and the call look no head up apart.
    t.setNow(shanghai('2026-03-16T09:50'));
    let third: { finished: unknown; ticket: { id: string } } | undefined;
    const sql = await statementsOf(async () => (third = await callNext('A01')));
    expect(third).toMatchObject({ finished: { id: a1.id }, ticket: { id: a2.id } });
    expect(sql.filter((q) => /chain_heads/.test(q) && !/join|insert into "events"/.test(q))).toEqual([]);
    expect(sql.filter((q) => /inner join "chain_heads"/.test(q))).toHaveLength(2);
    for (const id of [a1.id, a2.id]) expect((await verifyChain(t.ctx.db, `queue_ticket:${id}`)).problems).toEqual([]);
  });

  it('at ten windows at once calls ten different tickets without a deadlock; with nobody waiting it calls none', async () => {
    t.setNow(shanghai('2026-03-17T09:00'));
    // Each with a mobile: every call also looks for the ticket now three behind, to text it.
    for (let i = 0; i < 10; i++) await take({ group: 'A', mobile: `1394721${String(1000 + i)}` });
    const windows = Array.from({ length: 10 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`);
    const res = await Promise.all(windows.map((w) => windowAct(w, 'call_next')));
    expect(res.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    const numbers = res.map((r) => r.json().ticket.number as string);
    expect(new Set(numbers).size).toBe(10);
    expect([...numbers].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
    const idle = await callNext('A11');
    expect([idle.ticket, idle.open, idle.waiting]).toEqual([null, null, 0]);
  }, 60_000);
});

describe('recall, skip and transfer', () => {
  it('recall calls again; skip marks the ticket not present; acting on a ticket the window no longer serves is refused', async () => {
    t.setNow(shanghai('2026-03-18T09:00'));
    const x = await take({ group: 'J' });
    await callNext('J01');
    const recall = await windowAct('J01', 'recall', { ticket: x.id });
    expect(recall.statusCode, recall.body).toBe(200);
    expect((await findChainEvents(t.ctx.db, `queue_ticket:${x.id}`)).at(-1)).toMatchObject({ action: 'queue_ticket.recall', data: { calls: 2 } });
    const stale = await windowAct('J01', 'skip', { ticket: '00000000-0000-4000-8000-000000000000' }, clerk, 'en-US');
    expect([stale.statusCode, stale.json().code, stale.json().message]).toEqual([
      409,
      'TICKET_CHANGED',
      `The window is now serving ${x.number}; refresh and try again`,
    ]);
    const skip = await windowAct('J01', 'skip');
    expect(skip.json()).toMatchObject({ ticket: null, acted: { id: x.id, status: 'skipped' } });
    const idle = await windowAct('J01', 'recall');
    expect([idle.statusCode, idle.json().code]).toEqual([422, 'WINDOW_IDLE']);
  });

  it('transfer sends the ticket to another group where it keeps its place in line', async () => {
    t.setNow(shanghai('2026-03-19T09:00'));
    const a = await take({ group: 'A' });
    t.setNow(shanghai('2026-03-19T09:05'));
    const rs1 = await take({ group: 'RS' });
    await callNext('A02');
    const res = await windowAct('A02', 'transfer', { group: 'rs', ticket: a.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ticket: null, acted: { id: a.id, status: 'waiting', group: 'RS', window: null, ahead: 0, number: a.number } });
    expect((await t.call('GET', `/api/v1/queue/tickets/${rs1.id}`)).json().ahead).toBe(1);
    expect((await callNext('RS01')).ticket.id).toBe(a.id);
    const same = await windowAct('RS01', 'transfer', { group: 'RS' });
    expect([same.statusCode, same.json().code]).toEqual([422, 'SAME_GROUP']);
    const none = await windowAct('RS01', 'transfer', {});
    expect([none.statusCode, none.json().code]).toEqual([400, 'TRANSFER_GROUP_REQUIRED']);
    const unknown = await windowAct('RS01', 'transfer', { group: 'ZZ' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([422, 'GROUP_NOT_AT_PLACE']);
  });
});

describe('the "three ahead" SMS and the estimate', () => {
  it('texts each person once, when three people are ahead of them', async () => {
    t.setNow(shanghai('2026-03-20T09:00'));
    const mobiles = Array.from({ length: 6 }, (_, i) => `1394720${String(9000 + i)}`);
    const tickets = [];
    for (const mobile of mobiles) tickets.push(await take({ group: 'GJ', mobile }));
    const texted = async () =>
      (
        await t.ctx.db
          .selectFrom('sms_messages')
          .select(['mobile', 'body'])
          .where('template', '=', 'queue.three_ahead')
          .where('mobile', 'in', mobiles)
          .execute()
      ).map((m) => m.mobile);
    expect(await texted()).toEqual([]);
    await callNext('GJ01');
    expect(await texted()).toEqual([mobiles[4]]);
    await windowAct('GJ01', 'recall');
    await callNext('GJ02');
    expect((await texted()).sort()).toEqual([mobiles[4], mobiles[5]]);
    const body = (await t.ctx.db.selectFrom('sms_messages').select('body').where('mobile', '=', mobiles[4]).executeTakeFirstOrThrow()).body;
    expect(body).toContain(`${tickets[4].number} 号前面还有 3 位`);
  });

  it('estimates from the median service time today, shared among the windows serving', async () => {
    t.setNow(shanghai('2026-03-23T09:00'));
    for (let i = 0; i < 6; i++) await take({ group: 'BD' });
    // BD01 serves two tickets in 4 and 6 minutes, BD02 one in 20: the median is 6 minutes.
    await callNext('BD01');
    t.setNow(shanghai('2026-03-23T09:04'));
    await callNext('BD01');
    t.setNow(shanghai('2026-03-23T09:05'));
    await callNext('BD02');
    t.setNow(shanghai('2026-03-23T09:10'));
    await callNext('BD01');
    t.setNow(shanghai('2026-03-23T09:25'));
    const last = await callNext('BD02');
    expect(last.waiting).toBe(1);
    // One more ticket: the one still waiting is ahead of it.
    const next = await take({ group: 'BD' });
    const view = (await t.call('GET', `/api/v1/queue/tickets/${next.id}`)).json();
    expect(view.ahead).toBe(1);
    // median(4, 6, 20 min) = 6 min × 1 ahead ÷ 2 windows serving = 3 min.
    expect(view.estimatedWaitMinutes).toBe(3);

    // An hour on, both windows still serve the ticket they called more than half an hour ago: both count.
    t.setNow(shanghai('2026-03-23T10:30'));
    const estimate = async () => (await t.call('GET', `/api/v1/queue/tickets/${next.id}`)).json().estimatedWaitMinutes;
    expect(await estimate()).toBe(3);
    // BD01 marks its person not here: idle, its last call long past, it no longer counts (6 min ÷ 1 window).
    expect((await windowAct('BD01', 'skip')).statusCode).toBe(200);
    expect(await estimate()).toBe(6);
  });
});

describe('who may call', () => {
  it('a window clerk of the place’s region; not a citizen, not another district’s clerk; never a delivery window', async () => {
    const citizenTry = await windowAct('A01', 'call_next', {}, citizen);
    expect(citizenTry.statusCode).toBe(403);
    const district = await windowAct('A01', 'call_next', {}, districtClerk);
    expect(district.statusCode).toBe(404);
    const delivery = await windowAct('F01', 'call_next');
    expect([delivery.statusCode, delivery.json().code]).toEqual([422, 'WINDOW_NOT_CALLING']);
    const missing = await windowAct('Z99', 'call_next', {}, clerk, 'en-US');
    expect([missing.statusCode, missing.json().code, missing.json().message]).toEqual([
      404,
      'WINDOW_NOT_FOUND',
      'Baotou Government Services Centre has no window Z99',
    ]);
    const anonymous = await t.call('POST', `/api/v1/queue/windows/${CITY_HALL}.A01/actions/call_next`, { body: {} });
    expect(anonymous.statusCode).toBe(401);
    const badId = await t.call('POST', `/api/v1/queue/windows/A01/actions/call_next`, { session: clerk, body: {} });
    expect(badId.statusCode).toBe(400);
  });
});

describe('the hall’s figures', () => {
  it('give waiting and service times per group, window and clerk to supervisors, not to clerks', async () => {
    t.setNow(shanghai('2026-03-24T09:00'));
    await take({ group: 'KJ' });
    await take({ group: 'KJ' });
    t.setNow(shanghai('2026-03-24T09:10'));
    await callNext('KJ01');
    t.setNow(shanghai('2026-03-24T09:16'));
    await callNext('KJ01');
    t.setNow(shanghai('2026-03-24T09:20'));
    await windowAct('KJ01', 'skip');
    t.setNow(shanghai('2026-03-24T17:00'));
    const res = await t.call('GET', `/api/v1/queue/places/${CITY_HALL}/stats?date=2026-03-24`, { session: supervisor });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    // Waits 10 and 16 minutes; one service of 6 minutes, one skipped.
    expect(s.total).toMatchObject({
      taken: 2,
      served: 1,
      skipped: 1,
      waiting: 0,
      waitAvgSeconds: 780,
      waitMedianSeconds: 780,
      serviceAvgSeconds: 360,
      serviceMedianSeconds: 360,
    });
    expect(s.groups).toEqual([expect.objectContaining({ group: 'KJ', taken: 2 })]);
    expect(s.windows).toEqual([expect.objectContaining({ window: 'KJ01', group: 'KJ', name: '科技窗口01', served: 1 })]);
    expect(s.clerks).toEqual([expect.objectContaining({ name: '李娜', taken: 2, served: 1, skipped: 1 })]);
    const forClerk = await t.call('GET', `/api/v1/queue/places/${CITY_HALL}/stats`, { session: clerk });
    expect(forClerk.statusCode).toBe(403);
    const future = await t.call('GET', `/api/v1/queue/places/${CITY_HALL}/stats?date=2026-12-31`, { session: supervisor });
    expect([future.statusCode, future.json().code]).toEqual([400, 'STATS_DATE_FUTURE']);
  });
});

describe('the staff’s list', () => {
  it('shows a day’s line first (priority, then oldest), paged, with mobiles masked; not to citizens', async () => {
    const res = await t.call('GET', `/api/v1/queue/places/${CITY_HALL}/tickets?date=2026-03-20&group=gj&pageSize=2&page=1`, { session: clerk });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect([body.total, body.page, body.pageSize, body.tickets.length]).toEqual([6, 1, 2, 2]);
    expect(body.tickets.map((x: { status: string }) => x.status)).toEqual(['waiting', 'waiting']);
    expect(body.tickets[0].mobile).toMatch(/^139\*{4}\d{4}$/);
    const called = await t.call('GET', `/api/v1/queue/places/${CITY_HALL}/tickets?date=2026-03-20&status=called`, { session: supervisor });
    expect(
      called
        .json()
        .tickets.map((x: { window: string }) => x.window)
        .sort(),
    ).toEqual(['GJ01', 'GJ02']);
    expect((await t.call('GET', `/api/v1/queue/places/${CITY_HALL}/tickets`, { session: citizen })).statusCode).toBe(403);
  });
});

describe('the API document', () => {
  it('documents every queue endpoint', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    for (const p of [
      '/api/v1/queue/tickets',
      '/api/v1/queue/tickets/{id}',
      '/api/v1/queue/windows/{id}',
      '/api/v1/queue/windows/{id}/actions/{action}',
      '/api/v1/queue/places/{code}/stream',
      '/api/v1/queue/places/{code}/stats',
      '/api/v1/queue/places/{code}/tickets',
    ])
      expect(doc.paths[p], p).toBeDefined();
  });
});
