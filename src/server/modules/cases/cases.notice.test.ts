import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createCasesTestApp, FOOD_FORM, FOOD_PERMIT, materials, uploadPdf } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';

/** The notice of a case's stage as a PDF (docs/decisions.md D34), for the applicant and the staff who see the case. */

let t: TestApp & { dataDir: string };
let citizen: Session, enterprise: Session, clerk: Session;
beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, enterprise, clerk] = await Promise.all(['citizen', 'enterprise', 'clerk'].map((u) => t.login(u)));
});
afterAll(() => t?.close());

async function notice(s: Session, id: string) {
  const res = await t.call('GET', `/api/v1/cases/${id}/notice.pdf`, { session: s });
  return { res, title: res.statusCode === 200 ? (await PDFDocument.load(res.rawPayload)).getTitle() : null };
}

describe('a case’s notice', () => {
  it('follows the stage: a receipt on submission, the correction notice while items are owed, and is the applicant’s and the clerk’s to print', async () => {
    const fileId = await uploadPdf(t, citizen);
    const res = await t.call('POST', '/api/v1/cases', {
      session: citizen,
      body: { itemCode: FOOD_PERMIT, channel: 'web', form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4], fileId) },
    });
    expect(res.statusCode, res.body).toBe(201);
    const ref = res.json();
    const first = await notice(citizen, ref.id);
    expect(first.res.headers['content-type']).toBe('application/pdf');
    expect(first.res.headers['content-disposition']).toMatch(/^inline; filename=".*"; filename\*=UTF-8''/);
    expect(first.title).toMatch(/^(申请回执|受理通知书) /);

    await act(t, clerk, ref, 'request_correction', {
      items: [{ materialCode: materials(FOOD_PERMIT, [2], fileId)[0].materialCode, problem: '营业场所平面图未标注面积' }],
    });
    expect((await notice(clerk, ref.id)).title).toMatch(/^补正材料通知书 /);
    expect((await notice(enterprise, ref.id)).res.statusCode).toBe(404);
  });
});
