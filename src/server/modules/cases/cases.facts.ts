import { sql } from 'kysely';
import type { Executor } from '../../db/executor';
import type { CaseStatus } from './cases.state';

/**
 * What other modules may know of a case (the ratings module rates finished cases and cuts its
 * figures by the case's department, item and region). Read through the door, never by querying
 * the cases table from another module (docs/architecture.md, module layout).
 */
export interface CaseFacts {
  id: string;
  caseNo: string | null;
  status: CaseStatus;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  regionCode: string;
  channel: 'web' | 'mobile' | 'kiosk' | 'window';
  applicantUserId: string | null;
}

const FACT_COLUMNS = ['id', 'case_no', 'status', 'item_code', 'item_name', 'department_code', 'region_code', 'channel', 'applicant_user_id'] as const;
/** A case is finished for rating once it is completed, issued, not accepted or returned. */
const FINISHED_STATUSES = ['completed', 'issued', 'not_accepted', 'returned'];

type FactRow = {
  id: string;
  case_no: string | null;
  status: string;
  item_code: string;
  item_name: string;
  department_code: string;
  region_code: string;
  channel: CaseFacts['channel'];
  applicant_user_id: string | null;
};

function toFacts(r: FactRow): CaseFacts {
  return {
    id: r.id,
    caseNo: r.case_no,
    status: r.status as CaseStatus,
    itemCode: r.item_code,
    itemName: r.item_name,
    departmentCode: r.department_code,
    regionCode: r.region_code,
    channel: r.channel,
    applicantUserId: r.applicant_user_id,
  };
}

/** A case's facts, or undefined when there is no such case. */
export async function findCaseFacts(db: Executor, id: string): Promise<CaseFacts | undefined> {
  const r = await db.selectFrom('cases').select(FACT_COLUMNS).where('id', '=', id).executeTakeFirst();
  return r && toFacts(r);
}

/** Finished cases (completed, issued, not accepted or returned), oldest first: what the demo ratings rate. */
export async function findFinishedCaseIds(db: Executor, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('cases').select('id').where('status', 'in', FINISHED_STATUSES).orderBy('created_at').orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** A finished case and when it finished (completion, or closure for a case not accepted or returned). */
export interface FinishedCase extends CaseFacts {
  finishedAt: Date;
}

/**
 * Cases that finished (completed, issued, not accepted or returned) in [from, to), in order of
 * finishing, one page after the `after` key: what the ratings module's default ratings look at.
 */
export async function findCasesFinishedBetween(
  db: Executor,
  from: Date,
  to: Date,
  limit: number,
  after?: { finishedAt: Date; id: string },
): Promise<FinishedCase[]> {
  const finished = sql<Date>`coalesce(completed_at, closed_at)`;
  let q = db
    .selectFrom('cases')
    .select([...FACT_COLUMNS, finished.as('finished_at')])
    .where('status', 'in', FINISHED_STATUSES)
    .where(finished, '>=', from)
    .where(finished, '<', to);
  if (after) q = q.where(sql<boolean>`(coalesce(completed_at, closed_at), id) > (${after.finishedAt}, ${after.id})`);
  const rows = await q.orderBy(finished).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ ...toFacts(r), finishedAt: new Date(r.finished_at) }));
}
