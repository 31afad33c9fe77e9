import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { verifyChain } from '../../platform/audit/events.repository';
import { actOk, act, createHotlineApp } from '../../../../test/helpers/hotline';

let t: TestApp;
let agent: Session;
let dispatcher: Session;
let heating: Session;

beforeAll(async () => {
  t = await createHotlineApp();
  [agent, dispatcher, heating] = await Promise.all([t.login('hotline'), t.login('dispatcher'), t.login('hl-heating')]);
});
afterAll(() => t?.close());

const CALLER = '13947201111';
const TEXT = '我家暖气不热，屋里才十五度，已经好几天了，老人孩子都冻感冒了';

describe('a call becomes a ticket and goes the whole way', () => {
  let id = '';
  let version = 0;

  it('takes the call: no history, no emergency, a suggestion and knowledge-base answers', async () => {
    const res = await t.call('POST', '/api/v1/hotline/calls', {
      session: agent,
      body: { callerPhone: CALLER, callerName: '刘先生', text: TEXT, address: '包头市昆都仑区钢铁大街友谊小区3号楼2单元501' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const call = res.json();
    expect(call).toMatchObject({ answered: true, repeatCaller: false, earlierTickets: [], emergency: null });
    expect(call.suggestion).toMatchObject({ category: 'heating.low-temperature', departmentCode: 'heating', emergency: null });
    expect(call.suggestion.confidence).toBeGreaterThan(0.5);
    expect(call.knowledge[0].title).toContain('暖气');

    const created = await t.call('POST', '/api/v1/hotline/tickets', {
      session: agent,
      headers: { 'idempotency-key': 'flow-ticket-1' },
      body: {
        callId: call.callId,
        callerPhone: CALLER,
        callerName: '刘先生',
        text: TEXT,
        address: '包头市昆都仑区钢铁大街友谊小区3号楼2单元501',
        categoryCode: call.suggestion.category,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'pending_dispatch', categoryCode: 'heating.low-temperature', departmentCode: 'heating', repeatCall: false });
    ({ id, version } = created.json());
    // 24-hour limit for heating (docs/domain.md §8).
    const hours = (Date.parse(created.json().dueAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.5);
    expect(hours).toBeLessThanOrEqual(24);
    // A retry with the same key replays the answer instead of making a second ticket.
    const again = await t.call('POST', '/api/v1/hotline/tickets', {
      session: agent,
      headers: { 'idempotency-key': 'flow-ticket-1' },
      body: {
        callId: call.callId,
        callerPhone: CALLER,
        callerName: '刘先生',
        text: TEXT,
        address: '包头市昆都仑区钢铁大街友谊小区3号楼2单元501',
        categoryCode: call.suggestion.category,
      },
    });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(id);
    const sms = await t.ctx.db.selectFrom('sms_messages').select(['template', 'body']).where('mobile', '=', CALLER).execute();
    expect(sms.map((m) => m.template)).toEqual(['hotline.accepted']);
  });

  it('classifies on request', async () => {
    const res = await t.call('POST', '/api/v1/hotline/classify', { session: dispatcher, body: { text: TEXT } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ category: 'heating.low-temperature', departmentCode: 'heating', emergency: null });
    expect(res.json().alternatives.length).toBe(3);
  });

  it('is dispatched, signed for and replied to; the caller gets the reply by SMS', async () => {
    version = await actOk(t, dispatcher, id, 'dispatch', { version }, 'dispatched');
    const detail = (await t.call('GET', `/api/v1/hotline/tickets/${id}`, { session: heating })).json();
    expect(detail.availableActions).toEqual(['sign', 'return']);
    expect(detail.callerPhone).toBe(CALLER);
    expect(detail.assignments[0]).toMatchObject({ departmentCode: 'heating', role: 'lead', status: 'pending' });
    version = await actOk(t, heating, id, 'sign', { version }, 'processing');
    version = await actOk(t, heating, id, 'reply', { version, reply: '已派维修人员上门排气，室温恢复到20度' }, 'replied');
    const sms = await t.ctx.db.selectFrom('sms_messages').select(['template', 'body']).where('mobile', '=', CALLER).orderBy('id').execute();
    // With a single-use link to rate the service (tickets.rating.test.ts).
    expect(sms.at(-1)).toMatchObject({ template: 'hotline.replied_rate' });
    expect(sms.at(-1)?.body).toContain('室温恢复到20度');
  });

  it('reopens once after an unsatisfied return visit, with a new limit', async () => {
    const before = (await t.call('GET', `/api/v1/hotline/tickets/${id}`, { session: dispatcher })).json();
    version = await actOk(t, agent, id, 'return_visit', { version, satisfaction: 'unsatisfied', resolved: false, note: '来电人称只热了一天' }, 'processing');
    const after = (await t.call('GET', `/api/v1/hotline/tickets/${id}`, { session: heating })).json();
    expect(after.reopenedCount).toBe(1);
    expect(Date.parse(after.dueAt)).toBeGreaterThan(Date.parse(before.dueAt) - 60_000);
    expect(after.assignments.filter((a: { round: number }) => a.round === 2)).toHaveLength(1);
    expect(after.availableActions).toContain('reply');
    expect(after.satisfaction).toBe('unsatisfied');
  });

  it('is replied to again and closes on a satisfied return visit', async () => {
    version = await actOk(t, heating, id, 'reply', { version, reply: '更换了单元阀门，连续三天测温均达标' }, 'replied');
    version = await actOk(t, agent, id, 'return_visit', { version, satisfaction: 'satisfied', resolved: true }, 'closed');
    const d = (await t.call('GET', `/api/v1/hotline/tickets/${id}`, { session: dispatcher })).json();
    expect(d).toMatchObject({ status: 'closed', satisfaction: 'satisfied', resolved: true, reopenedCount: 1, availableActions: [] });
    expect(d.closedAt).toBeTruthy();
    expect(d.timeline.map((e: { action: string }) => e.action)).toEqual([
      'ticket.created',
      'ticket.dispatch',
      'ticket.sign',
      'ticket.reply',
      'ticket.return_visit',
      'ticket.reply',
      'ticket.return_visit',
    ]);
    const chain = await verifyChain(t.ctx.db, `ticket:${id}`);
    expect(chain.problems).toEqual([]);
    expect(chain.rows).toBe(7);
  });

  it('refuses a stale version with 409 and a closed ticket’s actions with 422', async () => {
    const stale = await act(t, dispatcher, id, 'close', { version: version - 1, note: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const closed = await act(t, dispatcher, id, 'close', { version, note: 'x' });
    expect(closed.statusCode).toBe(422);
    expect(closed.json().code).toBe('INVALID_TRANSITION');
  });

  it('knows the caller next time (repeat call)', async () => {
    const res = await t.call('POST', '/api/v1/hotline/calls', { session: agent, body: { callerPhone: CALLER } });
    expect(res.json().repeatCaller).toBe(true);
    expect(res.json().earlierTickets[0].id).toBe(id);
    const history = await t.call('GET', `/api/v1/hotline/callers/${CALLER}/tickets`, { session: agent });
    expect(history.json().items[0]).toMatchObject({ id, callerPhone: '139****1111' });
  });

  it('answers a consultation at first contact and stores it closed', async () => {
    const kb = (await t.call('GET', '/api/v1/hotline/kb?q=公积金怎么提取', { session: agent })).json();
    expect(kb.items[0].categoryCode).toBe('housing-fund.withdrawal');
    const res = await t.call('POST', '/api/v1/hotline/tickets', {
      session: agent,
      body: {
        callerPhone: '13947202222',
        text: '想问一下买房了公积金怎么提取',
        categoryCode: 'housing-fund.withdrawal',
        resolution: 'answered',
        kbArticleId: kb.items[0].id,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('closed');
    const d = (await t.call('GET', `/api/v1/hotline/tickets/${res.json().id}`, { session: dispatcher })).json();
    expect(d).toMatchObject({ resolution: 'answered', status: 'closed' });
    expect(d.reply).toContain('公积金');
  });
});
