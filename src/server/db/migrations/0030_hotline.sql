-- 12345 hotline (docs/domain.md S18, §8): categories with their departments and limits, tickets with
-- their current state and clock, one assignment per department a ticket is sent to, calls and
-- emergency transfers, the knowledge base, classifier models and corrections, Open311/SMS keys.
-- Every state change of a ticket is also an event on the hash-chained log (chain `ticket:<id>`).

CREATE TABLE hotline_category_groups (
  code text PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  sort int NOT NULL DEFAULT 0
);

-- Seeded from the taxonomy; an admin may change the department, urgency and limit of a category.
CREATE TABLE hotline_categories (
  code text PRIMARY KEY,
  group_code text NOT NULL REFERENCES hotline_category_groups(code),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  description_zh text NOT NULL,
  description_en text NOT NULL,
  department_code text NOT NULL REFERENCES departments(code),
  urgency text NOT NULL CHECK (urgency IN ('urgent', 'utility', 'normal', 'complex')),
  limit_value int NOT NULL CHECK (limit_value > 0),
  limit_unit text NOT NULL CHECK (limit_unit IN ('hours', 'workdays')),
  keywords text[] NOT NULL DEFAULT '{}',
  linked_hotline text CHECK (linked_hotline IN ('12315')),
  simple boolean NOT NULL DEFAULT true,        -- a hotline agent may dispatch it without a dispatcher
  active boolean NOT NULL DEFAULT true,
  sort int NOT NULL DEFAULT 0,
  version int NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every call the agents see, answered or abandoned: the connection rate is computed from it.
CREATE TABLE hotline_calls (
  id bigserial PRIMARY KEY,
  caller_phone text,
  agent_id uuid REFERENCES users(id),
  answered boolean NOT NULL,
  outcome text NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'ticket', 'answered', 'emergency', 'abandoned')),
  ticket_id uuid,
  region_code text NOT NULL REFERENCES regions(code),
  origin text NOT NULL DEFAULT 'live' CHECK (origin IN ('live', 'demo')),
  started_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hotline_calls_started_idx ON hotline_calls (started_at);
CREATE INDEX hotline_calls_phone_idx ON hotline_calls (caller_phone, started_at);

-- Emergencies are transferred at once (三方通话) and never kept as tickets; this is the log.
CREATE TABLE hotline_emergency_transfers (
  id bigserial PRIMARY KEY,
  line text NOT NULL CHECK (line IN ('110', '119', '120', '122')),
  reason text NOT NULL,
  text text NOT NULL,
  channel text NOT NULL,
  call_id bigint REFERENCES hotline_calls(id),
  caller_phone_masked text,
  agent_id uuid REFERENCES users(id),
  agent_name text,
  region_code text NOT NULL REFERENCES regions(code),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hotline_emergency_created_idx ON hotline_emergency_transfers (created_at);

-- Keys for Open311 clients and the SMS platform; only a SHA-256 of the key is stored.
CREATE TABLE hotline_api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  account_id text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  key_prefix text NOT NULL,
  scopes text[] NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users(id),
  last_used_at timestamptz
);

-- Ticket numbers 12345-<date>-<seq>: the sequence keeps them unique across nodes.
CREATE SEQUENCE hotline_ticket_seq;

CREATE TABLE hotline_tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_no text NOT NULL UNIQUE,
  channel text NOT NULL CHECK (channel IN ('phone', 'sms', 'web', 'wechat', 'app', 'open311')),
  origin text NOT NULL DEFAULT 'live' CHECK (origin IN ('live', 'demo')),
  external_id text,                            -- SMS message id: a redelivered message is one ticket
  call_id bigint REFERENCES hotline_calls(id),
  api_key_id uuid REFERENCES hotline_api_keys(id),
  caller_name text,
  caller_phone text,
  caller_email text,
  caller_user_id uuid REFERENCES users(id),    -- a signed-in citizen who wrote in
  anonymous boolean NOT NULL DEFAULT false,    -- hide the caller from the handling departments
  repeat_call boolean NOT NULL DEFAULT false,
  text text NOT NULL,
  address text,
  address_norm text,
  lat double precision,
  lng double precision,
  region_code text NOT NULL REFERENCES regions(code),
  category_code text NOT NULL REFERENCES hotline_categories(code),
  suggested_category text,
  suggested_confidence double precision,
  linked_hotline text,
  department_code text REFERENCES departments(code), -- the lead department once dispatched
  departments text[] NOT NULL DEFAULT '{}',    -- departments currently assigned, lead first
  urgency text NOT NULL CHECK (urgency IN ('urgent', 'utility', 'normal', 'complex')),
  limit_value int NOT NULL,
  limit_unit text NOT NULL CHECK (limit_unit IN ('hours', 'workdays')),
  resolution text CHECK (resolution IN ('answered', 'handled')),
  kb_article_id int,
  status text NOT NULL CHECK (status IN ('pending_dispatch', 'dispatched', 'processing', 'returned', 'replied', 'closed', 'merged')),
  resume_status text,                          -- where a rejected 退单 goes back to
  -- Clock: stored so lists and the light sweep read columns, never the log.
  accepted_at timestamptz NOT NULL,            -- start of the current limit (creation or 重办)
  warn_at timestamptz NOT NULL,                -- 80 % of the limit: yellow
  due_at timestamptz NOT NULL,                 -- the limit: red after it
  schedule_published boolean NOT NULL DEFAULT true,
  light text CHECK (light IN ('green', 'yellow', 'red')),
  light_next_at timestamptz,
  extension jsonb,                             -- a pending extension request
  extensions_granted int NOT NULL DEFAULT 0,
  master_ticket_id uuid REFERENCES hotline_tickets(id),
  reopened_count int NOT NULL DEFAULT 0,
  dispatched_at timestamptz,
  reply text,
  replied_at timestamptz,
  replied_by uuid REFERENCES users(id),
  replied_on_time boolean,
  satisfaction text CHECK (satisfaction IN ('satisfied', 'basically_satisfied', 'unsatisfied')),
  resolved boolean,
  visited_at timestamptz,
  close_note text,
  closed_at timestamptz,
  created_by uuid REFERENCES users(id),
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX hotline_tickets_external_idx ON hotline_tickets (channel, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX hotline_tickets_region_status_idx ON hotline_tickets (region_code, status);
CREATE INDEX hotline_tickets_departments_idx ON hotline_tickets USING gin (departments);
CREATE INDEX hotline_tickets_phone_idx ON hotline_tickets (caller_phone, created_at);
CREATE INDEX hotline_tickets_created_idx ON hotline_tickets (created_at);
CREATE INDEX hotline_tickets_category_created_idx ON hotline_tickets (category_code, created_at);
CREATE INDEX hotline_tickets_master_idx ON hotline_tickets (master_ticket_id) WHERE master_ticket_id IS NOT NULL;
-- The light sweep reads only tickets whose light is due to change: an index range scan.
CREATE INDEX hotline_tickets_light_next_idx ON hotline_tickets (light_next_at) WHERE light_next_at IS NOT NULL;

ALTER TABLE hotline_calls ADD CONSTRAINT hotline_calls_ticket_fk FOREIGN KEY (ticket_id) REFERENCES hotline_tickets(id);

-- One row per department a ticket is sent to in a round (重办 starts a new round).
CREATE TABLE hotline_assignments (
  id bigserial PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES hotline_tickets(id),
  department_code text NOT NULL REFERENCES departments(code),
  region_code text NOT NULL REFERENCES regions(code), -- down to a district when dispatched there
  role text NOT NULL CHECK (role IN ('lead', 'assist')),
  status text NOT NULL CHECK (status IN ('pending', 'signed', 'replied', 'returned', 'withdrawn')),
  round int NOT NULL DEFAULT 1,
  note text,
  assigned_at timestamptz NOT NULL,
  assigned_by uuid REFERENCES users(id),
  sign_due_at timestamptz NOT NULL,
  signed_at timestamptz,
  signed_by uuid REFERENCES users(id),
  returned_at timestamptz,
  return_reason text,
  return_decision text CHECK (return_decision IN ('approved', 'rejected')),
  replied_at timestamptz,
  reply text
);
CREATE INDEX hotline_assignments_ticket_idx ON hotline_assignments (ticket_id);
CREATE INDEX hotline_assignments_dept_idx ON hotline_assignments (department_code, assigned_at);

CREATE TABLE hotline_kb_articles (
  id serial PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  title text NOT NULL,
  question text NOT NULL,
  answer text NOT NULL,
  category_code text REFERENCES hotline_categories(code),
  department_code text REFERENCES departments(code),
  keywords text[] NOT NULL DEFAULT '{}',
  tokens text[] NOT NULL DEFAULT '{}',         -- jieba words of title, question and keywords
  status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'draft')),
  uses int NOT NULL DEFAULT 0,                 -- answers given from it at first contact
  version int NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hotline_kb_tokens_idx ON hotline_kb_articles USING gin (tokens);

-- Trained classifiers, newest last; exactly one is active.
CREATE TABLE hotline_models (
  id serial PRIMARY KEY,
  model text NOT NULL,                         -- the serialised model (JSON)
  metrics jsonb NOT NULL,
  examples int NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('seed', 'schedule', 'admin', 'bootstrap')),
  trained_by uuid REFERENCES users(id),
  active boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX hotline_models_one_active_idx ON hotline_models (active) WHERE active;

-- A staff member changed the suggested category: training data for the next model.
CREATE TABLE hotline_training_corrections (
  id bigserial PRIMARY KEY,
  ticket_id uuid REFERENCES hotline_tickets(id),
  text text NOT NULL,
  suggested_category text,
  chosen_category text NOT NULL REFERENCES hotline_categories(code),
  actor_id uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Fixed-window counters for the public form and the keyed adapters, shared by every node.
CREATE TABLE hotline_throttle (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  hits int NOT NULL DEFAULT 0,
  PRIMARY KEY (key, window_start)
);
