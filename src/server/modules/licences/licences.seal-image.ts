/**
 * A seal's image, drawn from its record (docs/domain.md S17): a red ring, the department's name
 * around the upper arc, a five-pointed star in the middle, the seal's name across the lower half
 * and its code along the bottom — the layout of a Chinese official seal. SVG, so it is sharp at
 * any size; the text uses the viewer's CJK fonts.
 */

const RED = '#d0021b';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The points of a five-pointed star centred on (cx, cy) with outer radius r. */
function starPoints(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return points.join(' ');
}

/** The image's ring: its radius, in the 240 px square the image is drawn in. */
const RING = 114;

/**
 * The department's name round the upper arc, laid out once for the seal's image and its PDF
 * (licences.pdf.ts): each character placed and turned on its own, upright towards the centre, on
 * a baseline circle about three quarters of the ring's radius, spread evenly over at most the arc
 * from about 9 to 3 o'clock and a little below, centred at 12 o'clock, a short name's characters
 * no further apart than half a radian. A long name gets smaller type instead of running off the
 * ends of the arc. Radius and type size are in units of the ring's radius; angles anticlockwise
 * from 3 o'clock. (Text along an SVG path spaced by letter-spacing lost a long name's first
 * character off the start of the path: the spacing counts after the last character too.)
 */
export function sealArc(name: string): { radius: number; size: number; glyphs: { ch: string; angle: number }[] } {
  const chars = [...name];
  const n = chars.length;
  const radius = 84 / RING;
  const step = n > 1 ? Math.min((Math.PI * 1.2) / (n - 1), 0.5) : 0;
  const size = Math.min(26 / RING, step ? step * radius * 0.92 : 26 / RING);
  return { radius, size, glyphs: chars.map((ch, i) => ({ ch, angle: Math.PI / 2 + (step * (n - 1)) / 2 - i * step })) };
}

function arcText(name: string, c: number): string {
  const arc = sealArc(name);
  return arc.glyphs
    .map(({ ch, angle }) => {
      const x = c + arc.radius * RING * Math.cos(angle);
      const y = c - arc.radius * RING * Math.sin(angle);
      const turn = 90 - (angle * 180) / Math.PI;
      return `<text transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) rotate(${turn.toFixed(2)})" text-anchor="middle" font-size="${(arc.size * RING).toFixed(1)}">${escapeXml(ch)}</text>`;
    })
    .join('');
}

export function sealSvg(seal: { departmentName: string; name: string; sealId: string; revoked: boolean }): string {
  const size = 240;
  const c = size / 2;
  // The seal's name across the lower half, no wider than the ring leaves there whatever the font.
  const nameWidth = Math.min([...seal.name].length * 20, 150);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(`${seal.departmentName} ${seal.name}`)}">
  <circle cx="${c}" cy="${c}" r="${RING}" fill="none" stroke="${RED}" stroke-width="7"/>
  <g fill="${RED}" font-weight="700" font-family="'Noto Serif CJK SC','Source Han Serif SC','SimSun','Noto Sans CJK SC',serif">${arcText(seal.departmentName, c)}</g>
  <polygon points="${starPoints(c, c - 4, 34)}" fill="${RED}"/>
  <text x="${c}" y="${c + 62}" fill="${RED}" font-size="20" font-weight="700" text-anchor="middle" textLength="${nameWidth}" lengthAdjust="spacingAndGlyphs" font-family="'Noto Serif CJK SC','Noto Sans CJK SC',serif">${escapeXml(seal.name)}</text>
  <text x="${c}" y="${c + 84}" fill="${RED}" font-size="11" text-anchor="middle" font-family="monospace">${escapeXml(seal.sealId)}</text>${
    seal.revoked ? `\n  <line x1="30" y1="${size - 30}" x2="${size - 30}" y2="30" stroke="#000" stroke-width="6" opacity="0.6"/>` : ''
  }
</svg>`;
}
