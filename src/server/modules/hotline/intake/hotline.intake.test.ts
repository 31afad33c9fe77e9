import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../../../../test/helpers/test-app';
import { DEMO_SMS_KEY } from '../hotline.seed';
import { PHONE_SMS_LIMITS, PUBLIC_LIMIT, TRACK_TICKET_LIMIT } from './public.service';
import { createHotlineApp } from '../../../../../test/helpers/hotline';

let t: TestApp;
let agent: Session;

beforeAll(async () => {
  t = await createHotlineApp();
  agent = await t.login('hotline');
});
afterAll(() => t?.close());

const ticketCount = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('hotline_tickets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const transfers = () => t.ctx.db.selectFrom('hotline_emergency_transfers').selectAll().orderBy('id').execute();

describe('emergencies are transferred, never kept', () => {
  it('tells the agent to transfer a fire to 119 and stores no ticket', async () => {
    const before = await ticketCount();
    const res = await t.call('POST', '/api/v1/hotline/calls', {
      session: agent,
      body: { callerPhone: '13947203333', text: '快来人，我们楼下车库着火了，烟很大', address: '青山区富强小区' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { emergency, suggestion } = res.json();
    expect(emergency).toMatchObject({ line: '119', nameZh: '消防火警' });
    expect(emergency.instructionZh).toContain('三方通话');
    expect(suggestion).toBeNull();
    const log = await transfers();
    expect(log.at(-1)).toMatchObject({ line: '119', channel: 'phone', caller_phone_masked: '139****3333', agent_name: '赵敏', region_code: '150204' });
    expect(log.at(-1)?.text).toContain('着火');
    const call = await t.ctx.db.selectFrom('hotline_calls').selectAll().where('id', '=', res.json().callId).executeTakeFirstOrThrow();
    expect(call.outcome).toBe('emergency');
    expect(await ticketCount()).toBe(before);
  });

  it('refuses to store an emergency as a ticket on any channel', async () => {
    const before = await ticketCount();
    const staff = await t.call('POST', '/api/v1/hotline/tickets', {
      session: agent,
      body: { callerPhone: '13947203333', text: '路口两辆车撞了，有人受伤流血', categoryCode: 'transport.bus' },
    });
    expect(staff.statusCode).toBe(422);
    expect(staff.json()).toMatchObject({ code: 'EMERGENCY_MUST_TRANSFER' });
    expect(['120', '122']).toContain(staff.json().details.line);
    const web = await t.call('POST', '/api/v1/hotline/public/tickets', {
      body: { text: '有人在小区里持刀抢劫，快报警', phone: '13947204444' },
      headers: { 'x-forwarded-for': '10.0.0.1' },
    });
    expect(web.statusCode).toBe(422);
    expect(web.json().details.line).toBe('110');
    expect(web.json().message).toContain('110');
    expect(await ticketCount()).toBe(before);
    expect((await transfers()).map((x) => x.channel).slice(-2)).toEqual(['phone', 'web']);
  });

  it('answers an emergency SMS with the number to call', async () => {
    const res = await t.call('POST', '/api/v1/hotline/sms/inbound', {
      headers: { 'x-api-key': DEMO_SMS_KEY },
      body: { from: '13947205555', text: '我爸突然晕倒了叫不醒', messageId: 'm-1' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ accepted: false, emergency: '120', ticketNo: null });
    const sms = await t.ctx.db.selectFrom('sms_messages').select(['template', 'body']).where('mobile', '=', '13947205555').executeTakeFirstOrThrow();
    expect(sms.template).toBe('hotline.emergency');
    expect(sms.body).toContain('120');
  });
});

describe('every channel records its channel', () => {
  it('takes an anonymous web ticket, classifies it and lets the writer track it', async () => {
    const res = await t.call('POST', '/api/v1/hotline/public/tickets', {
      headers: { 'x-forwarded-for': '10.0.0.2', 'idempotency-key': 'web-1' },
      body: {
        channel: 'wechat',
        text: '小区门口的路灯坏了一个多星期，晚上走路很黑',
        phone: '13947206666',
        anonymous: true,
        address: '包头市东河区和平路和平小区',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.ctx.db.selectFrom('hotline_tickets').selectAll().where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'wechat',
      category_code: 'urban.streetlight',
      region_code: '150202',
      anonymous: true,
      status: 'pending_dispatch',
      created_by: null,
    });
    const track = await t.call('GET', `/api/v1/hotline/public/tickets/${res.json().ticketNo}?phone4=6666`, { headers: { 'x-forwarded-for': '10.0.0.2' } });
    expect(track.statusCode).toBe(200);
    expect(track.json()).toMatchObject({ status: 'pending_dispatch', statusZh: '待派单', categoryNameZh: '路灯照明' });
    const wrong = await t.call('GET', `/api/v1/hotline/public/tickets/${res.json().ticketNo}?phone4=1234`, { headers: { 'x-forwarded-for': '10.0.0.2' } });
    expect(wrong.statusCode).toBe(404);
  });

  it('throttles the public form per address', async () => {
    const ip = { 'x-forwarded-for': '10.0.0.99' };
    const codes: number[] = [];
    for (let i = 0; i <= PUBLIC_LIMIT.max; i++) {
      const res = await t.call('POST', '/api/v1/hotline/public/tickets', { headers: ip, body: { text: `楼下垃圾好几天没人清运了，味道很大 ${i}` } });
      codes.push(res.statusCode);
      if (res.statusCode === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(codes).toEqual([...Array(PUBLIC_LIMIT.max).fill(201), 429]);
    const other = await t.call('POST', '/api/v1/hotline/public/tickets', {
      headers: { 'x-forwarded-for': '10.0.0.98' },
      body: { text: '楼下垃圾好几天没人清运了' },
    });
    expect(other.statusCode).toBe(201);
  });

  it('limits look-ups of one ticket number whatever the address', async () => {
    const res = await t.call('POST', '/api/v1/hotline/public/tickets', {
      headers: { 'x-forwarded-for': '10.0.1.1' },
      body: { text: '小区路灯坏了好几天了', phone: '13947205555' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const codes: number[] = [];
    for (let i = 0; i <= TRACK_TICKET_LIMIT.max; i++) {
      const r = await t.call('GET', `/api/v1/hotline/public/tickets/${res.json().ticketNo}?phone4=${String(1000 + i)}`, {
        headers: { 'x-forwarded-for': `10.0.2.${i}` },
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([...Array(TRACK_TICKET_LIMIT.max).fill(404), 429]);
    const right = await t.call('GET', `/api/v1/hotline/public/tickets/${res.json().ticketNo}?phone4=5555`, { headers: { 'x-forwarded-for': '10.0.3.1' } });
    expect(right.statusCode).toBe(429);
  });

  it('redacts numbers in the reply shown to whoever tracks a ticket', async () => {
    const res = await t.call('POST', '/api/v1/hotline/public/tickets', {
      headers: { 'x-forwarded-for': '10.0.5.1' },
      body: { text: '单元门的锁坏了', phone: '13947203333' },
    });
    await t.ctx.db
      .updateTable('hotline_tickets')
      .set({ reply: '已转物业，物业电话 139 4720 3333，送到5号楼2单元301' })
      .where('id', '=', res.json().id)
      .execute();
    const track = await t.call('GET', `/api/v1/hotline/public/tickets/${res.json().ticketNo}?phone4=3333`, { headers: { 'x-forwarded-for': '10.0.5.1' } });
    expect(track.json().reply).toBe('已转物业,物业电话 139********,送到*号楼*单元*');
  });

  it('limits the texts one phone number gets from the public form whatever the address', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= PHONE_SMS_LIMITS[0]!.max; i++) {
      const r = await t.call('POST', '/api/v1/hotline/public/tickets', {
        headers: { 'x-forwarded-for': `10.0.4.${i}` },
        body: { text: `楼道里的灯坏了 ${i}`, phone: '13947209871' },
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([...Array(PHONE_SMS_LIMITS[0]!.max).fill(201), 429]);
  });

  it('keeps a signed-in citizen’s tickets for them', async () => {
    const citizen = await t.login('citizen');
    const res = await t.call('POST', '/api/v1/hotline/public/tickets', {
      session: citizen,
      headers: { 'x-forwarded-for': '10.0.0.3' },
      body: { channel: 'app', text: '我们单位拖欠工资三个月了，老板一直不给' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const mine = await t.call('GET', '/api/v1/hotline/my/tickets', { session: citizen });
    expect(mine.json().items.map((x: { ticketNo: string }) => x.ticketNo)).toContain(res.json().ticketNo);
  });

  it('turns an SMS into a ticket once, even when the platform delivers it twice', async () => {
    const body = { from: '13947207777', text: '幸福路上有个井盖丢了，很危险', messageId: 'm-2' };
    const first = await t.call('POST', '/api/v1/hotline/sms/inbound', { headers: { 'x-api-key': DEMO_SMS_KEY }, body });
    expect(first.json()).toMatchObject({ accepted: true, duplicate: false });
    const second = await t.call('POST', '/api/v1/hotline/sms/inbound', { headers: { 'x-api-key': DEMO_SMS_KEY }, body });
    expect(second.json()).toMatchObject({ accepted: true, duplicate: true, ticketNo: first.json().ticketNo });
    const row = await t.ctx.db.selectFrom('hotline_tickets').selectAll().where('ticket_no', '=', first.json().ticketNo).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'sms', category_code: 'urban.manhole-cover', urgency: 'urgent', caller_phone: '13947207777' });
  });

  it('protects the SMS adapter with a key', async () => {
    const none = await t.call('POST', '/api/v1/hotline/sms/inbound', { body: { from: '13947207777', text: '测试' } });
    expect(none.statusCode).toBe(401);
    const wrong = await t.call('POST', '/api/v1/hotline/sms/inbound', {
      headers: { 'x-api-key': 'tongban-demo-open311' },
      body: { from: '13947207777', text: '测试' },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('records an abandoned call for the connection rate', async () => {
    const res = await t.call('POST', '/api/v1/hotline/calls', { session: agent, body: { callerPhone: '13947208888', answered: false } });
    expect(res.statusCode).toBe(201);
    const call = await t.ctx.db.selectFrom('hotline_calls').selectAll().where('id', '=', res.json().callId).executeTakeFirstOrThrow();
    expect(call).toMatchObject({ answered: false, outcome: 'abandoned' });
  });

  it('links consumer complaints to 12315 and records a changed suggestion as a correction', async () => {
    const text = '在超市买的牛奶过期了，商家不给退换';
    const s = (await t.call('POST', '/api/v1/hotline/classify', { session: agent, body: { text } })).json();
    expect(s.linkedHotline === '12315' || s.category.startsWith('market.')).toBe(true);
    const res = await t.call('POST', '/api/v1/hotline/tickets', {
      session: agent,
      body: { callerPhone: '13947201212', text, categoryCode: 'market.consumer-complaint' },
    });
    expect(res.json().linkedHotline).toBe('12315');
    const changed = await t.call('POST', '/api/v1/hotline/tickets', {
      session: agent,
      body: { callerPhone: '13947201213', text: '路灯不亮', categoryCode: 'urban.road-damage' },
    });
    expect(changed.statusCode).toBe(201);
    const corrections = await t.ctx.db.selectFrom('hotline_training_corrections').selectAll().execute();
    expect(corrections.some((c) => c.suggested_category === 'urban.streetlight' && c.chosen_category === 'urban.road-damage')).toBe(true);
  });
});
