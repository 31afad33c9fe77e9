-- Security (issue 8): one database-backed rate limiter for every surface, sign-in failures per
-- username and per username+address, and (below) the audit chain's guards and checkpoints.

-- Fixed-window counters of the platform limiter (platform/http/rate-limit.ts). Keys name the
-- surface and the target: `auth.ip:<addr>`, `hotline.track.ticket:<no>`, `sms.phone:<mobile>` …
CREATE TABLE rate_limits (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  hits int NOT NULL DEFAULT 0,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limits_window_idx ON rate_limits (window_start);

-- Sign-in failures per username string (existing or not) and per username+address. An attempt
-- is reserved here (one upsert) before the password hash is checked, so concurrent guesses
-- cannot outrun the limit; see auth.service.ts for the rule.
CREATE TABLE login_failures (
  key text PRIMARY KEY,
  failures int NOT NULL DEFAULT 0,
  locks int NOT NULL DEFAULT 0,
  locked_until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_updated_idx ON login_failures (updated_at);

-- Audit chain guards. 0001 already refuses UPDATE/DELETE on events. A chain head may only be
-- created at the genesis (seq 0) and only advance by one, to the hash of the event row just
-- appended at that seq whose prev_hash is the old head: deleting or rewinding a head, or
-- re-pointing it at recomputed hashes, is refused. TRUNCATE (which skips row triggers) is
-- refused on every table of the log.
CREATE FUNCTION chain_heads_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'chain heads cannot be deleted';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.seq <> 0 OR NEW.hash <> repeat('0', 64) THEN
      RAISE EXCEPTION 'a chain head starts at the genesis';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.chain <> OLD.chain OR NEW.seq <> OLD.seq + 1 OR NOT EXISTS (
    SELECT 1 FROM events e WHERE e.chain = NEW.chain AND e.seq = NEW.seq AND e.hash = NEW.hash AND e.prev_hash = OLD.hash
  ) THEN
    RAISE EXCEPTION 'a chain head only advances to the event appended after it';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER chain_heads_guard BEFORE INSERT OR UPDATE OR DELETE ON chain_heads
  FOR EACH ROW EXECUTE FUNCTION chain_heads_guard();

CREATE FUNCTION audit_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% cannot be truncated', TG_TABLE_NAME;
END $$;
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();
CREATE TRIGGER chain_heads_no_truncate BEFORE TRUNCATE ON chain_heads FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

-- Signed checkpoints: the set of every chain head at one moment, its SM3 digest and the
-- platform's SM2 signature over it (platform/audit/checkpoint.ts). Exported copies kept outside
-- the database make a later rewrite of any chain detectable. Append-only like events.
CREATE TABLE audit_checkpoints (
  id bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  chains int NOT NULL,
  digest text NOT NULL,
  signature text NOT NULL,
  public_key text NOT NULL,
  heads jsonb NOT NULL
);
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION events_append_only();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

-- Repeated permission denials: the first of a (who, what, where) writes an access.denied event;
-- repeats within the window only count here, and one access.denied_repeated event sums them up
-- when the window closes (next denial after it, or the housekeeping sweep).
CREATE TABLE audit_denials (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  last_at timestamptz NOT NULL,
  repeats int NOT NULL DEFAULT 0,
  actor_id uuid,
  actor_name text,
  region_code text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_denials_window_idx ON audit_denials (window_start);
