-- Places of the "1+N+X" service system: the city hall, the branch halls, district/banner/county
-- halls, street/township centres, community/village stations and agency points; their windows
-- and the items each handles.

CREATE TABLE places (
  code text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$'),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  -- 1 = city hall, N = branch halls, X = everything nearer to people.
  tier text NOT NULL CHECK (tier IN ('1', 'N', 'X')),
  kind text NOT NULL CHECK (kind IN ('city_hall', 'branch_hall', 'district_hall', 'street_centre', 'community_station', 'park_point', 'post_point', 'bank_point')),
  branch_hall text,
  region_code text NOT NULL REFERENCES regions(code),
  parent_code text REFERENCES places(code),
  address_zh text NOT NULL,
  address_en text NOT NULL,
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
  phone text NOT NULL,
  hours jsonb NOT NULL,                  -- sessions, lunch duty, extended/weekend/holiday service
  active boolean NOT NULL DEFAULT true,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX places_region_idx ON places (region_code, kind);

CREATE TABLE place_windows (
  place_code text NOT NULL REFERENCES places(code) ON DELETE CASCADE,
  code text NOT NULL,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('comprehensive', 'instant', 'branch', 'project', 'delivery', 'general')),
  branch_hall text,
  department_codes text[] NOT NULL DEFAULT '{}',   -- empty: any item of the place
  sort int NOT NULL DEFAULT 0,
  PRIMARY KEY (place_code, code)
);

CREATE TABLE place_items (
  place_code text NOT NULL REFERENCES places(code) ON DELETE CASCADE,
  item_code text NOT NULL REFERENCES items(code),
  PRIMARY KEY (place_code, item_code)
);
CREATE INDEX place_items_item_idx ON place_items (item_code);
