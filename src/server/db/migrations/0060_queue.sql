-- Queue tickets and window calling (取号、叫号, docs/domain.md S20, docs/decisions.md D29): tickets
-- taken at the hall (kiosk, QR) or by checking in an appointment (priority lane), numbered per
-- place, window group and day, called by window clerks.

-- One counter row per place, window group and day. A ticket takes its number with one
-- `INSERT … ON CONFLICT DO UPDATE SET last = last + 1 RETURNING last`: PostgreSQL runs concurrent
-- upserts of a row one at a time, so numbers never repeat or skip, whatever the number of nodes.
CREATE TABLE queue_counters (
  place_code text NOT NULL REFERENCES places(code) ON DELETE CASCADE,
  group_code text NOT NULL,
  day date NOT NULL,
  last int NOT NULL CHECK (last > 0),
  PRIMARY KEY (place_code, group_code, day)
);

CREATE TABLE queue_tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'done', 'skipped')),
  version int NOT NULL DEFAULT 1,
  place_code text NOT NULL REFERENCES places(code),
  place_name_zh text NOT NULL,
  place_name_en text NOT NULL,
  region_code text NOT NULL,
  -- The hall's day (Asia/Shanghai) the number belongs to.
  day date NOT NULL,
  -- The group that calls the ticket now (a transfer changes it); the number keeps the group it was taken for.
  group_code text NOT NULL,
  number text NOT NULL,
  seq int NOT NULL CHECK (seq > 0),
  -- The priority lane: tickets of checked-in appointments are called before ordinary ones.
  priority boolean NOT NULL DEFAULT false,
  -- The place in line: when the ticket was taken (a transfer keeps it).
  line_at timestamptz NOT NULL,
  item_code text,
  item_name_zh text,
  item_name_en text,
  department_code text,
  appointment_id uuid REFERENCES appointments(id),
  channel text NOT NULL CHECK (channel IN ('kiosk', 'qr', 'appointment')),
  -- For the "three ahead" SMS; never shown in lists or on the hall screen.
  mobile text,
  user_id uuid REFERENCES users(id),
  window_code text,
  called_by uuid REFERENCES users(id),
  called_by_name text,
  calls int NOT NULL DEFAULT 0,
  notified_ahead boolean NOT NULL DEFAULT false,
  issued_at timestamptz NOT NULL,
  called_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL,
  UNIQUE (place_code, day, number)
);
-- The line of a group: priority first, then oldest (call_next and "how many ahead").
CREATE INDEX queue_tickets_line_idx ON queue_tickets (place_code, group_code, day, priority DESC, line_at, seq) WHERE status = 'waiting';
-- A window calls one ticket at a time.
CREATE UNIQUE INDEX queue_tickets_window_idx ON queue_tickets (place_code, window_code) WHERE status = 'called';
-- A place's day: the hall screen's snapshot, the statistics, service times.
CREATE INDEX queue_tickets_day_idx ON queue_tickets (place_code, day, group_code);
-- One ticket per checked-in appointment.
CREATE UNIQUE INDEX queue_tickets_appointment_idx ON queue_tickets (appointment_id) WHERE appointment_id IS NOT NULL;
