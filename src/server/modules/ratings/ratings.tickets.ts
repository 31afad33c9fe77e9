import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { Config } from '../../config';
import type { DB } from '../../db/types';
import { authorize, can } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { AppError, ERR } from '../../platform/errors';
import { commit, refusal } from '../../platform/workflow/engine';
import { RATING_ERR } from './ratings.errors';
import { isExpired, issueRatingLink, resolveRatingLink, hashToken } from './ratings.links';
import { ratingsPolicy } from './ratings.policy';
import * as repo from './ratings.repository';
import type { Rating, RatingLevel, RatingLinkState, RateTicketInput, RectificationStatus } from './ratings.schemas';
import { checkReasons, itemOut, mayView, ratingOut, storeRating } from './ratings.service';
import { APPLICANT_ROLES, decideRectification } from './ratings.state';
import { rectificationMachine, rerateOutcome, type RectificationRef } from './ratings.transition';

/**
 * 好差评 of 12345 tickets (docs/domain.md §8, §10; docs/decisions.md D18). The caller rates an
 * answered ticket once — through the single-use link in the reply SMS, or by telling the hotline
 * agent on the return visit (回访) — and a 差评 opens a rectification for the department that
 * answers for the ticket exactly as a case's does. The ratings module never reads the hotline's
 * tables: the hotline describes the ticket (`TicketRatingSubject`) and calls these through the
 * ratings door (dependency hotline → ratings).
 */

/** A 12345 ticket as the hotline module describes it for its rating. */
export interface TicketRatingSubject {
  id: string;
  ticketNo: string;
  /** Answered: replied, closed, or reopened after a reply — the hotline's rule. */
  answered: boolean;
  /** The ticket's status in words, for the refusal of an unanswered ticket. */
  statusZh: string;
  statusEn: string;
  /** The department that answers for the ticket: its lead department, else its category's. */
  departmentCode: string;
  categoryCode: string;
  categoryNameZh: string;
  categoryNameEn: string;
  regionCode: string;
  /** The resident's account when a signed-in resident wrote in. */
  callerUserId: string | null;
  /** The caller's mobile (a valid one, or null): the re-rating link of a rectification goes there. */
  callerMobile: string | null;
}

/** Who rates: a caller holding the SMS link's token, or a signed-in hotline agent on the return visit. */
export interface TicketRater {
  actor: Actor | null;
  token: string | null;
}

/** The author of events written through an SMS link: the caller, who has no account. */
export const LINK_CALLER_NAME = '来电人（短信评价链接）/ caller (SMS rating link)';

/** Rates an answered ticket; a 差评 opens its rectification in the same transaction. */
export async function rateTicket(ctx: AppContext, who: TicketRater, s: TicketRatingSubject, input: RateTicketInput, now: Date): Promise<Rating> {
  const viaLink = who.token !== null;
  if (viaLink) await resolveRatingLink(ctx.db, ctx.config, who.token!, { purpose: 'rate', ticketId: s.id }, now);
  else authorizeReturnVisit(who.actor, s);
  if (!s.answered) throw new AppError(RATING_ERR.TICKET_NOT_ANSWERED, { status: s.statusZh, statusEn: s.statusEn });
  const reasons = [...new Set(input.reasons)];
  checkReasons(input.level, reasons);
  const cal = await ctx.calendar.get();
  return ctx.db.transaction().execute(async (trx) => {
    const link = viaLink ? await resolveRatingLink(trx, ctx.config, who.token!, { purpose: 'rate', ticketId: s.id }, now, true) : null;
    if (link?.used_at) throw new AppError(RATING_ERR.TICKET_ALREADY_RATED);
    const rating = await storeRating(trx, cal, ctx.config.rectificationWorkdays, {
      subject: { kind: 'ticket', id: s.id, no: s.ticketNo },
      rating: {
        level: input.level,
        reasons,
        comment: input.comment?.trim() || null,
        channel: viaLink ? 'sms_link' : 'return_visit',
        rater_user_id: s.callerUserId,
        submitted_by: viaLink ? null : who.actor!.id,
        department_code: s.departmentCode,
        item_code: s.categoryCode,
        item_name: s.categoryNameZh,
        item_name_en: s.categoryNameEn,
        region_code: s.regionCode,
        rated_at: now,
      },
      contactMobile: s.callerMobile,
      by: viaLink ? { id: null, name: LINK_CALLER_NAME } : { id: who.actor!.id, name: who.actor!.displayName },
      now,
    });
    if (!rating) throw new AppError(RATING_ERR.TICKET_ALREADY_RATED);
    if (link) await repo.markRatingLinkUsed(trx, link.id, now);
    return rating;
  });
}

/** Without a link only the hotline centre records a rating, on the return visit, in its region. */
function authorizeReturnVisit(actor: Actor | null, s: TicketRatingSubject): void {
  try {
    authorize(actor, ratingsPolicy, 'rating.record_return_visit', { regionCode: s.regionCode });
  } catch (err) {
    if (err instanceof AppError && err.code === ERR.FORBIDDEN.code) throw new AppError(RATING_ERR.NOT_RETURN_VISIT_AGENT);
    throw err;
  }
}

/**
 * A ticket's rating for the ticket page: whether the caller may record the caller's rating now,
 * the rating and its rectification (for those who reach the task).
 */
export async function getTicketRating(ctx: AppContext, actor: Actor, s: TicketRatingSubject, now: Date) {
  authorize(actor, ratingsPolicy, 'rating.view_ticket', { regionCode: s.regionCode, departmentCode: s.departmentCode });
  const rating = await repo.findRatingByTicket(ctx.db, s.id);
  const task = rating ? await repo.findRectificationByRating(ctx.db, rating.id) : undefined;
  return {
    rateable: !rating && s.answered && can(actor, ratingsPolicy, 'rating.record_return_visit', { regionCode: s.regionCode }),
    rating: rating ? ratingOut(rating, task?.id ?? null) : null,
    rectification: task && mayView(actor, task) ? itemOut(task, now) : null,
  };
}

/**
 * After a reply: a link for the caller's SMS, unless the ticket is already rated (a reply after
 * 重办 to a caller who rated the first one).
 */
export async function inviteTicketRating(trx: Transaction<DB>, config: Config, ticketId: string, now: Date): Promise<string | null> {
  if (await repo.findRatingByTicket(trx, ticketId)) return null;
  return issueRatingLink(trx, config, { purpose: 'rate', ticketId }, now);
}

/** What the public rating page needs to know of a link, besides the ticket (which the hotline adds). */
export interface RatingLinkFacts {
  purpose: 'rate' | 'rerate';
  state: RatingLinkState;
  expiresAt: Date;
  ticketId: string;
  ratedLevel: RatingLevel | null;
  rectification: {
    id: string;
    version: number;
    status: RectificationStatus;
    rectifyNote: string | null;
    rectifiedAt: Date | null;
    rerateLevel: RatingLevel | null;
  } | null;
}

/**
 * A link's state for the public page: rated (the ticket has its rating, or the rectification is no
 * longer waiting for one) before expired before open. RATING_LINK_INVALID for an unknown token.
 */
export async function describeRatingLink(ctx: AppContext, token: string, now: Date): Promise<RatingLinkFacts> {
  const link = await repo.findRatingLink(ctx.db, hashToken(token));
  if (!link) throw new AppError(RATING_ERR.RATING_LINK_INVALID);
  const expired = isExpired(link, now);
  const base = { purpose: link.purpose, expiresAt: link.expires_at, ticketId: link.ticket_id };
  if (link.purpose === 'rate') {
    const rating = await repo.findRatingByTicket(ctx.db, link.ticket_id);
    const state: RatingLinkState = rating || link.used_at ? 'rated' : expired ? 'expired' : 'open';
    return { ...base, state, ratedLevel: (rating?.level as RatingLevel | undefined) ?? null, rectification: null };
  }
  const task = await repo.findRectification(ctx.db, link.rectification_id!);
  if (!task) throw new AppError(RATING_ERR.RATING_LINK_INVALID);
  const state: RatingLinkState = task.status !== 'rectified' || link.used_at ? 'rated' : expired ? 'expired' : 'open';
  return {
    ...base,
    state,
    ratedLevel: task.level as RatingLevel,
    rectification: {
      id: task.id,
      version: task.version,
      status: task.status as RectificationStatus,
      rectifyNote: task.rectify_note,
      rectifiedAt: task.rectified_at,
      rerateLevel: task.rerate_level as RatingLevel | null,
    },
  };
}

/**
 * A caller re-rates a rectified 差评 through the SMS link: the applicant's rule of the table
 * (`rerate` from `rectified`), stored on the task's chain with the caller as author; the link is
 * used up with it.
 */
export async function rerateByLink(
  ctx: AppContext,
  id: string,
  token: string,
  body: { version: number; level: RatingLevel; comment?: string },
  now: Date,
): Promise<RectificationRef> {
  await resolveRatingLink(ctx.db, ctx.config, token, { purpose: 'rerate', rectificationId: id }, now);
  return ctx.db.transaction().execute(async (trx) => {
    const link = await resolveRatingLink(trx, ctx.config, token, { purpose: 'rerate', rectificationId: id }, now, true);
    const row = await repo.lockRectification(trx, id);
    if (!row) throw new AppError(RATING_ERR.RECTIFICATION_NOT_FOUND);
    if (row.version !== body.version) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: row.version });
    const status = row.status as RectificationStatus;
    const facts = { noteGiven: true, appealedBefore: row.appealed_at !== null };
    const decision = decideRectification(status, 'rerate', APPLICANT_ROLES, facts);
    if (!decision.ok) throw refusal(rectificationMachine, decision, status, 'rerate', facts);
    if (link.used_at) throw new AppError(RATING_ERR.TICKET_ALREADY_RATED);
    const { patch, event } = rerateOutcome(body);
    const ref = await commit(trx, rectificationMachine, row, {
      action: 'rectification.rerate',
      to: decision.to === 'resume' ? status : decision.to,
      patch,
      event: { ...event, channel: 'sms_link' },
      now,
      actorId: null,
      actorName: LINK_CALLER_NAME,
      env: undefined,
    });
    await repo.markRatingLinkUsed(trx, link.id, now);
    return ref;
  });
}
