import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  createCasesTestApp,
  createStaff,
  eventCount,
  FOOD_FORM,
  FOOD_PERMIT,
  materials,
  refuse,
  uploadPdf,
  type Ref,
} from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';

let t: TestApp;
let citizen: Session, enterprise: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session, supervisor: Session;
let fileId: string;
beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, enterprise, clerk, dispatcher, reviewer, approver, supervisor] = await Promise.all(
    ['citizen', 'enterprise', 'clerk', 'dispatcher', 'reviewer', 'approver', 'supervisor'].map((u) => t.login(u)),
  );
  fileId = await uploadPdf(t, citizen);
});
afterAll(() => t?.close());

const countCases = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const countEvents = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('chain', 'like', 'case:%')
        .executeTakeFirstOrThrow()
    ).n,
  );

async function apply(body: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return t.call('POST', '/api/v1/cases', {
    session: citizen,
    body: { itemCode: FOOD_PERMIT, form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4, 5], fileId), ...body },
    headers,
  });
}

describe('actions out of order, by the wrong role or department, on a stale version', () => {
  let ref: Ref;
  beforeAll(async () => {
    ref = (await apply()).json();
  });

  it('refuses out-of-order actions with 422 and changes nothing', async () => {
    const before = await eventCount(t, ref.id);
    expect(await refuse(t, clerk, ref, 'issue', { mode: 'window' })).toMatchObject({ status: 422, code: 'INVALID_TRANSITION' });
    expect(await refuse(t, dispatcher, ref, 'route')).toMatchObject({ status: 422, code: 'INVALID_TRANSITION' });
    expect(await refuse(t, clerk, ref, 'complete')).toMatchObject({ status: 422, code: 'INVALID_TRANSITION' });
    const r = await refuse(t, citizen, ref, 'resubmit');
    expect(r).toMatchObject({ status: 422, code: 'INVALID_TRANSITION' });
    expect(r.body.message).toBe('办件当前状态为“已申请”，不能执行“补正后重新提交”');
    expect(await eventCount(t, ref.id)).toBe(before);
  });

  it('says 403 to a role that never takes the action and 404 outside the caller’s reach', async () => {
    const before = await eventCount(t, ref.id);
    expect(await refuse(t, citizen, ref, 'accept')).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await refuse(t, supervisor, ref, 'accept')).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    // Approving before acceptance: the case is not routed to the approver's department, so it does not exist for them.
    expect(await refuse(t, approver, ref, 'approve')).toMatchObject({ status: 404, code: 'CASE_NOT_FOUND' });
    expect((await t.call('GET', `/api/v1/cases/${ref.id}`, { session: reviewer })).statusCode).toBe(404);
    expect((await t.call('GET', `/api/v1/cases/${ref.id}`, { session: enterprise })).statusCode).toBe(404);
    expect(await refuse(t, enterprise, ref, 'withdraw')).toMatchObject({ status: 404, code: 'CASE_NOT_FOUND' });
    const missing = await t.call('GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000', { session: reviewer });
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'CASE_NOT_FOUND']);
    const districtClerk = await createStaff(t, 'clerk-donghe', ['window_clerk'], 'gov-services', '150202');
    expect(await refuse(t, districtClerk, ref, 'accept')).toMatchObject({ status: 404 });
    expect((await t.call('GET', `/api/v1/cases/${ref.id}`, { session: supervisor })).statusCode).toBe(200);
    expect(await eventCount(t, ref.id)).toBe(before);
    const denied = await t.ctx.db.selectFrom('events').select('data').where('action', '=', 'access.denied').execute();
    expect(denied.length).toBeGreaterThan(0);
  });

  it('answers a stale version with 409', async () => {
    const v1 = ref;
    ref = await act(t, clerk, ref, 'precheck');
    const before = await eventCount(t, ref.id);
    expect(await refuse(t, clerk, v1, 'accept')).toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    expect(await eventCount(t, ref.id)).toBe(before);
    ref = await act(t, clerk, ref, 'accept');
    expect(ref.version).toBe(3);
  });

  it('lets only one of two concurrent clerks win', async () => {
    const fresh: Ref = (await apply()).json();
    const results = await Promise.all([
      t.call('POST', `/api/v1/cases/${fresh.id}/actions/accept`, { session: clerk, body: { version: fresh.version } }),
      t.call('POST', `/api/v1/cases/${fresh.id}/actions/reject`, { session: clerk, body: { version: fresh.version, reasons: ['不属于本机关职权范围'] } }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await eventCount(t, fresh.id)).toBe(2);
  });

  it('refuses unknown fields and malformed bodies without writing', async () => {
    const before = await countEvents();
    expect(await refuse(t, dispatcher, ref, 'route', { departments: ['market-regulation'], hack: true })).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(await refuse(t, dispatcher, ref, 'route', { departments: 'market-regulation' })).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect((await t.call('POST', `/api/v1/cases/${ref.id}/actions/fly`, { session: dispatcher, body: { version: 1 } })).statusCode).toBe(404);
    expect(await countEvents()).toBe(before);
  });
});

describe('creating cases', () => {
  it('creates one case for the same Idempotency-Key sent twice', async () => {
    const [cases, events] = [await countCases(), await countEvents()];
    const first = await apply({}, { 'idempotency-key': 'apply-42' });
    const again = await apply({}, { 'idempotency-key': 'apply-42' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await countCases()).toBe(cases + 1);
    expect(await countEvents()).toBe(events + 1);
    const other = await apply({ channel: 'mobile' }, { 'idempotency-key': 'apply-42' });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countCases()).toBe(cases + 1);
  });

  it('checks the form against the item and lists every problem at once', async () => {
    const [cases, events] = [await countCases(), await countEvents()];
    const res = await apply({
      form: { entityName: '', uscc: '91350100M000100Y44', businessAddress: '昆区', area: 'sixty', mainBusiness: 'casino', colour: 'red' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('FORM_INVALID');
    expect(
      res
        .json()
        .details.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)
        .sort(),
    ).toEqual(['area:NOT_NUMBER', 'colour:UNKNOWN_FIELD', 'entityName:REQUIRED', 'mainBusiness:NOT_OPTION', 'uscc:USCC']);
    expect([await countCases(), await countEvents()]).toEqual([cases, events]);
  });

  it('refuses a walk-in applicant with a bad ID, materials of another user, unknown materials and items', async () => {
    const [cases, events] = [await countCases(), await countEvents()];
    const clerkFile = await uploadPdf(t, clerk);
    const badId = await t.call('POST', '/api/v1/cases', {
      session: clerk,
      body: {
        itemCode: FOOD_PERMIT,
        applicant: { idType: 'resident_id', name: '李四', idNumber: '110105194912310021', mobile: '13800001111' },
        form: FOOD_FORM,
        materials: [],
      },
    });
    expect(badId.statusCode).toBe(400);
    expect(JSON.stringify(badId.json().details)).toContain('CHECKSUM');
    const noApplicant = await t.call('POST', '/api/v1/cases', { session: clerk, body: { itemCode: FOOD_PERMIT, form: FOOD_FORM } });
    expect(noApplicant.json().code).toBe('APPLICANT_REQUIRED');
    const foreignFile = await apply({ materials: materials(FOOD_PERMIT, [1], clerkFile) });
    expect([foreignFile.statusCode, foreignFile.json().code]).toEqual([400, 'FILE_NOT_USABLE']);
    const unknownMaterial = await apply({ materials: [{ materialCode: 'X1', fileId }] });
    expect(unknownMaterial.json().code).toBe('MATERIAL_UNKNOWN');
    const noItem = await apply({ itemCode: '999999999999' });
    expect(noItem.statusCode).toBe(404);
    expect([await countCases(), await countEvents()]).toEqual([cases, events]);
  });

  it('keeps drafts without a number until submitted, then checks the whole form', async () => {
    const draft = await apply({ draft: true, form: { entityName: '半成品小店' }, materials: [] });
    expect(draft.statusCode).toBe(201);
    let ref: Ref = draft.json();
    expect(ref).toMatchObject({ status: 'draft', caseNo: null });
    const incomplete = await refuse(t, citizen, ref, 'submit');
    expect(incomplete).toMatchObject({ status: 400, code: 'FORM_INVALID' });
    const saved = await t.call('PATCH', `/api/v1/cases/${ref.id}`, {
      session: citizen,
      body: { version: ref.version, form: { ...FOOD_FORM }, materials: materials(FOOD_PERMIT, [1, 2], fileId) },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    ref = saved.json();
    ref = await act(t, citizen, ref, 'submit', { materials: materials(FOOD_PERMIT, [3, 4, 5], fileId) });
    expect(ref.status).toBe('submitted');
    expect(ref.caseNo).toMatch(/^BT150203-/);
    const other: Ref = (await apply({ draft: true, materials: [] })).json();
    const listed = await t.call('GET', '/api/v1/cases?status=draft', { session: clerk });
    expect(listed.json().items.map((c: { id: string }) => c.id)).not.toContain(other.id);
    expect((await t.call('GET', `/api/v1/cases/${other.id}`, { session: clerk })).statusCode).toBe(404);
    expect(await refuse(t, clerk, other, 'submit')).toMatchObject({ status: 404, code: 'CASE_NOT_FOUND' });
  });

  it('masks identities in staff lists', async () => {
    const res = await t.call('GET', '/api/v1/cases?pageSize=5', { session: clerk });
    expect(res.statusCode).toBe(200);
    for (const c of res.json().items) expect(c.applicantIdMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(res.body).not.toMatch(/\d{17}[\dX]/);
  });
});
