import type { Executor } from '../../db/executor';
import { findRectification } from './ratings.repository';

/**
 * What other modules may know of a rectification (a supervision order on a 差评's rectification
 * names it, its case, 12345 ticket or bundle and the department that holds it), read through the ratings
 * module's door.
 */
export interface RectificationFacts {
  id: string;
  /** The rated case; null for a ticket's rectification. */
  caseId: string | null;
  caseNo: string | null;
  /** The rated 12345 ticket; null for a case's rectification. */
  ticketId: string | null;
  ticketNo: string | null;
  /** The rated "一件事" as a whole (docs/decisions.md D24); null otherwise. */
  bundleCaseId: string | null;
  bundleNo: string | null;
  status: string;
  departmentCode: string;
  regionCode: string;
}

/** A rectification's facts, or undefined when there is none. */
export async function findRectificationFacts(db: Executor, id: string): Promise<RectificationFacts | undefined> {
  const r = await findRectification(db, id);
  return (
    r && {
      id: r.id,
      caseId: r.case_id,
      caseNo: r.case_no,
      ticketId: r.ticket_id,
      ticketNo: r.ticket_no,
      bundleCaseId: r.bundle_case_id,
      bundleNo: r.bundle_no,
      status: r.status,
      departmentCode: r.department_code,
      regionCode: r.region_code,
    }
  );
}
