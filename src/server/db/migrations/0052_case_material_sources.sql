-- Materials a case did not need uploaded (免提交, docs/decisions.md D21): satisfied by one of the
-- applicant's own e-licences (picked from the wallet or found for them), by a query through the
-- data-sharing exchange made for the item's department, or (the identity card) by the applicant's
-- real-name account. One row per material and case; the row
-- names its evidence (the licence, or the logged exchange query), never a copy of the data.
CREATE TABLE case_material_sources (
  case_id uuid NOT NULL REFERENCES cases(id),
  material_code text NOT NULL,
  source text NOT NULL CHECK (source IN ('e_licence', 'exchange', 'identity')),
  licence_id uuid REFERENCES licences(id),
  exchange_query_id uuid REFERENCES exchange_queries(id),
  -- What the case page shows: the licence identifier, or the resource and owner department.
  label text NOT NULL,
  label_en text NOT NULL,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, material_code),
  CHECK ((source = 'e_licence') = (licence_id IS NOT NULL) AND (source = 'exchange') = (exchange_query_id IS NOT NULL))
);

-- Which application materials a resource stands in for: catalog material keys (`household_register`,
-- `business_licence`, …) or material names (清税信息), so the exchange knows what it can replace.
ALTER TABLE exchange_resources ADD COLUMN materials text[] NOT NULL DEFAULT '{}';
