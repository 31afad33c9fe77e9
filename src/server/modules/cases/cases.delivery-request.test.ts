import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createCasesTestApp, FOOD_FORM, FOOD_PERMIT, materials, uploadPdf, type Ref } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { offeredDeliveryModes } from '../../../shared/catalog/catalog.enums';
import { getPublishedItem } from '../catalog';
import { checkDeliveryRequest } from './cases.delivery-request';

describe('the ways of receiving a result an item offers (D27)', () => {
  it('offers express only when the item says so and an e-licence only for a licence or certificate', () => {
    expect(offeredDeliveryModes({ resultType: 'licence', expressDelivery: true })).toEqual(['window', 'express', 'e_licence']);
    expect(offeredDeliveryModes({ resultType: 'certificate', expressDelivery: false })).toEqual(['window', 'e_licence']);
    expect(offeredDeliveryModes({ resultType: 'filing', expressDelivery: false })).toEqual(['window']);
    expect(offeredDeliveryModes({ resultType: 'approval', expressDelivery: true })).toEqual(['window', 'express']);
  });
});

let t: TestApp;
let citizen: Session, clerk: Session;
beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, clerk] = await Promise.all(['citizen', 'clerk'].map((u) => t.login(u)));
});
afterAll(() => t?.close());

const EXPRESS = { mode: 'express', recipient: '王晓明', mobile: '13947201234', address: '昆都仑区钢铁大街 88 号 3 单元 501' } as const;

describe('the guided application’s delivery choice and declaration', () => {
  it('keeps the choice on the draft, records the declaration at submission and masks the recipient’s mobile after', async () => {
    const created = await t.call('POST', '/api/v1/cases', {
      session: citizen,
      body: { itemCode: FOOD_PERMIT, channel: 'web', draft: true, form: FOOD_FORM, delivery: EXPRESS },
    });
    expect(created.statusCode, created.body).toBe(201);
    let ref: Ref = created.json();
    let draft = (await t.call('GET', `/api/v1/cases/${ref.id}`, { session: citizen })).json();
    expect(draft.deliveryRequest).toEqual(EXPRESS);
    expect(draft.declaredAt).toBeNull();

    // A later step changes the choice; the draft keeps the latest.
    const edited = await t.call('PATCH', `/api/v1/cases/${ref.id}`, { session: citizen, body: { version: ref.version, delivery: { mode: 'window' } } });
    expect(edited.statusCode, edited.body).toBe(200);
    ref = edited.json();
    draft = (await t.call('GET', `/api/v1/cases/${ref.id}`, { session: citizen })).json();
    expect(draft.deliveryRequest).toEqual({ mode: 'window' });

    const fileId = await uploadPdf(t, citizen);
    ref = await act(t, citizen, ref, 'submit', { materials: materials(FOOD_PERMIT, [1, 2, 3, 4, 5], fileId), delivery: EXPRESS, declaration: true });
    expect(ref.status).toBe('submitted');
    const seen = (await t.call('GET', `/api/v1/cases/${ref.id}`, { session: clerk })).json();
    expect(seen.deliveryRequest).toEqual({ ...EXPRESS, mobile: '139****1234' });
    expect(new Date(seen.declaredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const submit = seen.events.find((e: { action: string }) => e.action === 'case.submit');
    expect(submit.data).toMatchObject({ deliveryMode: 'express', declared: true });
    expect(JSON.stringify(submit.data)).not.toContain('钢铁大街');
  });

  it('refuses a way the item does not offer, saying which', async () => {
    const res = await t.call('POST', '/api/v1/cases', {
      session: citizen,
      body: { itemCode: FOOD_PERMIT, channel: 'web', draft: true, form: FOOD_FORM, delivery: { ...EXPRESS, mobile: '12345' } },
    });
    expect(res.statusCode).toBe(400);

    const item = await getPublishedItem(t.ctx.db, FOOD_PERMIT);
    const noExpress = { ...item, expressDelivery: false, resultType: 'filing' as const };
    expect(() => checkDeliveryRequest(noExpress, EXPRESS)).toThrow(expect.objectContaining({ code: 'DELIVERY_NOT_OFFERED' }));
    expect(() => checkDeliveryRequest(noExpress, { mode: 'e_licence' })).toThrow(/e-licence/);
    expect(checkDeliveryRequest(noExpress, { mode: 'window' })).toBe('{"mode":"window"}');
  });

  it('leaves the declaration off a submission that does not sign it (a window clerk’s paper one)', async () => {
    const fileId = await uploadPdf(t, citizen);
    const res = await t.call('POST', '/api/v1/cases', {
      session: citizen,
      body: { itemCode: FOOD_PERMIT, channel: 'web', form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4, 5], fileId) },
    });
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await t.call('GET', `/api/v1/cases/${res.json().id}`, { session: citizen })).json();
    expect(detail.declaredAt).toBeNull();
    expect(detail.deliveryRequest).toBeNull();
  });
});
