import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  applyFoodPermitOnline,
  createCasesTestApp,
  createStaff,
  FOOD_FORM,
  FOOD_PERMIT,
  materials,
  setCaseTime,
  uploadPdf,
  type Ref,
} from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';
import { giveDefaultRatings } from './ratings.default';

/**
 * 好差评 and 整改 through the routes on a real database (docs/domain.md S9): who may rate, once,
 * only a finished case; a 差评's rectification due in working days across a holiday, its light,
 * the whole round trip, the appeal, the department's queue and the public figures.
 */

let t: TestApp;
let citizen: Session, enterprise: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session, handler: Session, supervisor: Session;

beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, enterprise, clerk, dispatcher, reviewer, approver, handler, supervisor] = await Promise.all(
    ['citizen', 'enterprise', 'clerk', 'dispatcher', 'reviewer', 'approver', 'handler', 'supervisor'].map((u) => t.login(u)),
  );
});
afterAll(() => t?.close());

/** The citizen applies online for a food permit; the case goes all the way to 办结. */
async function finishedCase(): Promise<Ref> {
  let ref = await act(t, clerk, await applyFoodPermitOnline(t, citizen), 'accept');
  ref = await act(t, dispatcher, ref, 'route');
  ref = await act(t, reviewer, ref, 'review', { opinion: '符合条件', recommendation: 'approve' });
  ref = await act(t, approver, ref, 'approve');
  return act(t, approver, ref, 'complete');
}

/** A walk-in applicant at the window whose application is not accepted: a finished service, rated on the window pad. */
async function windowCaseNotAccepted(): Promise<Ref> {
  const res = await t.call('POST', '/api/v1/cases', {
    session: clerk,
    body: {
      itemCode: FOOD_PERMIT,
      form: FOOD_FORM,
      applicant: { idType: 'resident_id', name: '李四', idNumber: '11010519491231002X', mobile: '13800001111' },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return act(t, clerk, res.json(), 'reject', { reasons: ['经营场所不在本辖区'] });
}

const rate = (s: Session, caseId: string, body: Record<string, unknown>, lang = 'zh-CN') =>
  t.call('POST', `/api/v1/cases/${caseId}/rating`, { session: s, body, headers: { 'accept-language': lang } });
const step = (s: Session, id: string, action: string, body: Record<string, unknown>) =>
  t.call('POST', `/api/v1/rectifications/${id}/actions/${action}`, { session: s, body });
const detail = async (s: Session, id: string) => {
  const res = await t.call('GET', `/api/v1/rectifications/${id}`, { session: s });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('rating a case', () => {
  it('only the applicant, once, and only once the case is finished', async () => {
    setCaseTime(t, null);
    const fileId = await uploadPdf(t, citizen);
    const open = await t.call('POST', '/api/v1/cases', {
      session: citizen,
      body: { itemCode: FOOD_PERMIT, channel: 'web', form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4, 5], fileId) },
    });
    const early = await rate(citizen, open.json().id, { level: 5 }, 'en-US');
    expect([early.statusCode, early.json().code]).toEqual([422, 'CASE_NOT_FINISHED']);
    expect(early.json().message).toBe('The case is not finished yet (now: in progress); it can be rated once it is finished');

    const ref = await finishedCase();
    const before = await t.call('GET', `/api/v1/cases/${ref.id}/rating`, { session: citizen });
    expect(before.json()).toEqual({ rateable: true, rateChannel: 'online', rating: null, rectification: null });
    // The clerk's rating pad is for walk-in applicants without an account, not for this online case.
    expect((await t.call('GET', `/api/v1/cases/${ref.id}/rating`, { session: clerk })).statusCode).toBe(403);

    const stranger = await rate(enterprise, ref.id, { level: 1 });
    expect([stranger.statusCode, stranger.json().code, stranger.json().message]).toEqual([403, 'NOT_APPLICANT', '只有该办件的申请人可以评价']);
    const staff = await rate(reviewer, ref.id, { level: 5 });
    expect([staff.statusCode, staff.json().code]).toEqual([403, 'FORBIDDEN']);
    const pad = await rate(clerk, ref.id, { level: 5, channel: 'window_pad' });
    expect([pad.statusCode, pad.json().code]).toEqual([403, 'NOT_AT_WINDOW']);
    const mixed = await rate(citizen, ref.id, { level: 5, reasons: ['attitude'] });
    expect([mixed.statusCode, mixed.json().code]).toEqual([400, 'REASON_NOT_FOR_LEVEL']);
    const outOfRange = await rate(citizen, ref.id, { level: 6 });
    expect(outOfRange.statusCode).toBe(400);

    const ok = await rate(citizen, ref.id, { level: 5, reasons: ['fast', 'one_trip'], comment: '很快' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      caseId: ref.id,
      level: 5,
      reasons: ['fast', 'one_trip'],
      channel: 'online',
      departmentCode: 'market-regulation',
      itemCode: FOOD_PERMIT,
      rectificationId: null,
    });
    const again = await rate(citizen, ref.id, { level: 4 });
    expect([again.statusCode, again.json().code]).toEqual([409, 'ALREADY_RATED']);

    const after = (await t.call('GET', `/api/v1/cases/${ref.id}/rating`, { session: citizen })).json();
    expect(after).toMatchObject({ rateable: false, rating: { level: 5 }, rectification: null });
    const events = await findChainEvents(t.ctx.db, `rating:${ok.json().id}`);
    expect(events.map((e) => e.action)).toEqual(['rating.submit']);
  });
});

describe('a 差评 and its rectification', () => {
  it('opens a task due in 15 working days counted across National Day, with its light', async () => {
    setCaseTime(t, '2026-09-30T10:00:00');
    const ref = await finishedCase();
    const res = await rate(citizen, ref.id, { level: 2, reasons: ['slow'] });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().rectificationId as string;
    // 10-01…07 are holidays and 10-10 (Saturday) a make-up working day: day 1 is 10-08, day 15 is 10-27.
    const d = await detail(reviewer, id);
    expect(d).toMatchObject({ status: 'open', level: 2, departmentCode: 'market-regulation', light: 'green', availableActions: ['visit', 'appeal'] });
    expect(d.dueAt).toBe('2026-10-27T15:59:59.999Z');
    setCaseTime(t, '2026-10-23T09:00:00');
    expect((await detail(reviewer, id)).light).toBe('yellow');
    setCaseTime(t, '2026-10-27T09:00:00');
    expect((await detail(reviewer, id)).light).toBe('red');
    setCaseTime(t, '2026-10-28T09:00:00');
    expect((await detail(reviewer, id)).light).toBe('overdue');
    setCaseTime(t, null);
  });

  it('goes the whole way: rate → task → return visit → rectification → re-rating → closed', async () => {
    setCaseTime(t, null);
    const ref = await finishedCase();
    const rated = await rate(citizen, ref.id, { level: 1, reasons: ['repeated_trips', 'unclear_materials'], comment: '跑了三次' });
    const id = rated.json().rectificationId as string;

    const noNote = await step(reviewer, id, 'visit', { version: 1 });
    expect([noNote.statusCode, noNote.json().code]).toEqual([422, 'NOTE_REQUIRED']);
    const tooEarly = await t.call('POST', `/api/v1/rectifications/${id}/rating`, { session: citizen, body: { version: 1, level: 4 } });
    expect([tooEarly.statusCode, tooEarly.json().code]).toEqual([422, 'INVALID_TRANSITION']);
    const otherDept = await step(handler, id, 'visit', { version: 1, note: '回访' });
    expect([otherDept.statusCode, otherDept.json().code]).toEqual([404, 'RECTIFICATION_NOT_FOUND']);

    const visited = await step(reviewer, id, 'visit', { version: 1, note: '已电话回访，申请人反映材料清单不清' });
    expect(visited.json()).toEqual({ id, status: 'visited', version: 2 });
    const stale = await step(reviewer, id, 'rectify', { version: 1, note: '整改' });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'VERSION_CONFLICT']);
    const rectified = await step(approver, id, 'rectify', { version: 2, note: '已统一材料清单并培训窗口人员' });
    expect(rectified.json()).toEqual({ id, status: 'rectified', version: 3 });

    const mine = (await t.call('GET', `/api/v1/cases/${ref.id}/rating`, { session: citizen })).json();
    expect(mine.rectification).toMatchObject({ id, status: 'rectified', rectifyNote: '已统一材料清单并培训窗口人员', availableActions: ['rerate', 'decline'] });
    const rerated = await t.call('POST', `/api/v1/rectifications/${id}/rating`, {
      session: citizen,
      body: { version: 3, level: 4, comment: '整改后顺利多了' },
    });
    expect(rerated.json()).toEqual({ id, status: 'closed', version: 4 });
    const closed = await detail(reviewer, id);
    expect(closed).toMatchObject({ status: 'closed', rerateLevel: 4, light: null, availableActions: [] });

    const events = await findChainEvents(t.ctx.db, `rectification:${id}`);
    expect(events.map((e) => e.action)).toEqual(['rectification.open', 'rectification.visit', 'rectification.rectify', 'rectification.rerate']);
    // The department heard of the 差评; the applicant heard of the rectification, linked to the case page.
    const told = async (userId: unknown, template: string) =>
      (
        await t.ctx.db
          .selectFrom('notifications')
          .select(['subject_type', 'subject_id', 'body_zh'])
          .where('user_id', '=', userId as string)
          .where('template', '=', template)
          .execute()
      ).filter((n) => n.subject_id === id || n.subject_id === ref.id);
    expect(await told(reviewer.me.id, 'rating.rectification_opened')).toEqual([
      { subject_type: 'rectification', subject_id: id, body_zh: expect.stringMatching(/收到差评“非常不满意”，请于 \d{4}-\d{2}-\d{2} 前完成回访和整改/) },
    ]);
    expect(await told(approver.me.id, 'rating.rectification_opened')).toHaveLength(1);
    expect(await told(handler.me.id, 'rating.rectification_opened')).toEqual([]);
    expect(await told(citizen.me.id, 'rating.rectified')).toEqual([
      { subject_type: 'case', subject_id: ref.id, body_zh: expect.stringContaining('已统一材料清单并培训窗口人员') },
    ]);
    expect((await verifyChain(t.ctx.db, `rectification:${id}`)).problems).toEqual([]);
  });

  it('scopes the queue to the department; the supervisor sees the region', async () => {
    const q = async (s: Session, query = '') => {
      const res = await t.call('GET', `/api/v1/rectifications${query}`, { session: s });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const mine = await q(reviewer);
    expect(mine.total).toBeGreaterThanOrEqual(2);
    expect(mine.items.every((i: { departmentCode: string }) => i.departmentCode === 'market-regulation')).toBe(true);
    // Open work first: the closed task comes after the open one.
    expect(mine.items.at(-1).status).toBe('closed');
    expect((await q(handler)).total).toBe(0);
    expect((await q(supervisor)).total).toBe(mine.total);
    expect((await q(dispatcher)).total).toBe(mine.total);
    const act = await step(dispatcher, mine.items[0].id, 'visit', { version: mine.items[0].version, note: '中台代为回访' });
    expect([act.statusCode, act.json().code]).toEqual([403, 'FORBIDDEN']);
    const districtSupervisor = await createStaff(t, 'sup-qingshan', ['supervisor'], 'discipline-inspection', '150204');
    expect((await q(districtSupervisor)).total).toBe(0);
    expect((await q(citizen)).total).toBe(mine.total);
    expect((await q(enterprise)).total).toBe(0);
    expect((await q(reviewer, '?status=closed&pageSize=1')).items).toHaveLength(1);
  });
});

describe('appeals and the public figures', () => {
  it('counts a small month by hand: levels, 好评率, 差评 rectified, an upheld appeal left out, no data as null', async () => {
    setCaseTime(t, '2026-03-10T10:00:00');
    const ids: string[] = [];
    for (const level of [5, 5, 4, 2, 1]) {
      const ref = await windowCaseNotAccepted();
      const pad = (await t.call('GET', `/api/v1/cases/${ref.id}/rating`, { session: clerk })).json();
      expect([pad.rateable, pad.rateChannel]).toEqual([true, 'window_pad']);
      const res = await rate(clerk, ref.id, { level, channel: 'window_pad' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().channel).toBe('window_pad');
      ids.push(res.json().rectificationId);
    }
    const [bad2, bad1] = [ids[3], ids[4]];
    // The pad shows the clerk the rating given, not the department's rectification.
    const padView = (
      await t.call(
        'GET',
        `/api/v1/cases/${(await t.ctx.db.selectFrom('rectifications').select('case_id').where('id', '=', bad2).executeTakeFirstOrThrow()).case_id}/rating`,
        { session: clerk },
      )
    ).json();
    expect(padView).toMatchObject({ rateable: false, rateChannel: null, rating: { level: 2, channel: 'window_pad' }, rectification: null });
    await step(reviewer, bad2, 'visit', { version: 1, note: '已现场回访' });
    await step(reviewer, bad2, 'rectify', { version: 2, note: '已整改' });

    const appeal = await step(reviewer, bad1, 'appeal', { version: 1, note: '申请人当日未到本窗口' });
    expect(appeal.json().status).toBe('appealed');
    const supervisorTold = await t.ctx.db
      .selectFrom('notifications')
      .select('body_zh')
      .where('user_id', '=', supervisor.me.id as string)
      .where('subject_id', '=', bad1)
      .execute();
    expect(supervisorTold.map((n) => n.body_zh)).toEqual([expect.stringContaining('申请人当日未到本窗口')]);
    const deptDecides = await step(reviewer, bad1, 'uphold_appeal', { version: 2, note: '自己说了算' });
    expect([deptDecides.statusCode, deptDecides.json().code]).toEqual([403, 'FORBIDDEN']);
    const pending = await t.call('GET', '/api/v1/rectifications?status=appealed', { session: supervisor });
    expect(pending.json().items.map((i: { id: string }) => i.id)).toContain(bad1);
    const upheld = await step(supervisor, bad1, 'uphold_appeal', { version: 2, note: '经核实录像，评价对象有误' });
    expect(upheld.json()).toEqual({ id: bad1, status: 'excluded', version: 3 });
    const ratingId = (await t.ctx.db.selectFrom('rectifications').select('rating_id').where('id', '=', bad1).executeTakeFirstOrThrow()).rating_id;
    expect((await findChainEvents(t.ctx.db, `rating:${ratingId}`)).map((e) => e.action)).toEqual(['rating.submit', 'rating.exclude']);

    const figures = async (query: string) => {
      const res = await t.call('GET', `/api/v1/ratings/public?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const expected = {
      counts: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 2 },
      total: 4,
      goodRate: 0.75,
      bad: 1,
      rectified: 1,
      rectifiedRate: 1,
      appealsUpheld: 1,
      defaulted: 0,
    };
    const month = await figures('by=department&period=month&date=2026-03');
    expect(month.rows.find((r: { key: string }) => r.key === 'market-regulation')).toEqual({
      key: 'market-regulation',
      nameZh: '市市场监管局',
      nameEn: expect.any(String),
      ...expected,
    });
    const police = month.rows.find((r: { key: string }) => r.key === 'public-security');
    expect(police).toMatchObject({ total: 0, goodRate: null, rectifiedRate: null, bad: 0 });
    expect(JSON.stringify(month)).not.toMatch(/李四|11010519491231002X|13800001111|comment/);

    const item = await figures('by=item&period=quarter&date=2026-Q1');
    expect(item.rows).toEqual([expect.objectContaining({ key: FOOD_PERMIT, ...expected })]);
    // 2026-03-10 is a Tuesday: the week of Sunday 03-15 holds it, the week of Monday 03-16 does not.
    expect((await figures('by=item&period=week&date=2026-03-15')).rows[0].total).toBe(4);
    expect((await figures('by=item&period=week&date=2026-03-16')).rows[0]).toMatchObject({ total: 0, goodRate: null });
    expect((await figures('by=item&period=day&date=2026-03-10')).rows[0].total).toBe(4);
    expect((await figures('by=department&period=month&date=2026-04')).rows.every((r: { goodRate: unknown }) => r.goodRate === null)).toBe(true);
    setCaseTime(t, null);
  });

  it('a rejected appeal sends the task back to where it was', async () => {
    const ref = await windowCaseNotAccepted();
    const id = (await rate(clerk, ref.id, { level: 2, channel: 'window_pad' })).json().rectificationId;
    await step(reviewer, id, 'visit', { version: 1, note: '已回访' });
    await step(reviewer, id, 'appeal', { version: 2, note: '恶意评价' });
    const rejected = await step(supervisor, id, 'reject_appeal', { version: 3, note: '证据不足' });
    expect(rejected.json()).toEqual({ id, status: 'visited', version: 4 });
    const again = await step(reviewer, id, 'appeal', { version: 4, note: '再申诉' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'ALREADY_APPEALED']);
    // An applicant without an account cannot re-rate: the department records that they declined.
    await step(reviewer, id, 'rectify', { version: 4, note: '已整改' });
    const declined = await step(reviewer, id, 'decline', { version: 5, note: '申请人电话中表示不再评价' });
    expect(declined.json()).toEqual({ id, status: 'closed', version: 6 });
  });

  it('gives no default rating unless the city turned defaults on', async () => {
    expect(t.ctx.config.ratingDefaultDays).toBe(0);
    expect(await giveDefaultRatings(t.ctx, new Date('2027-06-01T00:00:00+08:00'))).toBe(0);
  });

  it('refuses unknown cuts, periods and dates with a clear 400', async () => {
    const bad = async (query: string) => {
      const res = await t.call('GET', `/api/v1/ratings/public?${query}`, { headers: { 'accept-language': 'en-US' } });
      expect(res.statusCode, query).toBe(400);
      return res.json();
    };
    expect((await bad('by=region&period=month&date=2026-11')).code).toBe('VALIDATION_FAILED');
    expect((await bad('by=department&period=fortnight&date=2026-11')).code).toBe('VALIDATION_FAILED');
    expect(await bad('by=department&period=month&date=2026-13')).toMatchObject({
      code: 'FIGURES_DATE_INVALID',
      message: 'The date “2026-13” does not fit the period “month” (expected YYYY-MM)',
    });
    expect((await bad('by=department&period=day&date=2026-02-30')).code).toBe('FIGURES_DATE_INVALID');
    expect((await bad('by=department&period=quarter&date=2026-11')).code).toBe('FIGURES_DATE_INVALID');
  });
});
