import { describe, expect, it } from 'vitest';
import { buildCells, DIVISION_CENTRES, insideOutline, nearestRegion, project, unproject } from './baotouMap';

describe('schematic map of Baotou', () => {
  it('projects and unprojects without loss', () => {
    const p = { lng: 109.84, lat: 40.65 };
    const back = unproject(project(p));
    expect(back.lng).toBeCloseTo(p.lng, 9);
    expect(back.lat).toBeCloseTo(p.lat, 9);
  });

  it('places each division centre in its own division and inside the city', () => {
    for (const c of DIVISION_CENTRES) {
      expect(nearestRegion(c)).toBe(c.regionCode);
      expect(insideOutline(c)).toBe(true);
    }
  });

  it('cuts the outline into one non-empty cell per division', () => {
    const cells = buildCells();
    expect(cells.map((c) => c.regionCode).sort()).toEqual(DIVISION_CENTRES.map((c) => c.regionCode).sort());
    for (const cell of cells) expect(cell.polygon.length).toBeGreaterThanOrEqual(3);
  });

  it('puts the city centre (40.65 N, 109.84 E) in Kundulun and a far-off point outside', () => {
    expect(nearestRegion({ lat: 40.65, lng: 109.84 })).toBe('150203');
    expect(insideOutline({ lat: 39.9, lng: 116.4 })).toBe(false);
  });
});
