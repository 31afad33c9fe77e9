/**
 * Types of the demo "1+N+X" service places (S3): the city hall, the six branch halls, and the
 * district halls, street and community centres, industrial-park, post and bank points beneath them.
 */

/** 1 = city hall, N = branch halls, X = everything below. */
export type PlaceLevel =
  | 'city_hall'
  | 'branch_hall'
  | 'district_hall'
  | 'street_centre'
  | 'community_station'
  | 'park_point'
  | 'post_point'
  | 'bank_point';

/** One region of the Baotou table. */
export interface DemoRegion {
  code: string;
  nameZh: string;
  nameEn: string;
  /** True for 稀土高新区, a development zone without a GB/T 2260 code. */
  ownCode?: true;
}

/** Baotou's regions: GB/T 2260 codes, plus our own code for the development zone. */
export const BAOTOU_REGIONS: readonly DemoRegion[] = [
  { code: '150200', nameZh: '包头市', nameEn: 'Baotou' },
  { code: '150202', nameZh: '东河区', nameEn: 'Donghe District' },
  { code: '150203', nameZh: '昆都仑区', nameEn: 'Kundulun District' },
  { code: '150204', nameZh: '青山区', nameEn: 'Qingshan District' },
  { code: '150205', nameZh: '石拐区', nameEn: 'Shiguai District' },
  { code: '150206', nameZh: '白云鄂博矿区', nameEn: 'Bayan Obo Mining District' },
  { code: '150207', nameZh: '九原区', nameEn: 'Jiuyuan District' },
  { code: '150221', nameZh: '土默特右旗', nameEn: 'Tumed Right Banner' },
  { code: '150222', nameZh: '固阳县', nameEn: 'Guyang County' },
  { code: '150223', nameZh: '达尔罕茂明安联合旗', nameEn: 'Darhan Muminggan United Banner' },
  // 稀土高新区 is a national high-tech zone, not an administrative division: 150271 is our own code.
  { code: '150271', nameZh: '稀土高新区', nameEn: 'Rare Earth High-tech Zone', ownCode: true },
];

/** A region code of {@link BAOTOU_REGIONS}. */
export type RegionCode =
  | '150200'
  | '150202'
  | '150203'
  | '150204'
  | '150205'
  | '150206'
  | '150207'
  | '150221'
  | '150222'
  | '150223'
  | '150271';

/** The six branch halls; kept in step with `BranchHallCode` of the catalog demo types. */
export type BranchHallCode =
  | 'hr'
  | 'science'
  | 'housing_fund'
  | 'property_trading'
  | 'real_estate'
  | 'driver_vehicle';

/** A time of day range, `HH:MM`. */
export interface TimeRange {
  start: string;
  end: string;
}

/** Day of the week as used in opening hours. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * Opening hours. Working days follow the official calendar (调休 Saturdays are working days);
 * `weekday` applies to every working day.
 */
export interface OpeningHours {
  /** Sessions of a working day; the gap between two sessions is the lunch break. */
  weekday: TimeRange[];
  /** 午间不断档: a duty window stays open over lunch. */
  lunchDuty: boolean;
  /** 延时服务 after the last session. */
  extended?: { days: Weekday[]; until: string; byAppointment: boolean };
  /** Weekend sessions (错时/周末服务), walk-in or by appointment only. */
  weekend?: { days: Weekday[]; sessions: TimeRange[]; mode: 'walk_in' | 'appointment' };
  /** Statutory holidays: closed, or appointment sessions for urgent 即办 matters. */
  holiday: 'closed' | 'appointment';
  /** Self-service area open around the clock (24 小时自助服务区). */
  selfService24h: boolean;
  noteZh: string;
  noteEn: string;
}

/** Kind of a service window. */
export type WindowKind =
  | 'comprehensive' // 综合受理
  | 'instant' // 即办
  | 'branch' // a branch hall's own window (also inside the city hall)
  | 'project' // 工程建设/投资项目 综合窗口 and 帮办代办
  | 'delivery' // 统一出件
  | 'general'; // the single window of a small station or agency point

/** One numbered window of a place. */
export interface ServiceWindow {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: WindowKind;
  branchHall?: BranchHallCode;
  /** Departments whose items this window takes; absent = any item of the place. */
  departmentCodes?: string[];
}

/**
 * One rule of an item selector. Every field given must match (AND); an array field matches when
 * the item has any of its values.
 */
export interface SelectorRule {
  departmentCodes?: string[];
  /** Item type codes of the national catalogue (XK, QR, GF, GG, …). */
  types?: string[];
  basicCodes?: string[];
  branchHalls?: BranchHallCode[];
  levels?: ('city' | 'district' | 'both')[];
  cityWide?: boolean;
  modes?: ('immediate' | 'online' | 'nearby' | 'one_visit')[];
  topics?: string[];
  audience?: ('citizen' | 'enterprise')[];
  /** Only items needing at most this many visits (agency points handle 0-visit items). */
  maxVisits?: number;
}

/** Which items a place handles: any include rule matches and no exclude rule does. */
export interface ItemSelector {
  include: SelectorRule[];
  exclude?: SelectorRule[];
}

/** One place of the "1+N+X" system. */
export interface DemoPlace {
  code: string;
  nameZh: string;
  nameEn: string;
  level: PlaceLevel;
  regionCode: RegionCode;
  parentCode?: string;
  /** Only on branch halls. */
  branchHall?: BranchHallCode;
  address: string;
  lat: number;
  lng: number;
  phone: string;
  hours: OpeningHours;
  windows: ServiceWindow[];
  itemSelector: ItemSelector;
}

/** The item fields a selector looks at (structurally satisfied by the catalog's `DemoItem`). */
export interface SelectableItem {
  basicCode: string;
  /** Item type (XK, GF, …); when absent, `types` constraints of rules are not applied. */
  type?: string;
  departmentCode: string;
  level: 'city' | 'district' | 'both';
  cityWide: boolean;
  branchHall?: BranchHallCode;
  modes: ('immediate' | 'online' | 'nearby' | 'one_visit')[];
  topics: string[];
  audience: ('citizen' | 'enterprise')[];
  visits: number;
}
