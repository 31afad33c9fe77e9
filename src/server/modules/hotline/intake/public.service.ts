import type { AppContext } from '../../../context';
import { AppError, ERR } from '../../../platform/errors';
import type { Actor } from '../../../platform/auth/roles';
import { categoryMap } from '../kb/categories.service';
import { HOTLINE_ERR } from '../hotline.errors';
import { redactNullable } from '../../../platform/ids/redact';
import { enforceLimits, type Limit, type LimitCheck } from '../../../platform/http/rate-limit';
import { STATUS_LABELS } from '../tickets/tickets.labels';
import * as repo from '../tickets/tickets.repository';
import type { TicketStatus } from '../tickets/tickets.state';

/**
 * What residents reach without staff rights: the throttle that stands in for a captcha on the
 * public form, progress by ticket number and phone digits, and a signed-in citizen's own tickets.
 */

/** The public form: this many tickets per address per window. */
export const PUBLIC_LIMIT: Limit = { max: 5, windowSeconds: 600 };
/** Progress look-ups per address per window (guessing ticket numbers must stay slow). */
export const TRACK_LIMIT: Limit = { max: 30, windowSeconds: 600 };
/**
 * Look-ups of one ticket number from any address: the phone tail has 10,000 values, so at 20 a
 * day guessing it takes years however many addresses the guesser has.
 */
export const TRACK_TICKET_LIMIT: Limit = { max: 20, windowSeconds: 86_400 };
/** Texts one phone number may be sent because of public submissions, whatever the address (no SMS bombing). */
export const PHONE_SMS_LIMITS: readonly Limit[] = [
  { max: 3, windowSeconds: 3600 },
  { max: 10, windowSeconds: 86_400 },
];

/** Counts a request of `kind` from `ip`; RATE_LIMITED (429, Retry-After) past the limit. */
export async function throttle(ctx: AppContext, kind: string, ip: string, limit: Limit, now: Date): Promise<void> {
  await enforceLimits(ctx.db, [{ key: `${kind}:${ip}`, limit }], now);
}

/** The per-number checks for a submission that will text `phone` (digits only, so formatting does not make a new key). */
export function phoneSmsChecks(phone: string | null | undefined): LimitCheck[] {
  const digits = phone?.normalize('NFKC').replace(/\D/g, '');
  if (!digits) return [];
  return PHONE_SMS_LIMITS.map((limit) => ({ key: `sms.phone.${limit.windowSeconds}:${digits}`, limit }));
}

/** The public form: per address, and per phone number it will text. */
export async function throttlePublicTicket(ctx: AppContext, ip: string, phone: string | null | undefined, now: Date): Promise<void> {
  await enforceLimits(ctx.db, [{ key: `hotline.public:${ip}`, limit: PUBLIC_LIMIT }, ...phoneSmsChecks(phone)], now);
}

/** Progress look-ups: per address, and per ticket number whatever the address. */
export async function throttleTrack(ctx: AppContext, ip: string, ticketNo: string, now: Date): Promise<void> {
  await enforceLimits(
    ctx.db,
    [
      { key: `hotline.track:${ip}`, limit: TRACK_LIMIT },
      { key: `hotline.track.ticket:${ticketNo}`, limit: TRACK_TICKET_LIMIT },
    ],
    now,
  );
}

function publicView(row: repo.TicketRow, categoryNameZh: string) {
  const label = STATUS_LABELS[row.status as TicketStatus];
  return {
    ticketNo: row.ticket_no,
    status: row.status,
    statusZh: label.zh,
    statusEn: label.en,
    categoryNameZh,
    createdAt: row.created_at,
    dueAt: row.due_at,
    // Public surface: the reply may quote numbers (the caller's, a neighbour's): redacted.
    reply: redactNullable(row.reply),
    repliedAt: row.replied_at,
    closedAt: row.closed_at,
  };
}

/** Progress of a ticket for whoever knows its number and the last four digits of the caller's phone. */
export async function trackTicket(ctx: AppContext, ticketNo: string, phoneLast4: string) {
  const row = await repo.getTicketByNo(ctx.db, ticketNo);
  if (!row || !row.caller_phone || !row.caller_phone.endsWith(phoneLast4)) throw new AppError(HOTLINE_ERR.PHONE_MISMATCH);
  const cats = await categoryMap(ctx.db);
  return publicView(row, cats.get(row.category_code)?.nameZh ?? row.category_code);
}

/** A signed-in resident's own tickets (written while signed in). */
export async function findMyTickets(ctx: AppContext, actor: Actor) {
  if (!actor.roles.includes('citizen') && !actor.roles.includes('enterprise')) throw new AppError(ERR.FORBIDDEN);
  const [rows, cats] = await Promise.all([repo.findTicketsByUser(ctx.db, actor.id, 100), categoryMap(ctx.db)]);
  return { items: rows.map((r) => publicView(r, cats.get(r.category_code)?.nameZh ?? r.category_code)) };
}
