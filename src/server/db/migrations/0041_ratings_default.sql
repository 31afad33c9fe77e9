-- Default ratings (docs/domain.md §10): when the city turns it on (TONGBAN_RATING_DEFAULT_DAYS), a
-- finished case nobody rated within that many days is rated 满意 by the system. Such a rating is
-- always marked as defaulted, has its own channel and no submitting user.
ALTER TABLE ratings ADD COLUMN defaulted boolean NOT NULL DEFAULT false;
ALTER TABLE ratings ALTER COLUMN submitted_by DROP NOT NULL;
ALTER TABLE ratings DROP CONSTRAINT ratings_channel_check;
ALTER TABLE ratings ADD CONSTRAINT ratings_channel_check CHECK (channel IN ('online', 'window_pad', 'sms_link', 'default'));
ALTER TABLE ratings ADD CONSTRAINT ratings_default_marked CHECK ((channel = 'default') = defaulted);
