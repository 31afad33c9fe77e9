-- The data-sharing exchange (共享交换, docs/domain.md S16; docs/decisions.md D20):
-- departments publish data resources (the catalog), consumer departments file data needs
-- (需求清单), owner departments approve them into grants (per consumer department, resource, field
-- set, purpose and validity period) or refuse them, and every query — answered or refused — is a
-- row here and an event on the hash-chained log (chain `exchange`), so `tongban audit verify`
-- covers it. This table set holds the current state and the index the usage pages read.

CREATE TABLE exchange_resources (
  code text PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  description_zh text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  owner_department_code text NOT NULL REFERENCES departments(code),
  update_frequency text NOT NULL CHECK (update_frequency IN ('realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly')),
  sharing_type text NOT NULL CHECK (sharing_type IN ('unconditional', 'conditional', 'none')),
  key_kind text NOT NULL CHECK (key_kind IN ('resident_id', 'uscc')),
  fields jsonb NOT NULL,                                  -- [{name, labelZh, labelEn, personal}]
  updated_at timestamptz NOT NULL
);
CREATE INDEX exchange_resources_owner_idx ON exchange_resources (owner_department_code);

-- The shared data itself: one row per resource and key (a resident ID or a credit code).
CREATE TABLE exchange_records (
  resource_code text NOT NULL REFERENCES exchange_resources(code),
  key text NOT NULL,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (resource_code, key)
);

CREATE TABLE exchange_needs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_code text NOT NULL REFERENCES exchange_resources(code),
  consumer_department_code text NOT NULL REFERENCES departments(code),
  owner_department_code text NOT NULL REFERENCES departments(code),
  fields text[] NOT NULL,
  purpose text NOT NULL,
  item_codes text[] NOT NULL,
  valid_from text NOT NULL,                               -- YYYY-MM-DD, Asia/Shanghai
  valid_until text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'refused')),
  version int NOT NULL DEFAULT 1,
  requested_by uuid REFERENCES users(id),
  requested_by_name text NOT NULL,
  created_at timestamptz NOT NULL,
  decided_by uuid REFERENCES users(id),
  decided_by_name text,
  decided_at timestamptz,
  refusal_reason text,
  granted_fields text[],
  CHECK (valid_from <= valid_until)
);
CREATE INDEX exchange_needs_consumer_idx ON exchange_needs (consumer_department_code, created_at);
CREATE INDEX exchange_needs_owner_idx ON exchange_needs (owner_department_code, created_at);

CREATE TABLE exchange_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  need_id uuid NOT NULL UNIQUE REFERENCES exchange_needs(id),
  resource_code text NOT NULL REFERENCES exchange_resources(code),
  consumer_department_code text NOT NULL REFERENCES departments(code),
  owner_department_code text NOT NULL REFERENCES departments(code),
  fields text[] NOT NULL,
  purpose text NOT NULL,
  item_codes text[] NOT NULL,
  valid_from text NOT NULL,
  valid_until text NOT NULL,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users(id),
  revoked_by_name text,
  revoke_reason text
);
CREATE INDEX exchange_grants_consumer_idx ON exchange_grants (consumer_department_code, resource_code);
CREATE INDEX exchange_grants_owner_idx ON exchange_grants (owner_department_code, created_at);

-- Every query, answered or refused. The key is kept only as a digest (SHA-256, for the data
-- subject's own usage page) and a mask (for the owner's usage page): docs/domain.md §6.
CREATE TABLE exchange_queries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  at timestamptz NOT NULL,
  resource_code text NOT NULL,                            -- as asked; may name no resource (refused)
  owner_department_code text,
  consumer_department_code text,
  user_id uuid REFERENCES users(id),
  user_name text NOT NULL,
  purpose text NOT NULL,
  case_id uuid,
  fields text[] NOT NULL,
  key_digest text NOT NULL,
  key_masked text NOT NULL,
  result text NOT NULL CHECK (result IN ('allowed', 'refused', 'no_record')),
  refusal_code text,
  grant_id uuid REFERENCES exchange_grants(id),
  event_seq bigint NOT NULL                               -- the query's event on chain `exchange`
);
CREATE INDEX exchange_queries_owner_idx ON exchange_queries (owner_department_code, at DESC);
CREATE INDEX exchange_queries_resource_idx ON exchange_queries (resource_code, at DESC);
CREATE INDEX exchange_queries_subject_idx ON exchange_queries (key_digest, at DESC);
