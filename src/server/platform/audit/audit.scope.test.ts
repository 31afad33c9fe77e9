import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { DEMO_PASSWORD } from '../../seed/demo-accounts';
import { hashPassword } from '../auth/passwords';
import { queueNotification } from '../notifications/notify';
import { appendEvent } from './events.repository';

let t: TestApp;
let cityAdmin: Session;
let districtAdmin: Session;
let districtSupervisor: Session;

const KUNDULUN = '150203';
const DONGHE = '150202';

beforeAll(async () => {
  t = await createTestApp();
  const hash = await hashPassword(DEMO_PASSWORD);
  await t.ctx.db
    .insertInto('users')
    .values([
      { username: 'kd-admin', password_hash: hash, display_name: '昆区管理员', roles: ['admin'], department_code: null, region_code: KUNDULUN },
      { username: 'kd-supervisor', password_hash: hash, display_name: '昆区监察', roles: ['supervisor'], department_code: null, region_code: KUNDULUN },
    ])
    .execute();
  await t.ctx.db.transaction().execute(async (trx) => {
    for (const [id, region] of [
      ['kd-1', KUNDULUN],
      ['dh-1', DONGHE],
    ] as const) {
      await appendEvent(trx, { chain: `case:${id}`, action: 'case.submitted', subjectType: 'case', subjectId: id, regionCode: region });
      await queueNotification(trx, {
        mobile: '13900000000',
        channels: ['sms'],
        template: 'case.accepted',
        params: { caseNo: id, itemName: 'x' },
        subjectType: 'case',
        subjectId: id,
      });
    }
    await queueNotification(trx, { mobile: '13900000001', channels: ['sms'], template: 'case.accepted', params: { caseNo: 'none', itemName: 'x' } });
  });
  cityAdmin = await t.login('admin');
  districtAdmin = await t.login('kd-admin');
  districtSupervisor = await t.login('kd-supervisor');
});
afterAll(() => t?.close());

describe('audit and outbox scope', () => {
  it('shows a district admin and supervisor only their region’s events', async () => {
    for (const s of [districtAdmin, districtSupervisor]) {
      const r = (await t.call('GET', '/api/v1/audit/events?pageSize=200', { session: s })).json();
      expect(r.total).toBeGreaterThan(0);
      expect(r.items.every((e: { regionCode: string | null }) => e.regionCode === KUNDULUN)).toBe(true);
    }
    const city = (await t.call('GET', '/api/v1/audit/events?pageSize=200', { session: cityAdmin })).json();
    expect(city.items.some((e: { regionCode: string | null }) => e.regionCode === DONGHE)).toBe(true);
  });

  it('lets a district verify only chains wholly in its region', async () => {
    const all = (await t.call('POST', '/api/v1/audit/verify', { session: districtAdmin, body: {} })).json();
    expect(all).toMatchObject({ ok: true, chains: 1 });
    const other = await t.call('POST', '/api/v1/audit/verify', { session: districtAdmin, body: { chain: 'case:dh-1' } });
    expect(other.statusCode).toBe(404);
    const shared = await t.call('POST', '/api/v1/audit/verify', { session: districtSupervisor, body: { chain: 'audit' } });
    expect(shared.statusCode).toBe(404);
    const own = await t.call('POST', '/api/v1/audit/verify', { session: districtAdmin, body: { chain: 'case:kd-1' } });
    expect(own.json()).toMatchObject({ ok: true, chains: 1, rows: 1 });
    expect((await t.call('POST', '/api/v1/audit/verify', { session: cityAdmin, body: { chain: 'case:dh-1' } })).statusCode).toBe(200);
  });

  it('shows a district admin only SMS about records of their region', async () => {
    const d = (await t.call('GET', '/api/v1/admin/sms', { session: districtAdmin })).json();
    expect(d.total).toBe(1);
    expect(d.items[0].body).toContain('kd-1');
    const c = (await t.call('GET', '/api/v1/admin/sms', { session: cityAdmin })).json();
    expect(c.total).toBe(3);
  });
});
