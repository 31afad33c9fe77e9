-- Late signatures (签收超时) are alerted once: when, per assignment, and an index for the sweep.
ALTER TABLE hotline_assignments ADD COLUMN sign_alerted_at timestamptz;
CREATE INDEX hotline_assignments_sign_due_idx ON hotline_assignments (sign_due_at) WHERE status = 'pending' AND sign_alerted_at IS NULL;
