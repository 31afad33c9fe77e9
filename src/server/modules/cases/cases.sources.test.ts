import smCrypto from 'sm-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createCasesTestApp, FOOD_PERMIT, materials, refuse, setCaseTime, uploadPdf, type Ref } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents } from '../../platform/audit/events.repository';
import { verifyChains } from '../../platform/audit/verify';
import { DEMO_ENTITIES, DEMO_PEOPLE } from '../exchange/exchange.demo.data';
import { loadDemoCatalog, loadDemoExchange } from '../exchange/exchange.demo';
import { licencesDemoSeeder } from '../licences/licences.demo';

/**
 * 免提交 (docs/decisions.md D21) through the routes on a real database: the guide's 电子证照 and
 * 共享获取 materials are satisfied for the applicant — by their own e-licence, picked from the wallet
 * or found for them, or by a query through the exchange made for the item's department and logged
 * with the case — so the window accepts without the paper, and the case shows the evidence.
 */

let t: TestApp;
let enterprise: Session, citizen: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session;

const COMPANY_CHANGE = '000101009000';
const USCC = DEMO_ENTITIES[0].uscc;

beforeAll(async () => {
  t = await createCasesTestApp();
  setCaseTime(t, '2026-12-01T10:00:00');
  await loadDemoCatalog(t.ctx, t.ctx.clock.now());
  await loadDemoExchange(t.ctx, t.ctx.clock.now());
  await licencesDemoSeeder(t.ctx);
  [enterprise, citizen, clerk, dispatcher, reviewer, approver] = await Promise.all(
    ['enterprise', 'citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'].map((u) => t.login(u)),
  );
}, 120_000);
afterAll(() => t?.close());

const get = (s: Session, url: string, lang = 'zh-CN') => t.call('GET', url, { session: s, headers: { 'accept-language': lang } });
const apply = (s: Session, body: Record<string, unknown>, lang = 'zh-CN') =>
  t.call('POST', '/api/v1/cases', { session: s, body: { channel: 'web', ...body }, headers: { 'accept-language': lang } });

/** The enterprise applies through its legal representative 赵建新. */
const AGENT = { applicantName: DEMO_PEOPLE[1].name, idNumber: DEMO_PEOPLE[1].idNumber };
const FORM = { ...AGENT, entityName: DEMO_ENTITIES[0].name, uscc: USCC, businessAddress: '昆都仑区阿尔丁大街 8 号', area: 120, mainBusiness: 'catering' };
/** The food permit's business licence is its second material (M02). */
const BUSINESS_LICENCE = `${FOOD_PERMIT}M02`;

async function materialOf(s: Session, caseId: string, code: string) {
  const detail = (await get(s, `/api/v1/cases/${caseId}`)).json();
  return detail.materials.find((m: { materialCode: string }) => m.materialCode === code);
}

describe('before applying', () => {
  it('tells the enterprise its business licence comes through the exchange, without reading its data', async () => {
    const before = await t.ctx.db
      .selectFrom('exchange_queries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await get(enterprise, `/api/v1/cases/material-offers?itemCode=${FOOD_PERMIT}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ materialCode: BUSINESS_LICENCE, source: 'exchange', label: expect.stringContaining('营业执照信息') }),
    ]);
    const after = await t.ctx.db
      .selectFrom('exchange_queries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('a clerk asks for a walk-in applicant by ID; an applicant may not name someone else', async () => {
    const ok = await get(clerk, `/api/v1/cases/material-offers?itemCode=${FOOD_PERMIT}&idType=uscc&idNumber=${USCC}`);
    expect(ok.json().items.map((i: { materialCode: string }) => i.materialCode)).toEqual([BUSINESS_LICENCE]);
    expect((await get(clerk, `/api/v1/cases/material-offers?itemCode=${FOOD_PERMIT}`)).statusCode).toBe(400);
    expect((await get(enterprise, `/api/v1/cases/material-offers?itemCode=${FOOD_PERMIT}&idType=uscc&idNumber=${USCC}`)).statusCode).toBe(400);
    const bad = await get(clerk, `/api/v1/cases/material-offers?itemCode=${FOOD_PERMIT}&idType=uscc&idNumber=91150203MA0NB4KQ70`, 'en-US');
    expect(bad.statusCode).toBe(400);
  });
});

describe('智能填单', () => {
  it('fills the form from the account and the business licence record, saying where each value came from; the read is logged', async () => {
    const res = await get(enterprise, `/api/v1/cases/prefill?itemCode=${FOOD_PERMIT}`);
    expect(res.statusCode, res.body).toBe(200);
    const { values, sources } = res.json();
    expect(values).toMatchObject({ entityName: DEMO_ENTITIES[0].name, uscc: USCC, businessAddress: DEMO_ENTITIES[0].address });
    expect(sources.entityName.label).toBe('账号实名信息');
    expect(sources.businessAddress.label).toContain('营业执照信息');
    expect(values).not.toHaveProperty('area');
    const logged = await t.ctx.db
      .selectFrom('exchange_queries')
      .selectAll()
      .where('case_id', 'is', null)
      .where('resource_code', '=', 'business-licence')
      .where('result', '=', 'allowed')
      .execute();
    expect(logged.length).toBeGreaterThan(0);
  });

  it('a citizen with no record gets the account’s values only', async () => {
    const { values, sources } = (await get(citizen, `/api/v1/cases/prefill?itemCode=${FOOD_PERMIT}`)).json();
    expect(values.applicantName).toBe('王晓明');
    expect(Object.values(sources).every((x) => (x as { label: string }).label === '账号实名信息')).toBe(true);
  });
});

describe('applying without the paper', () => {
  let ref: Ref;

  it('the business licence is fetched through the exchange for the market regulator, logged with the case', async () => {
    const fileId = await uploadPdf(t, enterprise);
    const res = await apply(enterprise, { itemCode: FOOD_PERMIT, form: FORM, materials: materials(FOOD_PERMIT, [1, 3, 4, 5], fileId) });
    expect(res.statusCode, res.body).toBe(201);
    ref = res.json();
    const m = await materialOf(enterprise, ref.id, BUSINESS_LICENCE);
    expect(m.files).toEqual([]);
    expect(m.sharedFrom).toMatchObject({ source: 'exchange', label: expect.stringContaining('营业执照信息'), licenceId: null });
    const q = await t.ctx.db.selectFrom('exchange_queries').selectAll().where('id', '=', m.sharedFrom.queryId).executeTakeFirstOrThrow();
    expect(q).toMatchObject({
      case_id: ref.id,
      result: 'allowed',
      resource_code: 'business-licence',
      consumer_department_code: 'market-regulation',
      user_id: null,
    });
    const events = await findChainEvents(t.ctx.db, `case:${ref.id}`);
    expect(events.map((e) => e.action)).toEqual(['case.submit', 'case.materials_shared']);
    expect(events[1].data).toMatchObject({ materials: [{ materialCode: BUSINESS_LICENCE, source: 'exchange', queryId: q.id }] });
  });

  it('the window accepts it with every other required material uploaded', async () => {
    ref = await act(t, clerk, ref, 'accept');
    expect(ref.status).toBe('accepted');
  });

  it('without the exchange answer the licence is still owed: the guard counts it', async () => {
    const fileId = await uploadPdf(t, citizen);
    // The demo citizen holds no business licence and no entity record: nothing can stand in.
    const res = await apply(citizen, {
      itemCode: FOOD_PERMIT,
      form: { ...FORM, entityName: '包头市昆都仑区晓明小吃店', uscc: DEMO_ENTITIES[1].uscc },
      materials: materials(FOOD_PERMIT, [1, 3, 4, 5], fileId),
    });
    const c: Ref = res.json();
    expect((await materialOf(citizen, c.id, BUSINESS_LICENCE)).sharedFrom).toBeNull();
    expect(await refuse(t, clerk, c, 'accept')).toMatchObject({ status: 422, code: 'MATERIALS_INCOMPLETE' });
  });
});

describe('the wallet', () => {
  let licenceId = '';

  it('a business licence issued as an e-licence after a change registration is offered for the next application', async () => {
    const fileId = await uploadPdf(t, enterprise);
    const res = await apply(enterprise, {
      itemCode: COMPANY_CHANGE,
      form: { legalRepName: DEMO_PEOPLE[1].name, entityName: DEMO_ENTITIES[0].name, uscc: USCC, changeItem: 'address' },
      materials: materials(COMPANY_CHANGE, [1, 2, 3], fileId),
    });
    expect(res.statusCode, res.body).toBe(201);
    let ref: Ref = res.json();
    ref = await act(t, clerk, ref, 'accept');
    ref = await act(t, dispatcher, ref, 'route');
    ref = await act(t, reviewer, ref, 'review', { opinion: '符合条件', recommendation: 'approve' });
    ref = await act(t, approver, ref, 'approve', { opinion: '准予变更登记', resultCode: USCC });
    ref = await act(t, approver, ref, 'complete');
    ref = await act(t, clerk, ref, 'issue', { mode: 'e_licence' });
    licenceId = (await get(enterprise, `/api/v1/cases/${ref.id}`)).json().delivery.licenceId;
    // The business licence verifies offline with the published key and sm-crypto alone; one changed character breaks it.
    const licence = (await get(enterprise, `/api/v1/licenses/${licenceId}`)).json();
    const { publicKey } = (await t.call('GET', `/api/v1/seals/${licence.signature.sealId}`)).json();
    const qr = JSON.parse(licence.qr) as { c: string; g: string };
    expect(smCrypto.sm2.doVerifySignature(qr.c, qr.g, publicKey, { hash: true })).toBe(true);
    expect(smCrypto.sm2.doVerifySignature(qr.c.replace(DEMO_ENTITIES[0].name, '包头市鹿城餐饮管理有限公同'), qr.g, publicKey, { hash: true })).toBe(false);

    const offers = (await get(enterprise, `/api/v1/cases/material-offers?itemCode=${FOOD_PERMIT}`)).json().items;
    expect(offers).toEqual([
      expect.objectContaining({
        materialCode: BUSINESS_LICENCE,
        source: 'e_licence',
        licences: [expect.objectContaining({ id: licenceId, typeName: '营业执照（变更）' })],
      }),
    ]);
  });

  it('picked from the wallet, it satisfies the material with the licence as evidence and no exchange query', async () => {
    const fileId = await uploadPdf(t, enterprise);
    const res = await apply(enterprise, {
      itemCode: FOOD_PERMIT,
      form: FORM,
      materials: materials(FOOD_PERMIT, [1, 3, 4, 5], fileId),
      licences: [{ materialCode: BUSINESS_LICENCE, licenceId }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const m = await materialOf(enterprise, res.json().id, BUSINESS_LICENCE);
    expect(m.sharedFrom).toMatchObject({ source: 'e_licence', licenceId, queryId: null, label: expect.stringContaining('营业执照') });
    const queries = await t.ctx.db.selectFrom('exchange_queries').select('id').where('case_id', '=', res.json().id).execute();
    expect(queries).toEqual([]);
  });

  it('refuses another holder’s licence, a material it does not fit, and a revoked one, clearly', async () => {
    const fileId = await uploadPdf(t, citizen);
    const other = await apply(
      citizen,
      { itemCode: FOOD_PERMIT, form: FORM, materials: materials(FOOD_PERMIT, [1, 3, 4, 5], fileId), licences: [{ materialCode: BUSINESS_LICENCE, licenceId }] },
      'en-US',
    );
    expect([other.statusCode, other.json().code, other.json().message]).toEqual([
      422,
      'PICK_NOT_USABLE',
      'The e-licence picked cannot stand for “营业执照”: it is not a licence the applicant holds',
    ]);
    const wrong = await apply(enterprise, { itemCode: FOOD_PERMIT, form: FORM, licences: [{ materialCode: `${FOOD_PERMIT}M01`, licenceId }] });
    expect([wrong.statusCode, wrong.json().code]).toEqual([422, 'PICK_NOT_USABLE']);
    const admin = await t.login('admin');
    expect((await t.call('POST', `/api/v1/licenses/${licenceId}/revoke`, { session: admin, body: { reason: '测试：登记信息有误' } })).statusCode).toBe(200);
    const revoked = await apply(enterprise, { itemCode: FOOD_PERMIT, form: FORM, licences: [{ materialCode: BUSINESS_LICENCE, licenceId }] });
    expect([revoked.statusCode, revoked.json().message]).toEqual([422, '所选电子证照不能用于“营业执照”：该电子证照已注销']);
    // Revoked, it is no longer offered: the exchange stands in again.
    const offers = (await get(enterprise, `/api/v1/cases/material-offers?itemCode=${FOOD_PERMIT}`)).json().items;
    expect(offers.map((o: { source: string }) => o.source)).toEqual(['exchange']);
  });

  it('every chain still verifies', async () => {
    const report = await verifyChains(t.ctx.db, { region: null });
    expect(report?.broken).toEqual([]);
  });
});
