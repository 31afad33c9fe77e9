import { sql } from 'kysely';
import { AppError, ERR } from '../errors';
import type { Executor } from '../../db/executor';

/** At most `max` hits per fixed window of `windowSeconds` (at most one day: older windows are swept). */
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
 * Counts one hit for `key` in the current fixed window and returns the hits so far with the
 * window's end. One upsert, so concurrent requests on several nodes count correctly.
 */
export async function hitLimit(db: Executor, key: string, windowSeconds: number, now = new Date()): Promise<{ hits: number; resetsAt: Date }> {
  const start = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const r = await db
    .insertInto('rate_limits')
    .values({ key, window_start: start, hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limits.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return { hits: r.hits, resetsAt: new Date(start.getTime() + windowSeconds * 1000) };
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

/** Drops windows older than a day (housekeeping). */
export async function deleteOldLimitWindows(db: Executor, now = new Date()): Promise<void> {
  await db
    .deleteFrom('rate_limits')
    .where('window_start', '<', new Date(now.getTime() - 86_400_000))
    .execute();
}
