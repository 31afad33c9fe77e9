import { describe, expect, it } from 'vitest';
import type { PlaceDetail } from '../../../shared/places/places.wire';
import { BLANK, toInput, toValues } from './placeForm';

const detail: PlaceDetail = {
  code: '150203-DH-01',
  name: '昆都仑区政务服务中心',
  nameZh: '昆都仑区政务服务中心',
  nameEn: 'Kundulun District Government Service Centre',
  kind: 'district_hall',
  tier: 'N',
  branchHall: null,
  regionCode: '150203',
  regionName: '昆都仑区',
  address: '钢铁大街 1 号',
  addressZh: '钢铁大街 1 号',
  addressEn: '1 Gangtie Street',
  parentCode: null,
  lat: 40.66,
  lng: 109.82,
  phone: '0472-2130000',
  hours: {
    weekday: [{ start: '09:00', end: '17:00' }],
    lunchDuty: true,
    holiday: 'closed',
    selfService24h: false,
    noteZh: '',
    noteEn: '',
    weekend: { days: ['sat'], sessions: [{ start: '09:00', end: '12:00' }], mode: 'walk_in' },
  },
  active: true,
  version: 3,
  windows: [{ code: 'A1', name: '综合受理', nameEn: 'General intake', kind: 'comprehensive', branchHall: null, departmentCodes: [] }],
  items: [],
};

describe('place editor values', () => {
  it('round-trips a place: optional hours behind their switches, windows without empty extras', () => {
    const values = toValues(detail);
    expect(values.hours.hasWeekend).toBe(true);
    expect(values.hours.hasExtended).toBe(false);
    expect(toInput(values)).toEqual({
      name: detail.nameZh,
      nameEn: detail.nameEn,
      kind: 'district_hall',
      branchHall: null,
      regionCode: '150203',
      parentCode: null,
      address: detail.addressZh,
      addressEn: detail.addressEn,
      lat: 40.66,
      lng: 109.82,
      phone: '0472-2130000',
      active: true,
      hours: detail.hours,
      windows: [{ code: 'A1', nameZh: '综合受理', nameEn: 'General intake', kind: 'comprehensive' }],
    });
  });

  it('drops hours switched off, trims text, and keeps a branch hall only for a branch hall', () => {
    const input = toInput({
      ...BLANK,
      name: ' 新站 ',
      branchHall: 'social-security',
      parentCode: '  ',
      hours: { ...BLANK.hours, hasExtended: false, extended: { days: ['mon'], until: '19:00', byAppointment: false } },
    });
    expect(input.name).toBe('新站');
    expect(input.branchHall).toBeNull();
    expect(input.parentCode).toBeNull();
    expect(input.hours).not.toHaveProperty('extended');
    expect(input.hours).not.toHaveProperty('hasExtended');
  });
});
