import type { AppContext } from '../../context';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import type { RateCaseInput } from '../../../shared/ratings/ratings.schemas';
import { findBundleMemberCases, type BundleMemberCase } from '../cases';
import { rateBundle, type BundleRatingSubject } from '../ratings';
import { STATUS_LABEL } from './bundles.actions';
import { BUNDLE_ERR } from './bundles.errors';
import { authorizeBundle } from './bundles.policy';
import * as repo from './bundles.repository';
import type { BundleStatus } from './bundles.status';

/**
 * The applicant rates a "一件事" as a whole (docs/decisions.md D24): the bundles module says what
 * the bundle is — finished or not, its applicant, its lead department, its name — and the ratings
 * module rates it, with a 差评's rectification going to the lead department (dependency
 * bundles → ratings, through the ratings door, as the hotline does for tickets, D18). Each member
 * is still rated on its own case page as any case is.
 */

/**
 * Finished as a whole: the bundle is completed (every member issued, not accepted, returned or
 * withdrawn) and at least one member was served — a bundle whose every member was withdrawn had no
 * service to rate, as a withdrawn case has none.
 */
export function isFinished(status: BundleStatus, members: ReadonlyArray<Pick<BundleMemberCase, 'status'>>): boolean {
  return status === 'completed' && members.some((m) => m.status !== 'withdrawn');
}

/** The bundle as the ratings module needs it. */
export function ratingSubjectOf(row: repo.BundleCaseRow, members: readonly BundleMemberCase[]): BundleRatingSubject {
  const status = row.status as BundleStatus;
  return {
    id: row.id,
    bundleNo: row.bundle_no,
    finished: isFinished(status, members),
    statusZh: STATUS_LABEL[status].zh,
    statusEn: STATUS_LABEL[status].en,
    channel: row.channel,
    applicantUserId: row.applicant_user_id,
    // The catalog names a lead department for every demo bundle; an imported one without falls back
    // to its first stage's department (members come by stage).
    departmentCode: row.lead_department_code ?? members[0]?.departmentCode ?? '-',
    bundleCode: row.bundle_code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    regionCode: row.region_code,
  };
}

/**
 * `POST /bundle-cases/{id}/rating`: a bundle out of the caller's reach answers as a missing one
 * (404); who may rate one they reach — its applicant, or the window's pad for a walk-in applicant
 * — is the ratings module's rule (403).
 */
export async function rateBundleAs(ctx: AppContext, actor: Actor, id: string, input: RateCaseInput, now: Date) {
  const row = await repo.findBundleCase(ctx.db, id);
  if (!row) throw new AppError(BUNDLE_ERR.BUNDLE_CASE_NOT_FOUND);
  authorizeBundle(actor, 'bundle.view', row);
  const members = await findBundleMemberCases(ctx.db, id);
  return rateBundle(ctx, actor, ratingSubjectOf(row, members), input, now);
}
