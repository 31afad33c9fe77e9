import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp, uploadPdf } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';
import { getDemoItemByName } from '../catalog/demo';

/**
 * Rating a "一件事" as a whole on the real database (docs/decisions.md D24): refused until every
 * member is done, only by its applicant, once; a 差评 opens a rectification for the lead
 * department that the applicant re-rates from the bundle; the rating shows on the bundle and counts
 * in the public figures under the lead department. Each member keeps its own rating on its case.
 */

let t: TestApp;
let citizen: Session, enterprise: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session, supervisor: Session;
const REG = getDemoItemByName('公司设立登记').basicCode;
const ANSWERS = { entityType: 'company', floorArea: 80, usesGas: false };
const FORM = {
  entityName: '包头市鹿城小馆餐饮有限公司',
  registeredCapital: 300000,
  businessScope: '餐饮服务',
  businessAddress: '昆都仑区钢铁大街 90 号',
  legalRepName: '王晓明',
  area: 80,
  mainBusiness: 'catering',
  signSize: '4m×1m',
  volume: '5 吨/日',
  floorArea: 80,
};

let bundleId: string;
let regCaseId: string;

beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, enterprise, clerk, dispatcher, reviewer, approver, supervisor] = await Promise.all(
    ['citizen', 'enterprise', 'clerk', 'dispatcher', 'reviewer', 'approver', 'supervisor'].map((u) => t.login(u)),
  );
});
afterAll(() => t?.close());

const detail = async (s: Session, lang = 'zh-CN') => t.call('GET', `/api/v1/bundle-cases/${bundleId}`, { session: s, headers: { 'accept-language': lang } });
const rate = (s: Session, body: Record<string, unknown>, lang = 'zh-CN') =>
  t.call('POST', `/api/v1/bundle-cases/${bundleId}/rating`, { session: s, body, headers: { 'accept-language': lang } });

/** One member case's action at its current version. */
async function memberStep(s: Session, caseId: string, action: string, body: Record<string, unknown> = {}) {
  const cur = await t.ctx.db.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow();
  const r = await t.call('POST', `/api/v1/cases/${caseId}/actions/${action}`, { session: s, body: { version: cur.version, ...body } });
  expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
}

describe('rating a bundle as a whole', () => {
  it('is refused while a member is still open, though a member that is done can be rated on its case', async () => {
    const plan = (await t.call('POST', '/api/v1/bundles/open-restaurant/plan', { body: { answers: ANSWERS } })).json();
    const fileId = await uploadPdf(t, citizen);
    const materials = plan.materials.filter((m: { provision: string }) => m.provision !== 'in_bundle').map((m: { key: string }) => ({ key: m.key, fileId }));
    const created = await t.call('POST', '/api/v1/bundle-cases', {
      session: citizen,
      body: { bundleCode: 'open-restaurant', answers: ANSWERS, form: FORM, materials, delivery: { timing: 'together', mode: 'e_licence' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    bundleId = created.json().id;
    regCaseId = created.json().cases.find((c: { itemCode: string }) => c.itemCode === REG).id;

    const fresh = (await detail(citizen)).json();
    expect(fresh).toMatchObject({ rating: null, mayRate: false, rateChannel: null });
    const early = await rate(citizen, { level: 5 }, 'en-US');
    expect([early.statusCode, early.json().code]).toEqual([422, 'BUNDLE_NOT_FINISHED']);
    expect(early.json().message).toMatch(/^The bundle application is not finished yet \(now: submitted\)/);

    // The registration goes all the way; the bundle is still open while the later members are.
    const accepted = await t.call('POST', `/api/v1/bundle-cases/${bundleId}/actions/accept`, { session: clerk, body: { version: fresh.version } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await memberStep(dispatcher, regCaseId, 'route');
    await memberStep(reviewer, regCaseId, 'review', { opinion: '符合设立条件', recommendation: 'approve' });
    await memberStep(approver, regCaseId, 'approve', { resultCode: '91150203MA0N7XQ43X' });
    await memberStep(approver, regCaseId, 'complete');
    const partly = await rate(citizen, { level: 5 });
    expect([partly.statusCode, partly.json().code]).toEqual([422, 'BUNDLE_NOT_FINISHED']);
    expect(partly.json().message).toMatch(/^“一件事”尚未全部办结（当前状态：办理中）/);
    const stage = (await t.call('GET', `/api/v1/cases/${regCaseId}/rating`, { session: citizen })).json();
    expect(stage).toMatchObject({ rateable: true, rateChannel: 'online', rating: null });

    // The other members are not accepted at the window; then the registration's licence is handed over there.
    const d = (await detail(clerk)).json();
    for (const m of d.members.filter((x: { caseId: string }) => x.caseId !== regCaseId)) {
      await memberStep(clerk, m.caseId, 'reject', { reasons: ['经营场所不在本辖区'] });
    }
    const ready = (await detail(clerk)).json();
    expect(ready.status).toBe('ready');
    const issued = await t.call('POST', `/api/v1/bundle-cases/${bundleId}/actions/issue`, { session: clerk, body: { version: ready.version, mode: 'window' } });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'completed', mayRate: false, rating: null });
  });

  it('only its applicant rates it: others out of reach are told it does not exist, staff are refused', async () => {
    const mine = (await detail(citizen)).json();
    expect(mine).toMatchObject({ status: 'completed', rating: null, mayRate: true, rateChannel: 'online' });
    expect((await detail(clerk)).json()).toMatchObject({ mayRate: false, rateChannel: null });

    const stranger = await rate(enterprise, { level: 1, reasons: ['slow'] });
    expect([stranger.statusCode, stranger.json().code]).toEqual([404, 'BUNDLE_CASE_NOT_FOUND']);
    const staff = await rate(supervisor, { level: 5 });
    expect([staff.statusCode, staff.json().code]).toEqual([403, 'FORBIDDEN']);
    // The window's pad is for walk-in applicants without an account, not for this online application.
    const pad = await rate(clerk, { level: 5, channel: 'window_pad' });
    expect([pad.statusCode, pad.json().code]).toEqual([403, 'NOT_AT_WINDOW']);
  });

  it('checks a 差评’s reasons as for a case', async () => {
    const mixed = await rate(citizen, { level: 2, reasons: ['fast'] }, 'en-US');
    expect([mixed.statusCode, mixed.json().code]).toEqual([400, 'REASON_NOT_FOR_LEVEL']);
    expect(mixed.json().message).toMatch(/^The reasons do not fit the level/);
    const outOfRange = await rate(citizen, { level: 0 });
    expect(outOfRange.statusCode).toBe(400);
    expect((await detail(citizen)).json()).toMatchObject({ rating: null, mayRate: true });
  });

  it('takes the applicant’s rating once, on the ratings chain, and shows it on the bundle', async () => {
    const res = await rate(citizen, { level: 2, reasons: ['slow', 'slow', 'repeated_trips'], comment: ' 跑了两趟 ' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      subject: 'bundle',
      bundleCaseId: bundleId,
      bundleNo: expect.stringMatching(/^YJ/),
      caseId: null,
      ticketId: null,
      level: 2,
      reasons: ['slow', 'repeated_trips'],
      comment: '跑了两趟',
      channel: 'online',
      departmentCode: 'market-regulation',
      itemCode: 'open-restaurant',
      itemName: '开办饭店',
      rectificationId: expect.any(String),
    });
    const again = await rate(citizen, { level: 4 });
    expect([again.statusCode, again.json().code]).toEqual([409, 'BUNDLE_ALREADY_RATED']);

    const shown = (await detail(citizen)).json();
    expect(shown).toMatchObject({ mayRate: false, rateChannel: null, rating: { id: r.id, level: 2, subject: 'bundle', rectificationId: r.rectificationId } });
    expect((await detail(clerk)).json().rating).toMatchObject({ id: r.id });

    const events = await findChainEvents(t.ctx.db, `rating:${r.id}`);
    expect(events.map((e) => [e.action, (e.data as { bundleCaseId?: string }).bundleCaseId])).toEqual([['rating.submit', bundleId]]);
    expect((await verifyChain(t.ctx.db, `rating:${r.id}`)).problems).toEqual([]);

    // The member keeps its own rating, on its own case.
    const stage = await t.call('POST', `/api/v1/cases/${regCaseId}/rating`, { session: citizen, body: { level: 5, reasons: ['fast'] } });
    expect(stage.statusCode, stage.body).toBe(201);
    expect(stage.json()).toMatchObject({ subject: 'case', caseId: regCaseId, bundleCaseId: null });
  });

  it('sends the 差评 to the lead department, which rectifies it for the applicant to re-rate', async () => {
    const rating = (await detail(citizen)).json().rating;
    const id = rating.rectificationId as string;
    const queue = (await t.call('GET', '/api/v1/rectifications', { session: reviewer })).json();
    expect(queue.items.find((i: { id: string }) => i.id === id)).toMatchObject({
      subject: 'bundle',
      bundleCaseId: bundleId,
      bundleNo: rating.bundleNo,
      departmentCode: 'market-regulation',
      itemName: '开办饭店',
      status: 'open',
    });
    const opened = await t.ctx.db
      .selectFrom('notifications')
      .select('body_zh')
      .where('user_id', '=', reviewer.me.id as string)
      .where('subject_id', '=', id)
      .execute();
    expect(opened.map((n) => n.body_zh)).toEqual([expect.stringMatching(new RegExp(`^一件事 ${rating.bundleNo}（开办饭店）收到差评“不满意”`))]);

    const step = (s: Session, action: string, body: Record<string, unknown>) =>
      t.call('POST', `/api/v1/rectifications/${id}/actions/${action}`, { session: s, body });
    expect((await step(reviewer, 'visit', { version: 1, note: '已电话回访' })).statusCode).toBe(200);
    expect((await step(approver, 'rectify', { version: 2, note: '各部门并联审批时限已压缩' })).statusCode).toBe(200);
    const task = (await t.call('GET', `/api/v1/rectifications/${id}`, { session: citizen })).json();
    expect(task).toMatchObject({ subject: 'bundle', status: 'rectified', availableActions: ['rerate', 'decline'] });
    const told = await t.ctx.db
      .selectFrom('notifications')
      .select(['subject_type', 'subject_id'])
      .where('user_id', '=', citizen.me.id as string)
      .where('template', '=', 'rating.bundle_rectified')
      .execute();
    expect(told).toEqual([{ subject_type: 'bundle_case', subject_id: bundleId }]);
    const rerated = await t.call('POST', `/api/v1/rectifications/${id}/rating`, { session: citizen, body: { version: 3, level: 4 } });
    expect(rerated.json()).toEqual({ id, status: 'closed', version: 4 });
  });

  it('counts in the public figures under the lead department and as the bundle in the item cut', async () => {
    const today = toShanghaiDate(new Date());
    const byDept = (await t.call('GET', `/api/v1/ratings/public?by=department&period=day&date=${today}`)).json();
    // The bundle's 差评 and the registration's own 非常满意, both of the market regulator.
    expect(byDept.rows.find((r: { key: string }) => r.key === 'market-regulation')).toMatchObject({ total: 2, bad: 1, rectified: 1 });
    const byItem = (await t.call('GET', `/api/v1/ratings/public?by=item&period=day&date=${today}`)).json();
    expect(byItem.rows.find((r: { key: string }) => r.key === 'open-restaurant')).toMatchObject({
      nameZh: '开办饭店',
      nameEn: 'Opening a restaurant',
      total: 1,
      bad: 1,
    });
    expect(byItem.rows.find((r: { key: string }) => r.key === REG)).toMatchObject({ total: 1, bad: 0 });
  });
});
