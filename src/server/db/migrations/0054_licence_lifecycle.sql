-- E-licence lifecycle beyond revocation (docs/decisions.md D17): a licence may be suspended (暂扣)
-- and resumed, and renewed (延续) as a new version signed afresh, which supersedes the old one.
ALTER TABLE licences DROP CONSTRAINT licences_status_check;
ALTER TABLE licences ADD CONSTRAINT licences_status_check CHECK (status IN ('valid', 'suspended', 'revoked', 'superseded'));
ALTER TABLE licences ADD COLUMN suspended_reason text;
ALTER TABLE licences ADD COLUMN superseded_by uuid REFERENCES licences(id);
