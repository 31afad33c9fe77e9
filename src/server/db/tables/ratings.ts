import type { Generated } from 'kysely';
import type { Timestamp } from './platform';

/** Kysely table types of the ratings module (migrations 0040, 0041, 0047, 0057). */

/** A rating concerns a case, a 12345 ticket (migration 0047) or a bundle application (migration 0057), exactly one. */
export interface RatingsTable {
  id: Generated<string>;
  case_id: string | null;
  case_no: string | null;
  ticket_id: string | null;
  ticket_no: string | null;
  bundle_case_id: string | null;
  bundle_no: string | null;
  level: number;
  reasons: Generated<string[]>;
  comment: string | null;
  channel: 'online' | 'window_pad' | 'sms_link' | 'return_visit' | 'default';
  rater_user_id: string | null;
  /** Null for a default rating (migration 0041). */
  submitted_by: string | null;
  department_code: string;
  item_code: string;
  item_name: string;
  /** A ticket category's or a bundle's English name; null for a case, whose item is in the catalog (migrations 0047, 0057). */
  item_name_en: string | null;
  region_code: string;
  rated_at: Timestamp;
  excluded: Generated<boolean>;
  excluded_at: Timestamp | null;
  /** 满意 given by the system after the configured days (migration 0041). */
  defaulted: Generated<boolean>;
}

export interface RectificationsTable {
  id: Generated<string>;
  rating_id: string;
  case_id: string | null;
  case_no: string | null;
  ticket_id: string | null;
  ticket_no: string | null;
  bundle_case_id: string | null;
  bundle_no: string | null;
  /** A ticket caller's mobile for the re-rating SMS; cleared once the task is finished. */
  contact_mobile: string | null;
  status: string;
  resume_status: string | null;
  version: Generated<number>;
  level: number;
  department_code: string;
  region_code: string;
  item_code: string;
  item_name: string;
  owner_id: string | null;
  opened_at: Timestamp;
  assessment_due: Timestamp;
  red_due: Timestamp;
  due_at: Timestamp;
  schedule_published: Generated<boolean>;
  visit_note: string | null;
  visited_at: Timestamp | null;
  rectify_note: string | null;
  rectified_at: Timestamp | null;
  appeal_reason: string | null;
  appealed_at: Timestamp | null;
  appeal_decision: 'upheld' | 'rejected' | null;
  appeal_note: string | null;
  decided_at: Timestamp | null;
  rerate_level: number | null;
  rerate_comment: string | null;
  closed_at: Timestamp | null;
  updated_at: Generated<Date>;
}

/** A single-use rating link sent by SMS; only the token's SHA-256 is stored (migration 0047). */
export interface RatingLinksTable {
  id: Generated<string>;
  token_hash: string;
  purpose: 'rate' | 'rerate';
  ticket_id: string;
  rectification_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface RatingsTables {
  ratings: RatingsTable;
  rectifications: RectificationsTable;
  rating_links: RatingLinksTable;
}
