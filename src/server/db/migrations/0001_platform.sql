-- Platform: organisation (regions, departments), accounts, sessions, audit chain, jobs,
-- idempotency keys, working-day calendar.

CREATE TABLE regions (
  code text PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  parent_code text REFERENCES regions(code),
  level text NOT NULL CHECK (level IN ('city', 'district', 'zone')),
  sort int NOT NULL DEFAULT 0
);

CREATE TABLE departments (
  code text PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  region_code text NOT NULL REFERENCES regions(code),
  kind text NOT NULL DEFAULT 'government' CHECK (kind IN ('government', 'party', 'utility', 'other')),
  sort int NOT NULL DEFAULT 0
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  display_name text NOT NULL,
  roles text[] NOT NULL,
  department_code text REFERENCES departments(code),
  region_code text NOT NULL REFERENCES regions(code),
  id_number text,
  uscc text,
  mobile text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  failed_logins int NOT NULL DEFAULT 0,
  locked_until timestamptz,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_department_idx ON users (department_code);

CREATE TABLE sessions (
  id text PRIMARY KEY,               -- SHA-256 of the cookie token; the token itself is never stored
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Per-address sign-in attempts in fixed windows, so a rate limit holds across nodes.
CREATE TABLE login_throttle (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  attempts int NOT NULL DEFAULT 0,
  PRIMARY KEY (key, window_start)
);

-- Append-only, hash-chained events. Each chain (the audit log, one case, one ticket …) has a head
-- row holding its last seq and hash; appending locks the head, so a chain never forks.
CREATE TABLE chain_heads (
  chain text PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL
);

CREATE TABLE events (
  id bigserial PRIMARY KEY,
  chain text NOT NULL,
  seq bigint NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  action text NOT NULL,
  actor_id uuid,
  actor_name text,
  subject_type text,
  subject_id text,
  region_code text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (chain, seq)
);
CREATE INDEX events_subject_idx ON events (subject_type, subject_id);
CREATE INDEX events_action_time_idx ON events (action, created_at);

-- Nobody updates or deletes events: the database refuses it, not just the code.
CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only';
END $$;
CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_append_only();

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  queue text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'active', 'done', 'failed')),
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts int NOT NULL DEFAULT 0,
  max_attempts int NOT NULL DEFAULT 5,
  locked_until timestamptz,
  singleton_key text,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX jobs_ready_idx ON jobs (run_at) WHERE state IN ('queued', 'active');
CREATE UNIQUE INDEX jobs_singleton_idx ON jobs (queue, singleton_key)
  WHERE singleton_key IS NOT NULL AND state IN ('queued', 'active');

CREATE TABLE job_schedules (
  name text PRIMARY KEY,
  queue text NOT NULL,
  every_seconds int NOT NULL CHECK (every_seconds > 0),
  next_run_at timestamptz NOT NULL DEFAULT now(),
  payload jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE TABLE idempotency_keys (
  scope text NOT NULL,               -- user id or client identity + route
  key text NOT NULL,
  request_hash text NOT NULL,
  status_code int NOT NULL,
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);

-- Working-day calendar: only days that differ from plain Mon–Fri are stored.
CREATE TABLE calendar_days (
  day date PRIMARY KEY,
  workday boolean NOT NULL,
  kind text NOT NULL CHECK (kind IN ('holiday', 'makeup', 'weekend', 'workday')),
  name text,
  source text NOT NULL DEFAULT 'chinese-days',
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE calendar_years (
  year int PRIMARY KEY,
  published boolean NOT NULL,
  source text NOT NULL,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
