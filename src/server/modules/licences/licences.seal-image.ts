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

/** Where the department's name sits: the baseline's radius, and at most the arc from about 9 to 3 o'clock and a little below. */
const ARC_RADIUS = 84;
const ARC_SPAN = Math.PI * 1.2;
const ARC_FONT = 26;

/**
 * The department's name round the upper arc, each character placed and turned on its own, upright
 * towards the centre, as the PDF draws it (licences.pdf.ts): the characters spread evenly, and a
 * long name gets smaller type instead of running off the ends of the arc. Text along an SVG path
 * spaced by letter-spacing lost its first character off the start of the path when the name was
 * long (the spacing counts after the last character too).
 */
function arcText(name: string, c: number): string {
  const chars = [...name];
  const n = chars.length;
  // Spread over the whole arc as on a real seal, but a short name no further apart than about 42 px;
  // centred at 12 o'clock.
  const step = n > 1 ? Math.min(ARC_SPAN / (n - 1), 0.5) : 0;
  const size = Math.min(ARC_FONT, step ? step * ARC_RADIUS * 0.92 : ARC_FONT);
  return chars
    .map((ch, i) => {
      const angle = Math.PI / 2 + (step * (n - 1)) / 2 - i * step; // anticlockwise from 3 o'clock
      const x = c + ARC_RADIUS * Math.cos(angle);
      const y = c - ARC_RADIUS * Math.sin(angle);
      const turn = 90 - (angle * 180) / Math.PI;
      return `<text transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) rotate(${turn.toFixed(2)})" text-anchor="middle" font-size="${size.toFixed(1)}">${escapeXml(ch)}</text>`;
    })
    .join('');
}

export function sealSvg(seal: { departmentName: string; name: string; sealId: string; revoked: boolean }): string {
  const size = 240;
  const c = size / 2;
  // The seal's name across the lower half, no wider than the ring leaves there whatever the font.
  const nameWidth = Math.min([...seal.name].length * 20, 150);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(`${seal.departmentName} ${seal.name}`)}">
  <circle cx="${c}" cy="${c}" r="${c - 6}" fill="none" stroke="${RED}" stroke-width="7"/>
  <g fill="${RED}" font-weight="700" font-family="'Noto Serif CJK SC','Source Han Serif SC','SimSun','Noto Sans CJK SC',serif">${arcText(seal.departmentName, c)}</g>
  <polygon points="${starPoints(c, c - 4, 34)}" fill="${RED}"/>
  <text x="${c}" y="${c + 62}" fill="${RED}" font-size="20" font-weight="700" text-anchor="middle" textLength="${nameWidth}" lengthAdjust="spacingAndGlyphs" font-family="'Noto Serif CJK SC','Noto Sans CJK SC',serif">${escapeXml(seal.name)}</text>
  <text x="${c}" y="${c + 84}" fill="${RED}" font-size="11" text-anchor="middle" font-family="monospace">${escapeXml(seal.sealId)}</text>${
    seal.revoked ? `\n  <line x1="30" y1="${size - 30}" x2="${size - 30}" y2="30" stroke="#000" stroke-width="6" opacity="0.6"/>` : ''
  }
</svg>`;
}
