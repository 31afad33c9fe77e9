import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { makeResidentId } from '../../platform/ids/generate';
import { seedCatalogDemo } from '../catalog';

/**
 * The kiosk's identity through the HTTP API on a real database (docs/decisions.md D32): enrolment
 * by an admin's one-time code, card sign-in only from an enrolled, unrevoked kiosk of the place
 * (checksum, account, name), QR sign-in confirmed on a phone (single use, expiry, own device), and a
 * kiosk session that ends on sign-out and with its device.
 */

const PLACE = '150200-CH-01';
const OTHER_PLACE = '150200-CH-02';
const CITIZEN_ID = makeResidentId('150203', '1988-05-17', 123);

let t: TestApp;
let admin: Session;
let citizen: Session;
let offsetMs = 0;

beforeAll(async () => {
  t = await createTestApp({ demoSeeders: [seedCatalogDemo], config: { TONGBAN_KIOSK_CARD_READER: 'local' } });
  t.ctx.clock.now = () => new Date(Date.now() + offsetMs);
  [admin, citizen] = await Promise.all([t.login('admin'), t.login('citizen')]);
}, 120_000);
afterAll(() => t.close());

const cookieOf = (res: LightMyRequestResponse, name: string) => res.cookies.find((c) => c.name === name)?.value;

/** An admin enrols a kiosk of `place`; the machine exchanges the code; answers the device cookie and the kiosk's id. */
async function enrol(place = PLACE, name = '一楼大厅 1 号机'): Promise<{ device: string; id: string }> {
  const created = await t.call('POST', '/api/v1/kiosks', { session: admin, body: { placeCode: place, name } });
  expect(created.statusCode, created.body).toBe(200);
  const { enrolCode, id } = created.json();
  const res = await t.call('POST', '/api/v1/kiosk/enrol', { body: { code: `${enrolCode.slice(0, 5)}-${enrolCode.slice(5)}` } });
  expect(res.statusCode, res.body).toBe(200);
  const token = cookieOf(res, 'tb_kiosk');
  expect(token).toBeTruthy();
  return { device: `tb_kiosk=${token}`, id };
}

const card = (device: string, body: Record<string, string>) =>
  t.call('POST', '/api/v1/kiosk/sign-in/card', { headers: { cookie: device }, body: { place: PLACE, ...body } });

async function audit(action: string) {
  return t.ctx.db
    .selectFrom('events')
    .select(['action', 'data', 'subject_id'])
    .where('chain', '=', 'audit')
    .where('action', '=', action)
    .orderBy('id')
    .execute();
}

describe('kiosk devices', () => {
  it('are enrolled by an admin with a code that works once, stored only as hashes, and audited', async () => {
    const created = await t.call('POST', '/api/v1/kiosks', { session: admin, body: { placeCode: PLACE, name: '二楼 2 号机' } });
    const { enrolCode, id, status } = created.json();
    expect(status).toBe('pending');
    expect(enrolCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    const row = await t.ctx.db.selectFrom('kiosk_devices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.enrol_code_hash).not.toContain(enrolCode);

    const first = await t.call('POST', '/api/v1/kiosk/enrol', { body: { code: enrolCode } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id, status: 'enrolled', placeName: '包头市政务服务中心' });
    const token = cookieOf(first, 'tb_kiosk')!;
    const stored = await t.ctx.db.selectFrom('kiosk_devices').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toHaveLength(64);
    expect(stored.token_hash).not.toBe(token);
    expect((await t.call('POST', '/api/v1/kiosk/enrol', { body: { code: enrolCode } })).json().code).toBe('KIOSK_ENROL_CODE_INVALID');

    const device = await t.call('GET', '/api/v1/kiosk/device', { headers: { cookie: `tb_kiosk=${token}` } });
    expect(device.json()).toMatchObject({ device: { id, placeCode: PLACE }, cardReader: 'local' });
    expect((await t.call('GET', '/api/v1/kiosk/device')).json().device).toBeNull();
    expect((await audit('kiosk.enrolled')).map((e) => e.subject_id)).toContain(id);
  });

  it('are managed by admins only', async () => {
    expect((await t.call('POST', '/api/v1/kiosks', { session: citizen, body: { placeCode: PLACE, name: 'x' } })).statusCode).toBe(403);
    expect((await t.call('GET', '/api/v1/kiosks', { session: citizen })).statusCode).toBe(403);
    const list = await t.call('GET', `/api/v1/kiosks?place=${PLACE}`, { session: admin });
    expect(list.json().kiosks.length).toBeGreaterThan(0);
  });

  it('once revoked, are refused card sign-in at once and their sessions end', async () => {
    const { device, id } = await enrol();
    const signed = await card(device, { idNumber: CITIZEN_ID, name: '王晓明' });
    expect(signed.statusCode, signed.body).toBe(200);
    const session = `tb_session=${cookieOf(signed, 'tb_session')}`;
    expect((await t.call('GET', '/api/v1/me', { headers: { cookie: session } })).statusCode).toBe(200);

    expect((await t.call('POST', `/api/v1/kiosks/${id}/revoke`, { session: admin })).json().status).toBe('revoked');
    expect((await t.call('GET', '/api/v1/me', { headers: { cookie: session } })).statusCode).toBe(401);
    const refused = await card(device, { idNumber: CITIZEN_ID, name: '王晓明' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('KIOSK_DEVICE_REQUIRED');
    expect((await audit('kiosk.revoked')).map((e) => e.subject_id)).toContain(id);
  });
});

describe('card sign-in', () => {
  let device: string;
  beforeAll(async () => {
    ({ device } = await enrol());
  });

  it('needs an enrolled kiosk of the place', async () => {
    expect((await card('', { idNumber: CITIZEN_ID, name: '王晓明' })).json().code).toBe('KIOSK_DEVICE_REQUIRED');
    expect((await card('tb_kiosk=forged', { idNumber: CITIZEN_ID, name: '王晓明' })).json().code).toBe('KIOSK_DEVICE_REQUIRED');
    const other = await t.call('POST', '/api/v1/kiosk/sign-in/card', {
      headers: { cookie: device },
      body: { place: OTHER_PLACE, idNumber: CITIZEN_ID, name: '王晓明' },
    });
    expect(other.json().code).toBe('KIOSK_WRONG_PLACE');
  });

  it('refuses a wrong checksum, a person with no account and a name that is not the holder’s', async () => {
    const wrong = CITIZEN_ID.slice(0, 17) + (CITIZEN_ID[17] === '0' ? '1' : '0');
    const bad = await card(device, { idNumber: wrong, name: '王晓明' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('KIOSK_CARD_INVALID');
    const none = await card(device, { idNumber: makeResidentId('150204', '1975-02-11', 246), name: '赵春花' });
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'KIOSK_NO_ACCOUNT', message: expect.stringContaining('注册') });
    const en = await t.call('POST', '/api/v1/kiosk/sign-in/card', {
      headers: { cookie: device, 'accept-language': 'en-US' },
      body: { place: PLACE, idNumber: makeResidentId('150204', '1975-02-11', 246), name: '赵春花' },
    });
    expect(en.json().message).toContain('Register');
    const mismatch = await card(device, { idNumber: CITIZEN_ID, name: '王晓红' });
    expect(mismatch.json().code).toBe('KIOSK_NAME_MISMATCH');
    const reasons = (await audit('auth.login_failed')).map((e) => (e.data as { reason?: string; method?: string }).reason);
    expect(reasons).toEqual(expect.arrayContaining(['checksum', 'no_account', 'name_mismatch']));
    expect(JSON.stringify(await audit('auth.login_failed'))).not.toContain(CITIZEN_ID);
  });

  it('opens a short kiosk session that ends on sign-out, and lists the demo cards to the kiosk only', async () => {
    const cards = await t.call('GET', '/api/v1/kiosk/demo-cards', { headers: { cookie: device } });
    expect(cards.json().cards).toEqual(expect.arrayContaining([expect.objectContaining({ name: '王晓明', idNumber: CITIZEN_ID })]));
    expect((await t.call('GET', '/api/v1/kiosk/demo-cards')).statusCode).toBe(403);

    const res = await card(device, { idNumber: CITIZEN_ID.toLowerCase(), name: '王晓明' });
    expect(res.statusCode, res.body).toBe(200);
    const me = res.json();
    expect(me).toMatchObject({ username: 'citizen', displayName: '王晓明' });
    const token = cookieOf(res, 'tb_session')!;
    const row = await t.ctx.db
      .selectFrom('sessions')
      .select(['idle_minutes', 'expires_at', 'kiosk_device_id'])
      .where('user_id', '=', me.id)
      .where('idle_minutes', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(row.idle_minutes).toBe(10);
    expect(row.kiosk_device_id).toBeTruthy();
    expect(row.expires_at.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect((await audit('auth.login')).at(-1)?.data).toMatchObject({ method: 'kiosk_card', place: PLACE });

    const session = { cookie: `tb_session=${token}`, csrf: me.csrfToken, me };
    expect((await t.call('POST', '/api/v1/auth/logout', { session })).statusCode).toBe(204);
    expect((await t.call('GET', '/api/v1/me', { session })).statusCode).toBe(401);
  });
});

describe('QR sign-in', () => {
  let device: string;
  let other: string;
  beforeAll(async () => {
    ({ device } = await enrol());
    ({ device: other } = await enrol(PLACE, '二号机'));
  });

  const start = async (cookie = device) =>
    (await t.call('POST', '/api/v1/kiosk/sign-in/qr', { headers: { cookie }, body: { place: PLACE } })).json().id as string;
  const poll = (id: string, cookie = device) => t.call('GET', `/api/v1/kiosk/sign-in/qr/${id}`, { headers: { cookie } });

  it('is confirmed on the phone and redeemed once by the kiosk that asked', async () => {
    const id = await start();
    expect((await poll(id)).json()).toEqual({ status: 'waiting' });
    const info = await t.call('GET', `/api/v1/kiosk/qr/${id}`, { session: citizen });
    expect(info.json()).toMatchObject({ placeName: '包头市政务服务中心', kioskName: '一楼大厅 1 号机', status: 'waiting' });
    expect((await t.call('POST', `/api/v1/kiosk/qr/${id}/confirm`)).statusCode).toBe(401);
    expect((await t.call('POST', `/api/v1/kiosk/qr/${id}/confirm`, { session: citizen })).json().status).toBe('confirmed');

    expect((await poll(id, other)).json().code).toBe('KIOSK_QR_OTHER_DEVICE');
    const done = await poll(id);
    expect(done.json()).toMatchObject({ status: 'signed_in', me: { username: 'citizen' } });
    expect(cookieOf(done, 'tb_session')).toBeTruthy();
    expect((await poll(id)).json().code).toBe('KIOSK_QR_EXPIRED');
    expect((await t.call('POST', `/api/v1/kiosk/qr/${id}/confirm`, { session: citizen })).json().code).toBe('KIOSK_QR_EXPIRED');
    expect((await audit('auth.login')).at(-1)?.data).toMatchObject({ method: 'kiosk_qr' });
  });

  it('expires after two minutes, can be cancelled, and is refused to staff and to unknown ids', async () => {
    const late = await start();
    offsetMs += 121_000;
    expect((await poll(late)).json().code).toBe('KIOSK_QR_EXPIRED');
    expect((await t.call('POST', `/api/v1/kiosk/qr/${late}/confirm`, { session: citizen })).json().code).toBe('KIOSK_QR_EXPIRED');

    const cancelled = await start();
    expect((await t.call('POST', `/api/v1/kiosk/qr/${cancelled}/cancel`, { session: citizen })).json().status).toBe('cancelled');
    expect((await poll(cancelled)).json()).toEqual({ status: 'cancelled' });

    const staff = await start();
    expect((await t.call('POST', `/api/v1/kiosk/qr/${staff}/confirm`, { session: admin })).json().code).toBe('KIOSK_ACCOUNT_NOT_PUBLIC');
    expect((await poll('A'.repeat(32))).json().code).toBe('KIOSK_QR_NOT_FOUND');
    expect((await t.call('POST', '/api/v1/kiosk/sign-in/qr', { body: { place: PLACE } })).statusCode).toBe(403);
  });
});
