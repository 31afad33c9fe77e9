import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types';
import type { TicketChannel } from '../../../db/tables/hotline';
import { appendEvent } from '../../../platform/audit/events.repository';
import type { Actor } from '../../../platform/auth/roles';
import type { WorkCalendar } from '../../../platform/calendar/work-calendar';
import { AppError } from '../../../platform/errors';
import { getActiveCategory, type Category } from '../kb/categories.service';
import { HOTLINE_ERR } from '../hotline.errors';
import { normalizeAddress, resolveRegion } from '../intake/hotline.geo';
import { formatInstant, notifyCaller } from '../hotline.notify';
import { setCallOutcome } from '../intake/intake.repository';
import { incrementArticleUse } from '../kb/kb.repository';
import { insertCorrection } from '../classifier/model.repository';
import { computeLines, lightAt } from './tickets.clock';
import * as repo from './tickets.repository';
import { SYSTEM_NAME } from './tickets.transition';

/**
 * Taking a ticket in, whatever the channel: category and limit, region, the clock, a repeat-call
 * flag, the caller's SMS receipt, a training correction when staff changed the suggestion, and
 * the first event of the ticket's chain. A direct answer (咨询 answered from the knowledge base)
 * is stored closed at first contact.
 */

/** Earlier contact within this many days makes a call a repeat call (重复来电). */
export const REPEAT_WINDOW_DAYS = 30;

export interface NewTicket {
  channel: TicketChannel;
  text: string;
  categoryCode: string;
  /** What the classifier suggested, when it was asked. */
  suggested?: { categoryCode: string; confidence: number } | null;
  callerName?: string | null;
  callerPhone?: string | null;
  callerEmail?: string | null;
  callerUserId?: string | null;
  anonymous?: boolean;
  address?: string | null;
  lat?: number | null;
  lng?: number | null;
  regionCode?: string | null;
  callId?: number | null;
  apiKeyId?: string | null;
  externalId?: string | null;
  /** Answered at first contact: the answer given and the article it came from. */
  answered?: { answer: string; kbArticleId: number | null } | null;
  actor: Actor | null;
  now: Date;
  /** Demo data is kept out of the classifier's live training set (the generator already is in it). */
  origin?: 'live' | 'demo';
  /** The category, when the caller already read it (from the cache, before the transaction). */
  category?: Category;
  /** Loaded before the transaction (on PGlite a second connection inside it would wait for itself). */
  cal: WorkCalendar;
}

/** Creates a ticket inside the caller's transaction and returns its row. */
export async function createTicket(trx: Transaction<DB>, t: NewTicket): Promise<repo.TicketRow> {
  const category = t.category?.code === t.categoryCode && t.category.active ? t.category : await getActiveCategory(trx, t.categoryCode);
  const regionCode = resolveRegion({ regionCode: t.regionCode, lat: t.lat, lng: t.lng, address: t.address, text: t.text });
  if (!(await repo.regionExists(trx, regionCode))) throw new AppError(HOTLINE_ERR.REGION_UNKNOWN, { region: regionCode });
  const lines = computeLines(t.cal, t.now, category.limit);
  const answered = t.answered ?? null;
  const light = lightAt(t.now, lines.warnAt, lines.dueAt);
  const row = await repo.insertTicket(
    trx,
    {
      channel: t.channel,
      origin: t.origin ?? 'live',
      external_id: t.externalId ?? null,
      call_id: t.callId ?? null,
      api_key_id: t.apiKeyId ?? null,
      caller_name: t.callerName ?? null,
      caller_phone: t.callerPhone ?? null,
      caller_email: t.callerEmail ?? null,
      caller_user_id: t.callerUserId ?? null,
      anonymous: t.anonymous ?? false,
      text: t.text,
      address: t.address ?? null,
      address_norm: normalizeAddress(t.address),
      lat: t.lat ?? null,
      lng: t.lng ?? null,
      region_code: regionCode,
      category_code: category.code,
      suggested_category: t.suggested?.categoryCode ?? null,
      suggested_confidence: t.suggested?.confidence ?? null,
      linked_hotline: category.linkedHotline,
      urgency: category.urgency,
      limit_value: category.limit.value,
      limit_unit: category.limit.unit,
      status: answered ? 'closed' : 'pending_dispatch',
      resolution: answered ? 'answered' : null,
      kb_article_id: answered?.kbArticleId ?? null,
      reply: answered?.answer ?? null,
      replied_at: answered ? t.now : null,
      replied_by: answered ? (t.actor?.id ?? null) : null,
      replied_on_time: answered ? true : null,
      closed_at: answered ? t.now : null,
      accepted_at: t.now,
      warn_at: lines.warnAt,
      due_at: lines.dueAt,
      schedule_published: lines.published,
      light: light.light,
      light_next_at: answered ? null : light.nextAt,
      created_by: t.actor?.id ?? null,
      created_at: t.now,
      updated_at: t.now,
    },
    t.now,
    new Date(t.now.getTime() - REPEAT_WINDOW_DAYS * 86_400_000),
  );
  const repeat = row.repeat_call;
  const who = { actorId: t.actor?.id ?? null, actorName: t.actor?.displayName ?? SYSTEM_NAME };
  const event = (action: string, data: Record<string, unknown>, opensChain = false) =>
    appendEvent(trx, { chain: `ticket:${row.id}`, opensChain, action, ...who, subjectType: 'hotline_ticket', subjectId: row.id, regionCode, data, at: t.now });
  await event(
    'ticket.created',
    {
      to: 'pending_dispatch',
      version: 1,
      channel: t.channel,
      category: category.code,
      suggested: t.suggested ?? null,
      repeatCall: repeat,
      linkedHotline: category.linkedHotline,
      dueAt: lines.dueAt.toISOString(),
    },
    true,
  );
  if (answered)
    await event('ticket.answered', { from: 'pending_dispatch', to: 'closed', version: 1, answer: answered.answer, kbArticleId: answered.kbArticleId });
  if (t.suggested && t.actor && t.suggested.categoryCode !== category.code) {
    await insertCorrection(trx, { ticketId: row.id, text: t.text, suggested: t.suggested.categoryCode, chosen: category.code, actorId: t.actor.id });
  }
  if (t.callId) await setCallOutcome(trx, t.callId, answered ? 'answered' : 'ticket', row.id);
  if (answered?.kbArticleId) await incrementArticleUse(trx, answered.kbArticleId);
  if (!answered) await notifyCaller(trx, row, 'hotline.accepted', { dueText: formatInstant(lines.dueAt) });
  return row;
}
