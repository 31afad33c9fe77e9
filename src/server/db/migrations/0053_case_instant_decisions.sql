-- 秒批 decisions (docs/decisions.md D22): for an item whose conditions are all facts the government
-- holds, the rules are evaluated at submission; approved, the case is accepted, completed and (for
-- a licence or certificate) issued as an e-licence at once; declined, it goes the ordinary way. One
-- row per case evaluated, with the evidence per rule (which fact, read through which query and
-- grant, met or not) — never the facts' values — so supervisors can list every decision.
CREATE TABLE case_instant_decisions (
  case_id uuid PRIMARY KEY REFERENCES cases(id),
  decided_at timestamptz NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('approved', 'declined')),
  item_code text NOT NULL,
  item_name text NOT NULL,
  department_code text NOT NULL,
  region_code text NOT NULL,
  evidence jsonb NOT NULL,
  reason text
);
CREATE INDEX case_instant_decisions_at_idx ON case_instant_decisions (decided_at DESC);
