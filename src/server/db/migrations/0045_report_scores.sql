-- Department and region scoring (考评, docs/domain.md S11): the weight of each report indicator in
-- the score, set by admins. Only shares (0–1) are scored; a weight of 0 leaves one out.

CREATE TABLE score_weights (
  indicator text PRIMARY KEY,
  weight numeric NOT NULL CHECK (weight >= 0 AND weight <= 100),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Timeliness first, then what applicants said, online service, rectification and the 12345 line.
INSERT INTO score_weights (indicator, weight) VALUES
  ('onTimePromisedRate', 40),
  ('goodRate', 25),
  ('onlineRate', 10),
  ('rectifiedRate', 10),
  ('hotlineOnTimeRate', 15);
