-- Work queues list cases most urgent first: by light (overdue, red, yellow, green), then by the
-- promised date, newest first among equals (docs/architecture.md, "Work queues"). The light's rank
-- is stored so that an index can serve that order and a page is read without sorting every case.
ALTER TABLE cases ADD COLUMN light_rank smallint GENERATED ALWAYS AS (
  CASE light WHEN 'overdue' THEN 0 WHEN 'red' THEN 1 WHEN 'yellow' THEN 2 WHEN 'green' THEN 3 ELSE 4 END
) STORED;
CREATE INDEX cases_queue_idx ON cases (light_rank, promised_due, created_at DESC);
CREATE INDEX cases_region_queue_idx ON cases (region_code, light_rank, promised_due, created_at DESC);
