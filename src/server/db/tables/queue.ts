import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './platform';

/** Kysely table types of queue tickets and window calling (取号、叫号, migration 0060). */

type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type QueueTicketStatusColumn = 'waiting' | 'called' | 'done' | 'skipped' | 'closed';
export type QueueChannelColumn = 'kiosk' | 'qr' | 'appointment';

export interface QueueCountersTable {
  place_code: string;
  group_code: string;
  /** YYYY-MM-DD, Asia/Shanghai. */
  day: string;
  last: number;
}

export interface QueueTicketsTable {
  id: Generated<string>;
  status: Generated<QueueTicketStatusColumn>;
  version: Generated<number>;
  place_code: string;
  place_name_zh: string;
  place_name_en: string;
  region_code: string;
  day: string;
  group_code: string;
  number: string;
  seq: number;
  priority: Generated<boolean>;
  line_at: Timestamp;
  item_code: string | null;
  item_name_zh: string | null;
  item_name_en: string | null;
  department_code: string | null;
  appointment_id: string | null;
  channel: QueueChannelColumn;
  mobile: string | null;
  user_id: string | null;
  window_code: string | null;
  called_by: string | null;
  called_by_name: string | null;
  calls: Generated<number>;
  notified_ahead: Generated<boolean>;
  issued_at: Timestamp;
  called_at: NullableStamp;
  finished_at: NullableStamp;
  updated_at: Timestamp;
  /** Why the nightly job closed it (`day_ended`, migration 0064). */
  close_reason: Generated<string | null>;
}

export interface QueueTables {
  queue_counters: QueueCountersTable;
  queue_tickets: QueueTicketsTable;
}
