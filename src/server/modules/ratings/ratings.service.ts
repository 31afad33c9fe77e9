import type { Insertable, Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { RatingsTable } from '../../db/tables/ratings';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import { authorize, can, regionFilter } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { AppError, type ErrorDef } from '../../platform/errors';
import { findCaseFacts, type CaseStatus } from '../cases';
import { RATING_ERR } from './ratings.errors';
import { rectificationLight, rectificationLines } from './ratings.lines';
import { notifyOpened } from './ratings.notify';
import { authorizeRectification, ratingsPolicy } from './ratings.policy';
import * as repo from './ratings.repository';
import {
  BAD_LEVELS,
  BAD_REASONS,
  GOOD_REASONS,
  type RateCaseInput,
  type Rating,
  type RatingLevel,
  type RatingReason,
  type RatingSubject,
  type RectificationActionInput,
  type RectificationDetail,
  type RectificationListQuery,
  type RectificationRouteAction,
  type RectificationStatus,
  type RerateInput,
} from './ratings.schemas';
import { APPLICANT_ROLES, availableActions, DEPARTMENT_ROLES } from './ratings.state';
import { actOnRectification, type RectificationRef } from './ratings.transition';

/**
 * 好差评 (docs/domain.md S9): the applicant rates a finished case once; a 差评 opens a
 * rectification for the case's department, due in working days. Every rating and every step of
 * its rectification is an event on the hash-chained log.
 */

/** Statuses of a finished service that can be rated: decided and done, or closed with an answer. */
export const RATEABLE_STATUSES: readonly CaseStatus[] = ['completed', 'issued', 'not_accepted', 'returned'];

const CASE_STATUS_NAMES: Partial<Record<CaseStatus, { zh: string; en: string }>> = {
  draft: { zh: '草稿', en: 'draft' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

/** Checks that the reasons fit the level: dissatisfied reasons with a 差评, satisfied ones with 好评; 基本满意 may give either. */
export function checkReasons(level: RatingLevel, reasons: readonly RatingReason[]): void {
  const allowed: readonly string[] = BAD_LEVELS.includes(level) ? BAD_REASONS : level >= 4 ? GOOD_REASONS : [...BAD_REASONS, ...GOOD_REASONS];
  if (reasons.some((r) => !allowed.includes(r))) throw new AppError(RATING_ERR.REASON_NOT_FOR_LEVEL);
}

/** What the applicant rule reads of a rated case or bundle: how it was applied for, by whom, where. */
export interface RatedApplication {
  channel: string;
  applicantUserId: string | null;
  regionCode: string;
}

/**
 * Who may give this rating through this channel — the applicant online, or a window clerk on the
 * rating pad for a walk-in applicant without an account; throws 403 / 404 / 422 as the rules say.
 * `notApplicant` names the subject in the refusal of anyone else.
 */
export function authorizeRating(actor: Actor, c: RatedApplication, channel: RateCaseInput['channel'], notApplicant: ErrorDef = RATING_ERR.NOT_APPLICANT): void {
  if (channel === 'window_pad') {
    authorize(actor, ratingsPolicy, 'rating.rate_at_window', { regionCode: c.regionCode });
    if (c.channel !== 'window' || c.applicantUserId) throw new AppError(RATING_ERR.NOT_AT_WINDOW);
    return;
  }
  authorize(actor, ratingsPolicy, 'rating.rate_online');
  if (!c.applicantUserId || c.applicantUserId !== actor.id) throw new AppError(notApplicant);
}

/** How the caller may rate this case or bundle now: online (the applicant), on the window's pad, or not at all (null). */
export function rateChannelFor(actor: Actor, c: RatedApplication): RateCaseInput['channel'] | null {
  if (c.applicantUserId && c.applicantUserId === actor.id) return 'online';
  if (c.channel === 'window' && !c.applicantUserId && can(actor, ratingsPolicy, 'rating.rate_at_window', { regionCode: c.regionCode })) return 'window_pad';
  return null;
}

/** Rates a finished case; a 差评 opens its rectification in the same transaction. */
export async function rateCase(ctx: AppContext, actor: Actor, caseId: string, input: RateCaseInput, now: Date): Promise<Rating> {
  const c = await findCaseFacts(ctx.db, caseId);
  if (!c) throw new AppError(RATING_ERR.CASE_NOT_FOUND);
  authorizeRating(actor, c, input.channel);
  if (!RATEABLE_STATUSES.includes(c.status)) {
    const name = CASE_STATUS_NAMES[c.status] ?? { zh: '办理中', en: 'in progress' };
    throw new AppError(RATING_ERR.CASE_NOT_FINISHED, { status: name.zh, statusEn: name.en }, { status: c.status });
  }
  const reasons = [...new Set(input.reasons)];
  checkReasons(input.level, reasons);
  const cal = await ctx.calendar.get();
  return ctx.db.transaction().execute(async (trx) => {
    const r = await storeRating(trx, cal, ctx.config.rectificationWorkdays, {
      subject: { kind: 'case', id: c.id, no: c.caseNo },
      rating: {
        level: input.level,
        reasons,
        comment: input.comment?.trim() || null,
        channel: input.channel,
        rater_user_id: c.applicantUserId,
        submitted_by: actor.id,
        department_code: c.departmentCode,
        item_code: c.itemCode,
        item_name: c.itemName,
        region_code: c.regionCode,
        rated_at: now,
      },
      contactMobile: null,
      by: { id: actor.id, name: actor.displayName },
      now,
    });
    if (!r) throw new AppError(RATING_ERR.ALREADY_RATED);
    return r;
  });
}

/** What a rating is given to: a case, a 12345 ticket or a bundle application, with its number. */
export interface RatingSubjectRef {
  kind: RatingSubject;
  id: string;
  no: string | null;
}

type RatingValues = Omit<Insertable<RatingsTable>, 'case_id' | 'case_no' | 'ticket_id' | 'ticket_no' | 'bundle_case_id' | 'bundle_no' | 'level' | 'reasons'> & {
  level: RatingLevel;
  reasons: RatingReason[];
};

/** The subject's columns, on the rating and on its rectification. */
function subjectKeys(subject: RatingSubjectRef) {
  switch (subject.kind) {
    case 'case':
      return { case_id: subject.id, case_no: subject.no };
    case 'ticket':
      return { ticket_id: subject.id, ticket_no: subject.no };
    case 'bundle':
      return { bundle_case_id: subject.id, bundle_no: subject.no };
  }
}

/** The subject as the events name it. */
function subjectData(subject: RatingSubjectRef): Record<string, string | null> {
  switch (subject.kind) {
    case 'case':
      return { caseId: subject.id };
    case 'ticket':
      return { ticketId: subject.id, ticketNo: subject.no };
    case 'bundle':
      return { bundleCaseId: subject.id, bundleNo: subject.no };
  }
}

/**
 * Stores a rating with its event and, for a 差评, opens its rectification for the rating's
 * department, due in working days, and tells the department — inside the caller's transaction.
 * Undefined when the case, ticket or bundle already has a rating (one per subject).
 */
export async function storeRating(
  trx: Transaction<DB>,
  cal: WorkCalendar,
  workdays: number,
  d: { subject: RatingSubjectRef; rating: RatingValues; contactMobile: string | null; by: { id: string | null; name: string }; now: Date },
): Promise<Rating | undefined> {
  const { subject, rating: v, by, now } = d;
  const keys = subjectKeys(subject);
  const rating = await repo.insertRating(trx, { ...v, ...keys }, subject.kind);
  if (!rating) return undefined;
  const about = subjectData(subject);
  await appendEvent(trx, {
    chain: `rating:${rating.id}`,
    action: 'rating.submit',
    actorId: by.id,
    actorName: by.name,
    subjectType: 'rating',
    subjectId: rating.id,
    regionCode: rating.region_code,
    data: { ...about, level: v.level, reasons: v.reasons, channel: v.channel, department: v.department_code, item: v.item_code },
    at: now,
  });
  if (!BAD_LEVELS.includes(v.level)) return ratingOut(rating, null);
  const lines = rectificationLines(cal, now, workdays);
  const t = await repo.insertRectification(trx, {
    rating_id: rating.id,
    ...keys,
    contact_mobile: d.contactMobile,
    status: 'open',
    level: v.level,
    department_code: v.department_code,
    region_code: v.region_code,
    item_code: v.item_code,
    item_name: v.item_name,
    owner_id: v.rater_user_id ?? null,
    opened_at: now,
    assessment_due: lines.assessmentDue,
    red_due: lines.redDue,
    due_at: lines.dueAt,
    schedule_published: lines.published,
    updated_at: now,
  });
  await appendEvent(trx, {
    chain: `rectification:${t.id}`,
    action: 'rectification.open',
    actorId: by.id,
    actorName: by.name,
    subjectType: 'rectification',
    subjectId: t.id,
    regionCode: t.region_code,
    data: { to: 'open', version: 1, ratingId: rating.id, ...about, department: v.department_code, dueAt: lines.dueAt.toISOString(), workdays },
    at: now,
  });
  await notifyOpened(trx, t);
  return ratingOut(rating, t.id);
}

/** What a stored rating or rectification concerns. */
export function subjectOf(r: { ticket_id: string | null; bundle_case_id: string | null }): RatingSubject {
  return r.ticket_id ? 'ticket' : r.bundle_case_id ? 'bundle' : 'case';
}

export function ratingOut(r: repo.RatingRow, rectificationId: string | null): Rating {
  return {
    id: r.id,
    subject: subjectOf(r),
    caseId: r.case_id,
    caseNo: r.case_no,
    ticketId: r.ticket_id,
    ticketNo: r.ticket_no,
    bundleCaseId: r.bundle_case_id,
    bundleNo: r.bundle_no,
    level: r.level as RatingLevel,
    reasons: r.reasons as RatingReason[],
    comment: r.comment,
    channel: r.channel,
    defaulted: r.defaulted,
    departmentCode: r.department_code,
    itemCode: r.item_code,
    itemName: r.item_name,
    regionCode: r.region_code,
    ratedAt: r.rated_at,
    excluded: r.excluded,
    rectificationId,
  };
}

/**
 * A case's rating for its page: whether the caller may rate it now — the applicant online, or a
 * window clerk on the rating pad for a walk-in applicant without an account — the rating and its
 * rectification.
 */
export async function getCaseRating(ctx: AppContext, actor: Actor, caseId: string, now: Date) {
  const c = await findCaseFacts(ctx.db, caseId);
  if (!c) throw new AppError(RATING_ERR.CASE_NOT_FOUND);
  const channel = rateChannelFor(actor, c);
  const own = channel === 'online';
  const pad = channel === 'window_pad';
  if (!own && !pad) authorize(actor, ratingsPolicy, 'rating.view', { regionCode: c.regionCode, departmentCode: c.departmentCode });
  const rating = await repo.findRatingByCase(ctx.db, caseId);
  const task = rating ? await repo.findRectificationByRating(ctx.db, rating.id) : undefined;
  const rateable = (own || pad) && !rating && RATEABLE_STATUSES.includes(c.status);
  return {
    rateable,
    rateChannel: rateable ? (own ? ('online' as const) : ('window_pad' as const)) : null,
    rating: rating ? ratingOut(rating, task?.id ?? null) : null,
    // The rectification's notes are for the applicant and those who reach the task (not the window's pad).
    rectification: task && (own || mayView(actor, task)) ? await detailOut(ctx, actor, task, now) : null,
  };
}

export function mayView(actor: Actor, t: repo.RectificationRow): boolean {
  return can(actor, ratingsPolicy, 'rectification.view', { regionCode: t.region_code, departmentCode: t.department_code, ownerId: t.owner_id });
}

export function itemOut(t: repo.RectificationRow, now: Date) {
  const status = t.status as RectificationStatus;
  return {
    id: t.id,
    subject: subjectOf(t),
    caseId: t.case_id,
    caseNo: t.case_no,
    ticketId: t.ticket_id,
    ticketNo: t.ticket_no,
    bundleCaseId: t.bundle_case_id,
    bundleNo: t.bundle_no,
    status,
    version: t.version,
    level: t.level as RatingLevel,
    departmentCode: t.department_code,
    itemCode: t.item_code,
    itemName: t.item_name,
    regionCode: t.region_code,
    openedAt: t.opened_at,
    dueAt: t.due_at,
    light: rectificationLight(status, { assessmentDue: t.assessment_due, redDue: t.red_due, dueAt: t.due_at }, now),
    schedulePublished: t.schedule_published,
  };
}

async function detailOut(ctx: AppContext, actor: Actor, t: repo.RectificationRow, now: Date): Promise<RectificationDetail> {
  const rating = await repo.findRatingById(ctx.db, t.rating_id);
  return {
    ...itemOut(t, now),
    reasons: (rating?.reasons ?? []) as RatingReason[],
    comment: rating?.comment ?? null,
    assessmentDue: t.assessment_due,
    redDue: t.red_due,
    visitNote: t.visit_note,
    visitedAt: t.visited_at,
    rectifyNote: t.rectify_note,
    rectifiedAt: t.rectified_at,
    appealReason: t.appeal_reason,
    appealedAt: t.appealed_at,
    appealDecision: t.appeal_decision,
    appealNote: t.appeal_note,
    rerateLevel: t.rerate_level as RatingLevel | null,
    rerateComment: t.rerate_comment,
    closedAt: t.closed_at,
    availableActions: availableFor(actor, t),
  };
}

/** The actions the caller could take now, from the rule table and the policy's reach. */
function availableFor(actor: Actor, t: repo.RectificationRow) {
  return availableActions(t.status as RectificationStatus, actor.roles, { noteGiven: true, appealedBefore: t.appealed_at !== null }).filter((a) => {
    try {
      authorizeRectification(actor, a, t);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The rectification queue: a department's people see their department's tasks (in their region,
 * city staff every region); supervisors, admins and the middle office their region; applicants their
 * own; 12345 agents their region's tasks of tickets.
 */
export async function listRectifications(ctx: AppContext, actor: Actor, q: RectificationListQuery, now: Date) {
  authorize(actor, ratingsPolicy, 'rectification.view');
  const oversight = actor.roles.some((r) => r === 'supervisor' || r === 'admin' || r === 'dispatcher');
  const department = !oversight && actor.roles.some((r) => DEPARTMENT_ROLES.includes(r));
  const applicant = !oversight && !department && actor.roles.some((r) => APPLICANT_ROLES.includes(r));
  const agent = !oversight && !department && !applicant && actor.roles.includes('hotline_agent');
  const filter: repo.QueueFilter = {
    departmentCode: department ? (actor.departmentCode ?? '-') : null,
    regionCode: applicant ? null : regionFilter(actor),
    ownerId: applicant ? actor.id : null,
    status: q.status ?? null,
    ticketsOnly: agent,
  };
  const { rows, total } = await repo.listRectifications(ctx.db, filter, q.page, q.pageSize);
  return { items: rows.map((r) => itemOut(r, now)), total, page: q.page, pageSize: q.pageSize };
}

/** One rectification with what the caller may do to it. */
export async function getRectification(ctx: AppContext, actor: Actor, id: string, now: Date): Promise<RectificationDetail> {
  const t = await repo.findRectification(ctx.db, id);
  if (!t) throw new AppError(RATING_ERR.RECTIFICATION_NOT_FOUND);
  authorizeRectification(actor, 'rectification.view', t);
  return detailOut(ctx, actor, t, now);
}

/** A department's or supervisor's step on a rectification. */
export function performRectificationAction(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: RectificationRouteAction,
  body: RectificationActionInput,
  now: Date,
): Promise<RectificationRef> {
  return actOnRectification(ctx, actor, id, action, body, now);
}

/** The applicant re-rates the rectified 差评, which closes the task. */
export function rerateRectification(ctx: AppContext, actor: Actor, id: string, body: RerateInput, now: Date): Promise<RectificationRef> {
  return actOnRectification(ctx, actor, id, 'rerate', body, now);
}
