import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, createCasesTestApp, FOOD_FORM, FOOD_PERMIT, materials, setCaseTime, uploadPdf, type Ref } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { handleDeficiencyJob, sweepLights } from './cases.jobs';
import { findLightChanges } from './cases.queries';
import { handleSpecialDueJob } from './cases.special';

let t: TestApp;
let citizen: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session;
beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, clerk, dispatcher, reviewer, approver] = await Promise.all(['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'].map((u) => t.login(u)));
});
afterEach(() => setCaseTime(t, null));
afterAll(() => t?.close());

const at = (local: string) => new Date(`${local}+08:00`);

async function apply(numbers: number[], when: string): Promise<Ref> {
  setCaseTime(t, when);
  const fileId = await uploadPdf(t, citizen);
  const res = await t.call('POST', '/api/v1/cases', {
    session: citizen,
    body: { itemCode: FOOD_PERMIT, form: FOOD_FORM, materials: materials(FOOD_PERMIT, numbers, fileId) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const caseRow = (id: string) => t.ctx.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const templatesFor = async (userId: string, caseId: string) =>
  (await t.ctx.db.selectFrom('notifications').select('template').where('user_id', '=', userId).where('subject_id', '=', caseId).execute()).map(
    (r) => r.template,
  );

describe('light sweep', () => {
  it('turns lights yellow and red as the lines pass, writing only changed rows, and warns the staff', async () => {
    // Accepted Tue 2026-09-29: assessment line Sat 10-10 (make-up day), promised line Mon 10-12.
    let ref = await apply([1, 2, 3, 4, 5], '2026-09-29T10:00:00');
    ref = await act(t, clerk, ref, 'accept');
    ref = await act(t, dispatcher, ref, 'route');

    expect(await sweepLights(t.ctx, at('2026-10-10T20:00:00'))).toBe(0);
    expect((await caseRow(ref.id)).light).toBe('green');

    expect((await findLightChanges(t.ctx.db, at('2026-10-11T09:00:00'))).map((c) => c.id)).toEqual([ref.id]);
    expect(await sweepLights(t.ctx, at('2026-10-11T09:00:00'))).toBe(1);
    let row = await caseRow(ref.id);
    expect(row.light).toBe('yellow');
    expect(row.version).toBe(ref.version);
    expect(row.light_next_at?.toISOString()).toBe(row.promised_due?.toISOString());
    expect(await sweepLights(t.ctx, at('2026-10-11T09:05:00'))).toBe(0);
    expect(await templatesFor(reviewer.me.id as string, ref.id)).toContain('case.light_warning');
    expect(await templatesFor(approver.me.id as string, ref.id)).toContain('case.light_warning');
    // Yellow is the handlers' warning; the department head hears of the case only at red.
    const head = await t.ctx.db.selectFrom('users').select(['id', 'mobile']).where('username', '=', 'depthead').executeTakeFirstOrThrow();
    const headSms = () => t.ctx.db.selectFrom('sms_messages').select('body').where('mobile', '=', head.mobile!).where('subject_id', '=', ref.id).execute();
    expect(await templatesFor(head.id, ref.id)).toEqual([]);
    expect(await headSms()).toEqual([]);

    expect(await sweepLights(t.ctx, at('2026-10-13T08:30:00'))).toBe(1);
    row = await caseRow(ref.id);
    expect(row.light).toBe('red');
    expect(await templatesFor(head.id, ref.id)).toEqual(['case.light_warning']);
    const sms = await headSms();
    expect(sms).toHaveLength(1);
    expect(sms[0].body).toContain('已亮红灯');
    const red = await t.call('GET', '/api/v1/cases?light=red', { session: reviewer });
    expect(red.json().items.map((c: { id: string }) => c.id)).toEqual([ref.id]);

    const events = await t.ctx.db
      .selectFrom('events')
      .select(['action', 'data'])
      .where('chain', '=', `case:${ref.id}`)
      .where('action', '=', 'case.light_change')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.data)).toEqual([
      { from: 'green', to: 'yellow' },
      { from: 'yellow', to: 'red' },
    ]);
    const verify = await t.call('POST', '/api/v1/audit/verify', { session: await t.login('admin'), body: { chain: `case:${ref.id}` } });
    expect(verify.json().ok).toBe(true);
  });

  it('leaves paused and completed cases alone', async () => {
    let paused = await apply([1, 2, 3, 4, 5], '2026-09-29T10:00:00');
    paused = await act(t, clerk, paused, 'accept');
    setCaseTime(t, '2026-09-30T10:00:00');
    paused = await act(t, clerk, paused, 'request_correction', { items: [{ problem: '申请书签字不全' }] });
    await sweepLights(t.ctx, at('2026-12-01T10:00:00'));
    expect((await caseRow(paused.id)).light).toBe('green');
    expect((await caseRow(paused.id)).light_next_at).toBeNull();
  });
});

describe('容缺 deadline', () => {
  it('reminds the applicant on the last day, then closes the case as not accepted', async () => {
    let ref = await apply([1, 2, 3, 4], '2026-09-29T10:00:00');
    ref = await act(t, clerk, ref, 'accept_with_deficiency', { deficiencyDays: 2 });
    const jobs = await t.ctx.db
      .selectFrom('jobs')
      .select(['payload', 'run_at'])
      .where('queue', '=', 'cases.deficiency')
      .where('singleton_key', 'like', `%${ref.id}`)
      .execute();
    const runAt = Object.fromEntries(jobs.map((j) => [(j.payload as { kind: string }).kind, new Date(j.run_at).toISOString()]));
    // Two working days after Tue 09-29 across the holiday: Wed 09-30, Thu 10-08.
    expect(runAt).toEqual({ remind: at('2026-10-08T09:00:00').toISOString(), expire: at('2026-10-09T00:00:00').toISOString() });

    await handleDeficiencyJob(t.ctx, { caseId: ref.id, kind: 'remind' }, at('2026-10-08T09:00:00'));
    expect(await templatesFor(citizen.me.id as string, ref.id)).toContain('case.deficiency_reminder');
    await expect(handleDeficiencyJob(t.ctx, { caseId: ref.id, kind: 'expire' }, at('2026-10-08T12:00:00'))).rejects.toThrow(/not reached/);
    expect((await caseRow(ref.id)).status).toBe('accepted');

    setCaseTime(t, '2026-10-09T08:00:00');
    expect(await t.ctx.jobs.tick()).toBeGreaterThan(0);
    const row = await caseRow(ref.id);
    expect(row.status).toBe('not_accepted');
    expect(row.closed_at).not.toBeNull();
    expect(await templatesFor(citizen.me.id as string, ref.id)).toContain('case.deficiency_expired');
    const last = await t.ctx.db
      .selectFrom('events')
      .select(['action', 'actor_name'])
      .where('chain', '=', `case:${ref.id}`)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.action).toBe('case.deficiency_expire');
  });

  it('does nothing when the materials came in on time', async () => {
    let ref = await apply([1, 2, 3, 4], '2026-09-29T10:00:00');
    ref = await act(t, clerk, ref, 'accept_with_deficiency');
    const fileId = await uploadPdf(t, citizen);
    ref = await act(t, citizen, ref, 'supply_materials', { materials: materials(FOOD_PERMIT, [5], fileId) });
    await handleDeficiencyJob(t.ctx, { caseId: ref.id, kind: 'expire' }, at('2026-12-01T00:00:00'));
    const row = await caseRow(ref.id);
    expect(row.status).toBe('accepted');
    expect(row.deficiency).toBeNull();
    expect(row.version).toBe(ref.version);
  });
});

describe('special procedure limit', () => {
  it('alerts the handler, the departments and the supervisors when the procedure runs past its own limit', async () => {
    let ref = await apply([1, 2, 3, 4, 5], '2026-11-02T10:00:00');
    ref = await act(t, clerk, ref, 'accept');
    ref = await act(t, dispatcher, ref, 'route');
    setCaseTime(t, '2026-11-03T10:00:00');
    ref = await act(t, reviewer, ref, 'start_special', { procedure: '现场核查', limitDays: 2 });
    const job = await t.ctx.db
      .selectFrom('jobs')
      .select(['run_at'])
      .where('queue', '=', 'cases.special_due')
      .where('singleton_key', 'like', `special:${ref.id}:%`)
      .executeTakeFirstOrThrow();
    // Two working days after Tue 11-03: Wed 11-04, Thu 11-05; due at its end.
    expect(new Date(job.run_at).getTime()).toBe(at('2026-11-06T00:00:00').getTime());

    const startedAt = (await caseRow(ref.id)).special as { startedAt: string };
    await expect(handleSpecialDueJob(t.ctx, { caseId: ref.id, startedAt: startedAt.startedAt }, at('2026-11-05T20:00:00'))).rejects.toThrow(/not reached/);
    expect(((await caseRow(ref.id)).special as { overdueAt?: string }).overdueAt).toBeUndefined();

    setCaseTime(t, '2026-11-06T09:00:00');
    expect(await t.ctx.jobs.tick()).toBeGreaterThan(0);
    const row = await caseRow(ref.id);
    expect(row.status).toBe('special_procedure');
    expect((row.special as { overdueAt?: string }).overdueAt).toBe(at('2026-11-06T09:00:00').toISOString());
    expect(await templatesFor(reviewer.me.id as string, ref.id)).toContain('case.special_overdue');
    const supervisor = await t.login('supervisor');
    expect(await templatesFor(supervisor.me.id as string, ref.id)).toContain('case.special_overdue');
    const events = await t.ctx.db.selectFrom('events').select(['action']).where('chain', '=', `case:${ref.id}`).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toContain('case.special_overdue');

    // The case shows it and the department load counts it.
    const detail = await t.call('GET', `/api/v1/cases/${ref.id}`, { session: reviewer });
    expect(detail.json().special.overdueAt).toBeDefined();
    const load = (await t.call('GET', '/api/v1/cases/stats/department-load', { session: dispatcher })).json();
    expect(load.departments.find((d: { specialOverdue: number }) => d.specialOverdue > 0)).toBeDefined();

    // Ending the procedure clears it; a late timer does nothing.
    ref = await act(t, reviewer, { ...ref, version: row.version }, 'end_special', { outcome: '核查完毕' });
    expect((await caseRow(ref.id)).special).toBeNull();
  });
});
