-- "一件事一次办" (docs/decisions.md D24): one application for a bundle of items. The bundle case
-- keeps what was applied for once (answers, delivery choice, the definition as applied) and its
-- own line (the bundle's promise, counted from submission); each member item is an ordinary case
-- that points back to it, handled by its own department in parallel with the others.
CREATE SEQUENCE bundle_no_seq;

CREATE TABLE bundle_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  bundle_no text NOT NULL UNIQUE,
  bundle_code text NOT NULL REFERENCES bundles(code),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  -- The bundle definition as applied: a later edit of the bundle does not change a running case.
  definition jsonb NOT NULL,
  status text NOT NULL DEFAULT 'submitted'
    CHECK (status IN ('submitted', 'in_progress', 'correction_requested', 'ready', 'completed', 'withdrawn')),
  version integer NOT NULL DEFAULT 1,
  channel text NOT NULL CHECK (channel IN ('web', 'mobile', 'kiosk', 'window')),
  region_code text NOT NULL,
  lead_department_code text,
  applicant_user_id uuid REFERENCES users(id),
  applicant_type text NOT NULL CHECK (applicant_type IN ('citizen', 'enterprise')),
  applicant_name text NOT NULL,
  applicant_id_type text NOT NULL,
  applicant_id_number text NOT NULL,
  applicant_mobile text,
  created_by uuid NOT NULL REFERENCES users(id),
  answers jsonb NOT NULL,
  -- { timing: together | as_ready, mode: window | express | e_licence, address? }
  delivery jsonb NOT NULL,
  submitted_at timestamptz NOT NULL,
  promised_due timestamptz NOT NULL,
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bundle_cases_applicant_idx ON bundle_cases (applicant_user_id, submitted_at DESC);
CREATE INDEX bundle_cases_region_idx ON bundle_cases (region_code, status, submitted_at DESC);
CREATE INDEX bundle_cases_submitted_idx ON bundle_cases (submitted_at);

-- The member cases of a bundle, with the stage each runs in (a stage starts when the one before
-- it has its results; members of one stage run in parallel).
ALTER TABLE cases ADD COLUMN bundle_case_id uuid REFERENCES bundle_cases(id);
ALTER TABLE cases ADD COLUMN bundle_stage smallint;
CREATE INDEX cases_bundle_idx ON cases (bundle_case_id) WHERE bundle_case_id IS NOT NULL;

-- A material of a later member satisfied by an earlier member's result within the same bundle
-- (营业执照 from the registration): the row names the case whose result it is.
ALTER TABLE case_material_sources ADD COLUMN from_case_id uuid REFERENCES cases(id);
ALTER TABLE case_material_sources DROP CONSTRAINT case_material_sources_source_check;
ALTER TABLE case_material_sources DROP CONSTRAINT case_material_sources_check;
ALTER TABLE case_material_sources ADD CONSTRAINT case_material_sources_source_check
  CHECK (source IN ('e_licence', 'exchange', 'identity', 'bundle'));
ALTER TABLE case_material_sources ADD CONSTRAINT case_material_sources_evidence_check
  CHECK ((source = 'e_licence') = (licence_id IS NOT NULL)
     AND (source = 'exchange') = (exchange_query_id IS NOT NULL)
     AND (source = 'bundle') = (from_case_id IS NOT NULL));
