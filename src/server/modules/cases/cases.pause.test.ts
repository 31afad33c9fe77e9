import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  createCasesTestApp,
  createStaff,
  eventCount,
  FOOD_FORM,
  FOOD_PERMIT,
  materials,
  refuse,
  setCaseTime,
  uploadPdf,
  type Ref,
} from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';

let t: TestApp;
let citizen: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session;
beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, clerk, dispatcher, reviewer, approver] = await Promise.all(['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'].map((u) => t.login(u)));
});
afterEach(() => setCaseTime(t, null));
afterAll(() => t?.close());

/** The instant at the end of an Asia/Shanghai day, as the API returns it. */
const endOf = (date: string) => new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 86_400_000 - 1).toISOString();

async function acceptedFoodPermit(at: string): Promise<Ref> {
  setCaseTime(t, at);
  const fileId = await uploadPdf(t, citizen);
  const res = await t.call('POST', '/api/v1/cases', {
    session: citizen,
    body: { itemCode: FOOD_PERMIT, form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4, 5], fileId) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return act(t, clerk, res.json(), 'accept');
}

const detail = async (s: Session, id: string) => (await t.call('GET', `/api/v1/cases/${id}`, { session: s })).json();

describe('补正 round trip across the 2026 National Day holiday', () => {
  it('pauses the clock while the applicant corrects, and adds the paused working days back', async () => {
    let ref = await acceptedFoodPermit('2026-09-29T10:00:00');
    let d = await detail(citizen, ref.id);
    expect(d.lines).toMatchObject({
      promisedDue: endOf('2026-10-12'),
      assessmentDue: endOf('2026-10-10'),
      statutoryDue: endOf('2026-10-19'),
      pausedWorkdays: 0,
      light: 'green',
      schedulePublished: true,
    });

    setCaseTime(t, '2026-09-30T09:00:00');
    ref = await act(t, clerk, ref, 'request_correction', {
      items: [
        { materialCode: `${FOOD_PERMIT}M04`, problem: '平面布局图不清晰，请重新提交' },
        { field: 'area', problem: '面积与布局图不一致' },
      ],
    });
    expect(ref.status).toBe('correction_requested');
    d = await detail(citizen, ref.id);
    expect(d.correction.items).toHaveLength(2);
    expect(d.lines.paused).toBe(true);
    expect(d.availableActions).toEqual(['resubmit', 'withdraw']);

    setCaseTime(t, '2026-10-09T11:00:00');
    const fixed = await uploadPdf(t, citizen, '平面布局图-清晰版.pdf');
    ref = await act(t, citizen, ref, 'resubmit', { form: { area: 58 }, materials: [{ materialCode: `${FOOD_PERMIT}M04`, fileId: fixed }] });
    expect(ref.status).toBe('accepted');

    setCaseTime(t, '2026-10-12T12:00:00');
    d = await detail(clerk, ref.id);
    expect(d.lines).toMatchObject({
      pausedWorkdays: 2,
      paused: false,
      workdaysUsed: 3,
      promisedDue: endOf('2026-10-14'),
      assessmentDue: endOf('2026-10-13'),
      statutoryDue: endOf('2026-10-21'),
      light: 'green',
    });
    expect(d.form.area).toBe(58);
    expect(d.correction).toBeNull();
    const row = await t.ctx.db
      .selectFrom('cases')
      .select(['promised_due', 'paused_workdays', 'light_next_at'])
      .where('id', '=', ref.id)
      .executeTakeFirstOrThrow();
    expect(row.promised_due?.toISOString()).toBe(d.lines.promisedDue);
    expect(row.paused_workdays).toBe(2);
    expect(row.light_next_at?.toISOString()).toBe(endOf('2026-10-13'));
  });

  it('asks for corrections before acceptance without starting a clock', async () => {
    setCaseTime(t, '2026-09-21T10:00:00');
    const fileId = await uploadPdf(t, citizen);
    let ref: Ref = (
      await t.call('POST', '/api/v1/cases', {
        session: citizen,
        body: { itemCode: FOOD_PERMIT, form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3], fileId) },
      })
    ).json();
    ref = await act(t, clerk, ref, 'request_correction', {
      items: [
        { materialCode: `${FOOD_PERMIT}M04`, problem: '缺少平面布局图' },
        { materialCode: `${FOOD_PERMIT}M05`, problem: '缺少设备清单' },
      ],
    });
    setCaseTime(t, '2026-09-24T10:00:00');
    ref = await act(t, citizen, ref, 'resubmit', { materials: materials(FOOD_PERMIT, [4, 5], fileId) });
    expect(ref.status).toBe('submitted');
    const d = await detail(citizen, ref.id);
    expect(d.lines).toMatchObject({ acceptedAt: null, pausedWorkdays: 0, light: null });
  });
});

describe('special procedure', () => {
  it('pauses with its own limit and resumes where it stopped', async () => {
    let ref = await acceptedFoodPermit('2026-06-01T10:00:00');
    ref = await act(t, dispatcher, ref, 'route');
    ref = await act(t, reviewer, ref, 'review', { opinion: '需现场核查', recommendation: 'approve' });
    setCaseTime(t, '2026-06-02T09:00:00');
    const before = await eventCount(t, ref.id);
    expect(await refuse(t, approver, ref, 'start_special', { procedure: '拍卖', limitDays: 3 })).toMatchObject({
      status: 400,
      code: 'SPECIAL_PROCEDURE_UNKNOWN',
    });
    expect(await eventCount(t, ref.id)).toBe(before);
    ref = await act(t, approver, ref, 'start_special', { procedure: '现场核查', limitDays: 3, opinion: '安排现场核查' });
    expect(ref.status).toBe('special_procedure');
    let d = await detail(approver, ref.id);
    expect(d.special).toMatchObject({ procedure: '现场核查', limitDays: 3, dueDate: '2026-06-05' });
    expect(d.lines.paused).toBe(true);

    setCaseTime(t, '2026-06-05T16:00:00');
    ref = await act(t, reviewer, ref, 'end_special', { outcome: '现场与申报一致' });
    expect(ref.status).toBe('reviewed');
    d = await detail(approver, ref.id);
    expect(d.lines).toMatchObject({ pausedWorkdays: 3, promisedDue: endOf('2026-06-11'), paused: false });
    expect(d.special).toBeNull();
    ref = await act(t, approver, ref, 'approve');
    expect(ref.status).toBe('approved');
  });
});

describe('会签: parallel review across departments', () => {
  it('joins only when every department has decided, and scopes each department to its lane', async () => {
    const healthReviewer = await createStaff(t, 'health-reviewer', ['reviewer'], 'health');
    const healthApprover = await createStaff(t, 'health-approver', ['approver'], 'health');
    let ref = await acceptedFoodPermit('2026-06-01T10:00:00');
    expect((await t.call('GET', `/api/v1/cases/${ref.id}`, { session: healthReviewer })).statusCode).toBe(404);
    expect(await refuse(t, dispatcher, ref, 'route', { departments: ['no-such-dept'] })).toMatchObject({ status: 400, code: 'DEPARTMENT_UNKNOWN' });
    ref = await act(t, dispatcher, ref, 'route', { departments: ['market-regulation', 'health'] });

    ref = await act(t, reviewer, ref, 'review', { opinion: '同意', recommendation: 'approve' });
    expect(ref.status).toBe('routed');
    expect(await refuse(t, reviewer, ref, 'review', { opinion: '再审', recommendation: 'approve' })).toMatchObject({ status: 409, code: 'LANE_ALREADY_DONE' });
    ref = await act(t, healthReviewer, ref, 'review', { opinion: '卫生条件合格', recommendation: 'approve' });
    expect(ref.status).toBe('reviewed');

    ref = await act(t, healthApprover, ref, 'approve');
    expect(ref.status).toBe('reviewed');
    ref = await act(t, approver, ref, 'approve');
    expect(ref.status).toBe('approved');

    const load = await t.call('GET', '/api/v1/cases/stats/department-load', { session: dispatcher });
    expect(load.statusCode).toBe(200);
    expect(load.json()).toHaveProperty('unrouted');
    expect((await t.call('GET', '/api/v1/cases/stats/department-load', { session: reviewer })).statusCode).toBe(403);
  });

  it('reassigns to other departments and starts the back office over', async () => {
    let ref = await acceptedFoodPermit('2026-06-01T10:00:00');
    ref = await act(t, dispatcher, ref, 'route');
    ref = await act(t, reviewer, ref, 'review', { opinion: '同意', recommendation: 'approve' });
    ref = await act(t, dispatcher, ref, 'reassign', { departments: ['health'], opinion: '属卫生健康部门职责' });
    expect(ref.status).toBe('routed');
    expect((await t.call('GET', `/api/v1/cases/${ref.id}`, { session: reviewer })).statusCode).toBe(404);
    const queue = await t.call('GET', '/api/v1/cases?department=health&status=routed', { session: dispatcher });
    expect(queue.json().items.map((c: { id: string }) => c.id)).toContain(ref.id);
  });
});
