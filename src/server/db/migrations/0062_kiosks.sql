-- The 24-hour self-service kiosk's identity (docs/decisions.md D32): enrolled kiosk devices, QR
-- sign-in challenges, and kiosk sessions (short idle expiry, tied to the device).

-- A kiosk machine a hall trusts. The enrolment code is shown once and only its SHA-256 is kept;
-- exchanging it sets the device cookie, of which again only the SHA-256 is kept.
CREATE TABLE kiosk_devices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  place_code text NOT NULL REFERENCES places(code),
  name text NOT NULL,
  enrol_code_hash text UNIQUE,
  enrol_expires_at timestamptz,
  token_hash text UNIQUE,
  enrolled_at timestamptz,
  last_seen_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kiosk_devices_place_idx ON kiosk_devices (place_code, created_at DESC);

-- A QR sign-in: made by one device, confirmed by a person signed in on a phone, redeemed once by
-- the same device. The id is the SHA-256 of the random value the QR carries.
CREATE TABLE kiosk_sign_in_challenges (
  id text PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES kiosk_devices(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  user_id uuid REFERENCES users(id) ON DELETE CASCADE,
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  redeemed_at timestamptz
);
CREATE INDEX kiosk_sign_in_challenges_expires_idx ON kiosk_sign_in_challenges (expires_at);

-- A session opened at a kiosk: its own idle expiry, and ended with its device.
ALTER TABLE sessions ADD COLUMN idle_minutes int CHECK (idle_minutes > 0);
ALTER TABLE sessions ADD COLUMN kiosk_device_id uuid REFERENCES kiosk_devices(id) ON DELETE CASCADE;
CREATE INDEX sessions_kiosk_idx ON sessions (kiosk_device_id) WHERE kiosk_device_id IS NOT NULL;
