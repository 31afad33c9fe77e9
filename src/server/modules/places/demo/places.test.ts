import { describe, expect, it } from 'vitest';
// Test-only use of the catalog demo data, to check the selectors against real items.
import { demoItems } from '../../catalog/demo/index';
import { demoPlaces } from './places';
import { findItemsForSelector, selectorHandles } from './select';
import { BAOTOU_REGIONS, type BranchHallCode, type DemoPlace, type PlaceLevel } from './types';

const count = (level: PlaceLevel) => demoPlaces.filter((p) => p.level === level).length;
const byCode = new Map(demoPlaces.map((p) => [p.code, p]));
const URBAN = new Set(['150202', '150203', '150204', '150207', '150271']);
const BRANCHES: BranchHallCode[] = ['hr', 'science', 'housing_fund', 'property_trading', 'real_estate', 'driver_vehicle'];

/** The level a place's parent must have. */
const PARENT_LEVEL: Record<PlaceLevel, PlaceLevel | undefined> = {
  city_hall: undefined,
  branch_hall: 'city_hall',
  district_hall: 'city_hall',
  street_centre: 'district_hall',
  community_station: 'street_centre',
  park_point: 'district_hall',
  post_point: 'district_hall',
  bank_point: 'district_hall',
};

describe('demo 1+N+X places', () => {
  it('has the planned number of places of each level', () => {
    expect(count('city_hall')).toBe(1);
    expect(count('branch_hall')).toBe(6);
    expect(count('district_hall')).toBe(10);
    expect(count('street_centre')).toBeGreaterThanOrEqual(22);
    expect(count('street_centre')).toBeLessThanOrEqual(30);
    expect(count('community_station')).toBeGreaterThanOrEqual(28);
    expect(count('community_station')).toBeLessThanOrEqual(35);
    expect(count('park_point')).toBeGreaterThanOrEqual(3);
    expect(count('park_point')).toBeLessThanOrEqual(4);
    expect(count('post_point')).toBe(4);
    expect(count('bank_point')).toBe(4);
  });

  it('has unique codes, known regions and parents of the right level', () => {
    expect(byCode.size).toBe(demoPlaces.length);
    const regions = new Set(BAOTOU_REGIONS.map((r) => r.code));
    for (const p of demoPlaces) {
      expect(regions.has(p.regionCode), p.code).toBe(true);
      const want = PARENT_LEVEL[p.level];
      if (want === undefined) expect(p.parentCode, p.code).toBeUndefined();
      else expect(byCode.get(p.parentCode ?? '')?.level, p.code).toBe(want);
      if (p.level === 'street_centre' || p.level === 'community_station') {
        expect(byCode.get(p.parentCode ?? '')?.regionCode, p.code).toBe(p.regionCode);
      }
    }
    const halls = demoPlaces.filter((p) => p.level === 'district_hall').map((p) => p.regionCode).sort();
    expect(halls).toEqual(BAOTOU_REGIONS.map((r) => r.code).filter((c) => c !== '150200').sort());
  });

  it('places everything inside Baotou, the urban districts inside the city core', () => {
    for (const p of demoPlaces) {
      expect(p.lat, p.code).toBeGreaterThanOrEqual(40.2);
      expect(p.lat, p.code).toBeLessThanOrEqual(42.5);
      expect(p.lng, p.code).toBeGreaterThanOrEqual(109.2);
      expect(p.lng, p.code).toBeLessThanOrEqual(111.5);
      if (URBAN.has(p.regionCode) || p.regionCode === '150200') {
        expect(p.lat, p.code).toBeGreaterThanOrEqual(40.55);
        expect(p.lat, p.code).toBeLessThanOrEqual(40.7);
        expect(p.lng, p.code).toBeGreaterThanOrEqual(109.75);
        expect(p.lng, p.code).toBeLessThanOrEqual(110.05);
      }
    }
  });

  it('has Baotou phone numbers, addresses and valid opening hours', () => {
    const time = /^([01]\d|2[0-3]):[0-5]\d$/;
    for (const p of demoPlaces) {
      expect(p.phone, p.code).toMatch(/^0472-\d{7}$/);
      expect(p.address, p.code).toMatch(/^内蒙古自治区包头市/);
      const sessions = [...p.hours.weekday, ...(p.hours.weekend?.sessions ?? [])];
      expect(p.hours.weekday.length, p.code).toBeGreaterThan(0);
      for (const s of sessions) {
        expect(s.start).toMatch(time);
        expect(s.end).toMatch(time);
        expect(s.start < s.end, p.code).toBe(true);
      }
      for (let i = 1; i < p.hours.weekday.length; i++) expect(p.hours.weekday[i - 1].end < p.hours.weekday[i].start).toBe(true);
      expect(p.windows.length, p.code).toBeGreaterThan(0);
      expect(new Set(p.windows.map((w) => w.code)).size, p.code).toBe(p.windows.length);
    }
  });

  it('gives the city hall 20 comprehensive windows, 4 即办 windows and windows of every branch hall', () => {
    const hall = demoPlaces.find((p) => p.level === 'city_hall') as DemoPlace;
    const comprehensive = hall.windows.filter((w) => w.kind === 'comprehensive').map((w) => w.code);
    expect(comprehensive).toEqual(Array.from({ length: 20 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`));
    expect(hall.windows.filter((w) => w.kind === 'instant').map((w) => w.code)).toEqual(['J01', 'J02', 'J03', 'J04']);
    for (const b of BRANCHES) expect(hall.windows.some((w) => w.kind === 'branch' && w.branchHall === b), b).toBe(true);
    expect(demoPlaces.filter((p) => p.level === 'branch_hall').map((p) => p.branchHall).sort()).toEqual([...BRANCHES].sort());
  });
});

describe('demo place item selectors', () => {
  it('lets every district hall accept every 全市通办 item', () => {
    const cityWide = demoItems.filter((i) => i.cityWide);
    expect(cityWide.length).toBeGreaterThan(30);
    for (const hall of demoPlaces.filter((p) => p.level === 'district_hall')) {
      for (const i of cityWide) expect(selectorHandles(hall.itemSelector, i), `${hall.code} ${i.name}`).toBe(true);
    }
  });

  it('brings every item into some hall and every city item into the city hall (应进必进)', () => {
    const cityHall = demoPlaces.find((p) => p.level === 'city_hall') as DemoPlace;
    for (const i of demoItems) {
      expect(demoPlaces.some((p) => selectorHandles(p.itemSelector, i)), i.name).toBe(true);
      if (i.level !== 'district') expect(selectorHandles(cityHall.itemSelector, i), i.name).toBe(true);
    }
  });

  it('gives each branch hall all of its own items and every place at least one item', () => {
    for (const p of demoPlaces) expect(findItemsForSelector(p.itemSelector, demoItems).length, p.code).toBeGreaterThan(0);
    for (const hall of demoPlaces.filter((p) => p.level === 'branch_hall')) {
      for (const i of demoItems.filter((x) => x.branchHall === hall.branchHall)) {
        expect(selectorHandles(hall.itemSelector, i), `${hall.code} ${i.name}`).toBe(true);
      }
    }
  });

  it('keeps 户政 out of community stations and sends only 0-visit items to post points', () => {
    for (const p of demoPlaces.filter((x) => x.level === 'community_station' || x.level === 'street_centre')) {
      const handled = findItemsForSelector(p.itemSelector, demoItems);
      expect(handled.some((i) => i.departmentCode === 'public-security'), p.code).toBe(false);
    }
    for (const p of demoPlaces.filter((x) => x.level === 'post_point')) {
      for (const i of findItemsForSelector(p.itemSelector, demoItems)) expect(i.visits, i.name).toBe(0);
    }
  });

  it('references only existing basic codes and departments in its rules', () => {
    const codes = new Set(demoItems.map((i) => i.basicCode));
    const depts = new Set<string>(demoItems.map((i) => i.departmentCode));
    for (const p of demoPlaces) {
      for (const r of [...p.itemSelector.include, ...(p.itemSelector.exclude ?? [])]) {
        for (const c of r.basicCodes ?? []) expect(codes.has(c), `${p.code} ${c}`).toBe(true);
        for (const d of r.departmentCodes ?? []) expect(depts.has(d), `${p.code} ${d}`).toBe(true);
      }
    }
  });
});
