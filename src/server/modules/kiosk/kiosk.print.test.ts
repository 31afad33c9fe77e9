import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp, FOOD_FORM, FOOD_PERMIT, materials, uploadPdf } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { makeResidentId } from '../../platform/ids/generate';

/**
 * Printing at the kiosk (docs/decisions.md D34): the signed-in person's case notice goes, as a PDF,
 * to the kiosk's own folder of the hot-folder printer; another person's case is not theirs to print,
 * and a machine that is not an enrolled kiosk prints nothing.
 */

const PLACE = '150200-CH-01';
let t: TestApp & { dataDir: string };
let admin: Session, citizen: Session, enterprise: Session;
let kiosk: { cookie: string; csrf: string; id: string };

beforeAll(async () => {
  t = await createCasesTestApp();
  [admin, citizen, enterprise] = await Promise.all(['admin', 'citizen', 'enterprise'].map((u) => t.login(u)));
  const created = (await t.call('POST', '/api/v1/kiosks', { session: admin, body: { placeCode: PLACE, name: '一楼 1 号机' } })).json();
  const enrolled = await t.call('POST', '/api/v1/kiosk/enrol', { body: { code: created.enrolCode } });
  const device = `tb_kiosk=${enrolled.cookies.find((c) => c.name === 'tb_kiosk')!.value}`;
  const signIn = await t.call('POST', '/api/v1/kiosk/sign-in/card', {
    headers: { cookie: device },
    body: { place: PLACE, idNumber: makeResidentId('150203', '1988-05-17', 123), name: '王晓明' },
  });
  expect(signIn.statusCode, signIn.body).toBe(200);
  const session = signIn.cookies.find((c) => c.name !== 'tb_kiosk')!;
  kiosk = { cookie: `${device}; ${session.name}=${session.value}`, csrf: signIn.json().csrfToken, id: created.id };
}, 120_000);
afterAll(() => t?.close());

const print = (cookie: string, csrf: string, caseId: string) =>
  t.call('POST', '/api/v1/kiosk/print', { headers: { cookie, 'x-csrf-token': csrf }, body: { caseId } });

describe('printing at the kiosk', () => {
  it('prints the signed-in person’s notice into the kiosk’s folder, and audits it', async () => {
    const fileId = await uploadPdf(t, citizen);
    const applied = await t.call('POST', '/api/v1/cases', {
      session: citizen,
      body: { itemCode: FOOD_PERMIT, channel: 'web', form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4], fileId) },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const res = await print(kiosk.cookie, kiosk.csrf, applied.json().id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().title).toMatch(/^(申请回执|受理通知书) /);
    const folder = path.join(t.dataDir, 'print-spool', kiosk.id);
    const pdfs = fs.readdirSync(folder).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    const doc = await PDFDocument.load(fs.readFileSync(path.join(folder, pdfs[0])));
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toContain(applied.json().caseNo ?? '');
    const audited = await t.ctx.db.selectFrom('events').select('data').where('chain', '=', 'audit').where('action', '=', 'kiosk.printed').execute();
    expect(audited).toHaveLength(1);
    expect(audited[0].data).toMatchObject({ kiosk: kiosk.id, jobId: res.json().jobId });
  });

  it('does not print someone else’s case, nor from a machine that is not a kiosk', async () => {
    const fileId = await uploadPdf(t, enterprise);
    const theirs = await t.call('POST', '/api/v1/cases', {
      session: enterprise,
      body: {
        itemCode: FOOD_PERMIT,
        channel: 'web',
        form: { ...FOOD_FORM, applicantName: '李建国', idNumber: makeResidentId('150204', '1975-03-02', 45) },
        materials: materials(FOOD_PERMIT, [1, 2, 3, 4], fileId),
      },
    });
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect((await print(kiosk.cookie, kiosk.csrf, theirs.json().id)).json().code).toBe('CASE_NOT_FOUND');
    const notKiosk = await print(citizen.cookie, citizen.csrf, theirs.json().id);
    expect([notKiosk.statusCode, notKiosk.json().code]).toEqual([403, 'KIOSK_DEVICE_REQUIRED']);
  });
});
