import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseTime } from '../../../../test/factories/cases';
import { createSupervisionTestApp, openOrder, orderAction, submittedCase } from '../../../../test/factories/supervision';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { registerJobs } from '../../modules';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';
import { createJobQueue } from '../../platform/jobs/queue';
import { ESCALATION_QUEUE, escalateDueOrders } from './supervision.escalation';

/**
 * Escalation with a controlled clock (docs/domain.md S25): an order due at the end of Wednesday
 * 2 December goes to the department head on Thursday, then — two working days later
 * (TONGBAN_ORDER_ESCALATION_WORKDAYS) — to the city leadership; once per level, whatever number
 * of sweeps, concurrent sweeps or restarts; an answered order waits; a late return escalates.
 */

let t: TestApp;
let citizen: Session, supervisor: Session, reviewer: Session, depthead: Session, leader: Session;
let caseId: string;

beforeAll(async () => {
  t = await createSupervisionTestApp();
  setCaseTime(t, '2026-12-01T10:00:00');
  [citizen, supervisor, reviewer, depthead, leader] = await Promise.all(['citizen', 'supervisor', 'reviewer', 'depthead', 'leader'].map((u) => t.login(u)));
  caseId = (await submittedCase(t, citizen)).id;
});
afterAll(() => t?.close());

/** Runs the escalation job as the queue would, at a Shanghai local time. */
async function sweepAt(local: string): Promise<void> {
  setCaseTime(t, local);
  await t.ctx.jobs.send(ESCALATION_QUEUE, {});
  await t.ctx.jobs.tick();
}

const escalations = async (id: string) =>
  (await findChainEvents(t.ctx.db, `supervision_order:${id}`)).filter((e) => e.action === 'supervision_order.escalate').map((e) => e.data.level);
const detail = async (s: Session, id: string) => (await t.call('GET', `/api/v1/supervision/orders/${id}`, { session: s })).json();
const smsTo = async (mobile: string, orderId: string) =>
  (await t.ctx.db.selectFrom('sms_messages').select('template').where('mobile', '=', mobile).where('subject_id', '=', orderId).execute()).map(
    (m) => m.template,
  );

describe('escalation of an overdue order', () => {
  let late: string, answered: string, returnedLate: string;

  it('does nothing before the deadline', async () => {
    late = (await openOrder(t, supervisor, { subjectKind: 'case', subjectId: caseId, workdays: 1 })).json().id;
    answered = (await openOrder(t, supervisor, { subjectKind: 'case', subjectId: caseId, workdays: 1 })).json().id;
    returnedLate = (await openOrder(t, supervisor, { subjectKind: 'case', subjectId: caseId, workdays: 1 })).json().id;
    expect((await detail(supervisor, late)).dueAt).toBe('2026-12-02T15:59:59.999Z');
    expect((await orderAction(t, reviewer, answered, 'answer', { version: 1, note: '已按要求办结' })).statusCode).toBe(200);
    expect((await orderAction(t, reviewer, returnedLate, 'answer', { version: 1, note: '已办结' })).statusCode).toBe(200);

    await sweepAt('2026-12-02T23:59:00');
    expect(await escalations(late)).toEqual([]);
    expect((await detail(supervisor, late)).light).toBe('yellow');
  });

  it('goes to the department head once the deadline has passed, in-app and by SMS, once however often it sweeps', async () => {
    await sweepAt('2026-12-03T09:00:00');
    await sweepAt('2026-12-03T09:05:00');
    await Promise.all([escalateDueOrders(t.ctx, new Date('2026-12-03T09:06:00+08:00')), escalateDueOrders(t.ctx, new Date('2026-12-03T09:06:00+08:00'))]);
    expect(await escalations(late)).toEqual([1]);
    // The answered order waits for the supervisor; its light stopped at the answer.
    expect(await escalations(answered)).toEqual([]);
    const d = await detail(supervisor, late);
    expect(d).toMatchObject({ escalationLevel: 1, light: 'red', escalated1At: '2026-12-03T01:00:00.000Z' });
    // Two working days after Thursday 3 December: Friday 4 and Monday 7.
    expect(d.nextEscalationAt).toBe('2026-12-07T15:59:59.999Z');
    expect(d.timeline.at(-1)).toMatchObject({ action: 'supervision_order.escalate', level: 1, actorName: '系统 / system' });
    expect((await detail(supervisor, answered)).light).toBe('green');

    expect(await smsTo('13704721009', late)).toEqual(['supervision.order_escalated_head']);
    const headList = (await t.call('GET', '/api/v1/supervision/orders?escalated=true', { session: depthead })).json();
    expect(headList.items.map((o: { id: string }) => o.id)).toEqual([late]);
    expect((await t.call('GET', '/api/v1/supervision/orders', { session: leader })).json().total).toBe(0);
    const red = (await t.call('GET', '/api/v1/supervision/orders?light=red', { session: supervisor })).json();
    expect(red.items.map((o: { id: string }) => o.id)).toEqual([late]);
  });

  it('an answer returned after the deadline escalates on the next sweep', async () => {
    expect((await orderAction(t, supervisor, returnedLate, 'return', { version: 2, note: '答复不完整' })).statusCode).toBe(200);
    await sweepAt('2026-12-03T10:00:00');
    expect(await escalations(returnedLate)).toEqual([1]);
  });

  it('after a restart, goes to the city leadership two working days later, once', async () => {
    // A restart: a new queue on the same database, every module's handlers and schedules registered again.
    t.ctx.jobs = createJobQueue(t.ctx.db, t.ctx.log, { pollMs: 1000 });
    await registerJobs(t.ctx);

    await sweepAt('2026-12-05T12:00:00'); // Saturday: the second line is Monday's end.
    await sweepAt('2026-12-07T23:00:00');
    expect(await escalations(late)).toEqual([1]);

    await sweepAt('2026-12-08T09:00:00');
    await sweepAt('2026-12-09T09:00:00');
    await escalateDueOrders(t.ctx, new Date('2026-12-10T09:00:00+08:00'));
    expect(await escalations(late)).toEqual([1, 2]);
    const d = await detail(supervisor, late);
    expect(d).toMatchObject({ escalationLevel: 2, nextEscalationAt: null, escalated2At: '2026-12-08T01:00:00.000Z' });
    expect(await smsTo('13704721010', late)).toEqual(['supervision.order_escalated_leader']);
    expect(await smsTo('13704721009', late)).toEqual(['supervision.order_escalated_head']);

    const leaderList = (await t.call('GET', '/api/v1/supervision/orders', { session: leader })).json();
    expect(leaderList.items.map((o: { id: string }) => o.id).sort()).toEqual([late, returnedLate].sort());
    expect((await detail(leader, late)).availableActions).toEqual([]);
    expect((await verifyChain(t.ctx.db, `supervision_order:${late}`)).problems).toEqual([]);

    // An accepted order never escalates, however late.
    expect((await orderAction(t, supervisor, answered, 'accept', { version: 2 })).statusCode).toBe(200);
    await sweepAt('2026-12-20T09:00:00');
    expect(await escalations(answered)).toEqual([]);
    expect(await escalations(late)).toEqual([1, 2]);
  });
});
