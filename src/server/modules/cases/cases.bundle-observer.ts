import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { CaseStatus } from './cases.state';

/**
 * A member case of a "一件事" tells its bundle of every change, inside the same transaction
 * (docs/decisions.md D24): the bundles module implements the observer and the composition root
 * plugs it in, so cases know only that a case may belong to a bundle, never what a bundle does.
 */
export interface BundleMemberChange {
  caseId: string;
  bundleCaseId: string;
  stage: number | null;
  itemCode: string;
  status: CaseStatus;
  decision: 'approved' | 'denied' | null;
  /** The event action (`case.issue`, `case.deficiency_expired` …). */
  action: string;
  at: Date;
}

export type BundleObserver = (trx: Transaction<DB>, change: BundleMemberChange) => Promise<void>;

let observer: BundleObserver | null = null;

export function registerBundleObserver(fn: BundleObserver): void {
  observer = fn;
}

export async function notifyBundleObserver(
  trx: Transaction<DB>,
  row: { id: string; bundle_case_id: string | null; bundle_stage: number | null; item_code: string; status: string; decision: 'approved' | 'denied' | null },
  action: string,
  at: Date,
): Promise<void> {
  if (!observer || !row.bundle_case_id) return;
  await observer(trx, {
    caseId: row.id,
    bundleCaseId: row.bundle_case_id,
    stage: row.bundle_stage,
    itemCode: row.item_code,
    status: row.status as CaseStatus,
    decision: row.decision,
    action,
    at,
  });
}
