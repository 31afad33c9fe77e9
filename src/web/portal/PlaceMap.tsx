import { useT } from '../i18n/I18nProvider';
import { distanceText } from './catalogText';

export interface MapPoint {
  code: string;
  lat: number;
  lng: number;
}

const WIDTH = 520;
const HEIGHT = 380;
const PAD = 36;
const METRES_PER_DEGREE = 111_320;
const NICE_METRES = [100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];

/**
 * An offline map: the places as points on a plain projected grid (no tiles, nothing loaded from
 * anywhere), the numbered ones being those listed next to it, and the visitor's position. The
 * view fits the numbered places and the visitor; other places inside it are drawn faintly.
 */
export function PlaceMap({
  points,
  numbered,
  firstNumber = 1,
  origin,
  label,
}: {
  points: MapPoint[];
  numbered: MapPoint[];
  firstNumber?: number;
  origin?: { lat: number; lng: number } | null;
  label: string;
}) {
  const t = useT();
  const focus = [...numbered, ...(origin ? [origin] : [])];
  const fit = focus.length ? focus : points;
  if (fit.length === 0) return null;

  let minLat = Math.min(...fit.map((p) => p.lat));
  let maxLat = Math.max(...fit.map((p) => p.lat));
  let minLng = Math.min(...fit.map((p) => p.lng));
  let maxLng = Math.max(...fit.map((p) => p.lng));
  // Never zoom closer than about 2 km across.
  const minSpan = 0.02;
  if (maxLat - minLat < minSpan) [minLat, maxLat] = [(minLat + maxLat) / 2 - minSpan / 2, (minLat + maxLat) / 2 + minSpan / 2];
  if (maxLng - minLng < minSpan) [minLng, maxLng] = [(minLng + maxLng) / 2 - minSpan / 2, (minLng + maxLng) / 2 + minSpan / 2];
  const cosLat = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const k = Math.min((WIDTH - 2 * PAD) / ((maxLng - minLng) * cosLat), (HEIGHT - 2 * PAD) / (maxLat - minLat));
  const offsetX = (WIDTH - (maxLng - minLng) * cosLat * k) / 2;
  const offsetY = (HEIGHT - (maxLat - minLat) * k) / 2;
  const project = (p: { lat: number; lng: number }) => ({ x: offsetX + (p.lng - minLng) * cosLat * k, y: offsetY + (maxLat - p.lat) * k });
  const inside = (q: { x: number; y: number }) => q.x >= 4 && q.x <= WIDTH - 4 && q.y >= 4 && q.y <= HEIGHT - 4;

  const pxPerMetre = k / METRES_PER_DEGREE;
  const scaleMetres = [...NICE_METRES].reverse().find((m) => m * pxPerMetre <= 140) ?? NICE_METRES[0];
  const scalePx = scaleMetres * pxPerMetre;
  const numberedCodes = new Set(numbered.map((p) => p.code));
  const me = origin ? project(origin) : null;

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="tb-place-map" role="img" aria-label={label}>
      <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#f4f7fb" />
      {[1, 2, 3, 4, 5].map((i) => (
        <g key={i} stroke="#dde3ec" strokeWidth={1}>
          <line x1={(WIDTH / 6) * i} y1={0} x2={(WIDTH / 6) * i} y2={HEIGHT} />
          <line x1={0} y1={(HEIGHT / 6) * i} x2={WIDTH} y2={(HEIGHT / 6) * i} />
        </g>
      ))}
      {points
        .filter((p) => !numberedCodes.has(p.code))
        .map((p) => ({ p, q: project(p) }))
        .filter(({ q }) => inside(q))
        .map(({ p, q }) => (
          <circle key={p.code} cx={q.x} cy={q.y} r={4} fill="#8c9bb0" />
        ))}
      {me && (
        <g>
          <circle cx={me.x} cy={me.y} r={14} fill="rgba(196, 29, 29, 0.15)" />
          <circle cx={me.x} cy={me.y} r={7} fill="#c41d1d" stroke="#fff" strokeWidth={2} />
        </g>
      )}
      {numbered.map((p, i) => {
        const q = project(p);
        return (
          <g key={p.code}>
            <circle cx={q.x} cy={q.y} r={11} fill="#0958d9" stroke="#fff" strokeWidth={2} />
            <text x={q.x} y={q.y + 4} fontSize={12} fontWeight={700} textAnchor="middle" fill="#fff">
              {firstNumber + i}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${WIDTH - 34}, 14)`} aria-hidden="true">
        <path d="M 10 0 L 18 22 L 10 17 L 2 22 Z" fill="#434343" />
        <text x={10} y={36} fontSize={12} textAnchor="middle" fill="#434343">
          N
        </text>
      </g>
      <g transform={`translate(14, ${HEIGHT - 18})`}>
        <rect x={-4} y={-18} width={scalePx + 8 + 60} height={26} fill="rgba(255,255,255,0.85)" rx={4} />
        <line x1={0} y1={0} x2={scalePx} y2={0} stroke="#1f1f1f" strokeWidth={2} />
        <line x1={0} y1={-5} x2={0} y2={0} stroke="#1f1f1f" strokeWidth={2} />
        <line x1={scalePx} y1={-5} x2={scalePx} y2={0} stroke="#1f1f1f" strokeWidth={2} />
        <text x={scalePx + 6} y={2} fontSize={12} fill="#1f1f1f">
          {distanceText(t, scaleMetres)}
        </text>
      </g>
    </svg>
  );
}
