import type { PlaceKind, WindowKind } from '../../../shared/places/places.enums';
import type { Hours, PlaceDetail, PlaceInputBody } from '../../../shared/places/places.wire';

/** The place editor's form values, and their conversion from the API's place and to its input. */

export const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export interface WindowValues {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: WindowKind;
  branchHall?: string;
  departmentCodes?: string[];
}

export interface PlaceValues {
  code?: string;
  name: string;
  nameEn: string;
  kind: PlaceKind;
  branchHall: string | null;
  regionCode: string;
  parentCode: string | null;
  address: string;
  addressEn: string;
  lat: number;
  lng: number;
  phone: string;
  active: boolean;
  /** The optional extended and weekend service each get a switch in the form. */
  hours: Hours & { hasExtended?: boolean; hasWeekend?: boolean };
  windows: WindowValues[];
}

export function toValues(p: PlaceDetail): PlaceValues {
  return {
    name: p.nameZh,
    nameEn: p.nameEn,
    kind: p.kind,
    branchHall: p.branchHall,
    regionCode: p.regionCode,
    parentCode: p.parentCode,
    address: p.addressZh,
    addressEn: p.addressEn,
    lat: p.lat,
    lng: p.lng,
    phone: p.phone,
    active: p.active,
    hours: { ...p.hours, hasExtended: Boolean(p.hours.extended), hasWeekend: Boolean(p.hours.weekend) },
    windows: p.windows.map((w) => ({
      code: w.code,
      nameZh: w.name,
      nameEn: w.nameEn,
      kind: w.kind,
      branchHall: w.branchHall ?? undefined,
      departmentCodes: w.departmentCodes,
    })),
  };
}

/** A new place's starting values: a community station in Donghe with the usual two sessions. */
export const BLANK: PlaceValues = {
  name: '',
  nameEn: '',
  kind: 'community_station',
  branchHall: null,
  regionCode: '150202',
  parentCode: null,
  address: '',
  addressEn: '',
  lat: 40.65,
  lng: 109.84,
  phone: '',
  active: true,
  hours: {
    weekday: [
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ],
    lunchDuty: false,
    holiday: 'closed',
    selfService24h: false,
    noteZh: '',
    noteEn: '',
    hasExtended: false,
    hasWeekend: false,
  },
  windows: [],
};

/** The form's values as the API takes them. */
export function toInput(v: PlaceValues): PlaceInputBody {
  const { hasExtended, hasWeekend, extended, weekend, ...hours } = v.hours;
  return {
    name: v.name.trim(),
    nameEn: v.nameEn.trim(),
    kind: v.kind,
    branchHall: v.kind === 'branch_hall' ? (v.branchHall ?? null) : null,
    regionCode: v.regionCode,
    parentCode: v.parentCode?.trim() || null,
    address: v.address.trim(),
    addressEn: v.addressEn.trim(),
    lat: v.lat,
    lng: v.lng,
    phone: v.phone.trim(),
    active: v.active,
    hours: {
      ...hours,
      noteZh: hours.noteZh?.trim() ?? '',
      noteEn: hours.noteEn?.trim() ?? '',
      ...(hasExtended && extended ? { extended } : {}),
      ...(hasWeekend && weekend ? { weekend } : {}),
    },
    windows: (v.windows ?? []).map((w) => ({
      code: w.code.trim(),
      nameZh: w.nameZh.trim(),
      nameEn: w.nameEn.trim(),
      kind: w.kind,
      ...(w.branchHall ? { branchHall: w.branchHall } : {}),
      ...(w.departmentCodes?.length ? { departmentCodes: w.departmentCodes } : {}),
    })),
  };
}
