import { CITY_REGION } from '../../../platform/auth/roles';
import { DISTRICTS } from '../data/baotou-places';

/**
 * Where a ticket is: its region from a map point or from the words of an address, a normalised
 * address for spotting duplicates, and distances. Pure.
 */

/** Approximate centres of Baotou's divisions (WGS-84), for placing a map point in a region. */
const CENTRES: ReadonlyArray<{ regionCode: string; lat: number; lng: number }> = [
  { regionCode: '150203', lat: 40.657, lng: 109.822 }, // 昆都仑区
  { regionCode: '150204', lat: 40.643, lng: 109.901 }, // 青山区
  { regionCode: '150202', lat: 40.576, lng: 110.044 }, // 东河区
  { regionCode: '150207', lat: 40.606, lng: 109.969 }, // 九原区
  { regionCode: '150271', lat: 40.618, lng: 109.87 }, // 稀土高新区
  { regionCode: '150205', lat: 40.676, lng: 110.273 }, // 石拐区
  { regionCode: '150206', lat: 41.769, lng: 109.973 }, // 白云鄂博矿区
  { regionCode: '150221', lat: 40.566, lng: 110.52 }, // 土默特右旗（萨拉齐）
  { regionCode: '150222', lat: 41.034, lng: 110.063 }, // 固阳县（金山镇）
  { regionCode: '150223', lat: 41.703, lng: 110.433 }, // 达茂旗（百灵庙）
];

/** The approximate centre of a division (the city centre for the city or an unknown code). */
export function regionCentre(regionCode: string): { lat: number; lng: number } {
  return CENTRES.find((c) => c.regionCode === regionCode) ?? { lat: 40.65, lng: 109.84 };
}

/** Roughly Baotou's bounding box; a point outside it is not placed in a district. */
const BOUNDS = { minLat: 40.2, maxLat: 42.8, minLng: 109.2, maxLng: 111.4 };

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The region of a point: the nearest division centre inside the city's box, else the city. */
export function regionOfPoint(lat: number, lng: number): string {
  if (lat < BOUNDS.minLat || lat > BOUNDS.maxLat || lng < BOUNDS.minLng || lng > BOUNDS.maxLng) return CITY_REGION;
  let best = CENTRES[0];
  for (const c of CENTRES) if (distanceMetres({ lat, lng }, c) < distanceMetres({ lat, lng }, best)) best = c;
  return best.regionCode;
}

// Longest names first, so 青山区 is not mistaken for a street called 青山路 in another district.
const NAMES = DISTRICTS.flatMap((d) => [d.nameZh, ...d.shortNamesZh].map((name) => ({ name, regionCode: d.regionCode }))).sort(
  (a, b) => b.name.length - a.name.length,
);
const PLACES = DISTRICTS.flatMap((d) => [...d.streets, ...d.estates, ...d.villages].map((name) => ({ name, regionCode: d.regionCode }))).sort(
  (a, b) => b.name.length - a.name.length,
);

/** The region named in an address or text (district name, then a known street or estate), or null. */
export function regionOfAddress(address: string): string | null {
  const text = address.normalize('NFKC');
  return NAMES.find((n) => text.includes(n.name))?.regionCode ?? PLACES.find((p) => text.includes(p.name))?.regionCode ?? null;
}

/** Best guess of the region: explicit, else the point, else the address, else the city. */
export function resolveRegion(input: {
  regionCode?: string | null;
  lat?: number | null;
  lng?: number | null;
  address?: string | null;
  text?: string | null;
}): string {
  if (input.regionCode) return input.regionCode;
  const byAddress = (input.address && regionOfAddress(input.address)) || (input.text && regionOfAddress(input.text));
  if (byAddress) return byAddress;
  if (input.lat != null && input.lng != null) return regionOfPoint(input.lat, input.lng);
  return CITY_REGION;
}

/**
 * An address reduced to what identifies the place: width-folded, without spaces, punctuation and
 * the city prefix, so "包头市 昆都仑区钢铁大街 12号" and "昆都仑区钢铁大街12号" compare equal.
 */
export function normalizeAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const s = address
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/^(内蒙古自治区|内蒙古)?(包头市|包头)/, '');
  return s.length >= 2 ? s : null;
}

/** Digits that look like a phone or ID number, masked for public output. */
export function redactPersonal(text: string): string {
  return text.replace(/\d{17}[\dXx]/g, (m) => `${m.slice(0, 4)}**********${m.slice(-4)}`).replace(/1[3-9]\d{9}/g, (m) => `${m.slice(0, 3)}****${m.slice(-4)}`);
}

/** An address without the flat (building, unit, room), for public output. */
export function publicAddress(address: string | null): string | null {
  if (!address) return null;
  return address.replace(/\d+(号楼|栋|幢).*$/u, '').replace(/\d+单元.*$/u, '') || null;
}
