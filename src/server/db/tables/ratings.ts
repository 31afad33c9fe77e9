import type { Generated } from 'kysely';
import type { Timestamp } from './platform';

/** Kysely table types of the ratings module (migrations 0040, 0041). */

export interface RatingsTable {
  id: Generated<string>;
  case_id: string;
  case_no: string | null;
  level: number;
  reasons: Generated<string[]>;
  comment: string | null;
  channel: 'online' | 'window_pad' | 'sms_link' | 'default';
  rater_user_id: string | null;
  /** Null for a default rating (migration 0041). */
  submitted_by: string | null;
  department_code: string;
  item_code: string;
  item_name: string;
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
  case_id: string;
  case_no: string | null;
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

export interface RatingsTables {
  ratings: RatingsTable;
  rectifications: RectificationsTable;
}
