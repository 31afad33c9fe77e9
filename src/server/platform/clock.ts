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

/**
 * A clock that starts at `start` and runs on at the system's pace: a training room or a
 * demonstration sets the hall's evening or a holiday without touching the machine's time
 * (TONGBAN_CLOCK_START). `realNow` is for tests.
 */
export function startedClock(start: Date, realNow: () => number = Date.now): Clock {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}
