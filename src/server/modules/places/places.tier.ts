import type { PlaceKind } from './places.schemas';

/** The tier of "1+N+X" a kind of place belongs to: the city hall, a branch hall, or the rest. */
export function tierOf(kind: PlaceKind): '1' | 'N' | 'X' {
  return kind === 'city_hall' ? '1' : kind === 'branch_hall' ? 'N' : 'X';
}
