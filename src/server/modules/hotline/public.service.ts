import type { AppContext } from '../../context';
import { AppError, ERR } from '../../platform/errors';
import type { Actor } from '../../platform/auth/roles';
import { categoryMap } from './categories.service';
import { HOTLINE_ERR } from './hotline.errors';
import { hitThrottle } from './intake.repository';
import { STATUS_LABELS } from './tickets.labels';
import * as repo from './tickets.repository';
import type { TicketStatus } from './tickets.state';

/**
 * What residents reach without staff rights: the throttle that stands in for a captcha on the
 * public form, progress by ticket number and phone digits, and a signed-in citizen's own tickets.
 */

/** The public form: this many tickets per address per window. */
export const PUBLIC_LIMIT = { max: 5, windowSeconds: 600 };
/** Progress look-ups per address per window (guessing ticket numbers must stay slow). */
export const TRACK_LIMIT = { max: 30, windowSeconds: 600 };

/** Counts a request of `kind` from `ip`; RATE_LIMITED (429, Retry-After) past the limit. */
export async function throttle(ctx: AppContext, kind: string, ip: string, limit: { max: number; windowSeconds: number }, now = new Date()): Promise<void> {
  const { hits, resetsAt } = await hitThrottle(ctx.db, `${kind}:${ip}`, limit.windowSeconds, now);
  if (hits <= limit.max) return;
  const seconds = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
  throw new AppError(ERR.RATE_LIMITED, { seconds }, { retryAfterSeconds: seconds });
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
    reply: row.reply,
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
