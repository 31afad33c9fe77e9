-- Report rollups (docs/decisions.md D16): each report source's additive sums per Shanghai day,
-- cut (department, region, item), region and key, so a month or a year report adds up a few
-- thousand stored rows instead of reading every case of the period again. A day is rolled up once
-- it has ended; report_rollup_days records which days are and under which working-day calendar
-- (the working days used depend on it), so a calendar edit makes every day be rolled up afresh.

CREATE TABLE report_rollups (
  source text NOT NULL,
  day date NOT NULL,
  cut text NOT NULL,
  region_code text NOT NULL,
  key text NOT NULL,
  name text,
  sums jsonb NOT NULL,
  PRIMARY KEY (source, cut, day, region_code, key)
);

CREATE TABLE report_rollup_days (
  source text NOT NULL,
  day date NOT NULL,
  calendar text NOT NULL,
  built_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source, day)
);

-- A report reads the cases something happened to in its open days (and a rollup those of the days
-- it rolls up) by these, not by reading the table.
CREATE INDEX cases_submitted_at_idx ON cases (submitted_at) WHERE submitted_at IS NOT NULL;
CREATE INDEX cases_accepted_at_idx ON cases (accepted_at) WHERE accepted_at IS NOT NULL;
CREATE INDEX cases_completed_at_idx ON cases (completed_at) WHERE completed_at IS NOT NULL;
