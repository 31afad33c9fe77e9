import type { AppContext } from '../../../context';
import { authorize } from '../../../platform/auth/policy';
import type { Actor } from '../../../platform/auth/roles';
import { AppError } from '../../../platform/errors';
import { checkMobile } from '../../../platform/ids/mobile';
import { redactNullable } from '../../../platform/ids/redact';
import { describeRatingLink, getTicketRating, rateTicket, type TicketRatingSubject } from '../../ratings';
import type { RateTicketInput } from '../../../../shared/ratings/ratings.schemas';
import { HOTLINE_ERR } from '../hotline.errors';
import { hotlinePolicy, ticketRecord } from '../hotline.policy';
import { categoryMap } from '../kb/categories.service';
import { STATUS_LABELS } from './tickets.labels';
import * as repo from './tickets.repository';
import type { TicketStatus } from './tickets.state';

/**
 * 好差评 of a 12345 ticket (docs/domain.md §8, §10; docs/decisions.md D18): the hotline says what
 * the ticket is — answered or not, the department that answers for it, its category and region —
 * and the ratings module rates it, opens the rectification of a 差评 and keeps the single-use SMS
 * links, exactly as for a case (dependency hotline → ratings, through the ratings door).
 */

/**
 * Whether the caller has had an answer: the lead department replied (also when the ticket was
 * reopened since), or the ticket was closed — answered at first contact or by the hotline centre.
 * A merged ticket is rated through its master.
 */
export function isAnswered(row: Pick<repo.TicketRow, 'status' | 'replied_at'>): boolean {
  return row.status === 'closed' || (row.replied_at !== null && row.status !== 'merged');
}

/** The ticket as the ratings module needs it. */
async function subjectOf(ctx: AppContext, row: repo.TicketRow): Promise<TicketRatingSubject> {
  const category = (await categoryMap(ctx.db)).get(row.category_code);
  const label = STATUS_LABELS[row.status as TicketStatus];
  return {
    id: row.id,
    ticketNo: row.ticket_no,
    answered: isAnswered(row),
    statusZh: label.zh,
    statusEn: label.en,
    // The lead department; a ticket no department handled (answered at first contact, closed
    // before dispatch) answers to its category's department.
    departmentCode: row.department_code ?? category?.departmentCode ?? row.category_code,
    categoryCode: row.category_code,
    categoryNameZh: category?.nameZh ?? row.category_code,
    categoryNameEn: category?.nameEn ?? row.category_code,
    regionCode: row.region_code,
    callerUserId: row.caller_user_id,
    callerMobile: row.caller_phone && checkMobile(row.caller_phone).ok ? row.caller_phone : null,
  };
}

async function findRow(ctx: AppContext, id: string): Promise<repo.TicketRow> {
  const row = await repo.getTicket(ctx.db, id);
  if (!row) throw new AppError(HOTLINE_ERR.TICKET_NOT_FOUND);
  return row;
}

/**
 * `POST /hotline/tickets/{id}/rating`: the caller with the SMS link's token, or a hotline agent
 * recording the caller's rating on the return visit (the ratings module checks which, and that the
 * agent's region reaches the ticket).
 */
export async function rateTicketAs(ctx: AppContext, actor: Actor | null, id: string, input: RateTicketInput, token: string | null, now: Date) {
  const row = await findRow(ctx, id);
  return rateTicket(ctx, { actor, token }, await subjectOf(ctx, row), input, now);
}

/** `GET /hotline/tickets/{id}/rating`: the ticket page's rating card, for those who see the ticket. */
export async function ticketRatingFor(ctx: AppContext, actor: Actor, id: string, now: Date) {
  const row = await findRow(ctx, id);
  authorize(actor, hotlinePolicy, 'ticket.view', ticketRecord(row));
  return getTicketRating(ctx, actor, await subjectOf(ctx, row), now);
}

/**
 * `GET /hotline/rating-link?token=`: what the public rating page shows — the link's state and the
 * ticket it was sent for (number, category, the department, the answer with numbers redacted as on
 * every public page). Nothing else of the ticket: not the caller, not the text.
 */
export async function ratingLinkView(ctx: AppContext, token: string, now: Date) {
  const link = await describeRatingLink(ctx, token, now);
  const row = await findRow(ctx, link.ticketId);
  const subject = await subjectOf(ctx, row);
  const names = await repo.findDepartmentNames(ctx.db, [subject.departmentCode]);
  const department = names.get(subject.departmentCode);
  return {
    ...link,
    ticketNo: row.ticket_no,
    categoryNameZh: subject.categoryNameZh,
    categoryNameEn: subject.categoryNameEn,
    departmentNameZh: department?.zh ?? null,
    departmentNameEn: department?.en ?? null,
    reply: redactNullable(row.reply),
    repliedAt: row.replied_at,
  };
}
