/**
 * Geometry of the offline schematic map of Baotou: a rough city outline cut into the cells of
 * the division centres the server uses to place a point (src/server/modules/hotline/hotline.geo.ts
 * — the nearest centre wins), so the map shows exactly where the server will file a point.
 * Equirectangular projection; no tiles, no network.
 */

export interface LngLat {
  lng: number;
  lat: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Approximate centres of Baotou's divisions (WGS-84), as in the server's hotline.geo.ts. */
export const DIVISION_CENTRES: ReadonlyArray<{ regionCode: string } & LngLat> = [
  { regionCode: '150203', lat: 40.657, lng: 109.822 }, // 昆都仑区
  { regionCode: '150204', lat: 40.643, lng: 109.901 }, // 青山区
  { regionCode: '150202', lat: 40.576, lng: 110.044 }, // 东河区
  { regionCode: '150207', lat: 40.606, lng: 109.969 }, // 九原区
  { regionCode: '150271', lat: 40.618, lng: 109.87 }, // 稀土高新区
  { regionCode: '150205', lat: 40.676, lng: 110.273 }, // 石拐区
  { regionCode: '150206', lat: 41.769, lng: 109.973 }, // 白云鄂博矿区
  { regionCode: '150221', lat: 40.566, lng: 110.52 }, // 土默特右旗
  { regionCode: '150222', lat: 41.034, lng: 110.063 }, // 固阳县
  { regionCode: '150223', lat: 41.703, lng: 110.433 }, // 达茂旗
];

/** The urban districts, drawn larger in the "city centre" view. */
export const URBAN_REGIONS = new Set(['150203', '150204', '150202', '150207', '150271']);

/** A rough outline of the city's territory (schematic, not a survey boundary). */
const OUTLINE: readonly LngLat[] = [
  { lng: 109.62, lat: 42.3 },
  { lng: 110.2, lat: 42.74 },
  { lng: 110.9, lat: 42.6 },
  { lng: 111.33, lat: 42.18 },
  { lng: 111.2, lat: 41.6 },
  { lng: 110.92, lat: 41.22 },
  { lng: 110.96, lat: 40.78 },
  { lng: 110.86, lat: 40.45 },
  { lng: 110.52, lat: 40.22 },
  { lng: 110.12, lat: 40.44 },
  { lng: 109.82, lat: 40.5 },
  { lng: 109.56, lat: 40.6 },
  { lng: 109.46, lat: 40.86 },
  { lng: 109.6, lat: 41.22 },
  { lng: 109.3, lat: 41.6 },
  { lng: 109.26, lat: 42.0 },
];

const WEST = 109.2;
const NORTH = 42.8;
/** Pixels per degree of latitude; longitude is shortened by cos(41.4°). */
const SCALE = 200;
const COS_LAT = Math.cos((41.4 * Math.PI) / 180);

export function project(p: LngLat): Point {
  return { x: (p.lng - WEST) * COS_LAT * SCALE, y: (NORTH - p.lat) * SCALE };
}

export function unproject(p: Point): LngLat {
  return { lng: WEST + p.x / (COS_LAT * SCALE), lat: NORTH - p.y / SCALE };
}

/** The two views: the whole city and the urban area. */
export const VIEWS = {
  city: { ...project({ lng: 109.2, lat: 42.8 }), ...size({ lng: 109.2, lat: 42.8 }, { lng: 111.4, lat: 40.15 }) },
  urban: { ...project({ lng: 109.7, lat: 40.74 }), ...size({ lng: 109.7, lat: 40.74 }, { lng: 110.14, lat: 40.52 }) },
} as const;
export type MapView = keyof typeof VIEWS;

function size(nw: LngLat, se: LngLat): { width: number; height: number } {
  const a = project(nw);
  const b = project(se);
  return { width: b.x - a.x, height: b.y - a.y };
}

/** Keeps the part of `polygon` on the side of the line a·p ≤ c (Sutherland–Hodgman, one edge). */
function clipHalfPlane(polygon: Point[], a: Point, c: number): Point[] {
  const inside = (p: Point) => a.x * p.x + a.y * p.y <= c;
  const out: Point[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const current = polygon[i];
    const previous = polygon[(i + polygon.length - 1) % polygon.length];
    const cin = inside(current);
    const pin = inside(previous);
    if (cin !== pin) {
      const dp = a.x * previous.x + a.y * previous.y;
      const dc = a.x * current.x + a.y * current.y;
      const t = (c - dp) / (dc - dp);
      out.push({ x: previous.x + t * (current.x - previous.x), y: previous.y + t * (current.y - previous.y) });
    }
    if (cin) out.push(current);
  }
  return out;
}

export interface Cell {
  regionCode: string;
  centre: Point;
  polygon: Point[];
}

/** Each division's cell: the part of the outline nearer its centre than any other. */
export function buildCells(): Cell[] {
  const outline = OUTLINE.map(project);
  const centres = DIVISION_CENTRES.map((c) => ({ regionCode: c.regionCode, p: project(c) }));
  return centres.map(({ regionCode, p }) => {
    let polygon = outline;
    for (const other of centres) {
      if (other.regionCode === regionCode) continue;
      // Points nearer p than q: (q − p)·x ≤ (|q|² − |p|²) / 2.
      const a = { x: other.p.x - p.x, y: other.p.y - p.y };
      const c = (other.p.x ** 2 + other.p.y ** 2 - p.x ** 2 - p.y ** 2) / 2;
      polygon = clipHalfPlane(polygon, a, c);
    }
    return { regionCode, centre: p, polygon };
  });
}

/** The division whose centre is nearest (the server's rule), in projected distance. */
export function nearestRegion(point: LngLat): string {
  const p = project(point);
  let best = DIVISION_CENTRES[0];
  let bestDistance = Infinity;
  for (const c of DIVISION_CENTRES) {
    const q = project(c);
    const d = (q.x - p.x) ** 2 + (q.y - p.y) ** 2;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best.regionCode;
}

/** Whether a point lies inside the outline (ray casting). */
export function insideOutline(point: LngLat): boolean {
  const p = project(point);
  const polygon = OUTLINE.map(project);
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

export function pathOf(polygon: readonly Point[]): string {
  if (polygon.length === 0) return '';
  return `M${polygon.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('L')}Z`;
}
