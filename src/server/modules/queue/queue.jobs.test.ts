import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_HALL, createAppointmentsTestApp, shanghai } from '../../../../test/factories/appointments';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';
import { closeStaleTickets } from './queue.jobs';

/**
 * The nightly close (docs/decisions.md D29) on a real database: tickets a hall day left waiting or
 * called are closed with a reason through the engine, their window is free again, today's line is
 * untouched, and the day's figures count them as taken and not served.
 */

let t: TestApp & { setNow(d: Date): void };
let clerk: Session;
let supervisor: Session;

beforeAll(async () => {
  t = await createAppointmentsTestApp(shanghai('2026-03-16T10:00'), { TONGBAN_QUEUE_TAKE_LIMIT: '1000' });
  [clerk, supervisor] = await Promise.all(['clerk', 'supervisor'].map((u) => t.login(u)));
}, 120_000);
afterAll(() => t.close());

const take = async () => {
  const res = await t.call('POST', '/api/v1/queue/tickets', { body: { place: CITY_HALL, group: 'A' } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string };
};
const callNext = async (window: string) => {
  const res = await t.call('POST', `/api/v1/queue/windows/${CITY_HALL}.${window}/actions/call_next`, { session: clerk, body: {} });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const status = async (id: string) => (await t.call('GET', `/api/v1/queue/tickets/${id}`)).json().status;

describe('closing the tickets of ended days', () => {
  it('closes yesterday’s waiting and called tickets with their reason, frees the window, leaves today alone', async () => {
    const [served, called, waiting] = [await take(), await take(), await take()];
    await callNext('A01');
    await callNext('A01'); // finishes `served`, calls `called`
    expect(await closeStaleTickets(t.ctx, shanghai('2026-03-16T23:59'))).toBe(0);

    t.setNow(shanghai('2026-03-17T09:30'));
    const today = await take();
    expect(await closeStaleTickets(t.ctx, shanghai('2026-03-17T00:05'))).toBe(2);
    expect([await status(served.id), await status(called.id), await status(waiting.id), await status(today.id)]).toEqual([
      'done',
      'closed',
      'closed',
      'waiting',
    ]);
    const row = await t.ctx.db.selectFrom('queue_tickets').select(['close_reason', 'version']).where('id', '=', waiting.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ close_reason: 'day_ended', version: 2 });
    const chain = `queue_ticket:${called.id}`;
    const events = await findChainEvents(t.ctx.db, chain);
    expect(events.at(-1)).toMatchObject({
      action: 'queue_ticket.close',
      actorName: expect.stringContaining('系统'),
      data: { from: 'called', to: 'closed', reason: 'day_ended' },
    });
    expect((await verifyChain(t.ctx.db, chain)).problems).toEqual([]);

    // A01 no longer holds yesterday's ticket: its next call takes today's line without finishing anything.
    const next = await callNext('A01');
    expect([next.finished, next.ticket.id]).toEqual([null, today.id]);
    // Run again: nothing left to close.
    expect(await closeStaleTickets(t.ctx, shanghai('2026-03-17T00:15'))).toBe(0);
  });

  it('counts the closed tickets in the day’s figures as taken and not served', async () => {
    const res = await t.call('GET', `/api/v1/queue/places/${CITY_HALL}/stats?date=2026-03-16`, { session: supervisor });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().total).toMatchObject({ taken: 3, served: 1, skipped: 0, closed: 2, waiting: 0 });
  });
});
