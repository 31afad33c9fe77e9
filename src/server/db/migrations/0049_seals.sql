-- E-seals (电子印章, docs/domain.md S17; docs/decisions.md D17): each department's SM2 key pairs,
-- recorded after GB/T 38540 — the seal code, kind, name, validity, maker and public key; the image
-- is drawn from the record. The private key is stored sealed (AES-256-GCM under the platform's
-- seal key), never in clear. Revoked seals stay, so licences they signed can say why they fail.

CREATE TABLE seals (
  id text PRIMARY KEY CHECK (id ~ '^[0-9]{14}$'),
  department_code text NOT NULL REFERENCES departments(code),
  holder_uscc text NOT NULL CHECK (holder_uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('official', 'licence', 'approval')),
  public_key text NOT NULL CHECK (public_key ~ '^04[0-9a-f]{128}$'),
  private_key_sealed text NOT NULL,
  valid_from date NOT NULL,
  valid_to date NOT NULL CHECK (valid_to >= valid_from),
  maker text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users(id),
  revoked_reason text
);

CREATE INDEX seals_department_idx ON seals (department_code, status);
