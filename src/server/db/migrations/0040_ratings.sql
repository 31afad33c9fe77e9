-- Ratings (好差评, docs/domain.md S9): one rating per case, with the department, item and region
-- copied from the case so the public figures cut by them without reading cases; and one
-- rectification (整改) per 差评. Every change is also an event on the hash-chained log (chains
-- `rating:<id>` and `rectification:<id>`); these tables hold the current state only.

CREATE TABLE ratings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL UNIQUE REFERENCES cases(id),   -- 一次一评 / 一事一评: one rating per case
  case_no text,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),  -- 5 非常满意 … 1 非常不满意
  reasons text[] NOT NULL DEFAULT '{}',
  comment text,
  channel text NOT NULL CHECK (channel IN ('online', 'window_pad', 'sms_link')),
  rater_user_id uuid REFERENCES users(id),             -- the applicant's account, when there is one
  submitted_by uuid NOT NULL REFERENCES users(id),      -- the applicant, or the clerk whose window pad took it
  department_code text NOT NULL,
  item_code text NOT NULL,
  item_name text NOT NULL,
  region_code text NOT NULL,
  rated_at timestamptz NOT NULL,
  excluded boolean NOT NULL DEFAULT false,              -- an appeal upheld: left out of the public figures
  excluded_at timestamptz
);
CREATE INDEX ratings_rated_at_idx ON ratings (rated_at);
CREATE INDEX ratings_department_idx ON ratings (department_code, rated_at);

CREATE TABLE rectifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  rating_id uuid NOT NULL UNIQUE REFERENCES ratings(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  case_no text,
  status text NOT NULL CHECK (status IN ('open', 'visited', 'rectified', 'appealed', 'closed', 'excluded')),
  resume_status text,                                   -- where a rejected appeal goes back to
  version int NOT NULL DEFAULT 1,
  level smallint NOT NULL,
  department_code text NOT NULL,
  region_code text NOT NULL,
  item_code text NOT NULL,
  item_name text NOT NULL,
  owner_id uuid REFERENCES users(id),                   -- the applicant who may re-rate
  -- The due date in working days and the light's lines, stored so the queue reads columns.
  opened_at timestamptz NOT NULL,
  assessment_due timestamptz NOT NULL,
  red_due timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  schedule_published boolean NOT NULL DEFAULT true,
  visit_note text,
  visited_at timestamptz,
  rectify_note text,
  rectified_at timestamptz,
  appeal_reason text,
  appealed_at timestamptz,
  appeal_decision text CHECK (appeal_decision IN ('upheld', 'rejected')),
  appeal_note text,
  decided_at timestamptz,
  rerate_level smallint CHECK (rerate_level BETWEEN 1 AND 5),
  rerate_comment text,
  closed_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rectifications_department_idx ON rectifications (department_code, due_at);
CREATE INDEX rectifications_status_idx ON rectifications (status, due_at);
