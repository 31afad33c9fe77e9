import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import type { Executor } from '../../db/executor';
import type { Actor } from '../../platform/auth/roles';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { AppError } from '../../platform/errors';
import type { PublishedItem } from '../catalog';
import { CASE_ERR } from './cases.errors';
import { authorizeCase } from './cases.policy';
import * as repo from './cases.repository';
import type { CaseAction, CaseStatus } from './cases.state';

/**
 * What the cases module asks of whoever charges fees (便民缴费, docs/decisions.md D30). The cases
 * module declares it; the payments module implements it and the composition root plugs it in
 * (src/server/modules.ts), so cases know nothing of orders and gateways and the payments module
 * reads no case tables: it is told of each change of a fee-charging item's case inside the
 * change's transaction (to open the order at the charging point, or cancel it when the case ends
 * unissued), and asked, when a result is to be issued, whether a fee is still owed.
 */
export interface CaseChargeChange {
  caseId: string;
  caseNo: string | null;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  regionCode: string;
  applicant: { name: string; idType: string; idNumber: string; userId: string | null };
  decision: 'approved' | 'denied' | null;
  fee: Fee;
  action: CaseAction;
  from: CaseStatus;
  to: CaseStatus;
  now: Date;
  cal: WorkCalendar;
}

/** A fee still owed on a case: what the issue guard names. */
export interface OutstandingCharge {
  orderNo: string;
  amountFen: number;
}

export interface CaseCharging {
  onCaseChanged(ctx: AppContext, trx: Transaction<DB>, change: CaseChargeChange): Promise<void>;
  /** Also asked outside a transaction, when the case page lists what the clerk may do. */
  outstanding(db: Executor, caseId: string): Promise<OutstandingCharge | null>;
}

type Fee = PublishedItem['fee'];

let charging: CaseCharging | null = null;

/** Plugged in once by the composition root. */
export function registerCaseCharging(c: CaseCharging): void {
  charging = c;
}

export function caseCharging(): CaseCharging | null {
  return charging;
}

/** The change as the charging side is told of it. */
export function chargeChangeOf(row: repo.CaseRow, fee: Fee, a: { action: CaseAction; from: CaseStatus; now: Date; cal: WorkCalendar }): CaseChargeChange {
  return {
    caseId: row.id,
    caseNo: row.case_no,
    itemCode: row.item_code,
    itemName: row.item_name,
    departmentCode: row.department_code,
    regionCode: row.region_code,
    applicant: { name: row.applicant_name, idType: row.applicant_id_type, idNumber: row.applicant_id_number, userId: row.applicant_user_id },
    decision: row.decision,
    fee,
    action: a.action,
    from: a.from,
    to: row.status as CaseStatus,
    now: a.now,
    cal: a.cal,
  };
}

/**
 * Checks that the actor may read the case — the case page's own rule — for a module that shows
 * something of the case (its payment order); a case out of reach is CASE_NOT_FOUND like a missing one.
 */
export async function authorizeCaseRead(db: Executor, actor: Actor, caseId: string): Promise<void> {
  const row = await repo.findCase(db, caseId);
  if (!row) throw new AppError(CASE_ERR.CASE_NOT_FOUND);
  authorizeCase(actor, 'case.view', row);
}
