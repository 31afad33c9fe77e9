import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Config } from '../../config';
import type { DB } from '../../db/types';
import type { Executor } from '../../db/executor';
import { AppError } from '../../platform/errors';
import { RATING_ERR } from './ratings.errors';
import * as repo from './ratings.repository';

/**
 * Single-use rating links sent by SMS to a 12345 caller (docs/domain.md §10; docs/decisions.md
 * D18): one to rate the ticket once it is answered, one to re-rate a rectified 差评. The token is
 * 32 random bytes; only its SHA-256 is stored, so the table cannot be turned back into links. A link
 * is used up by the rating it carries and expires after TONGBAN_RATING_LINK_DAYS.
 */

/** The public page the links open (src/web/ratings/RateTicketPage.tsx). */
export const RATING_LINK_PATH = '/rate/ticket';

const DAY_MS = 86_400_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type LinkTarget = { purpose: 'rate'; ticketId: string } | { purpose: 'rerate'; ticketId: string; rectificationId: string };

/** Stores a new link in the caller's transaction and returns its address for the SMS. */
export async function issueRatingLink(trx: Transaction<DB>, config: Config, target: LinkTarget, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await repo.insertRatingLink(trx, {
    token_hash: hashToken(token),
    purpose: target.purpose,
    ticket_id: target.ticketId,
    rectification_id: target.purpose === 'rerate' ? target.rectificationId : null,
    created_at: now,
    expires_at: new Date(now.getTime() + config.ratingLinkDays * DAY_MS),
  });
  return `${config.publicUrl}${RATING_LINK_PATH}?token=${token}`;
}

/** Whether the link's time is up. */
export function isExpired(link: repo.RatingLinkRow, now: Date): boolean {
  return new Date(link.expires_at).getTime() <= now.getTime();
}

/**
 * The link a token names, for `purpose` and (when given) the ticket or rectification the request
 * names; RATING_LINK_INVALID (404) for any other token, RATING_LINK_EXPIRED (403) once its time
 * is up. Locked for the rest of the transaction when `db` is one, so its one use cannot race.
 */
export async function resolveRatingLink(
  db: Executor,
  config: Config,
  token: string,
  want: { purpose: 'rate' | 'rerate'; ticketId?: string; rectificationId?: string },
  now: Date,
  lock = false,
): Promise<repo.RatingLinkRow> {
  const link = await repo.findRatingLink(db, hashToken(token), lock);
  if (
    !link ||
    link.purpose !== want.purpose ||
    (want.ticketId !== undefined && link.ticket_id !== want.ticketId) ||
    (want.rectificationId !== undefined && link.rectification_id !== want.rectificationId)
  )
    throw new AppError(RATING_ERR.RATING_LINK_INVALID);
  if (isExpired(link, now)) throw new AppError(RATING_ERR.RATING_LINK_EXPIRED, { days: config.ratingLinkDays });
  return link;
}
