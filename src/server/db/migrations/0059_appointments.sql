-- Appointments (预约, docs/domain.md S19, docs/decisions.md D28): a citizen, an enterprise or a
-- 12345 agent on a caller's behalf books a slot of a place's published sessions for an item.

-- Per place and window group ('A', 'J', 'RS' …; '*' for every group of the place): how long a slot
-- is and how many bookings it takes in ordinary hours and in off-hours sessions (lunch duty,
-- evening, weekend, holiday). A place without a row uses the defaults of appointments.slots.ts.
CREATE TABLE appointment_settings (
  place_code text NOT NULL REFERENCES places(code) ON DELETE CASCADE,
  group_code text NOT NULL CHECK (group_code ~ '^([A-Za-z-]{1,10}|\*)$'),
  slot_minutes int NOT NULL DEFAULT 30 CHECK (slot_minutes IN (10, 15, 20, 30, 60)),
  capacity int NOT NULL CHECK (capacity BETWEEN 0 AND 500),
  off_hours_capacity int NOT NULL CHECK (off_hours_capacity BETWEEN 0 AND 500),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (place_code, group_code)
);

-- One counter row per slot that has ever been booked. A booking takes a seat with a conditional
-- UPDATE (booked < capacity) on this row, so two bookings can never take the last seat twice,
-- whatever the number of nodes or connections.
CREATE TABLE appointment_slots (
  place_code text NOT NULL REFERENCES places(code) ON DELETE CASCADE,
  group_code text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  session text NOT NULL CHECK (session IN ('ordinary', 'lunch', 'evening', 'weekend', 'holiday')),
  capacity int NOT NULL CHECK (capacity >= 0),
  booked int NOT NULL DEFAULT 0 CHECK (booked >= 0),
  PRIMARY KEY (place_code, group_code, starts_at)
);

CREATE TABLE appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
  version int NOT NULL DEFAULT 1,
  place_code text NOT NULL REFERENCES places(code),
  place_name_zh text NOT NULL,
  place_name_en text NOT NULL,
  region_code text NOT NULL,
  group_code text NOT NULL,
  item_code text NOT NULL,
  item_name_zh text NOT NULL,
  item_name_en text NOT NULL,
  department_code text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  session text NOT NULL CHECK (session IN ('ordinary', 'lunch', 'evening', 'weekend', 'holiday')),
  -- The holder's account: the booker's own, or the caller's when a 12345 agent booked for someone
  -- registered; null for a caller without an account (told by SMS only).
  user_id uuid REFERENCES users(id),
  booked_by uuid REFERENCES users(id),
  channel text NOT NULL CHECK (channel IN ('online', 'hotline')),
  holder_name text NOT NULL,
  id_type text NOT NULL CHECK (id_type IN ('resident_id', 'uscc')),
  id_number text NOT NULL,
  mobile text,
  check_in_code text NOT NULL CHECK (check_in_code ~ '^[2-9A-HJ-NP-Z]{6}$'),
  checked_in_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- The staff's day list and the slot counters' neighbours.
CREATE INDEX appointments_place_day_idx ON appointments (place_code, starts_at);
-- 我的预约, newest first.
CREATE INDEX appointments_user_idx ON appointments (user_id, starts_at DESC);
-- No-shows of one person in the last 90 days.
CREATE INDEX appointments_holder_idx ON appointments (id_number, starts_at);
-- The no-show sweep: bookings whose slot has ended.
CREATE INDEX appointments_open_idx ON appointments (ends_at) WHERE status = 'booked';
-- One open booking per person and item: nobody hoards the slots of an item.
CREATE UNIQUE INDEX appointments_one_open_idx ON appointments (id_number, item_code) WHERE status = 'booked';

-- A person (resident ID or credit code) refused booking until `until` after too many no-shows.
CREATE TABLE appointment_restrictions (
  id bigserial PRIMARY KEY,
  id_number text NOT NULL,
  since timestamptz NOT NULL,
  until timestamptz NOT NULL,
  no_shows int NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX appointment_restrictions_holder_idx ON appointment_restrictions (id_number, until);
