import type { BoardCut } from '../../../shared/cases/board.enums';
import { CASE_LIGHTS, type CaseLight } from '../../../shared/cases/cases.enums';

/** The live board's drill-down: the efficiency page's URL for a bar segment, and its reading back. */

/** The case-list filter each cut drills down by (`GET /api/v1/cases`). */
const FILTER_OF: Record<BoardCut, 'department' | 'region' | 'item' | 'acceptedBy'> = {
  department: 'department',
  region: 'region',
  item: 'item',
  window: 'acceptedBy',
};

/** Where a bar segment leads; null for a key nobody can filter by (cases with no clerk recorded). */
export function drillDownPath(by: BoardCut, key: string | null, light: CaseLight | null, name: string): string | null {
  if (key === null) return null;
  const q = new URLSearchParams({ [FILTER_OF[by]]: key, name });
  if (light) q.set('light', light);
  return `/supervision/efficiency?${q.toString()}`;
}

export interface DrillFilters {
  department?: string;
  region?: string;
  item?: string;
  acceptedBy?: string;
  light?: CaseLight;
  /** The name the board showed for the key (display only). */
  name?: string;
  /** The cut the filters came from, for the banner; undefined: no key filter. */
  scope?: BoardCut;
}

/** The filters of an efficiency-page URL; an unknown light is ignored. */
export function readDrillFilters(params: URLSearchParams): DrillFilters {
  const get = (k: string) => params.get(k) || undefined;
  const light = get('light');
  const f: DrillFilters = {
    department: get('department'),
    region: get('region'),
    item: get('item'),
    acceptedBy: get('acceptedBy'),
    light: (CASE_LIGHTS as readonly string[]).includes(light ?? '') ? (light as CaseLight) : undefined,
    name: get('name'),
  };
  f.scope = f.department ? 'department' : f.region ? 'region' : f.acceptedBy ? 'window' : f.item ? 'item' : undefined;
  return f;
}
