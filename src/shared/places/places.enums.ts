/** The closed lists of "1+N+X" service places (docs/domain.md), zod-free for the web bundle. */

export const PLACE_KINDS = [
  'city_hall',
  'branch_hall',
  'district_hall',
  'street_centre',
  'community_station',
  'park_point',
  'post_point',
  'bank_point',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The `level` filter: which part of "1+N+X" a place belongs to. */
export const PLACE_LEVELS = ['city', 'branch', 'district', 'street', 'community', 'agency'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const KINDS_OF_LEVEL: Readonly<Record<PlaceLevel, readonly PlaceKind[]>> = {
  city: ['city_hall'],
  branch: ['branch_hall'],
  district: ['district_hall'],
  street: ['street_centre'],
  community: ['community_station'],
  agency: ['park_point', 'post_point', 'bank_point'],
};

export const WINDOW_KINDS = ['comprehensive', 'instant', 'branch', 'project', 'delivery', 'general'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
