import smCrypto from 'sm-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createCasesTestApp, FOOD_FORM, FOOD_PERMIT, materials, refuse, uploadPdf, type Ref } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { makeUscc } from '../../platform/ids/generate';

/**
 * An e-licence from a case (docs/domain.md S16; docs/decisions.md D17): a food permit delivered
 * as an e-licence is signed by the market regulator's seal; the holder finds it in the wallet; it
 * verifies offline with sm-crypto and the published key alone, and one changed character breaks it.
 */

let t: TestApp;
let citizen: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session, admin: Session, enterprise: Session;

async function approvedFoodPermit(): Promise<Ref> {
  const fileId = await uploadPdf(t, citizen);
  const res = await t.call('POST', '/api/v1/cases', {
    session: citizen,
    body: { itemCode: FOOD_PERMIT, form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4, 5], fileId) },
  });
  expect(res.statusCode, res.body).toBe(201);
  let ref: Ref = res.json();
  ref = await act(t, clerk, ref, 'accept');
  ref = await act(t, dispatcher, ref, 'route');
  ref = await act(t, reviewer, ref, 'review', { opinion: '符合条件', recommendation: 'approve' });
  ref = await act(t, approver, ref, 'approve', { opinion: '准予许可', resultCode: 'JY11502030001234' });
  return act(t, approver, ref, 'complete');
}

beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, clerk, dispatcher, reviewer, approver, admin, enterprise] = await Promise.all(
    ['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver', 'admin', 'enterprise'].map((u) => t.login(u)),
  );
}, 120_000);
afterAll(() => t?.close());

describe('e-licences from cases', () => {
  let licenceId = '';
  let sealId = '';

  it('cannot be issued while the department has no seal', async () => {
    const ref = await approvedFoodPermit();
    expect(await refuse(t, clerk, ref, 'issue', { mode: 'e_licence' })).toMatchObject({ status: 422, code: 'NO_ACTIVE_SEAL' });
  });

  it('is signed by the department seal when the result is delivered as an e-licence', async () => {
    const seal = await t.call('POST', '/api/v1/seals', {
      session: admin,
      body: {
        departmentCode: 'market-regulation',
        holderUscc: makeUscc('11150200011505920'),
        name: '电子证照专用章',
        kind: 'licence',
        validFrom: '2020-01-01',
        validTo: '2099-12-31',
        maker: '包头市公安局备案',
      },
    });
    expect(seal.statusCode, seal.body).toBe(201);
    sealId = seal.json().sealId;

    const ref = await approvedFoodPermit();
    const issued = await act(t, clerk, ref, 'issue', { mode: 'e_licence' });
    const detail = (await t.call('GET', `/api/v1/cases/${issued.id}`, { session: citizen })).json();
    expect(detail.delivery.mode).toBe('e_licence');
    expect(detail.delivery.licenceNo).toMatch(/^1\.2\.156\.3005\.2\.000101019000\.11150200011505920.\.JY11502030001234\.001\.[0-9A-Z]$/);
    licenceId = detail.delivery.licenceId;

    const mine = (await t.call('GET', '/api/v1/licenses/mine', { session: citizen })).json();
    expect(mine.items.map((l: { id: string }) => l.id)).toContain(licenceId);
    expect((await t.call('GET', '/api/v1/me/licenses', { session: citizen })).json()).toEqual(mine);
    const licence = (await t.call('GET', `/api/v1/licenses/${licenceId}`, { session: citizen })).json();
    expect(licence).toMatchObject({
      identifier: detail.delivery.licenceNo,
      type: { code: FOOD_PERMIT },
      number: 'JY11502030001234',
      holder: { name: detail.applicant.name },
      issuer: { name: '市市场监管局', departmentCode: 'market-regulation' },
      status: 'valid',
      signature: { sealId, algorithm: 'SM2-SM3' },
    });
    // Food permits are valid for five years.
    expect(licence.validUntil).toBe(`${Number(licence.issuedAt.slice(0, 4)) + 5}${licence.issuedAt.slice(4)}`);
    expect(JSON.parse(licence.canonical)).toEqual(licence.data);
  });

  it('verifies offline with sm-crypto and the published public key alone; one changed character breaks it', async () => {
    const licence = (await t.call('GET', `/api/v1/licenses/${licenceId}`, { session: citizen })).json();
    const { publicKey } = (await t.call('GET', `/api/v1/seals/${licence.signature.sealId}`, { session: null })).json();
    // What a verifier without Tongban does: the QR's text, the library, the key.
    const qr = JSON.parse(licence.qr) as { c: string; s: string; g: string };
    expect(smCrypto.sm2.doVerifySignature(qr.c, qr.g, publicKey, { hash: true })).toBe(true);
    const altered = qr.c.replace('JY11502030001234', 'JY11502030001235');
    expect(smCrypto.sm2.doVerifySignature(altered, qr.g, publicKey, { hash: true })).toBe(false);

    const verify = (payload: unknown) => t.call('POST', '/api/v1/licenses/verify', { session: null, body: { payload } });
    expect((await verify(licence.qr)).json()).toMatchObject({ valid: true, reason: 'valid', licence: { number: 'JY11502030001234' }, seal: { sealId } });
    expect((await verify(licence)).json()).toMatchObject({ valid: true });
    expect((await verify(JSON.stringify({ ...qr, c: altered }))).json()).toMatchObject({ valid: false, reason: 'tampered' });
    expect((await verify(JSON.stringify({ ...qr, s: '15020099999999' }))).json()).toMatchObject({ valid: false, reason: 'unknown_seal' });
    const res = await verify('not a licence');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('二维码');
  });

  it('is suspended and resumed, then renewed as the next version, which supersedes the old one; each change is audited', async () => {
    const verify = async (id: string) => {
      const qr = (await t.call('GET', `/api/v1/licenses/${id}`, { session: citizen })).json().qr;
      return (await t.call('POST', '/api/v1/licenses/verify', { session: null, body: { payload: qr } })).json();
    };
    const post = (s: Session, action: string, body?: unknown) => t.call('POST', `/api/v1/licenses/${licenceId}/${action}`, { session: s, body });
    expect((await post(enterprise, 'suspend', { reason: '无权' })).statusCode).toBe(403);
    const suspended = await post(approver, 'suspend', { reason: '现场检查发现问题，责令整改期间暂扣' });
    expect(suspended.json()).toMatchObject({ status: 'suspended', suspendedReason: '现场检查发现问题，责令整改期间暂扣' });
    expect(await verify(licenceId)).toMatchObject({ valid: false, reason: 'licence_suspended' });
    const twice = await t.call('POST', `/api/v1/licenses/${licenceId}/suspend`, {
      session: approver,
      body: { reason: '再次暂扣' },
      headers: { 'accept-language': 'en-US' },
    });
    expect([twice.statusCode, twice.json().message]).toEqual([409, 'This e-licence is suspended; it cannot be suspended']);
    expect((await post(approver, 'renew')).statusCode).toBe(409);
    expect((await post(approver, 'resume', { reason: '整改完成' })).json()).toMatchObject({ status: 'valid', suspendedReason: null });
    expect(await verify(licenceId)).toMatchObject({ valid: true });

    const renewed = await post(approver, 'renew');
    expect(renewed.statusCode, renewed.body).toBe(200);
    const next = renewed.json();
    expect(next.identifier).toMatch(/\.002\.[0-9A-Z]$/);
    expect(next.status).toBe('valid');
    expect(await verify(next.id)).toMatchObject({ valid: true });
    expect(await verify(licenceId)).toMatchObject({ valid: false, reason: 'superseded' });
    expect((await t.call('GET', `/api/v1/licenses/${licenceId}`, { session: citizen })).json()).toMatchObject({ status: 'superseded', supersededBy: next.id });
    const actions = await t.ctx.db.selectFrom('events').select('action').where('subject_id', '=', licenceId).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['licence.suspend', 'licence.resume', 'licence.renew']);
    // A superseded version cannot be revoked; the live one can, suspended or not (the next test revokes it).
    expect((await post(approver, 'revoke', { reason: '旧版本注销' })).statusCode).toBe(409);
    licenceId = next.id;
    expect((await post(approver, 'suspend', { reason: '现场检查发现问题，暂扣' })).json().status).toBe('suspended');
  });

  it('证照管理 lists the department’s licences by status and search; a citizen may not list', async () => {
    const list = (q: string, s: Session = approver) => t.call('GET', `/api/v1/licenses?${q}`, { session: s });
    const all = (await list('')).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.items[0]).toMatchObject({ id: licenceId, status: 'suspended', holderName: expect.any(String) });
    expect(all.items[0]).not.toHaveProperty('holder');
    expect((await list('status=superseded')).json().items.map((l: { status: string }) => l.status)).toEqual(['superseded']);
    expect((await list('q=JY11502030001234')).json().total).toBe(all.total);
    expect((await list('q=%25_')).json().total).toBe(0);
    expect((await list('', citizen)).statusCode).toBe(403);
    expect((await list('department=taxation', admin)).json().total).toBe(0);
  });

  it('keeps another person out; a revoked licence and a revoked seal fail verification', async () => {
    expect((await t.call('GET', `/api/v1/licenses/${licenceId}`, { session: enterprise })).statusCode).toBe(403);
    expect((await t.call('GET', `/api/v1/licenses/${licenceId}`, { session: null })).statusCode).toBe(401);
    expect((await t.call('GET', `/api/v1/licenses/${licenceId}`, { session: reviewer })).statusCode).toBe(200);
    const qr = (await t.call('GET', `/api/v1/licenses/${licenceId}/qr.svg`, { session: citizen })).body;
    expect(qr).toContain('<svg');

    // The issuing department revokes it: verification says so; a second revocation and another department are refused.
    const other = (await t.call('POST', `/api/v1/licenses/${licenceId}/revoke`, { session: enterprise, body: { reason: '无权' } })).statusCode;
    expect(other).toBe(403);
    const revoked = await t.call('POST', `/api/v1/licenses/${licenceId}/revoke`, { session: approver, body: { reason: '申请人申请注销' } });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokedReason: '申请人申请注销' });
    expect((await t.call('POST', `/api/v1/licenses/${licenceId}/revoke`, { session: approver, body: { reason: '再次注销' } })).statusCode).toBe(409);
    const payload = (await t.call('GET', `/api/v1/licenses/${licenceId}`, { session: citizen })).json().qr;
    expect((await t.call('POST', '/api/v1/licenses/verify', { session: null, body: { payload } })).json()).toMatchObject({
      valid: false,
      reason: 'licence_revoked',
    });

    await t.call('POST', `/api/v1/seals/${sealId}/revoke`, { session: admin, body: { reason: '密钥泄露，停用' } });
    const licence = (await t.call('GET', `/api/v1/licenses/${licenceId}`, { session: citizen })).json();
    expect((await t.call('POST', '/api/v1/licenses/verify', { session: null, body: { payload: licence.qr } })).json()).toMatchObject({
      valid: false,
      reason: 'seal_revoked',
    });
  });
});
