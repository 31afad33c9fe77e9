-- E-licences (电子证照, docs/domain.md S16; docs/decisions.md D17): issued when a case's result is
-- delivered as an e-licence, signed by the issuing department's e-seal over the canonical text of
-- `data`, which is stored as signed (`canonical`) so it can be shown and checked byte for byte.

CREATE TABLE licences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  identifier text NOT NULL UNIQUE,
  type_code text NOT NULL,
  type_name text NOT NULL,
  number text NOT NULL,
  holder_name text NOT NULL,
  holder_id_type text NOT NULL,
  holder_id_number text NOT NULL,
  holder_user_id uuid REFERENCES users(id),
  department_code text NOT NULL REFERENCES departments(code),
  issuer_uscc text NOT NULL,
  issued_on date NOT NULL,
  valid_until date,
  version int NOT NULL CHECK (version BETWEEN 1 AND 999),
  data jsonb NOT NULL,
  canonical text NOT NULL,
  seal_id text NOT NULL REFERENCES seals(id),
  signature text NOT NULL,
  case_id uuid REFERENCES cases(id),
  status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked')),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users(id),
  revoked_reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX licences_holder_idx ON licences (holder_user_id, issued_on DESC);
CREATE INDEX licences_holder_id_idx ON licences (holder_id_number, type_code);
CREATE INDEX licences_case_idx ON licences (case_id);
