import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  createCasesTestApp,
  eventCount,
  FOOD_FORM,
  FOOD_PERMIT,
  materials,
  refuse,
  SOLE_TRADER,
  uploadPdf,
  type Ref,
} from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts';

let t: TestApp;
let citizen: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session;
beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, clerk, dispatcher, reviewer, approver] = await Promise.all(['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'].map((u) => t.login(u)));
});
afterAll(() => t?.close());

async function applyFoodPermit(numbers: number[]): Promise<Ref> {
  const fileId = await uploadPdf(t, citizen);
  const res = await t.call('POST', '/api/v1/cases', {
    session: citizen,
    body: { itemCode: FOOD_PERMIT, channel: 'web', form: FOOD_FORM, materials: materials(FOOD_PERMIT, numbers, fileId) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function notificationsOf(userId: string, caseId: string): Promise<string[]> {
  const rows = await t.ctx.db
    .selectFrom('notifications')
    .select('template')
    .where('user_id', '=', userId)
    .where('subject_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.template);
}

describe('online application → 容缺 → supply → route → review → approve → complete → issue', () => {
  it('walks every role through the whole lifecycle', async () => {
    let ref = await applyFoodPermit([1, 2, 3, 4]);
    expect(ref.status).toBe('submitted');
    expect(ref.caseNo).toMatch(/^BT150203-\d{8}-\d{6}$/);

    ref = await act(t, clerk, ref, 'precheck', { opinion: '材料基本齐全' });
    const before = await eventCount(t, ref.id);
    expect(await refuse(t, clerk, ref, 'accept')).toMatchObject({ status: 422, code: 'MATERIALS_INCOMPLETE' });
    expect(await eventCount(t, ref.id)).toBe(before);

    ref = await act(t, clerk, ref, 'accept_with_deficiency', { opinion: '主件齐全，容缺受理' });
    expect(ref.status).toBe('accepted');
    let detail = (await t.call('GET', `/api/v1/cases/${ref.id}`, { session: citizen })).json();
    expect(detail.deficiency.items).toEqual([{ materialCode: `${FOOD_PERMIT}M05`, name: '主要设备设施清单' }]);
    expect(detail.lines.promisedDue).toBeTruthy();
    expect(detail.availableActions).toEqual(['supply_materials', 'withdraw']);
    const jobs = await t.ctx.db.selectFrom('jobs').select(['payload']).where('queue', '=', 'cases.deficiency').execute();
    expect(jobs.map((j) => (j.payload as { kind: string }).kind).sort()).toEqual(['expire', 'remind']);

    ref = await act(t, dispatcher, ref, 'route');
    expect(ref.status).toBe('routed');
    ref = await act(t, reviewer, ref, 'review', { opinion: '符合条件', recommendation: 'approve' });
    expect(ref.status).toBe('reviewed');
    const beforeDecision = await eventCount(t, ref.id);
    expect(await refuse(t, approver, ref, 'approve')).toMatchObject({ status: 422, code: 'DEFICIENCY_OUTSTANDING' });
    expect(await eventCount(t, ref.id)).toBe(beforeDecision);

    const late = await uploadPdf(t, citizen, '设备清单.pdf');
    ref = await act(t, citizen, ref, 'supply_materials', { materials: materials(FOOD_PERMIT, [5], late) });
    expect(ref.status).toBe('reviewed');
    ref = await act(t, approver, ref, 'approve', { opinion: '准予许可', resultCode: 'JY11502030001234' });
    expect(ref.status).toBe('approved');
    ref = await act(t, approver, ref, 'complete');
    expect(await refuse(t, clerk, ref, 'issue', { mode: 'express' })).toMatchObject({ status: 400, code: 'TRACKING_NO_REQUIRED' });
    ref = await act(t, clerk, ref, 'issue', { mode: 'express', trackingNo: 'SF1234567890', carrier: '顺丰' });
    expect(ref.status).toBe('issued');

    detail = (await t.call('GET', `/api/v1/cases/${ref.id}`, { session: citizen })).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'case.submit',
      'case.precheck',
      'case.accept_with_deficiency',
      'case.route',
      'case.review',
      'case.supply_materials',
      'case.approve',
      'case.complete',
      'case.issue',
    ]);
    expect(detail.decision).toBe('approved');
    expect(detail.delivery).toMatchObject({ mode: 'express', trackingNo: 'SF1234567890' });
    expect(detail.lines.light).toBe('green');
    expect(detail.availableActions).toEqual([]);
    expect(detail.materials.find((m: { materialCode: string }) => m.materialCode === `${FOOD_PERMIT}M05`).files).toHaveLength(1);

    const me = citizen.me.id as string;
    expect(await notificationsOf(me, ref.id)).toEqual(['case.accepted_deficient', 'case.approved', 'case.issued']);
    expect(await notificationsOf(reviewer.me.id as string, ref.id)).toEqual(['case.assigned']);
    expect(await notificationsOf(approver.me.id as string, ref.id)).toEqual(['case.assigned']);

    const verify = await t.call('POST', '/api/v1/audit/verify', { session: await t.login('admin'), body: { chain: `case:${ref.id}` } });
    expect(verify.json()).toMatchObject({ ok: true, rows: 9 });
  });

  it('answers the public progress query with status and dates only', async () => {
    const ref = await applyFoodPermit([1, 2, 3, 4, 5]);
    const idNumber = DEMO_ACCOUNTS.find((a) => a.username === 'citizen')!.idNumber!;
    const ok = await t.call('GET', `/api/v1/progress?caseNo=${ref.caseNo}&idTail=${idNumber.slice(-4)}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ caseNo: ref.caseNo, status: 'submitted', statusName: '已申请', itemName: '食品经营许可证核发' });
    expect(ok.body).not.toContain(idNumber);
    expect(ok.body).not.toContain('王晓明');
    const wrongTail = await t.call('GET', `/api/v1/progress?caseNo=${ref.caseNo}&idTail=0000`);
    const noCase = await t.call('GET', `/api/v1/progress?caseNo=BT150203-20260101-999999&idTail=${idNumber.slice(-4)}`);
    expect([wrongTail.statusCode, noCase.statusCode]).toEqual([404, 404]);
    expect(wrongTail.json().code).toBe(noCase.json().code);
  });
});

describe('walk-in at the window (即办件)', () => {
  it('accepts, completes and issues in one visit, and the applicant sees it online', async () => {
    const idNumber = DEMO_ACCOUNTS.find((a) => a.username === 'citizen')!.idNumber!;
    const fileId = await uploadPdf(t, clerk, '身份证.pdf');
    const res = await t.call('POST', '/api/v1/cases', {
      session: clerk,
      body: {
        itemCode: SOLE_TRADER,
        applicant: { idType: 'resident_id', name: '王晓明', idNumber, mobile: '13947201234' },
        form: { tradeName: '晓明五金', businessScope: '五金零售', businessAddress: '昆都仑区阿尔丁大街 1 号' },
        materials: materials(SOLE_TRADER, [1, 2, 3], fileId),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    let ref: Ref = res.json();
    ref = await act(t, clerk, ref, 'accept');
    expect(await refuse(t, dispatcher, ref, 'complete')).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    ref = await act(t, clerk, ref, 'complete', { resultCode: '92150203MA0000001X' });
    ref = await act(t, clerk, ref, 'issue', { mode: 'window', recipient: '王晓明' });
    expect(ref.status).toBe('issued');

    const mine = await t.call('GET', '/api/v1/cases?mine=true', { session: citizen });
    expect(mine.json().items.map((c: { id: string }) => c.id)).toContain(ref.id);
    const detail = (await t.call('GET', `/api/v1/cases/${ref.id}`, { session: citizen })).json();
    // The form's resident ID is masked like the applicant's (docs/decisions.md D25).
    expect(detail).toMatchObject({
      channel: 'window',
      decision: 'approved',
      form: { applicantName: '王晓明', idNumber: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}` },
    });
    expect(detail.lines.workdaysUsed).toBe(0);
    expect(new Date(detail.lines.promisedDue).getTime()).toBeGreaterThan(Date.now() - 86_400_000);
  });

  it('texts a walk-in applicant without an account at acceptance', async () => {
    const fileId = await uploadPdf(t, clerk);
    const res = await t.call('POST', '/api/v1/cases', {
      session: clerk,
      body: {
        itemCode: SOLE_TRADER,
        applicant: { idType: 'resident_id', name: '张三', idNumber: '11010519491231002X', mobile: '13800001111' },
        form: { tradeName: '张三小卖部', businessScope: '日用百货', businessAddress: '东河区' },
        materials: materials(SOLE_TRADER, [1, 2, 3], fileId),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    await act(t, clerk, res.json(), 'accept');
    const sms = await t.ctx.db.selectFrom('sms_messages').select(['mobile', 'body']).where('subject_id', '=', res.json().id).execute();
    expect(sms).toHaveLength(1);
    expect(sms[0].mobile).toBe('13800001111');
    expect(sms[0].body).toContain(res.json().caseNo);
    expect(sms[0].body).toContain('承诺');
  });
});

describe('denied case', () => {
  it('denies with reasons and legal basis, and still completes and issues the notice', async () => {
    let ref = await applyFoodPermit([1, 2, 3, 4, 5]);
    ref = await act(t, clerk, ref, 'accept');
    ref = await act(t, dispatcher, ref, 'route');
    ref = await act(t, reviewer, ref, 'review', { opinion: '经营场所与许可范围不符', recommendation: 'deny' });
    expect(await refuse(t, approver, ref, 'deny', { reasons: ['场所不符'] })).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    ref = await act(t, approver, ref, 'deny', { reasons: ['经营场所布局不符合食品安全要求'], legalBasis: ['《食品经营许可和备案管理办法》第十二条'] });
    expect(ref.status).toBe('denied');
    ref = await act(t, clerk, ref, 'complete');
    ref = await act(t, clerk, ref, 'issue', { mode: 'window' });
    const detail = (await t.call('GET', `/api/v1/cases/${ref.id}`, { session: citizen })).json();
    expect(detail.decision).toBe('denied');
    expect(detail.decisionData).toMatchObject({ reasons: ['经营场所布局不符合食品安全要求'], legalBasis: ['《食品经营许可和备案管理办法》第十二条'] });
    const denied = await t.ctx.db
      .selectFrom('notifications')
      .select('body_zh')
      .where('subject_id', '=', ref.id)
      .where('template', '=', 'case.denied')
      .executeTakeFirstOrThrow();
    expect(denied.body_zh).toContain('第十二条');
  });
});

describe('OpenAPI', () => {
  it('documents every case endpoint and action', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    for (const p of ['/api/v1/cases', '/api/v1/cases/{id}', '/api/v1/cases/stats/department-load', '/api/v1/progress', '/api/v1/files', '/api/v1/files/{id}'])
      expect(doc.paths[p], p).toBeDefined();
    expect(doc.paths['/api/v1/cases/{id}/actions/accept_with_deficiency'].post.requestBody).toBeDefined();
  });
});

describe('personal identifiers on a case (docs/decisions.md D25)', () => {
  it('are masked for the applicant and staff alike, and revealed in full only on request, audited with the reason', async () => {
    const ref = await applyFoodPermit([1, 2, 3, 4, 5]);
    const citizenAccount = DEMO_ACCOUNTS.find((a) => a.username === 'citizen')!;
    const idNumber = citizenAccount.idNumber!;
    for (const s of [citizen, clerk]) {
      const res = await t.call('GET', `/api/v1/cases/${ref.id}`, { session: s });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(idNumber);
      expect(res.json().applicant.idNumber).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
      expect(res.json().applicant.mobile).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    const audit = () =>
      t.ctx.db.selectFrom('events').select(['action', 'data']).where('subject_id', '=', ref.id).where('action', 'like', 'case.personal_data%').execute();
    expect(await audit()).toEqual([]);

    expect((await t.call('POST', `/api/v1/cases/${ref.id}/identity/reveal`, { session: clerk, body: { reason: ' ' } })).statusCode).toBe(400);
    expect((await t.call('POST', `/api/v1/cases/${ref.id}/identity/reveal`, { body: { reason: '核对' } })).statusCode).toBe(401);
    const revealed = await t.call('POST', `/api/v1/cases/${ref.id}/identity/reveal`, { session: clerk, body: { reason: '窗口核对身份证件' } });
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json()).toMatchObject({ idNumber, mobile: citizenAccount.mobile });
    expect(await audit()).toEqual([{ action: 'case.personal_data_revealed', data: expect.objectContaining({ reason: '窗口核对身份证件' }) }]);
  });
});
