import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../../../../test/helpers/test-app';
import { toShanghaiDate } from '../../../platform/calendar/shanghai-date';
import { getHotlineSummary, periodRange } from './reports.service';
import { actOk, createHotlineApp } from '../../../../../test/helpers/hotline';

/**
 * The report on a small set whose every figure is known: 4 calls (1 abandoned), 4 tickets (one
 * answered at first contact, one from the web by a repeat caller), two handled to a return visit
 * (one satisfied, one not and reopened).
 */

let t: TestApp;
let agent: Session;
let dispatcher: Session;
let urban: Session;
let heating: Session;

beforeAll(async () => {
  t = await createHotlineApp();
  [agent, dispatcher, urban, heating] = await Promise.all(['hotline', 'dispatcher', 'handler', 'hl-heating'].map((u) => t.login(u)));

  const call = async (body: Record<string, unknown>) => (await t.call('POST', '/api/v1/hotline/calls', { session: agent, body })).json().callId as number;
  const ticket = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/api/v1/hotline/tickets', { session: agent, body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  };
  await call({ callerPhone: '13947600000', answered: false });
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
  const web = await t.call('POST', '/api/v1/hotline/public/tickets', {
    headers: { 'x-forwarded-for': '10.1.0.1' },
    body: { text: '钢铁大街的路灯还是不亮', phone: '13947600002', address: '包头市昆都仑区钢铁大街友谊小区5号楼', categoryCode: 'urban.streetlight' },
  });
  expect(web.statusCode).toBe(201);

  let v = await actOk(t, dispatcher, t2.id, 'dispatch', { version: t2.version });
  v = await actOk(t, urban, t2.id, 'sign', { version: v });
  v = await actOk(t, urban, t2.id, 'reply', { version: v, reply: '已修复' });
  await actOk(t, agent, t2.id, 'return_visit', { version: v, satisfaction: 'satisfied', resolved: true }, 'closed');

  v = await actOk(t, dispatcher, t3.id, 'dispatch', { version: t3.version });
  v = await actOk(t, heating, t3.id, 'sign', { version: v });
  v = await actOk(t, heating, t3.id, 'reply', { version: v, reply: '已上门排气' });
  await actOk(t, agent, t3.id, 'return_visit', { version: v, satisfaction: 'unsatisfied', resolved: false }, 'processing');
});
afterAll(() => t?.close());

describe('hotline report of a known day', () => {
  it('computes every headline figure', async () => {
    const res = await t.call('GET', '/api/v1/hotline/reports?period=day', { session: dispatcher });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.summary).toMatchObject({
      tickets: 4,
      calls: { total: 4, answered: 3, abandoned: 1 },
      connectionRate: 0.75,
      firstContactRate: 0.25,
      repeatCallRate: 0.25,
      signOnTimeRate: 1,
      completionOnTimeRate: 1,
      satisfactionRate: 0.5,
      resolutionRate: 0.5,
      replied: 2,
      visits: 2,
      overdueOpen: 0,
    });
    expect(r.byChannel).toEqual(
      expect.arrayContaining([
        { channel: 'phone', count: 3 },
        { channel: 'web', count: 1 },
      ]),
    );
    expect(r.byCategory[0]).toMatchObject({ categoryCode: 'urban.streetlight', nameZh: '路灯照明', count: 2 });
    expect(r.hotSpots.places[0]).toMatchObject({ place: '昆都仑区钢铁大街友谊小区', count: 2, topCategory: 'urban.streetlight' });
    expect(r.byRegion).toEqual(
      expect.arrayContaining([expect.objectContaining({ regionCode: '150203', tickets: 2 }), expect.objectContaining({ regionCode: '150204', tickets: 1 })]),
    );
  });

  it('ranks departments by the weighted score', async () => {
    const r = (await t.call('GET', '/api/v1/hotline/reports?period=week', { session: dispatcher })).json();
    expect(r.departments.map((d: { departmentCode: string; rank: number }) => [d.rank, d.departmentCode])).toEqual([
      [1, 'urban-management'],
      [2, 'heating'],
    ]);
    expect(r.departments[0]).toMatchObject({ assigned: 1, replied: 1, visits: 1, satisfactionRate: 1, resolutionRate: 1, score: 100 });
    expect(r.departments[1]).toMatchObject({ satisfactionRate: 0, resolutionRate: 0, score: 50 });
  });

  it('is empty for a day without data, with null rates rather than zeros', async () => {
    const r = (await t.call('GET', '/api/v1/hotline/reports?period=day&date=2020-01-02', { session: dispatcher })).json();
    expect(r.summary).toMatchObject({ tickets: 0, connectionRate: null, satisfactionRate: null });
    expect(r.departments).toEqual([]);
  });

  it('exports an xlsx workbook', async () => {
    const res = await t.call('GET', '/api/v1/hotline/reports/export.xlsx?period=month', { session: dispatcher });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '部门排名', '渠道', '分类', '区域', '热点']);
    expect(wb.getWorksheet('部门排名')?.getRow(2).getCell(2).value).toBe('市城市管理综合执法局');
  });

  it('gives the supervision reports the same summary through getHotlineSummary', async () => {
    const { from, to } = periodRange('day', toShanghaiDate(new Date()));
    const s = await getHotlineSummary(t.ctx.db, from, to);
    expect(s).toMatchObject({ tickets: 4, connectionRate: 0.75, satisfactionRate: 0.5 });
  });

  it('computes week and month ranges in Beijing time', () => {
    expect(periodRange('week', '2026-11-28')).toMatchObject({ fromDate: '2026-11-23', toDate: '2026-11-29' });
    expect(periodRange('month', '2026-12-15')).toMatchObject({ fromDate: '2026-12-01', toDate: '2026-12-31' });
    expect(periodRange('day', '2026-11-28').from.toISOString()).toBe('2026-11-27T16:00:00.000Z');
  });
});
