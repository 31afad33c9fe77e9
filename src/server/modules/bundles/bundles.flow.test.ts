import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp, uploadPdf } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { getDemoItemByName } from '../catalog/demo';

/**
 * "一件事一次办" end to end on the real database (docs/decisions.md D24): a restaurant applied for
 * once, the members created together and routed to their departments, the window accepting the
 * bundle as one thing, the registration's result handed to the later members, bad input refused
 * with nothing half-done, and a withdrawal of every member in one transaction.
 */

let t: TestApp;
let citizen: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session;
const code = (name: string) => getDemoItemByName(name).basicCode;
const REG = code('公司设立登记');
const FOOD = code('食品经营许可证核发');
const FIRE = code('公众聚集场所投入使用、营业前消防安全检查');
const SIGN = code('户外招牌设置备案');
const SEWER = code('城镇污水排入排水管网许可');
const NEW_USCC = '91150203MA0N7XQ43X';

beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, clerk, dispatcher, reviewer, approver] = await Promise.all(['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'].map((u) => t.login(u)));
});
afterAll(() => t?.close());

const ANSWERS = { entityType: 'company', floorArea: 420, usesGas: false };
const FORM = {
  entityName: '包头市鹿城餐饮管理有限公司',
  registeredCapital: 500000,
  businessScope: '餐饮服务；食品销售',
  businessAddress: '昆都仑区钢铁大街 88 号',
  legalRepName: '王晓明',
  area: 420,
  mainBusiness: 'catering',
  signSize: '6m×1.2m',
  volume: '20 吨/日',
  floorArea: 420,
};

async function plan(answers: Record<string, unknown>) {
  return t.call('POST', '/api/v1/bundles/open-restaurant/plan', { body: { answers } });
}

async function apply(session: Session, body: Record<string, unknown>, key?: string) {
  return t.call('POST', '/api/v1/bundle-cases', { session, body, ...(key ? { headers: { 'idempotency-key': key } } : {}) });
}

async function uploadAll(p: { materials: Array<{ key: string; provision: string }> }) {
  const fileId = await uploadPdf(t, citizen);
  return p.materials.filter((m) => m.provision !== 'in_bundle').map((m) => ({ key: m.key, fileId }));
}

describe('planning a bundle', () => {
  it('selects the members the answers call for, each field and material once, the licence as the registration’s result', async () => {
    const res = await plan(ANSWERS);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    const selected = p.items.filter((i: { selected: boolean }) => i.selected).map((i: { itemCode: string }) => i.itemCode);
    expect(selected.sort()).toEqual([REG, FOOD, FIRE, SIGN, SEWER].sort());
    expect(p.items.find((i: { itemCode: string }) => i.itemCode === FIRE).reason).toContain('300');
    expect(p.items.find((i: { itemCode: string }) => i.itemCode === code('燃气报装')).reason).toMatch(/^不需要办理/);
    const keys = p.form.map((f: { key: string }) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(p.form.find((f: { key: string }) => f.key === 'businessAddress').items.length).toBeGreaterThanOrEqual(4);
    const uscc = p.form.find((f: { key: string }) => f.key === 'uscc');
    expect(uscc).toMatchObject({ required: false, producedBy: { itemCode: REG } });
    const licence = p.materials.filter((m: { name: string }) => m.name === '营业执照');
    expect(licence).toHaveLength(1);
    expect(licence[0]).toMatchObject({ provision: 'in_bundle', producedBy: { itemCode: REG } });
    expect(licence[0].items.length).toBeGreaterThanOrEqual(3);
    expect(p.separately.materials).toBeGreaterThan(p.materials.length);
    expect(p.promisedWorkdays).toBe(6);
  });

  it('refuses unanswered or wrongly typed answers, every problem listed', async () => {
    const res = await plan({ entityType: 'partnership', floorArea: -1 });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('BUNDLE_ANSWERS_INVALID');
    expect(body.details.map((d: { path: string }) => d.path).sort()).toEqual(['answers.entityType', 'answers.floorArea', 'answers.usesGas']);
  });
});

describe('applying once', () => {
  let bundleId: string;
  let version: number;

  it('creates the bundle and one case per selected member in one go, each routed to its own department', async () => {
    const p = (await plan(ANSWERS)).json();
    const materials = await uploadAll(p);
    const res = await apply(
      citizen,
      { bundleCode: 'open-restaurant', answers: ANSWERS, form: FORM, materials, delivery: { timing: 'together', mode: 'e_licence' } },
      'restaurant-1',
    );
    expect(res.statusCode, res.body).toBe(201);
    const ref = res.json();
    expect(ref.bundleNo).toMatch(/^YJ150203-\d{8}-\d{6}$/);
    expect(ref.cases.map((c: { itemCode: string }) => c.itemCode).sort()).toEqual([REG, FOOD, FIRE, SIGN, SEWER].sort());
    const again = await apply(
      citizen,
      { bundleCode: 'open-restaurant', answers: ANSWERS, form: FORM, materials, delivery: { timing: 'together', mode: 'e_licence' } },
      'restaurant-1',
    );
    expect(again.json().id).toBe(ref.id);
    const rows = await t.ctx.db
      .selectFrom('cases')
      .select(['item_code', 'department_code', 'status', 'bundle_stage'])
      .where('bundle_case_id', '=', ref.id)
      .execute();
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.item_code === FIRE)?.department_code).toBe('fire-rescue');
    expect(rows.find((r) => r.item_code === REG)?.bundle_stage).toBe(1);
    expect(rows.find((r) => r.item_code === FOOD)?.bundle_stage).toBe(2);
    bundleId = ref.id;
  });

  it('shows the bundle as one thing: members, its own line and the later stage waiting for the licence', async () => {
    const d = (await t.call('GET', `/api/v1/bundle-cases/${bundleId}`, { session: clerk })).json();
    expect(d.status).toBe('submitted');
    expect(d.light).toBe('green');
    expect(d.applicant.idNumberMasked).toMatch(/\*/);
    // The merged form as the members hold it: what a resubmission starts from.
    expect(d.form).toMatchObject({ entityName: FORM.entityName, businessScope: FORM.businessScope, floorArea: 420 });
    expect(d.members.find((m: { itemCode: string }) => m.itemCode === FOOD).waitingFor).toEqual(['公司设立登记']);
    expect(d.actions).toEqual(expect.arrayContaining(['accept', 'request_correction']));
    version = d.version;
  });

  it('accepts at the window what can be accepted; the later stage waits for its results', async () => {
    const res = await t.call('POST', `/api/v1/bundle-cases/${bundleId}/actions/accept`, { session: clerk, body: { version } });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.status).toBe('in_progress');
    expect(d.members.find((m: { itemCode: string }) => m.itemCode === REG).status).toBe('accepted');
    expect(d.members.find((m: { itemCode: string }) => m.itemCode === FOOD).status).toBe('submitted');
    const stale = await t.call('POST', `/api/v1/bundle-cases/${bundleId}/actions/accept`, { session: clerk, body: { version } });
    expect(stale.statusCode).toBe(409);
    const nothing = await t.call('POST', `/api/v1/bundle-cases/${bundleId}/actions/accept`, { session: clerk, body: { version: d.version } });
    expect(nothing.json().code).toBe('BUNDLE_NOTHING_TO_ACCEPT');
    version = d.version;
  });

  it('hands the registration’s licence and credit code to the later members once it is decided', async () => {
    const reg = await t.ctx.db
      .selectFrom('cases')
      .select(['id', 'version'])
      .where('bundle_case_id', '=', bundleId)
      .where('item_code', '=', REG)
      .executeTakeFirstOrThrow();
    const step = async (s: Session, action: string, body: Record<string, unknown> = {}) => {
      const cur = await t.ctx.db.selectFrom('cases').select('version').where('id', '=', reg.id).executeTakeFirstOrThrow();
      const r = await t.call('POST', `/api/v1/cases/${reg.id}/actions/${action}`, { session: s, body: { version: cur.version, ...body } });
      expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
    };
    await step(dispatcher, 'route');
    await step(reviewer, 'review', { opinion: '材料齐全，符合设立条件', recommendation: 'approve' });
    await step(approver, 'approve', { resultCode: NEW_USCC });
    await step(approver, 'complete');
    await t.ctx.jobs.tick();
    const food = await t.ctx.db
      .selectFrom('cases')
      .select(['id', 'form'])
      .where('bundle_case_id', '=', bundleId)
      .where('item_code', '=', FOOD)
      .executeTakeFirstOrThrow();
    expect(food.form.uscc).toBe(NEW_USCC);
    const sourced = await t.ctx.db.selectFrom('case_material_sources').selectAll().where('case_id', '=', food.id).execute();
    expect(sourced.find((s) => s.source === 'bundle')?.from_case_id).toBe(reg.id);

    const d = (await t.call('GET', `/api/v1/bundle-cases/${bundleId}`, { session: clerk })).json();
    expect(d.members.find((m: { itemCode: string }) => m.itemCode === FOOD).waitingFor).toEqual([]);
    const res = await t.call('POST', `/api/v1/bundle-cases/${bundleId}/actions/accept`, { session: clerk, body: { version: d.version } });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    // Results wanted together: no issuing while members are still being handled, though one is done.
    expect((await t.call('GET', `/api/v1/bundle-cases/${bundleId}`, { session: clerk })).json().actions).not.toContain('issue');
    expect(after.members.filter((m: { stage: number; status: string }) => m.stage === 2).every((m: { status: string }) => m.status !== 'submitted')).toBe(true);
  });

  it('sends one correction notice across members and takes one resubmission for all of them', async () => {
    const d = (await t.call('GET', `/api/v1/bundle-cases/${bundleId}`, { session: clerk })).json();
    const res = await t.call('POST', `/api/v1/bundle-cases/${bundleId}/actions/request_correction`, {
      session: clerk,
      body: {
        version: d.version,
        items: [
          { itemCode: FOOD, materialCode: `${FOOD}M04`, problem: '平面布局图未标注操作间' },
          { itemCode: FIRE, field: 'floorArea', problem: '建筑面积与平面图不一致' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.status).toBe('correction_requested');
    const mine = (await t.call('GET', `/api/v1/bundle-cases/${bundleId}`, { session: citizen })).json();
    expect(mine.actions).toContain('resubmit');
    const fileId = await uploadPdf(t, citizen, '平面布局图.pdf');
    const r = await t.call('POST', `/api/v1/bundle-cases/${bundleId}/actions/resubmit`, {
      session: citizen,
      body: { version: mine.version, form: { floorArea: 415 }, materials: [{ key: `${FOOD}M04`, fileId }] },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().status).toBe('in_progress');
  });
});

describe('bad input', () => {
  it('refuses an upload for a material the bundle produces itself, and unknown fields, creating nothing', async () => {
    const before = await t.ctx.db
      .selectFrom('bundle_cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const fileId = await uploadPdf(t, citizen);
    const p = (await plan(ANSWERS)).json();
    const licence = p.materials.find((m: { name: string }) => m.name === '营业执照');
    const r1 = await apply(citizen, { bundleCode: 'open-restaurant', answers: ANSWERS, form: FORM, materials: [{ key: licence.key, fileId }] });
    expect(r1.json().code).toBe('BUNDLE_MATERIAL_IN_BUNDLE');
    const r2 = await apply(citizen, { bundleCode: 'open-restaurant', answers: ANSWERS, form: { ...FORM, favouriteDish: '烧麦' } });
    expect(r2.json().code).toBe('BUNDLE_FIELD_UNKNOWN');
    const r3 = await apply(citizen, { bundleCode: 'open-restaurant', answers: ANSWERS, form: { ...FORM, entityName: '' } });
    expect(r3.json()).toMatchObject({ code: 'BUNDLE_FORM_INVALID' });
    expect(r3.json().details.map((d: { field: string }) => d.field)).toContain('entityName');
    const after = await t.ctx.db
      .selectFrom('bundle_cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('withdraws every member in one transaction', async () => {
    const p = (await plan({ ...ANSWERS, floorArea: 80 })).json();
    const created = await apply(citizen, { bundleCode: 'open-restaurant', answers: { ...ANSWERS, floorArea: 80 }, form: FORM, materials: await uploadAll(p) });
    expect(created.statusCode, created.body).toBe(201);
    const ref = created.json();
    expect(ref.cases).toHaveLength(4);
    const d = (await t.call('GET', `/api/v1/bundle-cases/${ref.id}`, { session: citizen })).json();
    const res = await t.call('POST', `/api/v1/bundle-cases/${ref.id}/actions/withdraw`, { session: citizen, body: { version: d.version, reason: '选址变更' } });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    expect(w.status).toBe('withdrawn');
    expect(w.members.every((m: { status: string }) => m.status === 'withdrawn')).toBe(true);
    // Withdrawn at once: no status in between, as the members were withdrawn one by one.
    const steps = await t.ctx.db.selectFrom('events').select('action').where('chain', '=', `bundle:${ref.id}`).orderBy('seq').execute();
    expect(steps.map((e) => e.action)).toEqual(['bundle.submit', 'bundle.withdraw']);
    const other = await t.call('GET', `/api/v1/bundle-cases/${ref.id}`, { session: await t.login('enterprise') });
    expect(other.statusCode).toBe(404);
  });
});

describe('supervision figures', () => {
  it('counts bundles received and what applying once saved, per lead department', async () => {
    const supervisor = await t.login('supervisor');
    const r = (await t.call('GET', `/api/v1/reports?period=day&date=${toShanghaiDate(new Date())}&by=department`, { session: supervisor })).json();
    expect(r.indicators.map((i: { source: string }) => i.source)).toContain('bundles');
    const market = r.rows.find((x: { key: string }) => x.key === 'market-regulation');
    expect(market.values.bundlesReceived).toBe(2);
    // 营业执照 is the registration's result for the four later members of the first 开办饭店 and the three of the second.
    expect(market.values.bundleMaterialsSaved).toBe(4 + 3);
    expect(market.values.bundleApplicationsSaved).toBe(4 + 3);
    expect(r.total.values).toMatchObject({ bundlesReceived: 2, bundlesCompleted: 0, bundlesOnTimeRate: null });
  });
});

// After the figures above, which count the bundles made so far.
describe('a correction across stages', () => {
  it('takes the answer to a correction sent before the registration is decided, not asking yet for the credit code it will give', async () => {
    const answers = { ...ANSWERS, floorArea: 80 };
    const p = (await plan(answers)).json();
    const created = await apply(citizen, { bundleCode: 'open-restaurant', answers, form: FORM, materials: await uploadAll(p) });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    let d = (await t.call('GET', `/api/v1/bundle-cases/${id}`, { session: clerk })).json();
    d = (await t.call('POST', `/api/v1/bundle-cases/${id}/actions/accept`, { session: clerk, body: { version: d.version } })).json();
    const asked = await t.call('POST', `/api/v1/bundle-cases/${id}/actions/request_correction`, {
      session: clerk,
      body: {
        version: d.version,
        items: [
          { itemCode: REG, materialCode: `${REG}M02`, problem: '章程未载明出资期限' },
          { itemCode: FOOD, field: 'area', problem: '经营面积与平面图不一致' },
        ],
      },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const mine = (await t.call('GET', `/api/v1/bundle-cases/${id}`, { session: citizen })).json();
    const fileId = await uploadPdf(t, citizen, '公司章程.pdf');
    const r = await t.call('POST', `/api/v1/bundle-cases/${id}/actions/resubmit`, {
      session: citizen,
      body: { version: mine.version, form: { area: 78 }, materials: [{ key: `${REG}M02`, fileId }] },
    });
    expect(r.statusCode, r.body).toBe(200);
    const after = r.json();
    expect(after.members.find((m: { itemCode: string }) => m.itemCode === REG).status).toBe('accepted');
    const food = after.members.find((m: { itemCode: string }) => m.itemCode === FOOD);
    expect(food.status).toBe('submitted');
    expect(food.waitingFor).toEqual(['公司设立登记']);
  });
});
