-- 材料智审 (docs/decisions.md D33): what the automatic check of an upload found (advice kept with
-- the file for the applicant and the reviewer) and a PDF's page count.
ALTER TABLE files ADD COLUMN checks jsonb NOT NULL DEFAULT '[]';
ALTER TABLE files ADD COLUMN pages integer;
