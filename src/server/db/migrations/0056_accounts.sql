-- Accounts of their own (issue 13): self-registration of citizens and enterprises, SMS codes for
-- registration, sign-in and password reset, and enterprise staff invitations (docs/decisions.md).

-- One-time SMS codes. Only a hash of the code is stored; a code dies after its expiry, its first
-- use or its fifth wrong attempt. Rows are kept (without the hash's use) for throttling and audit.
CREATE TABLE sms_codes (
  id bigserial PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('register', 'login', 'reset', 'invite')),
  mobile text NOT NULL,
  code_hash text NOT NULL,
  attempts int NOT NULL DEFAULT 0,
  -- false when no message went out (sign-in or reset for a number with no account): the row still
  -- exists so the answer and the throttles are the same whether or not the number is known.
  delivered boolean NOT NULL,
  ip text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX sms_codes_mobile_idx ON sms_codes (mobile, purpose, created_at DESC);
CREATE INDEX sms_codes_created_idx ON sms_codes (created_at);

-- What makes a self-registered account unique: its mobile, a citizen's resident ID, an
-- enterprise's credit code (held by the enterprise's administrator). The primary key is the rule,
-- so two registrations racing for one number cannot both succeed.
CREATE TABLE account_identities (
  kind text NOT NULL CHECK (kind IN ('mobile', 'resident_id', 'uscc')),
  value text NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, value)
);
CREATE INDEX account_identities_user_idx ON account_identities (user_id);

-- Enterprises registered on the platform, with their legal representative and administrator.
CREATE TABLE enterprises (
  uscc text PRIMARY KEY,
  name text NOT NULL,
  legal_rep_name text NOT NULL,
  legal_rep_id_number text NOT NULL,
  admin_user_id uuid NOT NULL REFERENCES users(id),
  admin_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Staff an enterprise administrator invited: a pending account bound to the enterprise's credit
-- code, completed by the invitee with an SMS code to this mobile and a password of their own.
CREATE TABLE enterprise_invites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  uscc text NOT NULL REFERENCES enterprises(uscc),
  mobile text NOT NULL,
  person_name text NOT NULL,
  invited_by uuid NOT NULL REFERENCES users(id),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'revoked')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_user_id uuid REFERENCES users(id)
);
CREATE UNIQUE INDEX enterprise_invites_pending_idx ON enterprise_invites (mobile) WHERE status = 'pending';
CREATE INDEX enterprise_invites_uscc_idx ON enterprise_invites (uscc, created_at DESC);
