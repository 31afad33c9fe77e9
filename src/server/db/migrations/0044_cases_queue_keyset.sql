-- Work queues page by keyset (docs/architecture.md, "Work queues"): the order ends with the case id
-- so every row has one place in it, and a cursor (light rank, promised date, created, id) continues
-- exactly where the last page stopped. The queue indexes carry the id to serve that order.
DROP INDEX IF EXISTS cases_queue_idx;
DROP INDEX IF EXISTS cases_region_queue_idx;
CREATE INDEX cases_queue_idx ON cases (light_rank, promised_due, created_at DESC, id);
CREATE INDEX cases_region_queue_idx ON cases (region_code, light_rank, promised_due, created_at DESC, id);
