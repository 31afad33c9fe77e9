import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { drainSms, queueNotification } from './notify';
import type { SmsGateway } from './sms-gateway';
import { defineTemplates } from './templates';

const T = defineTemplates({
  'test.case_accepted': {
    titleZh: '办件已受理',
    titleEn: 'Application accepted',
    zh: '您的办件 {caseNo} 已受理，办结时限 {due}。',
    en: 'Your application {caseNo} was accepted; due {due}.',
  },
});

let t: TestApp;
let citizen: Session;
let reviewer: Session;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  citizen = await t.login('citizen');
  reviewer = await t.login('reviewer');
  admin = await t.login('admin');
});
afterAll(() => t?.close());

const count = async (table: 'notifications' | 'sms_messages') =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('queueNotification', () => {
  it('writes nothing when the surrounding transaction rolls back', async () => {
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await queueNotification(trx, {
          userId: String(citizen.me.id),
          channels: ['inapp', 'sms'],
          template: T['test.case_accepted'],
          params: { caseNo: 'BT-1', due: '2026-10-10' },
        });
        expect(await trx.selectFrom('notifications').selectAll().execute()).toHaveLength(1);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count('notifications')).toBe(0);
    expect(await count('sms_messages')).toBe(0);
  });

  it('refuses an unknown template (and so writes nothing)', async () => {
    await expect(queueNotification(t.ctx.db, { userId: String(citizen.me.id), channels: ['inapp'], template: 'no.such.template', params: {} })).rejects.toThrow(
      /unknown message template/,
    );
    expect(await count('notifications')).toBe(0);
  });

  it('a template key may not be redefined with different text', () => {
    expect(() => defineTemplates({ 'test.case_accepted': { titleZh: 'x', titleEn: 'x', zh: 'x', en: 'x' } })).toThrow(/defined twice/);
  });
});

describe('in-app messages', () => {
  it('a committed notification is visible to its user only, in their language', async () => {
    await t.ctx.db.transaction().execute(async (trx) => {
      await queueNotification(trx, {
        userId: String(citizen.me.id),
        channels: ['inapp'],
        template: T['test.case_accepted'],
        params: { caseNo: 'BT-2', due: '2026-10-10' },
        subjectType: 'case',
        subjectId: 'BT-2',
      });
      await queueNotification(trx, {
        userId: String(citizen.me.id),
        channels: ['inapp'],
        template: T['test.case_accepted'],
        params: { caseNo: 'BT-3', due: '2026-10-12' },
      });
    });

    const zh = await t.call('GET', '/api/v1/notifications', { session: citizen });
    expect(zh.statusCode).toBe(200);
    const body = zh.json();
    expect(body.total).toBe(2);
    expect(body.unread).toBe(2);
    expect(body.items.map((i: { body: string }) => i.body)).toEqual([
      '您的办件 BT-3 已受理，办结时限 2026-10-12。',
      '您的办件 BT-2 已受理，办结时限 2026-10-10。',
    ]);
    expect(body.items[1]).toMatchObject({ title: '办件已受理', subjectType: 'case', subjectId: 'BT-2', readAt: null });

    const en = (await t.call('GET', '/api/v1/notifications', { session: citizen, headers: { 'accept-language': 'en-US' } })).json();
    expect(en.items[0]).toMatchObject({ title: 'Application accepted', body: 'Your application BT-3 was accepted; due 2026-10-12.' });

    for (const other of [reviewer, admin]) {
      const r = (await t.call('GET', '/api/v1/notifications', { session: other })).json();
      expect(r).toEqual({ items: [], total: 0, unread: 0 });
    }
    expect((await t.call('GET', '/api/v1/notifications')).statusCode).toBe(401);
  });

  it('marks a message read for its owner only; someone else gets 404', async () => {
    const list = (await t.call('GET', '/api/v1/notifications', { session: citizen })).json();
    const id = list.items[1].id as number;

    const stranger = await t.call('POST', `/api/v1/notifications/${id}/read`, { session: reviewer });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().code).toBe('NOT_FOUND');
    expect((await t.call('GET', '/api/v1/notifications', { session: citizen })).json().unread).toBe(2);

    const ok = await t.call('POST', `/api/v1/notifications/${id}/read`, { session: citizen });
    expect(ok.statusCode).toBe(204);
    const after = (await t.call('GET', '/api/v1/notifications', { session: citizen })).json();
    expect(after.unread).toBe(1);
    expect(after.total).toBe(2);
    expect(after.items.find((i: { id: number }) => i.id === id).readAt).toEqual(expect.any(String));

    const unread = (await t.call('GET', '/api/v1/notifications?unread=true', { session: citizen })).json();
    expect(unread.total).toBe(1);
    expect(unread.items.map((i: { id: number }) => i.id)).not.toContain(id);

    expect((await t.call('POST', '/api/v1/notifications/999999/read', { session: citizen })).statusCode).toBe(404);
    expect((await t.call('POST', `/api/v1/notifications/${id}/read`, { session: citizen, headers: { 'x-csrf-token': 'x' } })).statusCode).toBe(403);
    expect((await t.call('POST', '/api/v1/notifications/abc/read', { session: citizen })).statusCode).toBe(400);
  });

  it('pages', async () => {
    const p = (await t.call('GET', '/api/v1/notifications?pageSize=1&page=2', { session: citizen })).json();
    expect(p.items).toHaveLength(1);
    expect(p.total).toBe(2);
    expect((await t.call('GET', '/api/v1/notifications?pageSize=101', { session: citizen })).statusCode).toBe(400);
  });
});

describe('SMS through the local gateway', () => {
  it('is drained by the SMS job and listed, masked, for administrators only', async () => {
    await t.ctx.db.transaction().execute(async (trx) => {
      // To the citizen's registered mobile (13947201234) …
      await queueNotification(trx, {
        userId: String(citizen.me.id),
        channels: ['sms'],
        template: T['test.case_accepted'],
        params: { caseNo: 'BT-4', due: '2026-11-02' },
      });
      // … and to a walk-in applicant without an account.
      await queueNotification(trx, {
        mobile: '13512345678',
        channels: ['sms'],
        template: T['test.case_accepted'],
        params: { caseNo: 'BT-5', due: '2026-11-03' },
      });
    });
    expect(await count('sms_messages')).toBe(2);
    expect((await t.ctx.db.selectFrom('sms_messages').select('status').execute()).map((r) => r.status)).toEqual(['pending', 'pending']);

    await t.ctx.jobs.tick();

    const res = await t.call('GET', '/api/v1/admin/sms', { session: admin });
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(total).toBe(2);
    expect(items).toEqual([
      expect.objectContaining({
        mobile: '135****5678',
        body: '【包头政务】您的办件 BT-5 已受理，办结时限 2026-11-03。',
        template: 'test.case_accepted',
        status: 'sent',
        gateway: 'local',
      }),
      expect.objectContaining({ mobile: '139****1234', body: '【包头政务】您的办件 BT-4 已受理，办结时限 2026-11-02。', status: 'sent', gateway: 'local' }),
    ]);
    expect(items[0].sentAt).toEqual(expect.any(String));
    expect(res.body).not.toContain('13947201234');
    expect(res.body).not.toContain('13512345678');

    const filtered = (await t.call('GET', '/api/v1/admin/sms?mobile=13947201234', { session: admin })).json();
    expect(filtered.total).toBe(1);
    expect(filtered.items[0].mobile).toBe('139****1234');

    const denied = await t.call('GET', '/api/v1/admin/sms', { session: reviewer });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('FORBIDDEN');
  });

  it('an SMS for a user without a mobile and no number is skipped, in-app still written', async () => {
    await t.ctx.db.updateTable('users').set({ mobile: null }).where('username', '=', 'reviewer').execute();
    const before = await count('sms_messages');
    await queueNotification(t.ctx.db, {
      userId: String(reviewer.me.id),
      channels: ['inapp', 'sms'],
      template: T['test.case_accepted'],
      params: { caseNo: 'BT-6', due: 'x' },
    });
    expect(await count('sms_messages')).toBe(before);
    expect((await t.call('GET', '/api/v1/notifications', { session: reviewer })).json().total).toBe(1);
  });

  it('a failing gateway retries each message, then gives up after 5 attempts', async () => {
    await queueNotification(t.ctx.db, { mobile: '13600000000', channels: ['sms'], template: T['test.case_accepted'], params: { caseNo: 'BT-7', due: 'x' } });
    const broken: SmsGateway = {
      name: 'broken',
      send: async () => {
        throw new Error('carrier down');
      },
    };
    for (let i = 1; i <= 5; i++) {
      expect(await drainSms(t.ctx.db, broken)).toBe(0);
      const row = await t.ctx.db.selectFrom('sms_messages').selectAll().where('mobile', '=', '13600000000').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ attempts: i, status: i < 5 ? 'pending' : 'failed', last_error: 'carrier down' });
    }
  });
});

// Last: it leaves rows behind, and the tests above count every row.
describe('queueNotification, both channels in one statement', () => {
  it('queues the in-app row and the SMS (to the account’s mobile, or the number given) together', async () => {
    const base = {
      userId: String(citizen.me.id),
      channels: ['inapp', 'sms'] as const,
      template: T['test.case_accepted'],
      params: { caseNo: 'BT-2', due: '2026-10-10' },
    };
    await t.ctx.db.transaction().execute(async (trx) => {
      await queueNotification(trx, { ...base, subjectId: 'n-1' });
      await queueNotification(trx, { ...base, subjectId: 'n-2', mobile: '13800000000' });
      await queueNotification(trx, { ...base, userId: null, subjectId: 'n-3', mobile: '13900000000' });
    });
    const inApp = await t.ctx.db
      .selectFrom('notifications')
      .select('subject_id')
      .where('subject_id', 'in', ['n-1', 'n-2', 'n-3'])
      .orderBy('subject_id')
      .execute();
    expect(inApp.map((r) => r.subject_id)).toEqual(['n-1', 'n-2']);
    const sms = await t.ctx.db
      .selectFrom('sms_messages')
      .select(['subject_id', 'mobile', 'body'])
      .where('subject_id', 'in', ['n-1', 'n-2', 'n-3'])
      .orderBy('subject_id')
      .execute();
    expect(sms.map((r) => [r.subject_id, r.mobile])).toEqual([
      ['n-1', '13947201234'],
      ['n-2', '13800000000'],
      ['n-3', '13900000000'],
    ]);
    expect(sms[0].body).toMatch(/^【包头政务】.*BT-2/);
  });
});
