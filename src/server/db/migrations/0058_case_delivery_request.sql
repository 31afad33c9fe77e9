-- The guided application (docs/decisions.md D27): how the applicant asks to receive the result
-- (领取方式: window, express to an address, or e-licence), and when they signed the declaration
-- (承诺书) that what they filled in and uploaded is true. The clerk's 出件 still records what was
-- actually done in `delivery`; `delivery_request` is what was asked for.

ALTER TABLE cases ADD COLUMN delivery_request jsonb;
ALTER TABLE cases ADD COLUMN declared_at timestamptz;
