-- Cases (办件): one row per application holding its current state and its clock, the materials
-- attached to it, and one lane per department it is routed to (会签). Every change is also an
-- event on the hash-chained log (chain `case:<id>`); this table is the current state only.

-- Case numbers BT<region>-<date>-<seq>: the sequence makes them unique across nodes.
CREATE SEQUENCE case_no_seq;

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_no text UNIQUE,                         -- assigned at submission; drafts have none
  item_code text NOT NULL,
  item_version int NOT NULL,
  item_name text NOT NULL,
  case_kind text NOT NULL CHECK (case_kind IN ('instant', 'promised')),
  status text NOT NULL CHECK (status IN (
    'draft', 'submitted', 'prechecked', 'correction_requested', 'accepted', 'routed', 'reviewed',
    'special_procedure', 'approved', 'denied', 'completed', 'issued', 'not_accepted', 'withdrawn', 'returned')),
  resume_status text,                          -- where a paused case (补正, 特别程序) goes back to
  version int NOT NULL DEFAULT 1,              -- optimistic concurrency: every transition bumps it
  channel text NOT NULL CHECK (channel IN ('web', 'mobile', 'kiosk', 'window')),
  region_code text NOT NULL,
  department_code text NOT NULL,               -- the item's own department
  departments text[] NOT NULL DEFAULT '{}',    -- departments the case is routed to (its lanes)
  applicant_user_id uuid REFERENCES users(id), -- the applicant's account, when there is one
  applicant_type text NOT NULL CHECK (applicant_type IN ('citizen', 'enterprise')),
  applicant_name text NOT NULL,
  applicant_id_type text NOT NULL CHECK (applicant_id_type IN ('resident_id', 'uscc')),
  applicant_id_number text NOT NULL,
  applicant_mobile text,
  created_by uuid NOT NULL REFERENCES users(id),
  accepted_by uuid REFERENCES users(id),
  assignee_id uuid REFERENCES users(id),
  form jsonb NOT NULL DEFAULT '{}'::jsonb,
  correction jsonb,                            -- open 补正 request: every item at once
  deficiency jsonb,                            -- open 容缺: missing secondary materials
  deficiency_due timestamptz,
  special jsonb,                               -- running 特别程序: procedure, start, own limit
  decision text CHECK (decision IN ('approved', 'denied')),
  decision_data jsonb,
  delivery jsonb,
  -- Clock (docs/domain.md §3, S8): folded from the events and stored so lists and the light sweep
  -- read columns, never the log.
  submitted_at timestamptz,
  accepted_at timestamptz,
  paused_since timestamptz,
  pause_kind text CHECK (pause_kind IN ('correction', 'special')),
  paused_workdays int NOT NULL DEFAULT 0,      -- of finished pauses
  paused_days int NOT NULL DEFAULT 0,          -- the same in natural days (for natural-day limits)
  stopped_at timestamptz,                      -- the clock stopped: completed or closed
  statutory_due timestamptz,
  promised_due timestamptz,
  assessment_due timestamptz,
  schedule_published boolean NOT NULL DEFAULT true,
  light text CHECK (light IN ('green', 'yellow', 'red', 'overdue')),
  light_next_at timestamptz,                   -- when the light changes next; null when it cannot
  decided_at timestamptz,
  completed_at timestamptz,
  issued_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- The light sweep reads only cases whose light is due to change: an index range scan, and with
-- the lines included an index-only one (no heap visit per case at the midnight peak).
CREATE INDEX cases_light_next_idx ON cases (light_next_at) INCLUDE (id, assessment_due, promised_due, statutory_due) WHERE light_next_at IS NOT NULL;
CREATE INDEX cases_applicant_idx ON cases (applicant_user_id, created_at);
CREATE INDEX cases_region_status_idx ON cases (region_code, status);
CREATE INDEX cases_departments_idx ON cases USING gin (departments);
CREATE INDEX cases_promised_due_idx ON cases (promised_due) WHERE closed_at IS NULL;

CREATE TABLE case_materials (
  id bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases(id),
  material_code text NOT NULL,
  file_id uuid NOT NULL REFERENCES files(id),
  added_by uuid NOT NULL REFERENCES users(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  via text NOT NULL CHECK (via IN ('create', 'edit', 'resubmit', 'supply', 'attachment'))
);
CREATE INDEX case_materials_case_idx ON case_materials (case_id);
CREATE INDEX case_materials_file_idx ON case_materials (file_id);

-- One lane per routed department: review, then decision; the case joins when all have decided.
CREATE TABLE case_lanes (
  case_id uuid NOT NULL REFERENCES cases(id),
  department_code text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'reviewed', 'approved', 'denied')),
  region_code text NOT NULL,
  reviewed_by uuid,
  reviewed_at timestamptz,
  decided_by uuid,
  decided_at timestamptz,
  opinion jsonb,
  routed_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, department_code)
);
CREATE INDEX case_lanes_department_idx ON case_lanes (department_code, status);
