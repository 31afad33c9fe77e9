import { describe, expect, it } from 'vitest';
import { sealSvg } from './licences.seal-image';

/** A seal's image (docs/domain.md S17): the department's name round the upper arc, whatever its length. */

const glyphs = (svg: string) =>
  [...svg.matchAll(/<text transform="translate\(([\d.-]+) ([\d.-]+)\) rotate\([\d.-]+\)" text-anchor="middle" font-size="([\d.]+)">(.+?)<\/text>/g)].map(
    (m) => ({
      x: Number(m[1]) - 120,
      y: 120 - Number(m[2]),
      size: Number(m[3]),
      ch: m[4],
    }),
  );

/** A point's angle from 12 o'clock, anticlockwise positive, in (−π, π]. */
const fromNoon = (p: { x: number; y: number }) => Math.atan2(-p.x, p.y);

describe('sealSvg', () => {
  it.each(['市公安局', '市市场监管局', '包头市昆都仑区市场监督管理局', '包头市稀土高新技术产业开发区行政审批和政务服务局'])(
    'draws every character of %s on the arc, in order, apart, above the seal name',
    (departmentName) => {
      const svg = sealSvg({ departmentName, name: '电子证照专用章', sealId: '15020000000003', revoked: false });
      const g = glyphs(svg);
      expect(g.map((x) => x.ch).join('')).toBe(departmentName);
      for (const [i, x] of g.entries()) {
        expect(Math.hypot(x.x, x.y)).toBeCloseTo(84, 0);
        // Nothing more than a third of the radius below 3 and 9 o'clock: the seal name's row stays clear.
        expect(x.y).toBeGreaterThan(-84 * 0.35);
        if (i > 0) {
          expect(fromNoon(x)).toBeLessThan(fromNoon(g[i - 1])); // clockwise, left to right
          expect(Math.hypot(x.x - g[i - 1].x, x.y - g[i - 1].y)).toBeGreaterThanOrEqual(x.size * 0.95);
        }
      }
      expect(Number(/textLength="([\d.]+)"/.exec(svg)![1])).toBeLessThanOrEqual(150);
    },
  );
});
