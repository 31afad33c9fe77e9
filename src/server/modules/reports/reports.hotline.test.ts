import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOk, createHotlineApp } from '../../../../test/helpers/hotline';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';

/**
 * The 12345 source of the reports on the hotline report's own known day (hotline/reports/reports.test.ts):
 * 3 tickets, one answered at first contact; the streetlight (urban management, 昆都仑区) replied on
 * time, visited satisfied and resolved; the heating one (青山区) replied on time, visited unsatisfied
 * and unresolved, which sends it back to the heating company: a second assignment.
 */

let t: TestApp;
let supervisor: Session;

beforeAll(async () => {
  t = await createHotlineApp();
  const [agent, dispatcher, urban, heating] = await Promise.all(['hotline', 'dispatcher', 'handler', 'hl-heating'].map((u) => t.login(u)));
  supervisor = await t.login('supervisor');
  const call = async (body: Record<string, unknown>) => (await t.call('POST', '/api/v1/hotline/calls', { session: agent, body })).json().callId as number;
  const ticket = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/api/v1/hotline/tickets', { session: agent, body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  };
  const c1 = await call({ callerPhone: '13947600001', text: '公积金怎么提取' });
  await ticket({
    callId: c1,
    callerPhone: '13947600001',
    text: '公积金怎么提取',
    categoryCode: 'housing-fund.withdrawal',
    resolution: 'answered',
    answer: '携带身份证和购房合同到公积金中心办理',
  });
  const c2 = await call({ callerPhone: '13947600002', text: '路灯不亮' });
  const t2 = await ticket({
    callId: c2,
    callerPhone: '13947600002',
    text: '钢铁大街路灯不亮',
    categoryCode: 'urban.streetlight',
    address: '包头市昆都仑区钢铁大街友谊小区5号楼',
  });
  const c3 = await call({ callerPhone: '13947600003', text: '暖气不热' });
  const t3 = await ticket({
    callId: c3,
    callerPhone: '13947600003',
    text: '家里暖气不热',
    categoryCode: 'heating.low-temperature',
    address: '包头市青山区幸福路富强小区2号楼',
  });
  let v = await actOk(t, dispatcher, t2.id, 'dispatch', { version: t2.version });
  v = await actOk(t, urban, t2.id, 'sign', { version: v });
  v = await actOk(t, urban, t2.id, 'reply', { version: v, reply: '已修复' });
  await actOk(t, agent, t2.id, 'return_visit', { version: v, satisfaction: 'satisfied', resolved: true }, 'closed');
  v = await actOk(t, dispatcher, t3.id, 'dispatch', { version: t3.version });
  v = await actOk(t, heating, t3.id, 'sign', { version: v });
  v = await actOk(t, heating, t3.id, 'reply', { version: v, reply: '已上门排气' });
  await actOk(t, agent, t3.id, 'return_visit', { version: v, satisfaction: 'unsatisfied', resolved: false }, 'processing');
}, 120_000);
afterAll(() => t?.close());

describe('the 12345 source', () => {
  it('gives each department its tickets, on-time replies, satisfaction and resolution, and the totals', async () => {
    const r = (await t.call('GET', `/api/v1/reports?period=day&date=${toShanghaiDate(new Date())}&by=department`, { session: supervisor })).json();
    const row = (key: string) => r.rows.find((x: { key: string }) => x.key === key)?.values;
    expect(row('urban-management')).toMatchObject({ hotlineTickets: 1, hotlineOnTimeRate: 1, hotlineSatisfactionRate: 1, hotlineResolutionRate: 1 });
    // Per department the tickets are its assignments: the reopened one counts twice.
    expect(row('heating')).toMatchObject({ hotlineTickets: 2, hotlineOnTimeRate: 1, hotlineSatisfactionRate: 0, hotlineResolutionRate: 0 });
    // No cases that day: the cases' shares are no data in the same rows, not a perfect score.
    expect(row('heating')).toMatchObject({ received: 0, onTimePromisedRate: null });
    expect(r.total.values).toMatchObject({ hotlineTickets: 3, hotlineOnTimeRate: 1, hotlineSatisfactionRate: 0.5, hotlineResolutionRate: 0.5 });
  });

  it('cuts by region, and gives null for cuts tickets do not have', async () => {
    const date = toShanghaiDate(new Date());
    const r = (await t.call('GET', `/api/v1/reports?period=day&date=${date}&by=region`, { session: supervisor })).json();
    expect(r.rows.find((x: { key: string }) => x.key === '150204').values).toMatchObject({ hotlineTickets: 1, hotlineSatisfactionRate: 0 });
    expect(r.rows.find((x: { key: string }) => x.key === '150203').values).toMatchObject({ hotlineSatisfactionRate: 1 });
    const byItem = (await t.call('GET', `/api/v1/reports?period=day&date=${date}&by=item`, { session: supervisor })).json();
    expect(byItem.rows).toEqual([]);
    expect(byItem.total.values.hotlineTickets).toBe(3);
  });
});
