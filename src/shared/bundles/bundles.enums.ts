/** Closed lists of "一件事一次办" bundles (docs/decisions.md D24); shared with the web app. */

/** How a bundle question is answered. */
export const BUNDLE_QUESTION_KINDS = ['yes_no', 'number', 'choice'] as const;

/** How a condition compares an answer. */
export const BUNDLE_CONDITION_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;

/**
 * Where a bundle stands, derived from its member cases: submitted (none accepted yet), in progress,
 * correction requested (a 补正 notice waits for the applicant), ready (every member decided, results
 * not all issued), completed (every member issued or closed), withdrawn.
 */
export const BUNDLE_STATUSES = ['submitted', 'in_progress', 'correction_requested', 'ready', 'completed', 'withdrawn'] as const;

/** Bundle-level actions (each runs on every member it concerns, in one transaction). */
export const BUNDLE_ACTIONS = ['accept', 'request_correction', 'resubmit', 'issue', 'withdraw'] as const;

/** How a material of the merged list is provided. */
export const BUNDLE_MATERIAL_PROVISIONS = ['upload', 'shared', 'in_bundle'] as const;

/** Results delivered together once all are ready, or each as soon as it is ready. */
export const BUNDLE_DELIVERY_TIMINGS = ['together', 'as_ready'] as const;
