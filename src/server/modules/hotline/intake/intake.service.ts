import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/types';
import { authorize, regionFilter } from '../../../platform/auth/policy';
import type { Actor } from '../../../platform/auth/roles';
import type { WorkCalendar } from '../../../platform/calendar/work-calendar';
import { AppError } from '../../../platform/errors';
import { maskMobile } from '../../../platform/ids/mobile';
import { queueNotification } from '../../../platform/notifications/notify';
import { categoryMap, type Category } from '../kb/categories.service';
import { classifyText, emergencyNames, type ClassificationResult } from '../classifier/classifier.service';
import { detectEmergency } from '../classifier/emergency';
import type { EmergencyLine } from '../data/emergency-lines';
import { HOTLINE_ERR } from '../hotline.errors';
import { resolveRegion } from './hotline.geo';
import { hotlinePolicy } from '../hotline.policy';
import * as intake from './intake.repository';
import type { CreateTicketInput, TakeCallInput } from './intake.schemas';
import { getArticle } from '../kb/kb.repository';
import { searchKnowledge } from '../kb/kb.service';
import { REPEAT_WINDOW_DAYS, createTicket } from '../tickets/tickets.create';
import * as repo from '../tickets/tickets.repository';

/**
 * 一号响应、集中受理 at the agent console: a call is logged (answered or abandoned), checked for
 * an emergency first, matched against the caller's history and the knowledge base, and then
 * either answered at once or made a ticket.
 */

/** The transfer instruction an agent reads out and acts on (三方通话). */
export function transferInstruction(line: EmergencyLine) {
  const n = emergencyNames(line);
  return {
    nameZh: n.nameZh,
    nameEn: n.nameEn,
    instructionZh: `紧急警情：请立即发起三方通话转接 ${line}（${n.nameZh}），保持通话直至 ${line} 接警员确认接听，并告知来电人位置信息；本次来电不建工单。`,
    instructionEn: `Emergency: start a three-way call to ${line} (${n.nameEn}) now, stay on until the ${line} operator has taken over and has the location; no ticket is created.`,
  };
}

interface TransferInput {
  line: EmergencyLine;
  reason: string;
  text: string;
  channel: string;
  callId?: number | null;
  phone?: string | null;
  actor: Actor | null;
  regionCode: string;
}

/** Writes an emergency transfer record (line, text, time, agent) in the given transaction. */
async function insertTransfer(trx: Transaction<DB>, e: TransferInput): Promise<number> {
  const row = await intake.insertEmergencyTransfer(trx, {
    line: e.line,
    reason: e.reason,
    text: e.text,
    channel: e.channel,
    call_id: e.callId ?? null,
    caller_phone_masked: e.phone ? maskMobile(e.phone) : null,
    agent_id: e.actor?.id ?? null,
    agent_name: e.actor?.displayName ?? null,
    region_code: e.regionCode,
  });
  if (e.callId) await intake.setCallOutcome(trx, e.callId, 'emergency', null);
  return row.id;
}

/** Logs an emergency transfer in a transaction of its own: the only record an emergency leaves. */
export async function recordEmergency(ctx: AppContext, e: TransferInput): Promise<number> {
  return ctx.db.transaction().execute((trx) => insertTransfer(trx, e));
}

function summary(t: repo.TicketRow) {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: t.id,
    ticketNo: t.ticket_no,
    status: t.status,
    categoryCode: t.category_code,
    text: t.text,
    createdAt: new Date(t.created_at).toISOString(),
    closedAt: iso(t.closed_at),
  };
}

/** What the console shows about a call, read before the call is logged. */
export interface CallAnalysis {
  regionCode: string;
  earlier: repo.TicketRow[];
  repeatCaller: boolean;
  emergency: { line: EmergencyLine; reason: string } | null;
  suggestion: ClassificationResult | null;
  knowledge: Array<{ id: number; title: string; question: string; answer: string; categoryCode: string | null; score: number }>;
}

/** Reads for a call: the caller's history, the emergency check first, then suggestion and knowledge. */
export async function analyseCall(ctx: AppContext, actor: Actor, input: TakeCallInput, now: Date): Promise<CallAnalysis> {
  authorize(actor, hotlinePolicy, 'call.take');
  const guessed = resolveRegion({ regionCode: input.regionCode, lat: input.lat, lng: input.lng, address: input.address, text: input.text });
  const regionCode = (await repo.regionExists(ctx.db, guessed)) ? guessed : actor.regionCode;
  const earlier = input.callerPhone ? await repo.findTicketsByPhone(ctx.db, input.callerPhone, 10) : [];
  const repeatCaller = earlier.some((t) => new Date(t.created_at).getTime() >= now.getTime() - REPEAT_WINDOW_DAYS * 86_400_000);
  const base: CallAnalysis = { regionCode, earlier, repeatCaller, emergency: null, suggestion: null, knowledge: [] };
  if (!input.answered || !input.text) return base;
  const emergency = detectEmergency(input.text);
  if (emergency) return { ...base, emergency };
  const [suggestion, knowledge] = await Promise.all([suggest(ctx, input.text), searchKnowledge(ctx.db, { text: input.text, pageSize: 3 })]);
  return {
    ...base,
    suggestion,
    knowledge: knowledge.items.map((a) => ({ id: a.id, title: a.title, question: a.question, answer: a.answer, categoryCode: a.categoryCode, score: a.score })),
  };
}

/** Logs the call (and an emergency transfer) in the caller's transaction and shapes the console's answer. */
export async function recordCall(trx: Transaction<DB>, actor: Actor, input: TakeCallInput, a: CallAnalysis, now: Date) {
  const call = await intake.insertCall(trx, {
    caller_phone: input.callerPhone ?? null,
    agent_id: actor.id,
    answered: input.answered,
    outcome: input.answered ? 'open' : 'abandoned',
    region_code: a.regionCode,
    started_at: now,
  });
  let emergency = null;
  if (a.emergency && input.text) {
    const transferId = await insertTransfer(trx, {
      ...a.emergency,
      text: input.text,
      channel: 'phone',
      callId: call.id,
      phone: input.callerPhone,
      actor,
      regionCode: a.regionCode,
    });
    emergency = { line: a.emergency.line, reason: a.emergency.reason, transferId, ...transferInstruction(a.emergency.line) };
  }
  return {
    callId: call.id,
    answered: input.answered,
    repeatCaller: a.repeatCaller,
    earlierTickets: a.earlier.map(summary),
    emergency,
    suggestion: a.suggestion,
    knowledge: a.knowledge,
  };
}

/** What intake reads before the ticket's transaction (on PGlite a second connection inside it would wait for itself). */
export interface PreparedIntake {
  suggestion: ClassificationResult | null;
  cal: WorkCalendar;
  /** The category table (cached), so the transaction need not read it again. */
  categories: Map<string, Category>;
}

/**
 * Screens a text before anything is stored: an emergency leaves only its transfer record and is
 * refused (EMERGENCY_MUST_TRANSFER, with the transfer instruction); otherwise the classifier's
 * suggestion and the calendar are loaded for the ticket's transaction.
 */
export async function prepareIntake(
  ctx: AppContext,
  text: string,
  channel: string,
  e: { callId?: number | null; phone?: string | null; actor: Actor | null; regionCode: string },
): Promise<PreparedIntake> {
  const emergency = detectEmergency(text);
  if (emergency) {
    const transferId = await recordEmergency(ctx, { ...emergency, text, channel, ...e });
    const names = emergencyNames(emergency.line);
    throw new AppError(
      HOTLINE_ERR.EMERGENCY_MUST_TRANSFER,
      { line: emergency.line, lineName: names.nameZh, lineNameEn: names.nameEn },
      { line: emergency.line, transferId, ...transferInstruction(emergency.line) },
    );
  }
  const [suggestion, cal, categories] = await Promise.all([suggest(ctx, text), ctx.calendar.get(), categoryMap(ctx.db)]);
  return { suggestion, cal, categories };
}

/** The suggestion for a text, or null when the classifier cannot answer (intake must not fail for it). */
async function suggest(ctx: AppContext, text: string): Promise<ClassificationResult | null> {
  try {
    return await classifyText(ctx.db, text);
  } catch (err) {
    ctx.log.warn({ err }, 'hotline classifier unavailable at intake');
    return null;
  }
}

/** Never stores an emergency, even when a caller skipped prepareIntake. */
function assertNoEmergency(text: string): void {
  const emergency = detectEmergency(text);
  if (!emergency) return;
  const names = emergencyNames(emergency.line);
  throw new AppError(HOTLINE_ERR.EMERGENCY_MUST_TRANSFER, { line: emergency.line, lineName: names.nameZh, lineNameEn: names.nameEn }, { line: emergency.line });
}

/** Emergency transfers (the only record an emergency leaves), newest first, within the actor's region. */
export async function listEmergencyTransfers(ctx: AppContext, actor: Actor, q: { from?: string; to?: string; page: number; pageSize: number }) {
  authorize(actor, hotlinePolicy, 'emergency.view');
  const r = await intake.findEmergencyTransfers(ctx.db, {
    scopeRegion: regionFilter(actor),
    from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined,
    to: q.to ? new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined,
    page: q.page,
    pageSize: q.pageSize,
  });
  return {
    items: r.items.map((e) => ({
      id: e.id,
      line: e.line,
      reason: e.reason,
      text: e.text,
      channel: e.channel,
      callerPhoneMasked: e.caller_phone_masked,
      agentName: e.agent_name,
      regionCode: e.region_code,
      createdAt: e.created_at,
    })),
    total: r.total,
  };
}

/** Intake prepared for one staff member who may create tickets (only `prepareStaffTicket` makes one). */
export interface PreparedStaffTicket extends PreparedIntake {
  readonly authorizedFor: string;
}

/**
 * The first half of a console ticket, outside the transaction: authorise, then detect an emergency
 * (its transfer is recorded even though no ticket follows) and classify.
 */
export async function prepareStaffTicket(ctx: AppContext, actor: Actor, input: CreateTicketInput): Promise<PreparedStaffTicket> {
  authorize(actor, hotlinePolicy, 'ticket.create');
  const prepared = await prepareIntake(ctx, input.text, input.channel, {
    callId: input.callId,
    phone: input.callerPhone,
    actor,
    regionCode: resolveRegion(input),
  });
  return { ...prepared, authorizedFor: actor.id };
}

/** An agent (or dispatcher) records a ticket from the console, or an answer given at first contact. */
export async function createStaffTicket(
  trx: Transaction<DB>,
  actor: Actor,
  input: CreateTicketInput,
  prepared: PreparedStaffTicket,
  now: Date,
): Promise<repo.TicketRow> {
  if (prepared.authorizedFor !== actor.id) throw new Error('createStaffTicket needs the intake prepared for the same actor');
  assertNoEmergency(input.text);
  if (input.callId && !(await intake.getCall(trx, input.callId))) throw new AppError(HOTLINE_ERR.CALL_NOT_FOUND);
  let answered: { answer: string; kbArticleId: number | null } | null = null;
  if (input.resolution === 'answered') {
    const article = input.kbArticleId ? await getArticle(trx, input.kbArticleId) : undefined;
    if (input.kbArticleId && !article) throw new AppError(HOTLINE_ERR.ARTICLE_NOT_FOUND);
    const answer = input.answer ?? article?.answer;
    if (!answer) throw new AppError(HOTLINE_ERR.ANSWER_REQUIRED);
    answered = { answer, kbArticleId: article?.id ?? null };
  }
  const s = prepared.suggestion;
  return createTicket(trx, {
    ...input,
    category: prepared.categories.get(input.categoryCode),
    suggested: s ? { categoryCode: s.category, confidence: s.confidence } : null,
    answered,
    actor,
    now,
    cal: prepared.cal,
  });
}

/** What a resident (web, WeChat, app) or an Open311 client sends. */
export interface PublicIntake {
  channel: 'web' | 'wechat' | 'app' | 'open311';
  text: string;
  categoryCode?: string;
  name?: string;
  phone?: string;
  email?: string;
  anonymous: boolean;
  address?: string;
  lat?: number;
  lng?: number;
  regionCode?: string;
  apiKeyId?: string;
  userId?: string | null;
}

/** A resident writes in; the classifier picks the category unless they did. */
export async function createPublicTicket(trx: Transaction<DB>, input: PublicIntake, prepared: PreparedIntake, now: Date): Promise<repo.TicketRow> {
  assertNoEmergency(input.text);
  const s = prepared.suggestion;
  const categoryCode = input.categoryCode ?? s?.category;
  if (!categoryCode) throw new AppError(HOTLINE_ERR.MODEL_UNAVAILABLE);
  return createTicket(trx, {
    ...input,
    categoryCode,
    category: prepared.categories.get(categoryCode),
    callerName: input.name,
    callerPhone: input.phone,
    callerEmail: input.email,
    callerUserId: input.userId ?? null,
    suggested: s ? { categoryCode: s.category, confidence: s.confidence } : null,
    actor: null,
    now,
    cal: prepared.cal,
  });
}

/** An SMS from the SMS platform: an emergency is answered with the number to call; anything else is a ticket. */
export async function receiveSms(ctx: AppContext, input: { from: string; text: string; messageId?: string }, now: Date) {
  if (input.messageId) {
    const existing = await repo.getTicketByExternalId(ctx.db, 'sms', input.messageId);
    if (existing) return { accepted: true, ticketNo: existing.ticket_no, emergency: null, duplicate: true };
  }
  const emergency = detectEmergency(input.text);
  const regionCode = resolveRegion({ text: input.text });
  if (emergency) {
    await recordEmergency(ctx, { ...emergency, text: input.text, channel: 'sms', phone: input.from, actor: null, regionCode });
    const n = emergencyNames(emergency.line);
    await queueNotification(ctx.db, {
      mobile: input.from,
      channels: ['sms'],
      template: 'hotline.emergency',
      params: { line: emergency.line, lineName: n.nameZh, lineNameEn: n.nameEn },
    });
    return { accepted: false, ticketNo: null, emergency: emergency.line, duplicate: false };
  }
  const prepared = await prepareIntake(ctx, input.text, 'sms', { phone: input.from, actor: null, regionCode });
  const s = prepared.suggestion;
  if (!s) throw new AppError(HOTLINE_ERR.MODEL_UNAVAILABLE);
  const row = await ctx.db.transaction().execute((trx) =>
    createTicket(trx, {
      channel: 'sms',
      text: input.text,
      categoryCode: s.category,
      suggested: { categoryCode: s.category, confidence: s.confidence },
      callerPhone: input.from,
      externalId: input.messageId ?? null,
      regionCode,
      actor: null,
      now,
      cal: prepared.cal,
    }),
  );
  return { accepted: true, ticketNo: row.ticket_no, emergency: null, duplicate: false };
}
