import { z } from 'zod';
import {
  FIGURES_BY,
  FIGURES_PERIODS,
  RATING_CHANNELS,
  RATING_LINK_PURPOSES,
  RATING_LINK_STATES,
  RATING_SUBJECTS,
  STORED_RATING_CHANNELS,
  RATING_LEVELS,
  RATING_REASONS,
  RECTIFICATION_ACTIONS,
  RECTIFICATION_LIGHTS,
  RECTIFICATION_STATUSES,
} from './ratings.enums';

/** Request and response schemas of the ratings API (好差评 and 整改, docs/domain.md S9). */

export * from './ratings.enums';

const level = z.literal(RATING_LEVELS);
const note = z.string().trim().min(1).max(1000);

export const rateCaseBody = z.strictObject({
  level,
  reasons: z.array(z.enum(RATING_REASONS)).max(RATING_REASONS.length).default([]),
  comment: z.string().trim().max(500).optional(),
  /** Defaults to online; a window clerk's rating pad sends window_pad. */
  channel: z.enum(RATING_CHANNELS).default('online'),
});
export type RateCaseInput = z.infer<typeof rateCaseBody>;

/** A single-use rating link's token (from the SMS); anything that is not one is answered as an invalid link. */
const linkToken = z.string().trim().min(1).max(200);

/**
 * Rating a 12345 ticket: the case rating's level, reasons and comment. The channel follows from
 * who rates: the caller with the SMS link's token (`sms_link`), or the hotline agent on the
 * return visit (`return_visit`). The token may come in the body or as `?token=`.
 */
export const rateTicketBody = rateCaseBody.omit({ channel: true }).extend({ token: linkToken.optional() });
export type RateTicketInput = z.infer<typeof rateTicketBody>;
export const ratingLinkQuery = z.strictObject({ token: linkToken.optional() });
export const ratingLinkLookupQuery = z.strictObject({ token: linkToken });

export const ratingSchema = z.object({
  id: z.uuid(),
  /** What is rated: a case, a 12345 ticket (ticketId set) or a "一件事" as a whole (bundleCaseId set); the others are null. */
  subject: z.enum(RATING_SUBJECTS),
  caseId: z.uuid().nullable(),
  caseNo: z.string().nullable(),
  ticketId: z.uuid().nullable(),
  ticketNo: z.string().nullable(),
  bundleCaseId: z.uuid().nullable(),
  bundleNo: z.string().nullable(),
  level,
  reasons: z.array(z.enum(RATING_REASONS)),
  comment: z.string().nullable(),
  channel: z.enum(STORED_RATING_CHANNELS),
  /** Given by the system after the configured days without a rating; always shown as such. */
  defaulted: z.boolean(),
  departmentCode: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  regionCode: z.string(),
  ratedAt: z.date(),
  excluded: z.boolean(),
  rectificationId: z.uuid().nullable(),
});
export type Rating = z.infer<typeof ratingSchema>;

export const rectificationRefSchema = z.object({ id: z.uuid(), status: z.enum(RECTIFICATION_STATUSES), version: z.number() });

export const rectificationListQuery = z.strictObject({
  /** `appealed`: the appeals waiting for a supervisor's decision. */
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type RectificationListQuery = z.infer<typeof rectificationListQuery>;

export const rectificationItemSchema = z.object({
  id: z.uuid(),
  /** A 差评 of a case (caseId set), of a 12345 ticket (ticketId and ticketNo set) or of a "一件事" (bundleCaseId and bundleNo set). */
  subject: z.enum(RATING_SUBJECTS),
  caseId: z.uuid().nullable(),
  caseNo: z.string().nullable(),
  ticketId: z.uuid().nullable(),
  ticketNo: z.string().nullable(),
  bundleCaseId: z.uuid().nullable(),
  bundleNo: z.string().nullable(),
  status: z.enum(RECTIFICATION_STATUSES),
  version: z.number(),
  level,
  departmentCode: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  regionCode: z.string(),
  openedAt: z.date(),
  dueAt: z.date(),
  /** Null once the task is finished (closed or excluded). */
  light: z.enum(RECTIFICATION_LIGHTS).nullable(),
  schedulePublished: z.boolean(),
});

export const rectificationListSchema = z.object({
  items: z.array(rectificationItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const rectificationDetailSchema = rectificationItemSchema.extend({
  reasons: z.array(z.enum(RATING_REASONS)),
  comment: z.string().nullable(),
  assessmentDue: z.date(),
  redDue: z.date(),
  visitNote: z.string().nullable(),
  visitedAt: z.date().nullable(),
  rectifyNote: z.string().nullable(),
  rectifiedAt: z.date().nullable(),
  appealReason: z.string().nullable(),
  appealedAt: z.date().nullable(),
  appealDecision: z.enum(['upheld', 'rejected']).nullable(),
  appealNote: z.string().nullable(),
  rerateLevel: level.nullable(),
  rerateComment: z.string().nullable(),
  closedAt: z.date().nullable(),
  availableActions: z.array(z.enum(RECTIFICATION_ACTIONS)),
});
export type RectificationDetail = z.infer<typeof rectificationDetailSchema>;

/** A case's rating as its page shows it: whether it can be rated, and the rating once given. */
export const caseRatingSchema = z.object({
  rateable: z.boolean(),
  /** How the caller rates it: online (the applicant) or on the window's rating pad (a clerk, for a walk-in applicant); null when they may not. */
  rateChannel: z.enum(RATING_CHANNELS).nullable(),
  rating: ratingSchema.nullable(),
  rectification: rectificationDetailSchema.nullable(),
});

/**
 * A ticket's rating as the ticket page shows it to hotline staff: whether the caller may record
 * the caller's rating now (the return visit), the rating once given and its rectification (for
 * those who reach it).
 */
export const ticketRatingSchema = z.object({
  rateable: z.boolean(),
  rating: ratingSchema.nullable(),
  rectification: rectificationItemSchema.nullable(),
});

/**
 * What the public rating page shows for a link from an SMS (nothing but the ticket the link was
 * sent for): `open` — it can be used now; `rated` — the ticket (or the rectification) is already
 * rated; `expired`. For `rerate`, the rectification the department reported.
 */
export const ratingLinkSchema = z.object({
  purpose: z.enum(RATING_LINK_PURPOSES),
  state: z.enum(RATING_LINK_STATES),
  expiresAt: z.date(),
  ticketId: z.uuid(),
  ticketNo: z.string(),
  categoryNameZh: z.string(),
  categoryNameEn: z.string(),
  departmentNameZh: z.string().nullable(),
  departmentNameEn: z.string().nullable(),
  /** The answer given to the caller, with numbers redacted as on every public page. */
  reply: z.string().nullable(),
  repliedAt: z.date().nullable(),
  /** The rating given, once there is one (level only). */
  ratedLevel: level.nullable(),
  rectification: z
    .object({
      id: z.uuid(),
      version: z.number(),
      status: z.enum(RECTIFICATION_STATUSES),
      rectifyNote: z.string().nullable(),
      rectifiedAt: z.date().nullable(),
      rerateLevel: level.nullable(),
    })
    .nullable(),
});

export const rectificationActionBody = z.strictObject({
  version: z.number().int().min(1),
  /** The return-visit record, the rectification result, the appeal's reason, the decision's reason. */
  note: note.optional(),
});
export type RectificationActionInput = z.infer<typeof rectificationActionBody>;

export const rerateBody = z.strictObject({
  version: z.number().int().min(1),
  level,
  comment: z.string().trim().max(500).optional(),
});
export type RerateInput = z.infer<typeof rerateBody>;

export const publicFiguresQuery = z.strictObject({
  by: z.enum(FIGURES_BY),
  period: z.enum(FIGURES_PERIODS),
  /** day and week: YYYY-MM-DD (a week is the Monday–Sunday week holding it); month YYYY-MM; quarter YYYY-Qn; year YYYY. */
  date: z.string().trim().max(10),
});
export type PublicFiguresQuery = z.infer<typeof publicFiguresQuery>;

export const figuresRowSchema = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** Counted ratings per level, appeals upheld left out. */
  counts: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() }),
  total: z.number(),
  /** Share of levels 4–5 among the counted ratings; null (no data) when there are none. */
  goodRate: z.number().nullable(),
  bad: z.number(),
  /** 差评 whose rectification was carried out (rectified or closed). */
  rectified: z.number(),
  /** rectified / bad; null when there was no 差评. */
  rectifiedRate: z.number().nullable(),
  /** Ratings left out because a supervisor upheld the department's appeal. */
  appealsUpheld: z.number(),
  /** Of the counted ratings, how many are 满意 given by the system (none unless the city turned defaults on). */
  defaulted: z.number(),
});
export type FiguresRow = z.infer<typeof figuresRowSchema>;

export const publicFiguresSchema = z.object({
  by: z.enum(FIGURES_BY),
  period: z.enum(FIGURES_PERIODS),
  date: z.string(),
  from: z.date(),
  to: z.date(),
  rows: z.array(figuresRowSchema),
});
