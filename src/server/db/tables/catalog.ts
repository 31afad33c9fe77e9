import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './platform';

/**
 * Kysely table types of the catalog module (migration 0010) and the places module (0011).
 * tsvector columns are written with SQL expressions and never read back, hence `unknown`.
 */
type TsVector = ColumnType<unknown, unknown, unknown>;

export interface ItemsTable {
  code: string;
  status: 'draft' | 'published';
  current_version: number | null;
  latest_version: number;
  name_zh: string;
  name_en: string;
  department_code: string;
  type: string;
  level: string;
  audience: string[];
  modes: string[];
  topics: string[];
  online: boolean;
  online_depth: number;
  city_wide: boolean;
  in_hall: boolean;
  branch_hall: string | null;
  case_kind: string;
  promised_value: number;
  promised_unit: string;
  statutory_value: number;
  statutory_unit: string;
  visits: number;
  search_doc: TsVector;
  search_name: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ItemVersionsTable {
  code: string;
  version: number;
  status: 'draft' | 'published' | 'superseded';
  definition: Json<Record<string, unknown>>;
  revision: Generated<number>;
  note: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Generated<Date>;
  updated_by: string | null;
  updated_at: Generated<Date>;
  published_by: string | null;
  published_by_name: string | null;
  published_at: Timestamp | null;
}

export interface SynonymsTable {
  id: Generated<number>;
  term: string;
  expansions: string[];
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface BundlesTable {
  code: string;
  name_zh: string;
  name_en: string;
  audience: string[];
  lead_department_code: string | null;
  definition: Json<Record<string, unknown>>;
  search_doc: TsVector;
  search_name: string;
  sort: Generated<number>;
  updated_at: Generated<Date>;
}

export interface BundleItemsTable {
  bundle_code: string;
  item_code: string;
  sort: Generated<number>;
}

export interface PlacesTable {
  code: string;
  name_zh: string;
  name_en: string;
  tier: '1' | 'N' | 'X';
  kind: string;
  branch_hall: string | null;
  region_code: string;
  parent_code: string | null;
  address_zh: string;
  address_en: string;
  lat: number;
  lng: number;
  phone: string;
  hours: Json<Record<string, unknown>>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlaceWindowsTable {
  place_code: string;
  code: string;
  name_zh: string;
  name_en: string;
  kind: string;
  branch_hall: string | null;
  department_codes: Generated<string[]>;
  sort: Generated<number>;
}

export interface PlaceItemsTable {
  place_code: string;
  item_code: string;
}

export interface CatalogTables {
  items: ItemsTable;
  item_versions: ItemVersionsTable;
  synonyms: SynonymsTable;
  bundles: BundlesTable;
  bundle_items: BundleItemsTable;
  places: PlacesTable;
  place_windows: PlaceWindowsTable;
  place_items: PlaceItemsTable;
}
