import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { sweepLateSignatures, sweepLights } from './tickets/lights.job';
import { act, actOk, addStaff, createHotlineApp, newTicket } from '../../../../test/helpers/hotline';

let t: TestApp;
let agent: Session;
let dispatcher: Session;
let urban: Session;
let heating: Session;
let citizen: Session;
let supervisor: Session;
let districtDispatcher: Session;
let ticket: { id: string; ticketNo: string; version: number };

beforeAll(async () => {
  t = await createHotlineApp();
  await addStaff(t, { username: 'dispatcher-qingshan', roles: ['dispatcher'], departmentCode: 'gov-services', regionCode: '150204' });
  [agent, dispatcher, urban, heating, citizen, supervisor, districtDispatcher] = await Promise.all(
    ['hotline', 'dispatcher', 'handler', 'hl-heating', 'citizen', 'supervisor', 'dispatcher-qingshan'].map((u) => t.login(u)),
  );
  ticket = await newTicket(t, agent, {
    text: '钢铁大街人行道砖松动，老人差点摔倒',
    categoryCode: 'urban.road-damage',
    regionCode: '150203',
    callerName: '王建国',
    callerPhone: '13947401234',
  });
  ticket.version = await actOk(t, dispatcher, ticket.id, 'dispatch', { version: ticket.version });
});
afterAll(() => t?.close());

const get = (s: Session, path: string) => t.call('GET', path, { session: s });

describe('who reaches which ticket', () => {
  it('hides a ticket from a handler of another department (404), on reads and on actions', async () => {
    expect((await get(heating, `/api/v1/hotline/tickets/${ticket.id}`)).statusCode).toBe(404);
    expect((await act(t, heating, ticket.id, 'sign', { version: ticket.version })).statusCode).toBe(404);
    const list = (await get(heating, '/api/v1/hotline/tickets')).json();
    expect(list.items.map((x: { id: string }) => x.id)).not.toContain(ticket.id);
    const mine = (await get(urban, '/api/v1/hotline/tickets?status=dispatched')).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(ticket.id);
  });

  it('refuses citizens every staff endpoint with 403', async () => {
    for (const path of [
      '/api/v1/hotline/tickets',
      `/api/v1/hotline/tickets/${ticket.id}`,
      '/api/v1/hotline/reports',
      `/api/v1/hotline/callers/13947401234/tickets`,
      '/api/v1/hotline/emergency-transfers',
    ]) {
      const res = await get(citizen, path);
      expect(res.statusCode, path).toBe(403);
    }
    expect((await act(t, citizen, ticket.id, 'sign', { version: ticket.version })).statusCode).toBe(403);
    expect((await t.call('POST', '/api/v1/hotline/classify', { session: citizen, body: { text: '路灯' } })).statusCode).toBe(403);
    expect(
      (await t.call('POST', '/api/v1/hotline/tickets', { session: citizen, body: { text: '着火了', categoryCode: 'urban.streetlight' } })).statusCode,
    ).toBe(403);
    expect(await t.ctx.db.selectFrom('hotline_emergency_transfers').selectAll().execute()).toEqual([]);
  });

  it('lets supervisors read but not act', async () => {
    expect((await get(supervisor, `/api/v1/hotline/tickets/${ticket.id}`)).statusCode).toBe(200);
    expect((await act(t, supervisor, ticket.id, 'close', { version: ticket.version, note: 'x' })).statusCode).toBe(403);
  });

  it('keeps district staff to their district', async () => {
    expect((await get(districtDispatcher, `/api/v1/hotline/tickets/${ticket.id}`)).statusCode).toBe(404);
    expect(
      (
        await act(t, districtDispatcher, ticket.id, 'transfer', {
          version: ticket.version,
          reason: 'x',
          departments: [{ departmentCode: 'transport', role: 'lead' }],
        })
      ).statusCode,
    ).toBe(404);
    const list = (await get(districtDispatcher, '/api/v1/hotline/tickets')).json();
    expect(list.items.every((x: { regionCode: string }) => x.regionCode === '150204')).toBe(true);
  });

  it('requires a session (401)', async () => {
    expect((await t.call('GET', '/api/v1/hotline/tickets')).statusCode).toBe(401);
  });
});

describe('personal data', () => {
  it('shows the caller in full to the handling department and the hotline centre, masked to others, and audits full reads', async () => {
    const handler = (await get(urban, `/api/v1/hotline/tickets/${ticket.id}`)).json();
    expect(handler).toMatchObject({ callerName: '王建国', callerPhone: '13947401234', callerVisible: true });
    const sup = (await get(supervisor, `/api/v1/hotline/tickets/${ticket.id}`)).json();
    expect(sup).toMatchObject({ callerName: '王**', callerPhone: '139****1234', callerVisible: false });
    const list = (await get(dispatcher, '/api/v1/hotline/tickets')).json();
    expect(list.items.find((x: { id: string }) => x.id === ticket.id)).toMatchObject({ callerName: '王**', callerPhone: '139****1234' });
    const audits = await t.ctx.db
      .selectFrom('events')
      .select(['action', 'actor_name'])
      .where('action', '=', 'hotline.caller_viewed')
      .where('subject_id', '=', ticket.id)
      .execute();
    expect(audits.map((a) => a.actor_name)).toContain('孙强');
  });

  it('hides an anonymous caller from the department but not from the hotline centre', async () => {
    const anon = await newTicket(t, agent, {
      text: '有人在河道里倾倒建筑垃圾',
      categoryCode: 'urban.sanitation',
      anonymous: true,
      callerName: '李四',
      callerPhone: '13947405678',
    });
    await actOk(t, dispatcher, anon.id, 'dispatch', { version: anon.version });
    expect((await get(urban, `/api/v1/hotline/tickets/${anon.id}`)).json()).toMatchObject({ callerName: '匿名', callerPhone: null, callerVisible: false });
    expect((await get(agent, `/api/v1/hotline/tickets/${anon.id}`)).json()).toMatchObject({ callerName: '李四', callerPhone: '13947405678' });
  });
});

describe('lights and alerts', () => {
  it('turns yellow at 80 % and red past due, with an event and an alert to the department', async () => {
    const now = Date.now();
    await t.ctx.db
      .updateTable('hotline_tickets')
      .set({
        accepted_at: new Date(now - 10 * 3_600_000),
        warn_at: new Date(now - 2 * 3_600_000),
        due_at: new Date(now + 3_600_000),
        light_next_at: new Date(now - 2 * 3_600_000),
      })
      .where('id', '=', ticket.id)
      .execute();
    expect(await sweepLights(t.ctx)).toBeGreaterThanOrEqual(1);
    expect((await get(urban, '/api/v1/hotline/tickets?light=yellow')).json().items.map((x: { id: string }) => x.id)).toContain(ticket.id);
    expect(await sweepLights(t.ctx)).toBe(0);
    expect(await sweepLights(t.ctx, new Date(now + 2 * 3_600_000))).toBeGreaterThanOrEqual(1);
    const row = await t.ctx.db.selectFrom('hotline_tickets').select(['light', 'light_next_at']).where('id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ light: 'red', light_next_at: null });
    const events = await t.ctx.db
      .selectFrom('events')
      .select('data')
      .where('chain', '=', `ticket:${ticket.id}`)
      .where('action', '=', 'ticket.light_changed')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => (e.data as { to: string }).to)).toEqual(['yellow', 'red']);
    const alerts = await t.ctx.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.username', 'notifications.body_zh'])
      .where('template', '=', 'hotline.light')
      .execute();
    expect(
      alerts
        .filter((a) => a.username === 'handler')
        .map((a) => a.body_zh)
        .join(),
    ).toContain('红灯');
  });

  it('alerts a late signature once, to the department and the dispatchers', async () => {
    const late = await newTicket(t, agent, { text: '少先路有个窨井盖翘起来了', categoryCode: 'urban.road-damage' });
    await actOk(t, dispatcher, late.id, 'dispatch', { version: late.version });
    await t.ctx.db
      .updateTable('hotline_assignments')
      .set({ sign_due_at: new Date(Date.now() - 60_000) })
      .where('ticket_id', '=', late.id)
      .execute();
    expect(await sweepLateSignatures(t.ctx)).toBe(1);
    expect(await sweepLateSignatures(t.ctx)).toBe(0);
    const told = await t.ctx.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select('users.username')
      .where('template', '=', 'hotline.sign_overdue')
      .where('subject_id', '=', late.id)
      .execute();
    expect(told.map((x) => x.username).sort()).toEqual(['dispatcher', 'handler']);
    const d = (await get(urban, `/api/v1/hotline/tickets/${late.id}`)).json();
    expect(d.timeline.at(-1).action).toBe('ticket.sign_overdue');
  });

  it('sweeps through the durable job queue too', async () => {
    await t.ctx.jobs.send('hotline.lights');
    expect(await t.ctx.jobs.tick()).toBeGreaterThanOrEqual(1);
  });
});

describe('the classifier is retrained by a job', () => {
  it('queues a retraining for admins only, trains on corrections and activates the new model', async () => {
    const admin = await t.login('admin');
    const before = (await get(admin, '/api/v1/hotline/model')).json().items.length;
    expect((await t.call('POST', '/api/v1/hotline/model/retrain', { session: dispatcher })).statusCode).toBe(403);
    const res = await t.call('POST', '/api/v1/hotline/model/retrain', { session: admin });
    expect(res.statusCode).toBe(202);
    expect(res.json().queued).toBe(true);
    await t.ctx.jobs.tick();
    const models = (await get(admin, '/api/v1/hotline/model')).json();
    expect(models.items).toHaveLength(before + 1);
    expect(models.items[0]).toMatchObject({ active: true, trigger: 'admin' });
    expect(models.items[0].metrics.mode).toBe('full');
    expect(models.items[0].metrics.accuracy).toBeGreaterThan(0.85);
    console.info(
      `retrained: held-out accuracy ${models.items[0].metrics.accuracy}, top-3 ${models.items[0].metrics.top3Accuracy}, ${models.items[0].examples} examples`,
    );
    const s = (await t.call('POST', '/api/v1/hotline/classify', { session: agent, body: { text: '暖气片漏水了，地板都泡了' } })).json();
    expect(s.modelId).toBe(models.items[0].id);
    expect(s.category).toBe('heating.leak');
  });

  it('runs the nightly retraining only for a model at least 12 hours old with new corrections since', async () => {
    const models = () => t.ctx.db.selectFrom('hotline_models').select('id').execute();
    const before = (await models()).length;
    await t.ctx.jobs.send('hotline.retrain', { trigger: 'schedule' });
    await t.ctx.jobs.tick();
    expect(await models()).toHaveLength(before);
    await t.ctx.db
      .updateTable('hotline_models')
      .set({ created_at: new Date(Date.now() - 13 * 3_600_000) })
      .where('active', '=', true)
      .execute();
    await t.ctx.jobs.send('hotline.retrain', { trigger: 'schedule' });
    await t.ctx.jobs.tick();
    expect(await models()).toHaveLength(before + 1);
  });

  it('lets only admins edit categories, and new tickets use the new limit', async () => {
    const admin = await t.login('admin');
    const cats = (await get(admin, '/api/v1/hotline/categories')).json();
    const streetlight = cats.groups
      .flatMap((g: { categories: Array<{ code: string; version: number }> }) => g.categories)
      .find((c: { code: string }) => c.code === 'urban.streetlight');
    expect(
      (
        await t.call('PUT', '/api/v1/hotline/categories/urban.streetlight', {
          session: dispatcher,
          body: { version: streetlight.version, limit: { value: 3, unit: 'workdays' } },
        })
      ).statusCode,
    ).toBe(403);
    const ok = await t.call('PUT', '/api/v1/hotline/categories/urban.streetlight', {
      session: admin,
      body: { version: streetlight.version, limit: { value: 48, unit: 'hours' } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const n = await newTicket(t, agent, { text: '路灯不亮', categoryCode: 'urban.streetlight' });
    const d = (await get(dispatcher, `/api/v1/hotline/tickets/${n.id}`)).json();
    expect(d.limit).toEqual({ value: 48, unit: 'hours' });
    const stale = await t.call('PUT', '/api/v1/hotline/categories/urban.streetlight', {
      session: admin,
      body: { version: streetlight.version, simple: false },
    });
    expect(stale.statusCode).toBe(409);
  });
});
