-- In-app notifications and the SMS outbox (sent through the configured SMS gateway adapter).

CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  template text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  title_zh text NOT NULL,
  title_en text NOT NULL,
  body_zh text NOT NULL,
  body_en text NOT NULL,
  subject_type text,
  subject_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);

CREATE TABLE sms_messages (
  id bigserial PRIMARY KEY,
  mobile text NOT NULL,
  body text NOT NULL,
  template text NOT NULL,
  subject_type text,
  subject_id text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  gateway text,
  gateway_message_id text,
  attempts int NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX sms_messages_pending_idx ON sms_messages (created_at) WHERE status = 'pending';
CREATE INDEX sms_messages_created_idx ON sms_messages (created_at DESC);
