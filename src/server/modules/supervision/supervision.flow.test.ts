import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createStaff, setCaseTime, uploadPdf, type Ref } from '../../../../test/factories/cases';
import { createSupervisionTestApp, openOrder, orderAction, submittedCase } from '../../../../test/factories/supervision';
import { actOk, newTicket } from '../../../../test/helpers/hotline';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';

/**
 * 跟踪督办 through the routes on a real database (docs/domain.md S25): a supervisor's order on a
 * case answered, returned, answered again and accepted; the 12345 centre's order on a ticket; who
 * sees which order; every refusal with its message in both languages.
 */

let t: TestApp;
let citizen: Session, supervisor: Session, reviewer: Session, handler: Session, hotline: Session, dispatcher: Session, depthead: Session, leader: Session;
let clerk: Session, approver: Session;
let districtSupervisor: Session;
let theCase: { id: string; regionCode: string; version: number };

beforeAll(async () => {
  t = await createSupervisionTestApp();
  setCaseTime(t, '2026-12-01T10:00:00');
  [citizen, supervisor, reviewer, handler, hotline, dispatcher, depthead, leader] = await Promise.all(
    ['citizen', 'supervisor', 'reviewer', 'handler', 'hotline', 'dispatcher', 'depthead', 'leader'].map((u) => t.login(u)),
  );
  [clerk, approver] = await Promise.all(['clerk', 'approver'].map((u) => t.login(u)));
  theCase = await submittedCase(t, citizen);
  const otherRegion = theCase.regionCode === '150205' ? '150206' : '150205';
  districtSupervisor = await createStaff(t, 'supervisor-district', ['supervisor'], 'discipline-inspection', otherRegion);
});
afterAll(() => t?.close());

const get = (s: Session, url: string) => t.call('GET', url, { session: s });

describe('a supervisor’s order on a case', () => {
  it('is answered with an attachment, returned, answered again and accepted; every step on its chain', async () => {
    const opened = await openOrder(t, supervisor, { subjectKind: 'case', subjectId: theCase.id });
    expect(opened.statusCode, opened.body).toBe(201);
    const { id } = opened.json();
    expect(opened.json()).toMatchObject({ status: 'open', version: 1 });
    expect(opened.json().orderNo).toMatch(/^DB2026\d{6}$/);

    const d0 = (await get(supervisor, `/api/v1/supervision/orders/${id}`)).json();
    // Five working days from Tuesday 1 December: due at the end of Tuesday 8 December, yellow after Monday 7.
    expect(d0).toMatchObject({ departmentCode: 'market-regulation', subjectKind: 'case', subjectCaseId: theCase.id, light: 'green', escalationLevel: 0 });
    expect(d0.dueAt).toBe('2026-12-08T15:59:59.999Z');
    expect(d0.assessmentDue).toBe('2026-12-07T15:59:59.999Z');
    expect(d0.availableActions).toEqual([]);

    // The department hears of it.
    const notes = await t.ctx.db.selectFrom('notifications').select('template').where('subject_id', '=', id).execute();
    expect(notes.map((n) => n.template)).toContain('supervision.order_opened');

    const mine = (await get(reviewer, '/api/v1/supervision/orders')).json();
    expect(mine.items.map((o: { id: string }) => o.id)).toContain(id);
    const asReviewer = (await get(reviewer, `/api/v1/supervision/orders/${id}`)).json();
    expect(asReviewer.availableActions).toEqual(['answer']);

    const fileId = await uploadPdf(t, reviewer, '整改报告.pdf');
    let res = await orderAction(t, reviewer, id, 'answer', { version: 1, note: '已办结，超时系材料流转延误', fileIds: [fileId] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'answered', version: 2 });
    const asSupervisor = (await get(supervisor, `/api/v1/supervision/orders/${id}`)).json();
    expect(asSupervisor.availableActions).toEqual(['accept', 'return']);
    expect(asSupervisor.files).toEqual([{ id: fileId, name: '整改报告.pdf', round: 1 }]);
    // The supervisor may read the department's attachment.
    expect((await get(supervisor, `/api/v1/files/${fileId}`)).statusCode).toBe(200);

    res = await orderAction(t, supervisor, id, 'return', { version: 2, note: '未说明如何避免再次延误' });
    expect(res.json()).toMatchObject({ status: 'returned', version: 3 });
    res = await orderAction(t, reviewer, id, 'answer', { version: 3, note: '已建立材料流转台账，每日核对' });
    expect(res.json()).toMatchObject({ status: 'answered', version: 4 });
    res = await orderAction(t, supervisor, id, 'accept', { version: 4 });
    expect(res.json()).toMatchObject({ status: 'accepted', version: 5 });

    const done = (await get(supervisor, `/api/v1/supervision/orders/${id}`)).json();
    expect(done).toMatchObject({
      status: 'accepted',
      light: null,
      answerRounds: 2,
      answer: '已建立材料流转台账，每日核对',
      returnReason: '未说明如何避免再次延误',
    });
    expect(done.timeline.map((e: { action: string }) => e.action)).toEqual([
      'supervision_order.open',
      'supervision_order.answer',
      'supervision_order.return',
      'supervision_order.answer',
      'supervision_order.accept',
    ]);
    const chain = `supervision_order:${id}`;
    expect((await findChainEvents(t.ctx.db, chain)).length).toBe(5);
    expect((await verifyChain(t.ctx.db, chain)).problems).toEqual([]);

    // The case's page finds its orders through the module's API.
    const onCase = (await get(supervisor, `/api/v1/supervision/orders?subjectId=${theCase.id}`)).json();
    expect(onCase.items.map((o: { id: string }) => o.id)).toEqual([id]);
  });

  it('refuses a wrong state (409) and a stale version (409)', async () => {
    const { id } = (await openOrder(t, supervisor, { subjectKind: 'case', subjectId: theCase.id })).json();
    const early = await orderAction(t, supervisor, id, 'accept', { version: 1 }, 'en-US');
    expect([early.statusCode, early.json().code, early.json().message]).toEqual([
      409,
      'INVALID_TRANSITION',
      'The supervision order is “awaiting the answer”; “accept” is not possible now',
    ]);
    const zh = await orderAction(t, supervisor, id, 'return', { version: 1, note: '退回' });
    expect(zh.json().message).toBe('督办单当前状态为“待答复”，不能执行“退回”');
    const stale = await orderAction(t, reviewer, id, 'answer', { version: 7, note: '说明' });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'VERSION_CONFLICT']);
    const empty = await orderAction(t, reviewer, id, 'answer', { version: 1, note: '  ' });
    expect([empty.statusCode, empty.json().code]).toEqual([422, 'NOTE_REQUIRED']);
    const notMine = await orderAction(t, reviewer, id, 'answer', { version: 1, note: '说明', fileIds: [await uploadPdf(t, citizen)] });
    expect([notMine.statusCode, notMine.json().code]).toEqual([400, 'FILE_NOT_YOURS']);
    // The department cannot decide on its own answer.
    await orderAction(t, reviewer, id, 'answer', { version: 1, note: '说明' });
    const self = await orderAction(t, reviewer, id, 'accept', { version: 2 });
    expect([self.statusCode, self.json().code]).toEqual([403, 'FORBIDDEN']);
  });
});

describe('refusals when opening', () => {
  it('wrong role, the 12345 centre off tickets, other region, bad deadline, unknown subject, wrong department', async () => {
    const byReviewer = await openOrder(t, reviewer, { subjectKind: 'case', subjectId: theCase.id }, 'en-US');
    expect([byReviewer.statusCode, byReviewer.json().code, byReviewer.json().message]).toEqual([
      403,
      'NOT_AN_OPENER',
      'Only supervisors (and, for a 12345 ticket, the 12345 centre) can open a supervision order',
    ]);
    expect((await openOrder(t, citizen, { subjectKind: 'case', subjectId: theCase.id })).json().code).toBe('NOT_AN_OPENER');

    const hotlineOnCase = await openOrder(t, hotline, { subjectKind: 'case', subjectId: theCase.id });
    expect([hotlineOnCase.statusCode, hotlineOnCase.json().code, hotlineOnCase.json().message]).toEqual([
      403,
      'HOTLINE_TICKETS_ONLY',
      '12345 热线中心只能对 12345 工单发起督办',
    ]);

    const otherRegion = await openOrder(t, districtSupervisor, { subjectKind: 'case', subjectId: theCase.id }, 'en-US');
    expect([otherRegion.statusCode, otherRegion.json().code, otherRegion.json().message]).toEqual([
      403,
      'SUBJECT_OTHER_REGION',
      'The subject is outside your region; you cannot open a supervision order on it',
    ]);

    for (const workdays of [0, 61, -3]) {
      const bad = await openOrder(t, supervisor, { subjectKind: 'case', subjectId: theCase.id, workdays }, 'en-US');
      expect([bad.statusCode, bad.json().code, bad.json().message]).toEqual([
        400,
        'WORKDAYS_INVALID',
        `The deadline must be 1 to 60 working days (got ${workdays})`,
      ]);
    }
    const zh = await openOrder(t, supervisor, { subjectKind: 'case', subjectId: theCase.id, workdays: 61 });
    expect(zh.json().message).toBe('办理期限须为 1 至 60 个工作日（收到：61）');

    const ghost = await openOrder(t, supervisor, { subjectKind: 'case', subjectId: '00000000-0000-4000-8000-000000000000' });
    expect([ghost.statusCode, ghost.json().code]).toEqual([404, 'SUBJECT_NOT_FOUND']);
    const notUuid = await openOrder(t, supervisor, { subjectKind: 'ticket', subjectId: 'RX-1' }, 'en-US');
    expect([notUuid.statusCode, notUuid.json().message]).toEqual([404, 'The subject “RX-1” does not exist']);
    const noDept = await openOrder(t, supervisor, { subjectKind: 'department', subjectId: 'no-such-bureau' });
    expect([noDept.statusCode, noDept.json().code]).toEqual([404, 'SUBJECT_NOT_FOUND']);

    const wrongDept = await openOrder(t, supervisor, { subjectKind: 'case', subjectId: theCase.id, departmentCode: 'urban-management' }, 'en-US');
    expect([wrongDept.statusCode, wrongDept.json().code, wrongDept.json().message]).toEqual([
      422,
      'DEPARTMENT_MISMATCH',
      'The responsible department must be the one that holds the subject (market-regulation)',
    ]);
    const named = await openOrder(t, supervisor, { subjectKind: 'case', subjectId: theCase.id, departmentCode: 'market-regulation' });
    expect(named.statusCode).toBe(201);
  });
});

describe('who sees which order', () => {
  it('another department’s staff neither see nor answer it; the city leadership only once escalated to it', async () => {
    const { id } = (await openOrder(t, supervisor, { subjectKind: 'department', subjectId: 'market-regulation' })).json();
    expect((await get(handler, `/api/v1/supervision/orders/${id}`)).statusCode).toBe(404);
    const other = await orderAction(t, handler, id, 'answer', { version: 1, note: '说明' }, 'en-US');
    expect([other.statusCode, other.json().code, other.json().message]).toEqual([404, 'ORDER_NOT_FOUND', 'No such supervision order']);
    expect((await get(handler, '/api/v1/supervision/orders')).json().items.map((o: { id: string }) => o.id)).not.toContain(id);

    expect((await get(depthead, `/api/v1/supervision/orders/${id}`)).statusCode).toBe(200);
    expect((await get(leader, `/api/v1/supervision/orders/${id}`)).statusCode).toBe(404);
    expect((await get(leader, '/api/v1/supervision/orders')).json().total).toBe(0);
    expect((await get(districtSupervisor, `/api/v1/supervision/orders/${id}`)).statusCode).toBe(404);
    expect((await get(citizen, '/api/v1/supervision/orders')).statusCode).toBe(403);
    expect((await get(hotline, `/api/v1/supervision/orders/${id}`)).statusCode).toBe(404);
    // The middle office reads its region's orders (its workbenches list 督办件) and takes no step.
    expect((await get(dispatcher, '/api/v1/supervision/orders')).json().items.map((o: { id: string }) => o.id)).toContain(id);
    expect((await orderAction(t, dispatcher, id, 'answer', { version: 1, note: '说明' })).json().code).toBe('FORBIDDEN');

    const filtered = (await get(supervisor, '/api/v1/supervision/orders?subjectKind=department&status=open&light=green')).json();
    expect(filtered.items.map((o: { id: string }) => o.id)).toContain(id);
    expect((await get(supervisor, '/api/v1/supervision/orders?light=red')).json().total).toBe(0);
  });
});

describe('the 12345 centre’s order on a ticket', () => {
  it('is answered by the department handling the ticket and accepted by the centre', async () => {
    const ticket = await newTicket(t, hotline, { text: '钢铁大街人行道砖松动，老人差点摔倒', categoryCode: 'urban.road-damage', regionCode: '150203' });
    await actOk(t, dispatcher, ticket.id, 'dispatch', { version: ticket.version });
    const opened = await openOrder(t, hotline, { subjectKind: 'ticket', subjectId: ticket.id, workdays: 2 });
    expect(opened.statusCode, opened.body).toBe(201);
    const { id } = opened.json();
    const d = (await get(handler, `/api/v1/supervision/orders/${id}`)).json();
    expect(d).toMatchObject({ subjectLabel: ticket.ticketNo, departmentCode: 'urban-management', regionCode: '150203' });
    expect((await orderAction(t, handler, id, 'answer', { version: 1, note: '已修复人行道砖' })).statusCode).toBe(200);
    // A supervisor reaches the order but it is the centre's to decide.
    const sup = await orderAction(t, supervisor, id, 'accept', { version: 2 }, 'en-US');
    expect([sup.statusCode, sup.json().code, sup.json().message]).toEqual([
      403,
      'NOT_OPENER_SIDE',
      'Only the side that opened the order can accept or return it',
    ]);
    expect((await orderAction(t, hotline, id, 'accept', { version: 2 })).json().status).toBe('accepted');
    expect((await get(hotline, '/api/v1/supervision/orders')).json().items.every((o: { subjectKind: string }) => o.subjectKind === 'ticket')).toBe(true);
  });
});

describe('an order on a rectification', () => {
  it('goes to the department holding the 差评 and shows on the rated case', async () => {
    const c = await submittedCase(t, citizen);
    let ref: Ref = { id: c.id, version: c.version };
    ref = await act(t, clerk, ref, 'accept');
    ref = await act(t, dispatcher, ref, 'route');
    ref = await act(t, reviewer, ref, 'review', { opinion: '符合条件', recommendation: 'approve' });
    ref = await act(t, approver, ref, 'approve');
    await act(t, approver, ref, 'complete');
    const rated = await t.call('POST', `/api/v1/cases/${c.id}/rating`, { session: citizen, body: { level: 1, reasons: ['slow'] } });
    expect(rated.statusCode, rated.body).toBe(201);
    const rectificationId = rated.json().rectificationId as string;

    const opened = await openOrder(t, supervisor, { subjectKind: 'rectification', subjectId: rectificationId });
    expect(opened.statusCode, opened.body).toBe(201);
    const d = (await get(reviewer, `/api/v1/supervision/orders/${opened.json().id}`)).json();
    expect(d).toMatchObject({ subjectKind: 'rectification', subjectId: rectificationId, subjectCaseId: c.id, departmentCode: 'market-regulation' });
    const onCase = (await get(reviewer, `/api/v1/supervision/orders?subjectId=${c.id}`)).json();
    expect(onCase.items.map((o: { id: string }) => o.id)).toEqual([opened.json().id]);
  });
});

describe('Idempotency-Key', () => {
  it('opens one order for a retried request', async () => {
    const headers = { 'idempotency-key': 'order-retry-1' };
    const body = { subjectKind: 'department', subjectId: 'market-regulation', problem: '重复提交测试', demand: '说明', workdays: 3 };
    const first = await t.call('POST', '/api/v1/supervision/orders', { session: supervisor, body, headers });
    const again = await t.call('POST', '/api/v1/supervision/orders', { session: supervisor, body, headers });
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json().id).toBe(first.json().id);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });
});

describe('the OpenAPI document', () => {
  it('lists the supervision-order paths with their schemas', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    expect(Object.keys(doc.paths['/api/v1/supervision/orders']).sort()).toEqual(['get', 'post']);
    expect(doc.paths['/api/v1/supervision/orders/{id}'].get).toBeDefined();
    expect(doc.paths['/api/v1/supervision/orders/{id}/actions/{action}'].post.requestBody).toBeDefined();
    expect(JSON.stringify(doc.paths['/api/v1/supervision/orders'].post.requestBody)).toContain('workdays');
  });
});
