import type { AppContext } from '../../context';
import type { Executor } from '../../db/executor';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { RATING_ERR } from './ratings.errors';
import * as repo from './ratings.repository';
import type { RateCaseInput, Rating } from './ratings.schemas';
import { authorizeRating, checkReasons, rateChannelFor, ratingOut, storeRating } from './ratings.service';

/**
 * 好差评 of a "一件事" as a whole (docs/domain.md §10; docs/decisions.md D18, D24). Each member is
 * an ordinary case and is rated on its own page once it is finished; the applicant also rates the
 * bundle once, when every member is done, and a 差评 opens a rectification for the bundle's lead
 * department exactly as a case's does for the case's department (and the applicant re-rates it
 * from the bundle page). The ratings module never reads the bundles' tables: the bundles module
 * describes the bundle (`BundleRatingSubject`) and calls these through the ratings door
 * (dependency bundles → ratings).
 */

/** A bundle application as the bundles module describes it for its rating. */
export interface BundleRatingSubject {
  id: string;
  bundleNo: string;
  /** Every member finished and at least one of them served (not all withdrawn): the bundles module's rule. */
  finished: boolean;
  /** The bundle's status in words, for the refusal of an unfinished bundle. */
  statusZh: string;
  statusEn: string;
  /** How it was applied for: `window` for a walk-in applicant a clerk registered. */
  channel: string;
  applicantUserId: string | null;
  /** The department that answers for the bundle as a whole: its lead department. */
  departmentCode: string;
  bundleCode: string;
  nameZh: string;
  nameEn: string;
  regionCode: string;
}

/**
 * Rates a finished bundle as a whole — its applicant online, or a clerk on the window's rating pad
 * for a walk-in applicant without an account, the rule cases follow; a 差评 opens its
 * rectification in the same transaction.
 */
export async function rateBundle(ctx: AppContext, actor: Actor, s: BundleRatingSubject, input: RateCaseInput, now: Date): Promise<Rating> {
  authorizeRating(actor, s, input.channel, RATING_ERR.NOT_BUNDLE_APPLICANT);
  if (!s.finished) throw new AppError(RATING_ERR.BUNDLE_NOT_FINISHED, { status: s.statusZh, statusEn: s.statusEn });
  const reasons = [...new Set(input.reasons)];
  checkReasons(input.level, reasons);
  const cal = await ctx.calendar.get();
  return ctx.db.transaction().execute(async (trx) => {
    const rating = await storeRating(trx, cal, ctx.config.rectificationWorkdays, {
      subject: { kind: 'bundle', id: s.id, no: s.bundleNo },
      rating: {
        level: input.level,
        reasons,
        comment: input.comment?.trim() || null,
        channel: input.channel,
        rater_user_id: s.applicantUserId,
        submitted_by: actor.id,
        department_code: s.departmentCode,
        item_code: s.bundleCode,
        item_name: s.nameZh,
        item_name_en: s.nameEn,
        region_code: s.regionCode,
        rated_at: now,
      },
      contactMobile: null,
      by: { id: actor.id, name: actor.displayName },
      now,
    });
    if (!rating) throw new AppError(RATING_ERR.BUNDLE_ALREADY_RATED);
    return rating;
  });
}

/** A bundle's rating on its page: whether the caller may rate it now and how, and the rating once given. */
export interface BundleRatingView {
  mayRate: boolean;
  rateChannel: RateCaseInput['channel'] | null;
  rating: Rating | null;
}

/** For those who reach the bundle (the bundles module checks that): its rating and whether the caller may give it. */
export async function getBundleRating(db: Executor, actor: Actor, s: BundleRatingSubject): Promise<BundleRatingView> {
  const row = await repo.findBundleRating(db, s.id);
  const channel = rateChannelFor(actor, s);
  const mayRate = !row && s.finished && channel !== null;
  return {
    mayRate,
    rateChannel: mayRate ? channel : null,
    rating: row ? ratingOut(row, row.rectification_id) : null,
  };
}
