import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { seedCatalogDemo } from '../catalog';
import { demoItems } from '../catalog/demo/index';
import { haversineMetres, parseLatLng } from './places.geo';

let t: TestApp;
let admin: Session;
const PASSPORT = demoItems.find((i) => i.name === '普通护照签发')!.basicCode;
const FOOD_PERMIT = demoItems.find((i) => i.name === '食品经营许可证核发')!.basicCode;
// Near 昆都仑区's Gangtie Avenue.
const HERE = '40.657,109.844';

beforeAll(async () => {
  t = await createTestApp({ demoSeeders: [seedCatalogDemo] });
  admin = await t.login('admin');
}, 120_000);
afterAll(() => t?.close());

type PlaceOut = { code: string; kind: string; tier: string; distanceMetres?: number; regionCode: string; name: string };

describe('geometry', () => {
  it('measures great-circle distances and parses LAT,LNG strictly', () => {
    // Baotou to Hohhot is about 150 km.
    const d = haversineMetres({ lat: 40.6574, lng: 109.8403 }, { lat: 40.8426, lng: 111.7492 });
    expect(d).toBeGreaterThan(155_000);
    expect(d).toBeLessThan(170_000);
    expect(haversineMetres({ lat: 1, lng: 2 }, { lat: 1, lng: 2 })).toBe(0);
    expect(parseLatLng(' 40.65 , 109.84 ')).toEqual({ lat: 40.65, lng: 109.84 });
    for (const bad of ['91,0', '0,181', 'abc', '40.6', '40.6,109.8,1', '1e3,2', 'NaN,NaN', '']) expect(parseLatLng(bad), bad).toBeNull();
  });
});

describe('where can I do this near me?', () => {
  it('lists the places that handle an item, nearest first, with distances', async () => {
    const res = await t.call('GET', `/api/v1/places?item=${FOOD_PERMIT}&near=${HERE}&pageSize=100`);
    expect(res.statusCode, res.body).toBe(200);
    const places: PlaceOut[] = res.json().places;
    expect(places.length).toBeGreaterThan(1);
    const d = places.map((p) => p.distanceMetres!);
    expect(d.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    // Every place listed handles the item.
    for (const p of places.slice(0, 5)) {
      const detail = (await t.call('GET', `/api/v1/places/${p.code}`)).json();
      expect(detail.items.map((i: { code: string }) => i.code)).toContain(FOOD_PERMIT);
    }
  });

  it('filters by level and region, and pages', async () => {
    const districts: PlaceOut[] = (await t.call('GET', '/api/v1/places?level=district&pageSize=100')).json().places;
    expect(districts.length).toBeGreaterThan(5);
    expect(districts.every((p) => p.kind === 'district_hall')).toBe(true);
    const city = (await t.call('GET', '/api/v1/places?level=city')).json();
    expect(city.places).toHaveLength(1);
    expect(city.places[0].tier).toBe('1');
    expect((await t.call('GET', '/api/v1/places?level=branch')).json().total).toBe(6);
    const region: PlaceOut[] = (await t.call('GET', '/api/v1/places?region=150207&pageSize=100')).json().places;
    expect(region.every((p) => p.regionCode === '150207')).toBe(true);
    const p2 = (await t.call('GET', `/api/v1/places?near=${HERE}&pageSize=5&page=2`)).json();
    expect(p2.places).toHaveLength(5);
    expect(p2.page).toBe(2);
  });

  it('handles 全市通办 items such as passports in every district hall', async () => {
    const halls: PlaceOut[] = (await t.call('GET', `/api/v1/places?item=${PASSPORT}&level=district&pageSize=100`)).json().places;
    const all: PlaceOut[] = (await t.call('GET', '/api/v1/places?level=district&pageSize=100')).json().places;
    expect(halls.length).toBe(all.length);
  });

  it('answers bad coordinates, unknown items and regions with clear errors', async () => {
    for (const near of ['91,0', 'abc', '40.6;109.8', '1,2,3', "40'--,1"]) {
      const res = await t.call('GET', `/api/v1/places?near=${encodeURIComponent(near)}`);
      expect(res.statusCode, near).toBe(400);
      expect(res.json().code).toBe('BAD_COORDINATES');
    }
    expect((await t.call('GET', '/api/v1/places?item=123456789012')).json().code).toBe('ITEM_NOT_FOUND');
    expect((await t.call('GET', '/api/v1/places?item=abc')).statusCode).toBe(400);
    expect((await t.call('GET', '/api/v1/places?region=990000')).json().code).toBe('UNKNOWN_REGION');
    expect((await t.call('GET', '/api/v1/places?level=moon')).statusCode).toBe(400);
    expect((await t.call('GET', '/api/v1/places/nope-place')).statusCode).toBe(404);
  });

  it('shows a place with its address, hours (off-hours and holidays too), phone, windows and items', async () => {
    const city = (await t.call('GET', '/api/v1/places?level=city')).json().places[0];
    const p = (await t.call('GET', `/api/v1/places/${city.code}`)).json();
    expect(p.address).toContain('包头市');
    expect(p.phone).toMatch(/^0472-/);
    expect(p.hours.weekday.length).toBeGreaterThan(0);
    expect(p.hours).toHaveProperty('holiday');
    expect(p.windows.filter((w: { kind: string }) => w.kind === 'comprehensive')).toHaveLength(20);
    expect(p.windows.some((w: { kind: string }) => w.kind === 'instant')).toBe(true);
    expect(p.items.length).toBeGreaterThan(50);
    const en = (await t.call('GET', `/api/v1/places/${city.code}`, { headers: { 'accept-language': 'en' } })).json();
    expect(en.name).toMatch(/^[A-Za-z]/);
  });
});

describe('places admin', () => {
  const body = {
    code: '150203-ST-TEST',
    name: '测试街道便民服务中心',
    nameEn: 'Test Street Service Centre',
    kind: 'street_centre',
    regionCode: '150203',
    address: '内蒙古自治区包头市昆都仑区测试路1号',
    addressEn: '1 Test Road, Kundulun District, Baotou',
    lat: 40.66,
    lng: 109.85,
    phone: '0472-1234567',
    hours: {
      weekday: [{ start: '08:30', end: '17:30' }],
      lunchDuty: false,
      holiday: 'closed',
      selfService24h: false,
      noteZh: '工作日开放',
      noteEn: 'Working days',
    },
    windows: [{ code: 'C01', nameZh: '便民服务窗口', nameEn: 'Service window', kind: 'general' }],
    items: [FOOD_PERMIT],
  };

  it('lets only admins create and edit places', async () => {
    expect((await t.call('POST', '/api/v1/admin/places', { body })).statusCode).toBe(401);
    const citizen = await t.login('citizen');
    expect((await t.call('POST', '/api/v1/admin/places', { session: citizen, body })).statusCode).toBe(403);
  });

  it('creates a place, updates it with a version check and sets its items', async () => {
    const created = await t.call('POST', '/api/v1/admin/places', { session: admin, body });
    expect(created.statusCode, created.body).toBe(201);
    expect((await t.call('POST', '/api/v1/admin/places', { session: admin, body })).json().code).toBe('PLACE_EXISTS');
    const nearest = (await t.call('GET', `/api/v1/places?item=${FOOD_PERMIT}&near=40.66,109.85`)).json().places[0];
    expect(nearest).toMatchObject({ code: body.code, distanceMetres: 0 });

    const { code: _c, items: _i, ...input } = body;
    const updated = await t.call('PUT', `/api/v1/admin/places/${body.code}`, { session: admin, body: { ...input, phone: '0472-7654321', version: 1 } });
    expect(updated.statusCode, updated.body).toBe(200);
    const stale = await t.call('PUT', `/api/v1/admin/places/${body.code}`, { session: admin, body: { ...input, version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('PLACE_STALE');

    const items = await t.call('PUT', `/api/v1/admin/places/${body.code}/items`, {
      session: admin,
      body: { version: 2, items: [PASSPORT, FOOD_PERMIT, PASSPORT] },
    });
    expect(items.statusCode, items.body).toBe(200);
    expect(items.json().items).toBe(2);
    const unknown = await t.call('PUT', `/api/v1/admin/places/${body.code}/items`, { session: admin, body: { version: 3, items: ['123456789012'] } });
    expect(unknown.json().code).toBe('UNKNOWN_ITEMS');
    const detail = (await t.call('GET', `/api/v1/places/${body.code}`)).json();
    expect(detail).toMatchObject({ phone: '0472-7654321', version: 3 });
    expect(detail.items.map((i: { code: string }) => i.code).sort()).toEqual([PASSPORT, FOOD_PERMIT].sort());
    const events = await t.ctx.db.selectFrom('events').select('action').where('chain', '=', `place:${body.code}`).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['place.created', 'place.updated', 'place.items_set']);
  });

  it('rejects a place in an unknown region or with a bad parent', async () => {
    const res = await t.call('POST', '/api/v1/admin/places', {
      session: admin,
      body: { ...body, code: 'bad-place', regionCode: '990000', parentCode: 'nope' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().details.map((p: { path: string }) => p.path)).toEqual(['regionCode', 'parentCode']);
  });
});
