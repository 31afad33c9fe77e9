/**
 * The one source of "now" (docs/architecture.md, "Time"). Every module reads business time —
 * deadlines, lights, throttling windows, report periods — from `ctx.clock`, and services take `now`
 * as a parameter, so a fixed-date test (the National Day holiday, a pause of known length) sets
 * its own context's clock instead of faking the process's.
 */
export interface Clock {
  now(): Date;
}

/** A clock that reads the system time; each context gets its own so a test can move one without touching another. */
export function systemClock(): Clock {
  return { now: () => new Date() };
}
