import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './platform';

/** Kysely table types of appointments (预约, migration 0059). */

type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type AppointmentSessionColumn = 'ordinary' | 'lunch' | 'evening' | 'weekend' | 'holiday';

export interface AppointmentSettingsTable {
  place_code: string;
  /** A window group ('A', 'J', 'RS' …), or '*' for every group of the place. */
  group_code: string;
  slot_minutes: Generated<number>;
  capacity: number;
  off_hours_capacity: number;
  updated_at: Generated<Date>;
}

export interface AppointmentSlotsTable {
  place_code: string;
  group_code: string;
  starts_at: Date;
  ends_at: Date;
  session: AppointmentSessionColumn;
  capacity: number;
  booked: Generated<number>;
}

export interface AppointmentsTable {
  id: Generated<string>;
  status: Generated<'booked' | 'checked_in' | 'cancelled' | 'no_show'>;
  version: Generated<number>;
  place_code: string;
  place_name_zh: string;
  place_name_en: string;
  region_code: string;
  group_code: string;
  item_code: string;
  item_name_zh: string;
  item_name_en: string;
  department_code: string;
  starts_at: Date;
  ends_at: Date;
  session: AppointmentSessionColumn;
  user_id: string | null;
  booked_by: string | null;
  channel: 'online' | 'hotline';
  holder_name: string;
  id_type: 'resident_id' | 'uscc';
  id_number: string;
  mobile: string | null;
  check_in_code: string;
  checked_in_at: NullableStamp;
  cancelled_at: NullableStamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AppointmentRestrictionsTable {
  id: Generated<number>;
  id_number: string;
  since: Date;
  until: Date;
  no_shows: number;
  created_at: Generated<Date>;
}

export interface AppointmentsTables {
  appointment_settings: AppointmentSettingsTable;
  appointment_slots: AppointmentSlotsTable;
  appointments: AppointmentsTable;
  appointment_restrictions: AppointmentRestrictionsTable;
}
