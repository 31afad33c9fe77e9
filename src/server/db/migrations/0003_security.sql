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
