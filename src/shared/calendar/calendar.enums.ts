/** The working-day calendar's closed list, zod-free for the web bundle. */

/** Why a date is or is not a working day: a statutory holiday, a make-up working day, or the Mon–Fri default. */
export const DAY_KINDS = ['holiday', 'makeup', 'weekend', 'workday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];
