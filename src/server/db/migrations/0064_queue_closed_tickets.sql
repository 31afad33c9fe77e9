-- Tickets left waiting or called when their hall day ended (docs/decisions.md D29): nobody calls
-- them any more (a window calls only today's line), so a nightly job closes them with a reason and
-- the day's statistics count them as taken and not served.
ALTER TABLE queue_tickets DROP CONSTRAINT queue_tickets_status_check;
ALTER TABLE queue_tickets ADD CONSTRAINT queue_tickets_status_check CHECK (status IN ('waiting', 'called', 'done', 'skipped', 'closed'));
-- Why a ticket was closed: `day_ended`, the only reason so far.
ALTER TABLE queue_tickets ADD COLUMN close_reason text;
-- The job's read: tickets still open, oldest day first.
CREATE INDEX queue_tickets_open_idx ON queue_tickets (day) WHERE status IN ('waiting', 'called');
