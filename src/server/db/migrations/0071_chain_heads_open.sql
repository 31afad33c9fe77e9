-- A record's first event and its chain head in one statement (platform/audit/events.repository.ts,
-- docs/decisions.md D6): a head may now also be created at seq 1, pointing at the chain's first
-- event, appended at the genesis with that hash. That is where a head created at the genesis and
-- advanced once would stand, so nothing can be written that 0003's rules refused; every other rule
-- of 0003 stands.
CREATE OR REPLACE FUNCTION chain_heads_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'chain heads cannot be deleted';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF (NEW.seq = 0 AND NEW.hash = repeat('0', 64)) OR (NEW.seq = 1 AND EXISTS (
      SELECT 1 FROM events e WHERE e.chain = NEW.chain AND e.seq = 1 AND e.hash = NEW.hash AND e.prev_hash = repeat('0', 64)
    )) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a chain head starts at the genesis or at its first event';
  END IF;
  IF NEW.chain <> OLD.chain OR NEW.seq <> OLD.seq + 1 OR NOT EXISTS (
    SELECT 1 FROM events e WHERE e.chain = NEW.chain AND e.seq = NEW.seq AND e.hash = NEW.hash AND e.prev_hash = OLD.hash
  ) THEN
    RAISE EXCEPTION 'a chain head only advances to the event appended after it';
  END IF;
  RETURN NEW;
END $$;
