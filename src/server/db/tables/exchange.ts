import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './platform';

/** Kysely table types of the data-sharing exchange (migration 0050). */

type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface ExchangeResourceFieldJson {
  name: string;
  labelZh: string;
  labelEn: string;
  personal: boolean;
}

export interface ExchangeResourcesTable {
  code: string;
  name_zh: string;
  name_en: string;
  description_zh: Generated<string>;
  description_en: Generated<string>;
  owner_department_code: string;
  update_frequency: 'realtime' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
  sharing_type: 'unconditional' | 'conditional' | 'none';
  key_kind: 'resident_id' | 'uscc';
  fields: Json<ExchangeResourceFieldJson[]>;
  /** The application materials it stands in for: catalog material keys or names (migration 0052). */
  materials: Generated<string[]>;
  updated_at: Timestamp;
}

export interface ExchangeRecordsTable {
  resource_code: string;
  key: string;
  data: Json<Record<string, string | number | boolean | null>>;
  updated_at: Timestamp;
}

export interface ExchangeNeedsTable {
  id: Generated<string>;
  resource_code: string;
  consumer_department_code: string;
  owner_department_code: string;
  fields: string[];
  purpose: string;
  item_codes: string[];
  valid_from: string;
  valid_until: string;
  status: 'pending' | 'approved' | 'refused';
  version: Generated<number>;
  requested_by: string | null;
  requested_by_name: string;
  created_at: Timestamp;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: NullableStamp;
  refusal_reason: string | null;
  granted_fields: string[] | null;
}

export interface ExchangeGrantsTable {
  id: Generated<string>;
  need_id: string;
  resource_code: string;
  consumer_department_code: string;
  owner_department_code: string;
  fields: string[];
  purpose: string;
  item_codes: string[];
  valid_from: string;
  valid_until: string;
  created_at: Timestamp;
  revoked_at: NullableStamp;
  revoked_by: string | null;
  revoked_by_name: string | null;
  revoke_reason: string | null;
}

export interface ExchangeQueriesTable {
  id: Generated<string>;
  at: Timestamp;
  resource_code: string;
  owner_department_code: string | null;
  consumer_department_code: string | null;
  user_id: string | null;
  user_name: string;
  purpose: string;
  case_id: string | null;
  fields: string[];
  key_digest: string;
  key_masked: string;
  result: 'allowed' | 'refused' | 'no_record';
  refusal_code: string | null;
  grant_id: string | null;
  event_seq: ColumnType<string, string | number, string | number>;
}

export interface ExchangeTables {
  exchange_resources: ExchangeResourcesTable;
  exchange_records: ExchangeRecordsTable;
  exchange_needs: ExchangeNeedsTable;
  exchange_grants: ExchangeGrantsTable;
  exchange_queries: ExchangeQueriesTable;
}
