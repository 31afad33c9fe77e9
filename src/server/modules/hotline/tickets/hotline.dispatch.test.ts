import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../../../../test/helpers/test-app';
import { act, actOk, createHotlineApp, newTicket, versionOf } from '../../../../../test/helpers/hotline';

let t: TestApp;
let agent: Session;
let dispatcher: Session;
let urban: Session;
let housing: Session;

beforeAll(async () => {
  t = await createHotlineApp();
  [agent, dispatcher, urban, housing] = await Promise.all([t.login('hotline'), t.login('dispatcher'), t.login('handler'), t.login('hl-housing-construction')]);
});
afterAll(() => t?.close());

const get = async (s: Session, id: string) => t.call('GET', `/api/v1/hotline/tickets/${id}`, { session: s });

describe('退单 (return) reviewed by the dispatcher', () => {
  it('sends a rejected return back to the department, and an approved one on to another', async () => {
    const { id, version: v0 } = await newTicket(t, agent, {
      text: '小区楼下违章搭建彩钢房，占用了消防通道',
      categoryCode: 'urban.illegal-construction',
      address: '昆都仑区林荫路林荫小区',
    });
    let v = await actOk(t, dispatcher, id, 'dispatch', { version: v0 }, 'dispatched');
    v = await actOk(t, urban, id, 'return', { version: v, reason: '该小区内部违建属物业和住建管理范围' }, 'returned');
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.username', 'notifications.template'])
      .where('template', '=', 'hotline.returned')
      .execute();
    expect(notes.map((n) => n.username)).toContain('dispatcher');
    expect((await get(dispatcher, id)).json().availableActions).toEqual(['approve_return', 'reject_return', 'transfer', 'close', 'merge']);

    v = await actOk(t, dispatcher, id, 'reject_return', { version: v, note: '占用消防通道的违建属城管执法范围' }, 'dispatched');
    const back = (await get(urban, id)).json();
    expect(back.assignments[0]).toMatchObject({ status: 'pending', returnDecision: 'rejected' });
    v = await actOk(t, urban, id, 'sign', { version: v }, 'processing');
    v = await actOk(t, urban, id, 'return', { version: v, reason: '现场核实为小区内部加建，请住建部门处理' }, 'returned');
    v = await actOk(
      t,
      dispatcher,
      id,
      'approve_return',
      { version: v, redispatch: { departments: [{ departmentCode: 'housing-construction', role: 'lead' }] } },
      'dispatched',
    );
    const moved = (await get(housing, id)).json();
    expect(moved.departments).toEqual(['housing-construction']);
    expect(moved.timeline.map((e: { action: string }) => e.action).slice(-2)).toEqual(['ticket.approve_return', 'ticket.dispatch']);
    // The department that returned it no longer reaches it.
    expect((await get(urban, id)).statusCode).toBe(404);
    expect((await act(t, urban, id, 'sign', { version: v })).statusCode).toBe(404);
  });
});

describe('多部门联动: one lead, assisting departments', () => {
  it('moves on when the lead signs and replies; assists contribute but cannot return or close', async () => {
    const { id, version: v0 } = await newTicket(t, agent, {
      text: '老旧小区改造施工把路面挖坏了，一直没有恢复',
      categoryCode: 'housing.old-community-renovation',
    });
    const bad = await act(t, dispatcher, id, 'dispatch', {
      version: v0,
      departments: [
        { departmentCode: 'urban-management', role: 'lead' },
        { departmentCode: 'housing-construction', role: 'lead' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('ONE_LEAD_REQUIRED');
    let v = await actOk(
      t,
      dispatcher,
      id,
      'dispatch',
      {
        version: v0,
        departments: [
          { departmentCode: 'housing-construction', role: 'lead' },
          { departmentCode: 'urban-management', role: 'assist' },
        ],
      },
      'dispatched',
    );
    v = await actOk(t, urban, id, 'sign', { version: v }, 'dispatched');
    const assistReturn = await act(t, urban, id, 'return', { version: v, reason: '不归我们' });
    expect(assistReturn.statusCode).toBe(422);
    expect(assistReturn.json().code).toBe('NOT_LEAD');
    v = await actOk(t, housing, id, 'sign', { version: v }, 'processing');
    v = await actOk(t, urban, id, 'reply', { version: v, reply: '已配合恢复人行道铺装' }, 'processing');
    v = await actOk(t, housing, id, 'reply', { version: v, reply: '施工单位已完成路面恢复，并加强文明施工管理' }, 'replied');
    const d = (await get(dispatcher, id)).json();
    expect(d.departments).toEqual(['housing-construction', 'urban-management']);
    expect(d.assignments.map((a: { role: string; status: string }) => `${a.role}:${a.status}`)).toEqual(['lead:replied', 'assist:replied']);
    expect(d.reply).toContain('施工单位');
    expect((await get(urban, id)).json().availableActions).toEqual([]);
  });

  it('lets agents dispatch simple tickets to the category’s department only', async () => {
    const { id, version } = await newTicket(t, agent, { text: '路灯不亮', categoryCode: 'urban.streetlight' });
    const joint = await act(t, agent, id, 'dispatch', {
      version,
      departments: [
        { departmentCode: 'urban-management', role: 'lead' },
        { departmentCode: 'power-supply', role: 'assist' },
      ],
    });
    expect(joint.statusCode).toBe(422);
    expect(joint.json().code).toBe('AGENT_DISPATCH_LIMITED');
    await actOk(t, agent, id, 'dispatch', { version }, 'dispatched');
    const complex = await newTicket(t, agent, { text: '楼房墙体开裂渗水', categoryCode: 'housing.construction-quality' });
    const refused = await act(t, agent, complex.id, 'dispatch', { version: complex.version });
    expect(refused.json().code).toBe('AGENT_DISPATCH_LIMITED');
  });

  it('changes the category at dispatch, recomputes the limit and records a correction', async () => {
    const { id, version } = await newTicket(t, agent, { text: '下水井盖被车压碎了，有人差点掉下去', categoryCode: 'urban.road-damage' });
    const before = (await get(dispatcher, id)).json();
    await actOk(t, dispatcher, id, 'dispatch', { version, categoryCode: 'urban.manhole-cover' }, 'dispatched');
    const after = (await get(dispatcher, id)).json();
    expect(after).toMatchObject({ categoryCode: 'urban.manhole-cover', urgency: 'urgent', limit: { value: 2, unit: 'hours' } });
    expect(Date.parse(after.dueAt)).toBeLessThan(Date.parse(before.dueAt));
    expect(after.assignments[0].departmentCode).toBe('urban-management');
    const c = await t.ctx.db.selectFrom('hotline_training_corrections').selectAll().where('ticket_id', '=', id).execute();
    expect(c.map((x) => [x.suggested_category, x.chosen_category])).toContainEqual(['urban.road-damage', 'urban.manhole-cover']);
  });
});

describe('extensions and transfers', () => {
  it('extends the limit when the dispatcher approves, not when they reject', async () => {
    const { id, version: v0 } = await newTicket(t, agent, { text: '小区绿化带的大树枯死了，有倒伏危险', categoryCode: 'urban.greening' });
    let v = await actOk(t, dispatcher, id, 'dispatch', { version: v0 });
    v = await actOk(t, urban, id, 'sign', { version: v });
    const due0 = Date.parse((await get(urban, id)).json().dueAt);
    v = await actOk(t, urban, id, 'request_extension', { version: v, value: 3, unit: 'workdays', reason: '需园林公司出具评估意见' });
    expect((await act(t, urban, id, 'request_extension', { version: v, value: 1, unit: 'workdays', reason: 'x' })).json().code).toBe('EXTENSION_PENDING');
    v = await actOk(t, dispatcher, id, 'reject_extension', { version: v, note: '先采取临时支护措施' });
    expect(Date.parse((await get(urban, id)).json().dueAt)).toBe(due0);
    v = await actOk(t, urban, id, 'request_extension', { version: v, value: 3, unit: 'workdays', reason: '需园林公司出具评估意见' });
    v = await actOk(t, dispatcher, id, 'approve_extension', { version: v });
    const d = (await get(urban, id)).json();
    expect(Date.parse(d.dueAt) - due0).toBeGreaterThanOrEqual(3 * 86_400_000);
    expect(d).toMatchObject({ extension: null, extensionsGranted: 1 });
  });

  it('transfers to another department and withdraws the first', async () => {
    const { id, version: v0 } = await newTicket(t, agent, { text: '楼下饭店油烟直排', categoryCode: 'environment.air-pollution' });
    const v = await actOk(t, dispatcher, id, 'dispatch', { version: v0, departments: [{ departmentCode: 'urban-management', role: 'lead' }] });
    await actOk(
      t,
      dispatcher,
      id,
      'transfer',
      { version: v, reason: '餐饮油烟属生态环境部门', departments: [{ departmentCode: 'ecology-environment', role: 'lead', regionCode: '150203' }] },
      'dispatched',
    );
    const d = (await get(dispatcher, id)).json();
    expect(d.assignments.map((a: { departmentCode: string; status: string; regionCode: string }) => `${a.departmentCode}:${a.status}:${a.regionCode}`)).toEqual(
      ['urban-management:withdrawn:150200', 'ecology-environment:pending:150203'],
    );
    expect((await get(urban, id)).statusCode).toBe(404);
  });
});

describe('duplicates (merge)', () => {
  it('suggests the same matter at the same place within days, merges it, and the child follows its master', async () => {
    const place = { address: '包头市青山区幸福路幸福南路小区12号楼', lat: 40.6432, lng: 109.9011 };
    const master = await newTicket(t, agent, { text: '幸福南路小区门口的路灯全灭了', categoryCode: 'urban.streetlight', ...place, callerPhone: '13947301111' });
    const child = await newTicket(t, agent, {
      text: '我们小区门口路灯不亮好几天了',
      categoryCode: 'urban.streetlight',
      address: '青山区 幸福路 幸福南路小区 12号楼',
      lat: 40.6435,
      lng: 109.9013,
      callerPhone: '13947302222',
    });
    const far = await newTicket(t, agent, { text: '路灯不亮', categoryCode: 'urban.streetlight', address: '东河区和平路', lat: 40.58, lng: 110.04 });
    const d = (await get(dispatcher, child.id)).json();
    const dupes = d.duplicates.map((x: { id: string }) => x.id);
    expect(dupes).toContain(master.id);
    expect(dupes).not.toContain(far.id);
    expect(d.duplicates.find((x: { id: string }) => x.id === master.id).sameAddress).toBe(true);

    const twin = child;
    const self = await act(t, dispatcher, twin.id, 'merge', { version: twin.version, masterId: twin.id });
    expect(self.json().code).toBe('MERGE_TARGET_INVALID');
    const otherCategory = await newTicket(t, agent, { text: '幸福南路小区门口垃圾没人清', categoryCode: 'urban.sanitation', ...place });
    expect((await act(t, dispatcher, twin.id, 'merge', { version: twin.version, masterId: otherCategory.id })).json().code).toBe('MERGE_TARGET_INVALID');
    await actOk(t, dispatcher, twin.id, 'merge', { version: twin.version, masterId: master.id }, 'merged');

    let v = await actOk(t, dispatcher, master.id, 'dispatch', { version: master.version });
    expect((await get(urban, twin.id)).statusCode).toBe(200);
    v = await actOk(t, urban, master.id, 'sign', { version: v });
    v = await actOk(t, urban, master.id, 'reply', { version: v, reply: '已更换路灯控制器，恢复照明' });
    const childSms = await t.ctx.db.selectFrom('sms_messages').select('template').where('mobile', '=', '13947302222').orderBy('id').execute();
    expect(childSms.map((s) => s.template)).toEqual(['hotline.accepted', 'hotline.replied']);
    await actOk(t, agent, master.id, 'return_visit', { version: v, satisfaction: 'satisfied', resolved: true }, 'closed');
    const closedChild = (await get(dispatcher, twin.id)).json();
    expect(closedChild).toMatchObject({ status: 'closed', masterTicketId: master.id, masterTicketNo: master.ticketNo });
    expect(closedChild.timeline.map((e: { action: string }) => e.action)).toEqual([
      'ticket.created',
      'ticket.merge',
      'ticket.master_replied',
      'ticket.closed_with_master',
    ]);
    expect((await get(dispatcher, master.id)).json().children).toEqual([{ id: twin.id, ticketNo: twin.ticketNo, status: 'closed' }]);
    expect(await versionOf(t, dispatcher, master.id)).toBeGreaterThan(v);
  });
});
