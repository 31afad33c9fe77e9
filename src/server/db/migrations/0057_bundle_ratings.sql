-- A "一件事" rated as a whole (docs/decisions.md D18, D24): a rating and its rectification concern
-- exactly one of a case, a 12345 ticket or a bundle application. For a bundle, item_code/item_name
-- hold the bundle's code and name, department_code its lead department and region_code its region,
-- so the figures cut bundle ratings like the others. One rating per bundle, as per case and ticket.

ALTER TABLE ratings ADD COLUMN bundle_case_id uuid REFERENCES bundle_cases(id);
ALTER TABLE ratings ADD COLUMN bundle_no text;
ALTER TABLE ratings ADD CONSTRAINT ratings_bundle_case_id_key UNIQUE (bundle_case_id);   -- one rating per bundle
ALTER TABLE ratings DROP CONSTRAINT ratings_one_subject;
ALTER TABLE ratings ADD CONSTRAINT ratings_one_subject CHECK (num_nonnulls(case_id, ticket_id, bundle_case_id) = 1);

ALTER TABLE rectifications ADD COLUMN bundle_case_id uuid REFERENCES bundle_cases(id);
ALTER TABLE rectifications ADD COLUMN bundle_no text;
ALTER TABLE rectifications DROP CONSTRAINT rectifications_one_subject;
ALTER TABLE rectifications ADD CONSTRAINT rectifications_one_subject CHECK (num_nonnulls(case_id, ticket_id, bundle_case_id) = 1);
