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

export function sealSvg(seal: { departmentName: string; name: string; sealId: string; revoked: boolean }): string {
  const size = 240;
  const c = size / 2;
  // The name fills the arc from about 8 to 4 o'clock: fewer characters, wider spacing.
  const arcLength = Math.PI * 84 * 1.35;
  const spacing = Math.max(0, (arcLength - seal.departmentName.length * 26) / Math.max(1, seal.departmentName.length - 1));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(`${seal.departmentName} ${seal.name}`)}">
  <defs><path id="arc" d="M ${c - 84 * Math.cos(Math.PI / 5.5)},${c + 84 * Math.sin(Math.PI / 5.5)} A 84 84 0 1 1 ${c + 84 * Math.cos(Math.PI / 5.5)},${c + 84 * Math.sin(Math.PI / 5.5)}"/></defs>
  <circle cx="${c}" cy="${c}" r="${c - 6}" fill="none" stroke="${RED}" stroke-width="7"/>
  <text fill="${RED}" font-size="26" font-weight="700" letter-spacing="${spacing.toFixed(1)}" font-family="'Noto Serif CJK SC','Source Han Serif SC','SimSun','Noto Sans CJK SC',serif">
    <textPath href="#arc" startOffset="50%" text-anchor="middle">${escapeXml(seal.departmentName)}</textPath>
  </text>
  <polygon points="${starPoints(c, c - 4, 34)}" fill="${RED}"/>
  <text x="${c}" y="${c + 62}" fill="${RED}" font-size="20" font-weight="700" text-anchor="middle" font-family="'Noto Serif CJK SC','Noto Sans CJK SC',serif">${escapeXml(seal.name)}</text>
  <text x="${c}" y="${c + 84}" fill="${RED}" font-size="11" text-anchor="middle" font-family="monospace">${escapeXml(seal.sealId)}</text>${
    seal.revoked ? `\n  <line x1="30" y1="${size - 30}" x2="${size - 30}" y2="30" stroke="#000" stroke-width="6" opacity="0.6"/>` : ''
  }
</svg>`;
}
