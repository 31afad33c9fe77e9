-- The estimated wait of a ticket (docs/decisions.md D29) reads its group's live service figures on
-- every take and every look at a ticket. Reading them from the day's index made each read cost the
-- whole day of the group: the median walked every finished ticket, the serving windows every called
-- one. These two partial indexes make both reads bounded, whatever the day's length.

-- The group's latest finished tickets, newest first: the median reads the first 20 entries.
CREATE INDEX queue_tickets_served_idx ON queue_tickets (place_code, group_code, day, finished_at DESC) INCLUDE (called_at) WHERE status = 'done';
-- The windows that called in a group's day, and when: one probe per window (a skip scan over the
-- window codes), however many tickets each window called.
CREATE INDEX queue_tickets_group_windows_idx ON queue_tickets (place_code, group_code, day, window_code, called_at) WHERE window_code IS NOT NULL;
