/**
 * The shapes of the public catalog and places API as the portal reads them
 * (src/server/modules/catalog/catalog.schemas.ts, src/server/modules/places/places.schemas.ts).
 */

export const HANDLING_MODES = ['immediate', 'online', 'nearby', 'one_visit'] as const;
export type HandlingMode = (typeof HANDLING_MODES)[number];

export const AUDIENCES = ['citizen', 'enterprise'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const ITEM_TYPES = ['XK', 'CF', 'QZ', 'ZS', 'GF', 'JC', 'QR', 'JL', 'CJ', 'QT', 'GG'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const LISTS = HANDLING_MODES;
export type ListCode = HandlingMode;

export const LIMIT_UNITS = ['workday', 'natural_day'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export interface TimeLimit {
  value: number;
  unit: LimitUnit | string;
  note?: string;
}

/** One row of a search, list or browse answer. */
export interface ItemSummary {
  code: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  departmentName: string;
  type: ItemType;
  modes: HandlingMode[];
  audience: Audience[];
  topics: string[];
  online: boolean;
  onlineDepth: number;
  cityWide: boolean;
  promisedLimit: TimeLimit;
  statutoryLimit: TimeLimit;
  visits: number;
  score?: number;
}

export interface BundleRef {
  code: string;
  name: string;
  nameEn: string;
}

export interface SearchResponse {
  items: ItemSummary[];
  total: number;
  page: number;
  pageSize: number;
  expandedQuery?: { tokens: string[]; synonyms: string[] };
  bundles: Array<BundleRef & { score: number }>;
}

export interface Suggestion {
  kind: 'item' | 'bundle';
  code: string;
  name: string;
  nameEn: string;
}

export interface Material {
  code: string;
  ref?: string;
  name: string;
  nameEn: string;
  required: boolean;
  primary: boolean;
  kind: 'original' | 'copy' | 'electronic';
  source: 'applicant' | 'government' | 'shared' | 'e_license';
  copies: number;
  hasBlankForm: boolean;
  hasSample: boolean;
  acceptanceStandard: string;
}

export interface FeeItem {
  name: string;
  standard: string;
  amountYuan: number;
  basis: string;
  waiver?: string;
}

export type StepRole = 'window' | 'review' | 'approve' | 'issue';

export interface FormFieldDef {
  key: string;
  labelZh: string;
  labelEn: string;
  type: 'text' | 'number' | 'date' | 'select' | 'idNumber' | 'uscc' | 'mobile' | 'address';
  required: boolean;
  options?: Array<{ value: string; labelZh: string; labelEn: string }>;
}

/** Every element of a service item (docs/domain.md §4), as the admin API and the guide carry it. */
export interface ItemDefinition {
  implCode: string;
  name: string;
  nameEn: string;
  type: ItemType;
  departmentCode: string;
  level: 'city' | 'district' | 'both';
  powerSource: 'statutory' | 'delegated' | 'authorised' | 'entrusted';
  audience: Audience[];
  topics: string[];
  legalBasis: string[];
  conditions: string[];
  statutoryLimit: TimeLimit;
  promisedLimit: TimeLimit;
  caseKind: 'instant' | 'promised';
  modes: HandlingMode[];
  onlineDepth: 1 | 2 | 3 | 4;
  visits: 0 | 1 | 2;
  fee: { charged: boolean; items?: FeeItem[] };
  materials: Material[];
  steps: Array<{ name: string; nameEn: string; role: StepRole }>;
  resultName: string;
  resultType: 'licence' | 'certificate' | 'approval' | 'filing' | 'other';
  jointDepartments?: string[];
  specialProcedures?: string[];
  consultationPhone: string;
  complaintPhone: string;
  expressDelivery: boolean;
  onlinePayment: boolean;
  appointment: boolean;
  kiosk: boolean;
  inHall: boolean;
  cityWide: boolean;
  branchHall?: string;
  formFields: FormFieldDef[];
  deficiencyDays?: number;
  assessmentRatio?: number;
  noMaterialsReason?: string;
  keywords?: string[];
}

export interface NameRef {
  code: string;
  name: string;
  nameZh: string;
  nameEn: string;
}

export interface PlaceRef {
  code: string;
  name: string;
  kind: string;
  tier: string;
  regionCode: string;
  address: string;
  phone: string;
  lat: number;
  lng: number;
}

/** `GET /api/v1/items/{code}`: the service guide. */
export interface Guide {
  item: ItemDefinition & { code: string; version: number; publishedAt: string };
  typeName: string;
  department: NameRef;
  jointDepartments: NameRef[];
  bundles: BundleRef[];
  places: PlaceRef[];
  forms: Array<{ materialCode: string; blankForm: string | null; sample: string | null }>;
  onlineApplication: boolean;
}

export type FlowNodeKind = 'start' | 'step' | 'decision' | 'special' | 'end';

export interface Flowchart {
  code: string;
  version: number;
  nodes: Array<{ id: string; kind: FlowNodeKind; label: string; labelEn: string; role?: string }>;
  edges: Array<{ from: string; to: string; label?: string; labelEn?: string }>;
}

export interface BundleSummary extends BundleRef {
  audience: string[];
  leadDepartment: NameRef | null;
  itemCount: number;
}

export interface BundleDetail extends BundleSummary {
  items: Array<{ code: string; name: string; nameEn: string; departmentCode: string; departmentName: string }>;
  definition: Record<string, unknown>;
}

export interface ListResponse {
  list: ListCode;
  name: string;
  items: ItemSummary[];
  total: number;
  page: number;
  pageSize: number;
}

interface Rate {
  total: number;
  online: number;
  onlineRate: number;
  fullyOnline: number;
  fullyOnlineRate: number;
}

export interface OnlineRate {
  overall: Rate & { target: number };
  departments: Array<Rate & { departmentCode: string; departmentName: string }>;
  cityWide: {
    total: number;
    cityWide: number;
    rate: number;
    target: number;
    categories: Array<{ key: string; name: string; total: number; cityWide: number; rate: number }>;
  };
}

export const PLACE_KINDS = ['city_hall', 'branch_hall', 'district_hall', 'street_centre', 'community_station', 'park_point', 'post_point', 'bank_point'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_LEVELS = ['city', 'branch', 'district', 'street', 'community', 'agency'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];
export const BRANCH_HALLS = ['hr', 'science', 'housing_fund', 'property_trading', 'real_estate', 'driver_vehicle'] as const;
export const WINDOW_KINDS = ['comprehensive', 'instant', 'branch', 'project', 'delivery', 'general'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface PlaceSummary {
  code: string;
  name: string;
  nameZh: string;
  nameEn: string;
  kind: PlaceKind;
  tier: '1' | 'N' | 'X';
  branchHall: string | null;
  regionCode: string;
  regionName: string;
  address: string;
  lat: number;
  lng: number;
  phone: string;
  distanceMetres?: number;
}

export interface PlacesResponse {
  places: PlaceSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface TimeRange {
  start: string;
  end: string;
}

export interface Hours {
  weekday: TimeRange[];
  lunchDuty: boolean;
  extended?: { days: Weekday[]; until: string; byAppointment: boolean };
  weekend?: { days: Weekday[]; sessions: TimeRange[]; mode: 'walk_in' | 'appointment' };
  holiday: 'closed' | 'appointment';
  selfService24h: boolean;
  noteZh: string;
  noteEn: string;
}

export interface PlaceWindow {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  branchHall: string | null;
  departmentCodes: string[];
}

export interface PlaceDetail extends PlaceSummary {
  addressZh: string;
  addressEn: string;
  parentCode: string | null;
  hours: Hours;
  active: boolean;
  version: number;
  windows: PlaceWindow[];
  items: Array<{ code: string; name: string; nameEn: string }>;
}

export interface Region {
  code: string;
  nameZh: string;
  nameEn: string;
  level: string;
  parentCode: string | null;
}

export interface Department {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  regionCode: string;
}
