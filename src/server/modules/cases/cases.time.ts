/**
 * The cases module's source of "now". Services take `now` as a parameter; routes and jobs read it
 * here, so fixed-date tests (the 2026 National Day holiday, pauses of known length) replace
 * `caseTime.now` instead of faking the system clock for the whole process.
 */
export const caseTime: { now: () => Date } = { now: () => new Date() };
