-- File store: uploaded materials (PDF/JPEG/PNG checked by content). The bytes live on disk under
-- TONGBAN_DATA_DIR/files, addressed by their SHA-256, so an identical upload is stored once; each
-- upload is its own row with its owner, because who may read a file depends on who uploaded it.
CREATE TABLE files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users(id),
  region_code text NOT NULL,
  name text NOT NULL,
  mime text NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes bigint NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX files_owner_idx ON files (owner_id, created_at);
