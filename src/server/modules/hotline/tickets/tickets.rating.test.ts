import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config';
import type { Session, TestApp } from '../../../../../test/helpers/test-app';
import { actOk, createHotlineApp, newTicket } from '../../../../../test/helpers/hotline';
import { findChainEvents, verifyChain } from '../../../platform/audit/events.repository';
import { parsePeriod } from '../../reports/reports.period';
import { ratingsReportSource } from '../../ratings';

/**
 * 好差评 of 12345 tickets through the routes on a real database (docs/domain.md §8, §10): the
 * reply SMS carries a single-use link that rates the ticket once without signing in; the agent
 * records the caller's rating on the return visit; a 差评 opens a rectification for the department
 * that answered, which its queue lists with the ticket's number, and the caller re-rates it through
 * a second link; the public figures and the reports count ticket ratings and nothing personal.
 */

let t: TestApp;
let agent: Session, dispatcher: Session, heating: Session, citizen: Session, supervisor: Session;

beforeAll(async () => {
  t = await createHotlineApp();
  [agent, dispatcher, heating, citizen, supervisor] = await Promise.all(
    ['hotline', 'dispatcher', 'hl-heating', 'citizen', 'supervisor'].map((u) => t.login(u)),
  );
});
afterAll(() => t?.close());

const CATEGORY = 'heating.low-temperature';
const TEXT = '我家暖气不热，屋里才十五度，已经好几天了';

/** A heating ticket from `phone`, dispatched and signed; replied when asked. */
async function ticketFrom(phone: string, reply: string | null = '已派维修人员上门排气，室温恢复到20度') {
  const created = await newTicket(t, agent, { callerPhone: phone, callerName: '刘先生', text: TEXT, categoryCode: CATEGORY });
  let version = await actOk(t, dispatcher, created.id, 'dispatch', { version: created.version }, 'dispatched');
  version = await actOk(t, heating, created.id, 'sign', { version }, 'processing');
  if (reply) version = await actOk(t, heating, created.id, 'reply', { version, reply }, 'replied');
  return { id: created.id, ticketNo: created.ticketNo, version };
}

/** The last SMS sent to `phone`, and the token of the rating link in it (null when none). */
async function lastSms(phone: string) {
  const sms = await t.ctx.db
    .selectFrom('sms_messages')
    .select(['template', 'body'])
    .where('mobile', '=', phone)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const token = /\/rate\/ticket\?token=([A-Za-z0-9_-]+)/.exec(sms.body)?.[1] ?? null;
  return { ...sms, token };
}

/** A client on its own address, so the link throttle of one test does not reach another. */
let client = 0;
const anonymous = () => ({ 'x-forwarded-for': `203.0.113.${++client}` });

const rateWithLink = (id: string, token: string, body: Record<string, unknown>, lang = 'zh-CN') =>
  t.call('POST', `/api/v1/hotline/tickets/${id}/rating?token=${encodeURIComponent(token)}`, { body, headers: { ...anonymous(), 'accept-language': lang } });
const rateAs = (s: Session, id: string, body: Record<string, unknown>, lang = 'zh-CN') =>
  t.call('POST', `/api/v1/hotline/tickets/${id}/rating`, { session: s, body, headers: { 'accept-language': lang } });
const linkView = (token: string) => t.call('GET', `/api/v1/hotline/rating-link?token=${encodeURIComponent(token)}`, { headers: anonymous() });

describe('the SMS link', () => {
  it('comes with the reply, rates the ticket once without sign-in, and is used up', async () => {
    const phone = '13947210001';
    const { id, ticketNo } = await ticketFrom(phone);
    const sms = await lastSms(phone);
    expect(sms.template).toBe('hotline.replied_rate');
    expect(sms.body).toContain('室温恢复到20度');
    expect(sms.body).toContain(`${t.ctx.config.publicUrl}/rate/ticket?token=`);
    expect(sms.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const token = sms.token!;
    // Only the token's hash is stored.
    const links = await t.ctx.db.selectFrom('rating_links').selectAll().where('ticket_id', '=', id).execute();
    expect(links).toHaveLength(1);
    expect(links[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(links)).not.toContain(token);
    expect(Date.parse(String(links[0].expires_at)) - Date.parse(String(links[0].created_at))).toBe(30 * 86_400_000);

    const view = await linkView(token);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({
      purpose: 'rate',
      state: 'open',
      ticketId: id,
      ticketNo,
      categoryNameZh: expect.any(String),
      departmentNameZh: expect.stringContaining('供热'),
      ratedLevel: null,
      rectification: null,
    });
    expect(view.body).not.toMatch(/13947210001|刘先生|暖气不热/);

    const ok = await rateWithLink(id, token, { level: 5, reasons: ['fast', 'courteous'], comment: '师傅当天就来了' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      subject: 'ticket',
      caseId: null,
      ticketId: id,
      ticketNo,
      level: 5,
      channel: 'sms_link',
      departmentCode: 'heating',
      itemCode: CATEGORY,
      rectificationId: null,
    });
    const reuse = await rateWithLink(id, token, { level: 1 });
    expect([reuse.statusCode, reuse.json().code]).toEqual([409, 'TICKET_ALREADY_RATED']);
    const byAgent = await rateAs(agent, id, { level: 3 });
    expect([byAgent.statusCode, byAgent.json().code]).toEqual([409, 'TICKET_ALREADY_RATED']);
    expect((await linkView(token)).json()).toMatchObject({ state: 'rated', ratedLevel: 5 });

    const events = await findChainEvents(t.ctx.db, `rating:${ok.json().id}`);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([['rating.submit', null]]);
    expect(events[0].actorName).toContain('短信评价链接');
  });

  it('refuses a bad link, a link for another ticket, an expired link, and a rating before the reply', async () => {
    const phone = '13947210002';
    const open = await ticketFrom(phone, null);
    const early = await rateAs(agent, open.id, { level: 5 }, 'en-US');
    expect([early.statusCode, early.json().code]).toEqual([422, 'TICKET_NOT_ANSWERED']);
    expect(early.json().message).toBe('The ticket has not been answered or closed yet (now: In progress); it can be rated once it is');
    expect(await t.ctx.db.selectFrom('rating_links').select('id').where('ticket_id', '=', open.id).execute()).toEqual([]);

    const { id } = await ticketFrom('13947210003');
    const { token } = await lastSms('13947210003');
    const bad = await rateWithLink(id, 'not-a-token', { level: 5 }, 'en-US');
    expect([bad.statusCode, bad.json().code, bad.json().message]).toEqual([
      404,
      'RATING_LINK_INVALID',
      'This rating link is not valid; check the link in the SMS',
    ]);
    expect((await linkView('not-a-token')).statusCode).toBe(404);
    const elsewhere = await rateWithLink(open.id, token!, { level: 5 });
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([404, 'RATING_LINK_INVALID']);

    // Without a link: nobody signed in → 401; a resident or a department is no return-visit agent → 403.
    const anon = await t.call('POST', `/api/v1/hotline/tickets/${id}/rating`, { body: { level: 5 } });
    expect(anon.statusCode).toBe(401);
    const resident = await rateAs(citizen, id, { level: 5 });
    expect([resident.statusCode, resident.json().code, resident.json().message]).toEqual([
      403,
      'NOT_RETURN_VISIT_AGENT',
      '只有来电人（通过短信评价链接）或回访的 12345 坐席可以评价工单',
    ]);
    expect((await rateAs(heating, id, { level: 5 })).statusCode).toBe(403);

    await t.ctx.db
      .updateTable('rating_links')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('ticket_id', '=', id)
      .execute();
    const expired = await rateWithLink(id, token!, { level: 2 });
    expect([expired.statusCode, expired.json().code, expired.json().message]).toEqual([
      403,
      'RATING_LINK_EXPIRED',
      '评价链接已过期（有效期 30 天），如需评价请拨打 12345',
    ]);
    expect((await linkView(token!)).json()).toMatchObject({ state: 'expired' });
    // The token may come in the body too; reasons must fit the level as for cases.
    await t.ctx.db
      .updateTable('rating_links')
      .set({ expires_at: new Date(Date.now() + 86_400_000) })
      .where('ticket_id', '=', id)
      .execute();
    const mixed = await t.call('POST', `/api/v1/hotline/tickets/${id}/rating`, { body: { level: 5, reasons: ['slow'], token }, headers: anonymous() });
    expect([mixed.statusCode, mixed.json().code]).toEqual([400, 'REASON_NOT_FOR_LEVEL']);
    const inBody = await t.call('POST', `/api/v1/hotline/tickets/${id}/rating`, { body: { level: 4, token }, headers: anonymous() });
    expect(inBody.statusCode, inBody.body).toBe(201);
  });
});

describe('a 差评 recorded on the return visit', () => {
  it('opens a rectification for the department, listed in its queue with the ticket, and goes round to closed with the caller’s re-rating', async () => {
    const phone = '13947210004';
    const { id, ticketNo, version } = await ticketFrom(phone);
    const before = (await t.call('GET', `/api/v1/hotline/tickets/${id}/rating`, { session: agent })).json();
    expect(before).toEqual({ rateable: true, rating: null, rectification: null });

    const rated = await rateAs(agent, id, { level: 1, reasons: ['slow', 'attitude'], comment: '维修工态度差，还是不热' });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ subject: 'ticket', channel: 'return_visit', level: 1, departmentCode: 'heating' });
    const taskId = rated.json().rectificationId as string;
    expect(taskId).toBeTruthy();
    // The return visit itself goes on as before: unsatisfied, so the ticket reopens once.
    await actOk(t, agent, id, 'return_visit', { version, satisfaction: 'unsatisfied', resolved: false }, 'processing');

    const card = (await t.call('GET', `/api/v1/hotline/tickets/${id}/rating`, { session: heating })).json();
    expect(card).toMatchObject({ rateable: false, rating: { level: 1, channel: 'return_visit' }, rectification: { id: taskId, ticketNo, status: 'open' } });
    expect((await t.call('GET', `/api/v1/hotline/tickets/${id}/rating`, { session: citizen })).statusCode).toBe(403);

    const queue = (await t.call('GET', '/api/v1/rectifications', { session: heating })).json();
    expect(queue.items).toEqual([
      expect.objectContaining({
        id: taskId,
        subject: 'ticket',
        ticketId: id,
        ticketNo,
        caseId: null,
        caseNo: null,
        departmentCode: 'heating',
        itemCode: CATEGORY,
        light: 'green',
      }),
    ]);
    expect((await t.call('GET', '/api/v1/rectifications', { session: supervisor })).json().items.map((i: { id: string }) => i.id)).toContain(taskId);
    // The agent follows tickets' tasks (read only).
    const followed = (await t.call('GET', '/api/v1/rectifications', { session: agent })).json();
    expect(followed.items.map((i: { id: string; subject: string }) => [i.id, i.subject])).toEqual([[taskId, 'ticket']]);
    const agentStep = await t.call('POST', `/api/v1/rectifications/${taskId}/actions/visit`, { session: agent, body: { version: 1, note: '坐席代为回访' } });
    expect(agentStep.statusCode).toBe(403);
    const told = await t.ctx.db
      .selectFrom('notifications')
      .select('body_zh')
      .where('user_id', '=', heating.me.id as string)
      .where('subject_id', '=', taskId)
      .execute();
    expect(told.map((n) => n.body_zh)).toEqual([
      expect.stringMatching(new RegExp(`^工单 ${ticketNo}（.+）收到差评“非常不满意”，请于 \\d{4}-\\d{2}-\\d{2} 前完成回访和整改。$`)),
    ]);

    const step = (action: string, body: Record<string, unknown>) =>
      t.call('POST', `/api/v1/rectifications/${taskId}/actions/${action}`, { session: heating, body });
    expect((await step('visit', { version: 1, note: '已电话回访来电人，承认维修工态度问题' })).json().status).toBe('visited');
    expect((await step('rectify', { version: 2, note: '已约谈维修班组并重新上门处理，室温达标' })).json().status).toBe('rectified');

    const invite = await lastSms(phone);
    expect(invite.template).toBe('rating.ticket_rectified');
    expect(invite.body).toContain('已约谈维修班组');
    const view = (await linkView(invite.token!)).json();
    expect(view).toMatchObject({
      purpose: 'rerate',
      state: 'open',
      ticketId: id,
      ratedLevel: 1,
      rectification: { id: taskId, version: 3, status: 'rectified' },
    });
    // The re-rating link rates nothing else: not the ticket again, not with a stale version.
    const wrongUse = await rateWithLink(id, invite.token!, { level: 5 });
    expect([wrongUse.statusCode, wrongUse.json().code]).toEqual([404, 'RATING_LINK_INVALID']);
    const rerate = (body: Record<string, unknown>) =>
      t.call('POST', `/api/v1/rectifications/${taskId}/rating?token=${invite.token}`, { body, headers: anonymous() });
    expect((await rerate({ version: 2, level: 4 })).statusCode).toBe(409);
    const closed = await rerate({ version: 3, level: 4, comment: '这次满意' });
    expect(closed.json()).toEqual({ id: taskId, status: 'closed', version: 4 });
    const again = await rerate({ version: 4, level: 5 });
    expect([again.statusCode, again.json().code]).toEqual([422, 'INVALID_TRANSITION']);
    expect((await linkView(invite.token!)).json().state).toBe('rated');

    const task = (await t.call('GET', `/api/v1/rectifications/${taskId}`, { session: heating })).json();
    expect(task).toMatchObject({ status: 'closed', rerateLevel: 4, rerateComment: '这次满意', light: null, ticketNo });
    const row = await t.ctx.db.selectFrom('rectifications').select('contact_mobile').where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(row.contact_mobile).toBeNull();
    const chain = await findChainEvents(t.ctx.db, `rectification:${taskId}`);
    expect(chain.map((e) => e.action)).toEqual(['rectification.open', 'rectification.visit', 'rectification.rectify', 'rectification.rerate']);
    expect((await verifyChain(t.ctx.db, `rectification:${taskId}`)).problems).toEqual([]);
  });

  it('is counted in the public figures and the reports under the department and the category, with nothing personal', async () => {
    const year = String(new Date(t.ctx.clock.now().getTime() + 8 * 3_600_000).getUTCFullYear());
    const figures = async (by: string) => {
      const res = await t.call('GET', `/api/v1/ratings/public?by=${by}&period=year&date=${year}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    // So far: 5 by link, 4 by link (token in the body), 1 on the return visit, rectified.
    const expected = { counts: { 1: 1, 2: 0, 3: 0, 4: 1, 5: 1 }, total: 3, bad: 1, rectified: 1, goodRate: 2 / 3 };
    const byDepartment = await figures('department');
    expect(byDepartment.rows.find((r: { key: string }) => r.key === 'heating')).toMatchObject(expected);
    const byItem = await figures('item');
    expect(byItem.rows).toEqual([expect.objectContaining({ key: CATEGORY, nameZh: expect.any(String), nameEn: expect.stringMatching(/[a-z]/), ...expected })]);
    for (const body of [JSON.stringify(byDepartment), JSON.stringify(byItem)]) expect(body).not.toMatch(/1394721000\d|刘先生|态度差|师傅当天|12345-\d{8}/);

    const cal = await t.ctx.calendar.get();
    const report = await ratingsReportSource.compute({
      db: t.ctx.db,
      cal,
      now: t.ctx.clock.now(),
      period: parsePeriod('year', year),
      by: 'item',
      regionCode: null,
    });
    expect(report.rows).toEqual([expect.objectContaining({ key: CATEGORY, values: expect.objectContaining({ ratings: 3, badCount: 1, rectifiedRate: 1 }) })]);
  });
});

describe('the contract', () => {
  it('lists the new paths in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    expect(Object.keys(doc.paths['/api/v1/hotline/tickets/{id}/rating'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(doc.paths['/api/v1/hotline/rating-link'].get).toBeDefined();
    const post = doc.paths['/api/v1/hotline/tickets/{id}/rating'].post;
    expect(post.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'token']));
  });
});

describe('configuration', () => {
  it('builds links from TONGBAN_PUBLIC_URL and keeps them TONGBAN_RATING_LINK_DAYS', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' })).toMatchObject({ publicUrl: 'http://localhost:8080', ratingLinkDays: 30 });
    expect(loadConfig({ TONGBAN_PUBLIC_URL: 'https://zwfw.baotou.gov.cn/', TONGBAN_RATING_LINK_DAYS: '7' })).toMatchObject({
      publicUrl: 'https://zwfw.baotou.gov.cn',
      ratingLinkDays: 7,
    });
    expect(() => loadConfig({ TONGBAN_PUBLIC_URL: 'ftp://x' })).toThrow(/TONGBAN_PUBLIC_URL/);
  });
});
