import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { TicketStatusColumn } from '../../../db/tables/hotline';
import { recordAudit } from '../../../platform/audit/audit';
import { findChainEvents } from '../../../platform/audit/events.repository';
import { authorize, can, regionFilter } from '../../../platform/auth/policy';
import type { Actor } from '../../../platform/auth/roles';
import { startOfShanghaiDay } from '../../../platform/calendar/shanghai-date';
import { AppError } from '../../../platform/errors';
import { maskMobile } from '../../../platform/ids/mobile';
import { categoryMap, type Category } from '../kb/categories.service';
import { HOTLINE_ERR } from '../hotline.errors';
import { departmentBound, hotlinePolicy, seesCaller, ticketRecord } from '../hotline.policy';
import { findDuplicates } from './merge.service';
import { findTickets } from './tickets.list.repository';
import * as repo from './tickets.repository';
import type { listQuery, ticketDetailSchema, ticketSummarySchema } from './tickets.schemas';
import { OPEN_STATUSES, TICKET_STATUSES, availableActions, type TicketAction, type TicketStatus } from './tickets.state';
import { currentAssignments, factsFor } from './tickets.transition';

/** Reading tickets: the scoped console list, the detail with timeline and actions, a caller's history. */

type Summary = z.infer<typeof ticketSummarySchema>;
type Detail = z.infer<typeof ticketDetailSchema>;

/** A name as lists show it: the family name and stars (王**). */
export function maskName(name: string | null): string | null {
  if (!name) return null;
  const chars = [...name];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

function toSummary(row: repo.TicketRow, cats: Map<string, Category>, caller: { full: boolean }): Summary {
  const cat = cats.get(row.category_code);
  const hidden = row.anonymous && !caller.full;
  return {
    id: row.id,
    ticketNo: row.ticket_no,
    channel: row.channel,
    status: row.status,
    light: row.light,
    text: row.text,
    categoryCode: row.category_code,
    categoryNameZh: cat?.nameZh ?? row.category_code,
    categoryNameEn: cat?.nameEn ?? row.category_code,
    departmentCode: row.department_code,
    departments: row.departments,
    regionCode: row.region_code,
    address: row.address,
    callerName: hidden ? '匿名' : caller.full ? row.caller_name : maskName(row.caller_name),
    callerPhone: hidden || !row.caller_phone ? null : caller.full ? row.caller_phone : maskMobile(row.caller_phone),
    anonymous: row.anonymous,
    repeatCall: row.repeat_call,
    linkedHotline: row.linked_hotline,
    urgency: row.urgency,
    dueAt: row.due_at,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    reopenedCount: row.reopened_count,
    masterTicketId: row.master_ticket_id,
    satisfaction: row.satisfaction,
    version: row.version,
  };
}

/** The scoped, filtered list: district staff see their region, department handlers their department's tickets. */
export async function listTickets(ctx: AppContext, actor: Actor, q: z.infer<typeof listQuery>) {
  authorize(actor, hotlinePolicy, 'ticket.view');
  const statuses = q.status?.split(',').filter((s): s is TicketStatusColumn => (TICKET_STATUSES as readonly string[]).includes(s));
  const [page, cats] = await Promise.all([
    findTickets(ctx.db, {
      status: statuses,
      light: q.light,
      category: q.category,
      department: q.department,
      region: q.region,
      channel: q.channel,
      q: q.q,
      overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
      repeat: q.repeat === undefined ? undefined : q.repeat === 'true',
      from: q.from ? startOfShanghaiDay(q.from) : undefined,
      to: q.to ? new Date(startOfShanghaiDay(q.to).getTime() + 86_400_000) : undefined,
      scopeRegion: regionFilter(actor),
      scopeDepartment: departmentBound(actor) ? (actor.departmentCode ?? '-') : null,
      page: q.page,
      pageSize: q.pageSize,
    }),
    categoryMap(ctx.db),
  ]);
  return { items: page.items.map((r) => toSummary(r, cats, { full: false })), total: page.total, page: q.page, pageSize: q.pageSize };
}

/** A caller's tickets for the agent console (repeat calls), numbers masked like any list. */
export async function findCallerTickets(ctx: AppContext, actor: Actor, phone: string) {
  authorize(actor, hotlinePolicy, 'caller.history');
  const [rows, cats] = await Promise.all([repo.findTicketsByPhone(ctx.db, phone, 50), categoryMap(ctx.db)]);
  const region = regionFilter(actor);
  return { items: rows.filter((r) => !region || r.region_code === region).map((r) => toSummary(r, cats, { full: false })) };
}

function actionsFor(actor: Actor, row: repo.TicketRow, current: repo.AssignmentRow[], cat: Category | undefined): TicketAction[] {
  const facts = factsFor(row, current, actor, { simpleDispatch: !!cat?.simple });
  return availableActions(row.status as TicketStatus, actor.roles, facts).filter((a) => can(actor, hotlinePolicy, a, ticketRecord(row)));
}

/**
 * One ticket with its assignments, timeline, the actions this user can take, duplicates to merge
 * (for the hotline centre) and merged tickets. A full read of the caller's details is audited.
 */
export async function getTicketDetail(ctx: AppContext, actor: Actor, id: string): Promise<Detail> {
  const row = await repo.getTicket(ctx.db, id);
  if (!row) throw new AppError(HOTLINE_ERR.TICKET_NOT_FOUND);
  authorize(actor, hotlinePolicy, 'ticket.view', ticketRecord(row));
  const [all, events, cats, children, master] = await Promise.all([
    repo.findAssignments(ctx.db, id),
    findChainEvents(ctx.db, `ticket:${id}`),
    categoryMap(ctx.db),
    repo.findChildren(ctx.db, id),
    row.master_ticket_id ? repo.getTicket(ctx.db, row.master_ticket_id) : Promise.resolve(undefined),
  ]);
  const names = await repo.findDepartmentNames(
    ctx.db,
    all.map((a) => a.department_code),
  );
  const full = seesCaller(actor, row);
  const dupes =
    OPEN_STATUSES.includes(row.status as TicketStatus) && can(actor, hotlinePolicy, 'duplicates.view', ticketRecord(row))
      ? await findDuplicates(ctx.db, row)
      : [];
  if (full && (row.caller_phone || row.caller_name)) {
    await recordAudit(ctx.db, {
      action: 'hotline.caller_viewed',
      actorId: actor.id,
      actorName: actor.displayName,
      regionCode: actor.regionCode,
      subjectType: 'hotline_ticket',
      subjectId: id,
      data: { ticketNo: row.ticket_no },
    });
  }
  const ext = row.extension;
  return {
    ...toSummary(row, cats, { full }),
    callerEmail: full ? row.caller_email : null,
    callerVisible: full,
    lat: row.lat,
    lng: row.lng,
    limit: { value: row.limit_value, unit: row.limit_unit },
    acceptedAt: row.accepted_at,
    warnAt: row.warn_at,
    schedulePublished: row.schedule_published,
    suggestedCategory: row.suggested_category,
    suggestedConfidence: row.suggested_confidence,
    resolution: row.resolution,
    reply: row.reply,
    repliedAt: row.replied_at,
    repliedOnTime: row.replied_on_time,
    resolved: row.resolved,
    visitedAt: row.visited_at,
    closeNote: row.close_note,
    extension: ext ? { value: ext.value, unit: ext.unit, reason: ext.reason, requestedByName: ext.requestedByName, requestedAt: ext.requestedAt } : null,
    extensionsGranted: row.extensions_granted,
    masterTicketNo: master?.ticket_no ?? null,
    assignments: all.map((a) => ({
      id: a.id,
      departmentCode: a.department_code,
      departmentNameZh: names.get(a.department_code)?.zh ?? a.department_code,
      departmentNameEn: names.get(a.department_code)?.en ?? a.department_code,
      regionCode: a.region_code,
      role: a.role,
      status: a.status,
      round: a.round,
      note: a.note,
      assignedAt: a.assigned_at,
      signDueAt: a.sign_due_at,
      signedAt: a.signed_at,
      signedOnTime: a.signed_at ? new Date(a.signed_at) <= new Date(a.sign_due_at) : null,
      returnedAt: a.returned_at,
      returnReason: a.return_reason,
      returnDecision: a.return_decision,
      repliedAt: a.replied_at,
      reply: a.reply,
    })),
    timeline: events.map((e) => ({ seq: e.seq, action: e.action, actorName: e.actorName, at: e.createdAt, data: e.data })),
    availableActions: actionsFor(actor, row, currentAssignments(row, all), cats.get(row.category_code)),
    duplicates: dupes.map((d) => ({
      id: d.row.id,
      ticketNo: d.row.ticket_no,
      text: d.row.text,
      status: d.row.status,
      address: d.row.address,
      distance: d.distance,
      sameAddress: d.sameAddress,
      createdAt: d.row.created_at,
    })),
    children: children.map((c) => ({ id: c.id, ticketNo: c.ticket_no, status: c.status })),
  };
}
