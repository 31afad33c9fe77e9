-- Ratings of 12345 tickets (docs/domain.md §8, §10; docs/decisions.md D18): a rating and its
-- rectification concern a case or a ticket, never both. For a ticket, item_code/item_name hold the
-- ticket's category, department_code the department that answers for it and region_code its
-- region, so the figures cut ticket ratings like case ratings. One rating per ticket as per case.

ALTER TABLE ratings ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE ratings ADD COLUMN ticket_id uuid REFERENCES hotline_tickets(id);
ALTER TABLE ratings ADD COLUMN ticket_no text;
-- A category's English name (a case's item has its English name in the catalog).
ALTER TABLE ratings ADD COLUMN item_name_en text;
ALTER TABLE ratings ADD CONSTRAINT ratings_ticket_id_key UNIQUE (ticket_id);       -- one rating per ticket
ALTER TABLE ratings ADD CONSTRAINT ratings_one_subject CHECK ((case_id IS NULL) <> (ticket_id IS NULL));
-- return_visit: the hotline agent records the caller's rating during the return visit (回访).
ALTER TABLE ratings DROP CONSTRAINT ratings_channel_check;
ALTER TABLE ratings ADD CONSTRAINT ratings_channel_check CHECK (channel IN ('online', 'window_pad', 'sms_link', 'return_visit', 'default'));

ALTER TABLE rectifications ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE rectifications ADD COLUMN ticket_id uuid REFERENCES hotline_tickets(id);
ALTER TABLE rectifications ADD COLUMN ticket_no text;
-- The caller's mobile, for the SMS that invites them to re-rate the rectification; a caller has no
-- account to be told in-app. Cleared when the task is finished.
ALTER TABLE rectifications ADD COLUMN contact_mobile text;
ALTER TABLE rectifications ADD CONSTRAINT rectifications_one_subject CHECK ((case_id IS NULL) <> (ticket_id IS NULL));

-- Single-use links sent by SMS: `rate` a ticket, or `rerate` a rectification. Only the SHA-256 of
-- the token is stored; the token itself exists only in the SMS.
CREATE TABLE rating_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  purpose text NOT NULL CHECK (purpose IN ('rate', 'rerate')),
  ticket_id uuid NOT NULL REFERENCES hotline_tickets(id),
  rectification_id uuid REFERENCES rectifications(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CONSTRAINT rating_links_purpose CHECK ((purpose = 'rerate') = (rectification_id IS NOT NULL))
);
CREATE INDEX rating_links_ticket_idx ON rating_links (ticket_id);
