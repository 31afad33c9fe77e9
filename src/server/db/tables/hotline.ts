import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './platform';

/** Kysely table types of the hotline module (migration 0030). */

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface HotlineCategoryGroupsTable {
  code: string;
  name_zh: string;
  name_en: string;
  sort: Generated<number>;
}

export interface HotlineCategoriesTable {
  code: string;
  group_code: string;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  department_code: string;
  urgency: 'urgent' | 'utility' | 'normal' | 'complex';
  limit_value: number;
  limit_unit: 'hours' | 'workdays';
  keywords: Generated<string[]>;
  linked_hotline: '12315' | null;
  simple: Generated<boolean>;
  active: Generated<boolean>;
  sort: Generated<number>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface HotlineCallsTable {
  id: Generated<number>;
  caller_phone: string | null;
  agent_id: string | null;
  answered: boolean;
  outcome: Generated<'open' | 'ticket' | 'answered' | 'emergency' | 'abandoned'>;
  ticket_id: string | null;
  region_code: string;
  origin: Generated<'live' | 'demo'>;
  started_at: Stamp;
}

export interface HotlineEmergencyTransfersTable {
  id: Generated<number>;
  line: '110' | '119' | '120' | '122';
  reason: string;
  text: string;
  channel: string;
  call_id: number | null;
  caller_phone_masked: string | null;
  agent_id: string | null;
  agent_name: string | null;
  region_code: string;
  created_at: Stamp;
}

export interface HotlineApiKeysTable {
  id: Generated<string>;
  name: string;
  account_id: string;
  key_hash: string;
  key_prefix: string;
  scopes: string[];
  created_by: string | null;
  created_at: Generated<Date>;
  revoked_at: Date | null;
  revoked_by: string | null;
  last_used_at: Date | null;
}

export type TicketChannel = 'phone' | 'sms' | 'web' | 'wechat' | 'app' | 'open311';
export type TicketStatusColumn = 'pending_dispatch' | 'dispatched' | 'processing' | 'returned' | 'replied' | 'closed' | 'merged';

/** A pending extension request (延期申请). */
export interface ExtensionRequest {
  value: number;
  unit: 'hours' | 'workdays';
  reason: string;
  requestedBy: string;
  requestedByName: string;
  requestedAt: string;
}

export interface HotlineTicketsTable {
  id: Generated<string>;
  ticket_no: string;
  channel: TicketChannel;
  origin: Generated<'live' | 'demo'>;
  external_id: string | null;
  call_id: number | null;
  api_key_id: string | null;
  caller_name: string | null;
  caller_phone: string | null;
  caller_email: string | null;
  caller_user_id: string | null;
  anonymous: Generated<boolean>;
  repeat_call: Generated<boolean>;
  text: string;
  address: string | null;
  address_norm: string | null;
  lat: number | null;
  lng: number | null;
  region_code: string;
  category_code: string;
  suggested_category: string | null;
  suggested_confidence: number | null;
  linked_hotline: string | null;
  department_code: string | null;
  departments: Generated<string[]>;
  urgency: 'urgent' | 'utility' | 'normal' | 'complex';
  limit_value: number;
  limit_unit: 'hours' | 'workdays';
  resolution: 'answered' | 'handled' | null;
  kb_article_id: number | null;
  status: TicketStatusColumn;
  resume_status: TicketStatusColumn | null;
  accepted_at: Timestamp;
  warn_at: Timestamp;
  due_at: Timestamp;
  schedule_published: Generated<boolean>;
  light: 'green' | 'yellow' | 'red' | null;
  light_next_at: NullableStamp;
  extension: Json<ExtensionRequest> | null;
  extensions_granted: Generated<number>;
  master_ticket_id: string | null;
  reopened_count: Generated<number>;
  dispatched_at: NullableStamp;
  reply: string | null;
  replied_at: NullableStamp;
  replied_by: string | null;
  replied_on_time: boolean | null;
  satisfaction: 'satisfied' | 'basically_satisfied' | 'unsatisfied' | null;
  resolved: boolean | null;
  visited_at: NullableStamp;
  close_note: string | null;
  closed_at: NullableStamp;
  created_by: string | null;
  version: Generated<number>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface HotlineAssignmentsTable {
  id: Generated<number>;
  ticket_id: string;
  department_code: string;
  region_code: string;
  role: 'lead' | 'assist';
  status: 'pending' | 'signed' | 'replied' | 'returned' | 'withdrawn';
  round: Generated<number>;
  note: string | null;
  assigned_at: Timestamp;
  assigned_by: string | null;
  sign_due_at: Timestamp;
  signed_at: NullableStamp;
  signed_by: string | null;
  sign_alerted_at: NullableStamp;
  returned_at: NullableStamp;
  return_reason: string | null;
  return_decision: 'approved' | 'rejected' | null;
  replied_at: NullableStamp;
  reply: string | null;
}

export interface HotlineKbArticlesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  question: string;
  answer: string;
  category_code: string | null;
  department_code: string | null;
  keywords: Generated<string[]>;
  tokens: Generated<string[]>;
  status: Generated<'published' | 'draft'>;
  uses: Generated<number>;
  version: Generated<number>;
  updated_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface HotlineModelsTable {
  id: Generated<number>;
  model: string;
  metrics: Json<Record<string, unknown>>;
  examples: number;
  trigger: 'seed' | 'schedule' | 'admin' | 'bootstrap';
  trained_by: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface HotlineTrainingCorrectionsTable {
  id: Generated<number>;
  ticket_id: string | null;
  text: string;
  suggested_category: string | null;
  chosen_category: string;
  actor_id: string | null;
  created_at: Generated<Date>;
}

export interface HotlineTables {
  hotline_category_groups: HotlineCategoryGroupsTable;
  hotline_categories: HotlineCategoriesTable;
  hotline_calls: HotlineCallsTable;
  hotline_emergency_transfers: HotlineEmergencyTransfersTable;
  hotline_api_keys: HotlineApiKeysTable;
  hotline_tickets: HotlineTicketsTable;
  hotline_assignments: HotlineAssignmentsTable;
  hotline_kb_articles: HotlineKbArticlesTable;
  hotline_models: HotlineModelsTable;
  hotline_training_corrections: HotlineTrainingCorrectionsTable;
}
