-- Catalog (事项库): items with versioned definitions, their search fields, synonyms for search,
-- and the "办成一件事" bundles.

-- Trigram similarity for typo-tolerant search. Installed into public so every test schema on a
-- shared PostgreSQL finds it through the search_path.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- One row per item: the searchable, filterable summary of its current published version (or of
-- its first draft until it is published). The full definition lives in item_versions.
CREATE TABLE items (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
  status text NOT NULL CHECK (status IN ('draft', 'published')),
  current_version int,                  -- published version; null until the first publication
  latest_version int NOT NULL,          -- highest version number, draft or not
  name_zh text NOT NULL,
  name_en text NOT NULL,
  department_code text NOT NULL REFERENCES departments(code),
  type text NOT NULL,
  level text NOT NULL,
  audience text[] NOT NULL,
  modes text[] NOT NULL,
  topics text[] NOT NULL,
  online boolean NOT NULL,              -- 网上可办: online application possible (depth 3 or 4)
  online_depth int NOT NULL,
  city_wide boolean NOT NULL,           -- 全市通办
  in_hall boolean NOT NULL,
  branch_hall text,
  case_kind text NOT NULL,
  promised_value int NOT NULL,
  promised_unit text NOT NULL,
  statutory_value int NOT NULL,
  statutory_unit text NOT NULL,
  visits int NOT NULL,
  -- Search fields: jieba tokens weighted A (names) > B (keywords, topics, result) > C (conditions,
  -- materials) > D (department, legal basis), parsed with the 'simple' config because neither
  -- PGlite nor a stock PostgreSQL has a Chinese parser; plus the names for trigram matching.
  -- Jieba runs once, when an item is published; each node loads these vectors and ranks in
  -- memory (catalog.search.index.ts), since ranking inside PGlite costs tens of milliseconds.
  search_doc tsvector NOT NULL,
  search_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Typo-tolerant name lookup in SQL (the admin's list covers drafts, which the public index does not).
CREATE INDEX items_search_name_trgm_idx ON items USING gin (search_name gin_trgm_ops);
CREATE INDEX items_department_idx ON items (department_code, name_zh);
CREATE INDEX items_modes_idx ON items USING gin (modes);

-- Every version of every item. Old versions stay (superseded) because cases keep the version
-- they were made under. At most one draft and one published version per item.
CREATE TABLE item_versions (
  code text NOT NULL REFERENCES items(code),
  version int NOT NULL CHECK (version > 0),
  status text NOT NULL CHECK (status IN ('draft', 'published', 'superseded')),
  definition jsonb NOT NULL,
  revision int NOT NULL DEFAULT 1,      -- edit counter of a draft: optimistic concurrency
  note text,
  created_by uuid,
  created_by_name text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid,
  published_by_name text,
  published_at timestamptz,
  PRIMARY KEY (code, version)
);
CREATE UNIQUE INDEX item_versions_one_draft_idx ON item_versions (code) WHERE status = 'draft';
CREATE UNIQUE INDEX item_versions_one_published_idx ON item_versions (code) WHERE status = 'published';

-- Search synonyms, editable by admins: a query containing `term` also looks for `expansions`.
CREATE TABLE synonyms (
  id serial PRIMARY KEY,
  term text NOT NULL UNIQUE,
  expansions text[] NOT NULL,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- "办成一件事" bundles: one form and one set of materials over several items.
CREATE TABLE bundles (
  code text PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  audience text[] NOT NULL,
  lead_department_code text REFERENCES departments(code),
  definition jsonb NOT NULL,
  search_doc tsvector NOT NULL,
  search_name text NOT NULL,
  sort int NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bundle_items (
  bundle_code text NOT NULL REFERENCES bundles(code) ON DELETE CASCADE,
  item_code text NOT NULL REFERENCES items(code),
  sort int NOT NULL DEFAULT 0,
  PRIMARY KEY (bundle_code, item_code)
);
CREATE INDEX bundle_items_item_idx ON bundle_items (item_code);
