import { sql } from 'kysely';
import { AppError, ERR } from '../errors';
import type { Executor } from '../../db/executor';

/**
 * At most `max` hits per `windowSeconds` (at most one day: older windows are swept), counted as a
 * sliding window: the current fixed window's hits plus the previous window's, weighted by how
 * much of it still lies within the last `windowSeconds`. A burst cannot double by straddling a
 * window boundary.
 */
export interface Limit {
  max: number;
  windowSeconds: number;
}

/** One counter to charge: a key naming the surface and the target (`hotline.track.ticket:<no>`). */
export interface LimitCheck {
  key: string;
  limit: Limit;
}

/**
 * Counts one hit for `key` in the current fixed window and returns the hits within the last
 * `windowSeconds` (the previous window's weighted by its overlap) with the current window's end.
 * One statement, so concurrent requests on several nodes count correctly.
 */
export async function hitLimit(db: Executor, key: string, windowSeconds: number, now = new Date()): Promise<{ hits: number; resetsAt: Date }> {
  const ms = windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / ms) * ms);
  const previous = new Date(start.getTime() - ms);
  const r = await sql<{ hits: number; previous: number }>`
    WITH counted AS (
      INSERT INTO rate_limits (key, window_start, hits) VALUES (${key}, ${start}, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
      RETURNING hits)
    SELECT counted.hits, coalesce((SELECT hits FROM rate_limits WHERE key = ${key} AND window_start = ${previous}), 0) AS previous
    FROM counted`.execute(db);
  const row = r.rows[0];
  const overlap = 1 - (now.getTime() - start.getTime()) / ms;
  // Rounded up: the estimate errs towards the limit, so a burst just across the boundary counts
  // whole (rounded down, 30 sign-ins straddling it let a 31st through).
  return { hits: row.hits + Math.ceil(row.previous * overlap), resetsAt: new Date(start.getTime() + ms) };
}

/**
 * The platform's one rate limiter: charges every check (per client address and per target —
 * the account, ticket number, case number or phone number a request is about, so changing
 * address does not escape) and throws RATE_LIMITED (429, Retry-After) when any is over.
 * Every counter is charged even when an earlier one is over, so probing one target from many
 * addresses still uses up that target's budget.
 */
export async function enforceLimits(db: Executor, checks: readonly LimitCheck[], now = new Date()): Promise<void> {
  let retryAt: Date | undefined;
  for (const c of checks) {
    const { hits, resetsAt } = await hitLimit(db, c.key, c.limit.windowSeconds, now);
    if (hits > c.limit.max && (!retryAt || resetsAt > retryAt)) retryAt = resetsAt;
  }
  if (!retryAt) return;
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  throw new AppError(ERR.RATE_LIMITED, { seconds }, { retryAfterSeconds: seconds });
}

/** Drops windows older than two days (housekeeping): a day-long window still weighs its predecessor. */
export async function deleteOldLimitWindows(db: Executor, now = new Date()): Promise<void> {
  await db
    .deleteFrom('rate_limits')
    .where('window_start', '<', new Date(now.getTime() - 2 * 86_400_000))
    .execute();
}
