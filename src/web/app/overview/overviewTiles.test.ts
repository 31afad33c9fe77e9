import { describe, expect, it } from 'vitest';
import { overviewTiles } from './overviewTiles';

describe('what a workbench overview counts', () => {
  it('gives an applicant their open cases, corrections asked of them, drafts and bundles', () => {
    const tiles = overviewTiles('portal', ['citizen']);
    expect(tiles.map((t) => t.key)).toEqual(['open', 'correction', 'drafts', 'bundles']);
    expect(tiles.every((t) => t.api !== '/api/v1/cases' || t.query.mine === true)).toBe(true);
  });
  it('gives a reviewer their to-do with its red and overdue share, and nothing to a role without a step', () => {
    const tiles = overviewTiles('office', ['reviewer']);
    expect(tiles.map((t) => [t.key, t.query.status, t.query.light])).toEqual([
      ['todo', 'routed,special_procedure', undefined],
      ['red', 'routed,special_procedure', 'red'],
      ['overdue', 'routed,special_procedure', 'overdue'],
    ]);
    expect(overviewTiles('office', ['citizen'])).toEqual([]);
  });
  it('leads a supervisor from each light to the efficiency list filtered by it', () => {
    expect(overviewTiles('supervision', ['supervisor']).map((t) => t.to)).toContain('/supervision/efficiency?light=red');
  });
  it('counts nothing where a workbench has no lists of its own', () => {
    expect(overviewTiles('admin', ['admin'])).toEqual([]);
  });
});
