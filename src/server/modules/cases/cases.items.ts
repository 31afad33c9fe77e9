import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { getCachedVersion, type PublishedItem } from '../catalog';
import type { ClockLimits } from './cases.clock';

/** 考核时限 share of the promised limit when the item does not set one (docs/domain.md S8). */
export const DEFAULT_ASSESSMENT_RATIO = 0.8;
/** Working days to supply 容缺 materials when the item does not set it (docs/domain.md S6). */
export const DEFAULT_DEFICIENCY_DAYS = 5;

/**
 * The item version a case was made under (memoized by the catalog: every transition needs one and
 * none should pay a query). `via` runs the query on a miss: pass the open transaction when inside one.
 */
export function getCaseItem(db: Kysely<DB>, code: string, version: number, via: Kysely<DB> = db): Promise<PublishedItem> {
  return getCachedVersion(db, code, version, via);
}

/** The item's limits as the clock needs them. */
export function clockLimits(item: PublishedItem): ClockLimits {
  return { statutory: item.statutoryLimit, promised: item.promisedLimit, assessmentRatio: item.assessmentRatio ?? DEFAULT_ASSESSMENT_RATIO };
}
