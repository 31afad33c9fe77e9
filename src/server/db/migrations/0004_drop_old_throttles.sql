-- The per-module throttle tables gave way to the platform limiter (rate_limits, 0003): sign-in and
-- the public 12345 surfaces count there per address and per target. Their clean-up schedule goes too.
DROP TABLE IF EXISTS login_throttle;
DROP TABLE IF EXISTS hotline_throttle;
DELETE FROM job_schedules WHERE name = 'hotline-housekeeping';
DELETE FROM jobs WHERE queue = 'hotline.housekeeping';
