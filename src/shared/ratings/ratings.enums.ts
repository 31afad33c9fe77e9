/**
 * The closed lists of 好差评 (docs/domain.md S9) that the server and the web app both use. They
 * import nothing, so the web app uses them without bundling zod.
 */

/** Five levels: 5 非常满意 very satisfied … 1 非常不满意 very dissatisfied. */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** 差评: 不满意 (2) and 非常不满意 (1); each opens a rectification. */
export const BAD_LEVELS: readonly RatingLevel[] = [2, 1];
/** 好评: 满意 (4) and 非常满意 (5); 好评率 is their share of the counted ratings. */
export const GOOD_LEVELS: readonly RatingLevel[] = [5, 4];

/** Reasons a person may tick for a bad rating. */
export const BAD_REASONS = ['slow', 'repeated_trips', 'unclear_materials', 'attitude', 'system_hard'] as const;
/** Reasons for a good (or middling) rating. */
export const GOOD_REASONS = ['fast', 'one_trip', 'clear_guidance', 'courteous', 'system_easy'] as const;
export const RATING_REASONS = [...BAD_REASONS, ...GOOD_REASONS] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

/** Where a rating was given: the portal, the window's rating pad (一次一评), or the link in an SMS. */
export const RATING_CHANNELS = ['online', 'window_pad', 'sms_link'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];
/**
 * How a 12345 ticket is rated: by the caller through the single-use link in the reply SMS, or by
 * the hotline agent recording what the caller says on the return visit (回访).
 */
export const TICKET_RATING_CHANNELS = ['sms_link', 'return_visit'] as const;
export type TicketRatingChannel = (typeof TICKET_RATING_CHANNELS)[number];
/** Every channel a stored rating may carry: the above, or `default` for 满意 given by the system when the city configures it. */
export const STORED_RATING_CHANNELS = [...RATING_CHANNELS, 'return_visit', 'default'] as const;
export type StoredRatingChannel = (typeof STORED_RATING_CHANNELS)[number];

/** What a rating (and its rectification) concerns: a case (办件), a 12345 ticket (工单) or a "一件事" as a whole (bundle application). */
export const RATING_SUBJECTS = ['case', 'ticket', 'bundle'] as const;
export type RatingSubject = (typeof RATING_SUBJECTS)[number];

/** A rating link's state, as the public rating page shows it. */
export const RATING_LINK_STATES = ['open', 'rated', 'expired'] as const;
export type RatingLinkState = (typeof RATING_LINK_STATES)[number];
/** What a rating link is for: rating a ticket, or re-rating its rectification. */
export const RATING_LINK_PURPOSES = ['rate', 'rerate'] as const;
export type RatingLinkPurpose = (typeof RATING_LINK_PURPOSES)[number];

/** A rectification's life (整改): open → visited (回访) → rectified → closed; appeals aside. */
export const RECTIFICATION_STATUSES = ['open', 'visited', 'rectified', 'appealed', 'closed', 'excluded'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_ACTIONS = ['visit', 'rectify', 'appeal', 'uphold_appeal', 'reject_appeal', 'rerate', 'decline'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** Actions taken through `POST /rectifications/{id}/actions/{action}`; the re-rating has its own route. */
export const RECTIFICATION_ROUTE_ACTIONS = ['visit', 'rectify', 'appeal', 'uphold_appeal', 'reject_appeal', 'decline'] as const;
export type RectificationRouteAction = (typeof RECTIFICATION_ROUTE_ACTIONS)[number];

/** A rectification's light against its due date (the cases' light words). */
export const RECTIFICATION_LIGHTS = ['green', 'yellow', 'red', 'overdue'] as const;
export type RectificationLight = (typeof RECTIFICATION_LIGHTS)[number];

/** Public figures: the cut and the period. */
export const FIGURES_BY = ['department', 'item'] as const;
export type FiguresBy = (typeof FIGURES_BY)[number];
export const FIGURES_PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type FiguresPeriod = (typeof FIGURES_PERIODS)[number];
