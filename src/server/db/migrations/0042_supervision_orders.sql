-- Supervision orders (跟踪督办, docs/domain.md S25): a supervisor (or the 12345 centre, for a ticket)
-- orders a department to put something right by a deadline in working days. The subject is a
-- case, a 12345 ticket, a rating rectification or a department as a whole; its department and
-- region are copied here so queues and figures cut by them without reading other modules' tables.
-- Every change is also an event on the hash-chained log (chain `supervision_order:<id>`); this
-- table holds the current state only.

-- Order numbers DB<year><6 digits>: a sequence, so concurrent openings never collide.
CREATE SEQUENCE supervision_order_no_seq;

CREATE TABLE supervision_orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_no text NOT NULL UNIQUE,
  subject_kind text NOT NULL CHECK (subject_kind IN ('case', 'ticket', 'rectification', 'department')),
  subject_id text NOT NULL,                               -- a case/ticket/rectification id, or a department code
  subject_label text NOT NULL,                            -- case no., ticket no. or department name, for lists
  subject_case_id uuid,                                   -- the case a rectification belongs to (shown on that case)
  problem text NOT NULL,                                  -- what is wrong
  demand text NOT NULL,                                   -- what is demanded
  workdays smallint NOT NULL CHECK (workdays BETWEEN 1 AND 60),
  department_code text NOT NULL,                          -- the responsible department
  region_code text NOT NULL,
  opened_by uuid NOT NULL REFERENCES users(id),
  opener_name text NOT NULL,
  opener_role text NOT NULL CHECK (opener_role IN ('supervisor', 'hotline_agent')),
  status text NOT NULL CHECK (status IN ('open', 'answered', 'returned', 'accepted')),
  version int NOT NULL DEFAULT 1,
  opened_at timestamptz NOT NULL,
  assessment_due timestamptz NOT NULL,                    -- yellow after this line
  due_at timestamptz NOT NULL,                            -- red after this line
  schedule_published boolean NOT NULL DEFAULT true,
  -- Escalation: 0 none, 1 the department head, 2 the city leadership; the next step is due at
  -- next_escalation_at (null once the last level is reached or the order is accepted).
  escalation_level smallint NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
  next_escalation_at timestamptz,
  escalated1_at timestamptz,
  escalated2_at timestamptz,
  answer text,
  answered_at timestamptz,
  answered_by_name text,
  first_answered_at timestamptz,
  answer_rounds smallint NOT NULL DEFAULT 0,
  return_reason text,
  returned_at timestamptz,
  accept_note text,
  accepted_at timestamptz,
  updated_at timestamptz NOT NULL
);
CREATE INDEX supervision_orders_department_idx ON supervision_orders (department_code, due_at);
CREATE INDEX supervision_orders_region_idx ON supervision_orders (region_code, due_at);
CREATE INDEX supervision_orders_subject_idx ON supervision_orders (subject_kind, subject_id);
CREATE INDEX supervision_orders_case_idx ON supervision_orders (subject_case_id) WHERE subject_case_id IS NOT NULL;
CREATE INDEX supervision_orders_escalation_idx ON supervision_orders (next_escalation_at) WHERE next_escalation_at IS NOT NULL;
CREATE INDEX supervision_orders_opened_idx ON supervision_orders (opened_at);

-- The department's attachments to its answers (a foreign key on files, so housekeeping keeps them).
CREATE TABLE supervision_order_files (
  order_id uuid NOT NULL REFERENCES supervision_orders(id),
  file_id uuid NOT NULL REFERENCES files(id),
  round smallint NOT NULL,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (order_id, file_id)
);
CREATE INDEX supervision_order_files_file_idx ON supervision_order_files (file_id);
