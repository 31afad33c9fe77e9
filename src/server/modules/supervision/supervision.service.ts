import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent, findChainEvents } from '../../platform/audit/events.repository';
import { authorize } from '../../platform/auth/policy';
import { CITY_REGION, type Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/work-calendar';
import { AppError } from '../../platform/errors';
import { ORDER_ERR } from './supervision.errors';
import { orderLight, orderLines } from './supervision.lines';
import { notifyOpened } from './supervision.notify';
import { authorizeOpening, authorizeOrder, LEADERSHIP_LEVEL, supervisionPolicy } from './supervision.policy';
import * as repo from './supervision.repository';
import {
  ORDER_MAX_WORKDAYS,
  ORDER_MIN_WORKDAYS,
  type CreateOrderInput,
  type EscalationLevel,
  type OrderAction,
  type OrderActionInput,
  type OrderDetail,
  type OrderListQuery,
  type OrderRef,
  type OrderStatus,
} from './supervision.schemas';
import { availableActions, DEPARTMENT_ROLES } from './supervision.state';
import { resolveSubject, type OrderSubject } from './supervision.subjects';
import { actOnOrder } from './supervision.transition';

/**
 * 跟踪督办 (docs/domain.md S25): a supervisor — or the 12345 centre, for a ticket — orders the
 * department that holds a case, ticket or rectification (or a department as a whole) to put
 * something right within N working days. Opening is checked before the transaction (the subject
 * is read through other modules' doors) and written in it with its first chained event and the
 * department's notices.
 */

/** What opening an order needs, checked and computed before its transaction. */
export interface OrderPlan {
  subject: OrderSubject;
  departmentCode: string;
  regionCode: string;
  input: CreateOrderInput;
  lines: ReturnType<typeof orderLines>;
}

/** Checks who opens the order on what, and computes its deadline; throws the refusal otherwise. */
export async function planOrder(ctx: AppContext, actor: Actor, input: CreateOrderInput, now: Date): Promise<OrderPlan> {
  authorizeOpening(actor);
  if (!actor.roles.includes('supervisor') && input.subjectKind !== 'ticket') throw new AppError(ORDER_ERR.HOTLINE_TICKETS_ONLY);
  if (input.workdays < ORDER_MIN_WORKDAYS || input.workdays > ORDER_MAX_WORKDAYS) {
    throw new AppError(ORDER_ERR.WORKDAYS_INVALID, { workdays: input.workdays });
  }
  const subject = await resolveSubject(ctx.db, input.subjectKind, input.subjectId);
  if (subject.regionCode && actor.regionCode !== CITY_REGION && subject.regionCode !== actor.regionCode) throw new AppError(ORDER_ERR.SUBJECT_OTHER_REGION);
  const departmentCode = await responsibleDepartment(ctx, subject, input.departmentCode);
  const lines = orderLines(await ctx.calendar.get(), now, input.workdays);
  return { subject, departmentCode, regionCode: subject.regionCode ?? actor.regionCode, input, lines };
}

/** The department that holds the subject by default; a named one must be a holder (or, with no holder yet, exist). */
async function responsibleDepartment(ctx: AppContext, subject: OrderSubject, named: string | undefined): Promise<string> {
  if (!named) {
    if (subject.holders.length === 0) throw new AppError(ORDER_ERR.DEPARTMENT_REQUIRED);
    return subject.holders[0];
  }
  if (subject.holders.length > 0) {
    if (!subject.holders.includes(named)) throw new AppError(ORDER_ERR.DEPARTMENT_MISMATCH, { holders: subject.holders.join('、') });
    return named;
  }
  if (!(await repo.findDepartmentName(ctx.db, named))) throw new AppError(ORDER_ERR.DEPARTMENT_NOT_FOUND, { department: named });
  return named;
}

/** Opens a planned order in the caller's transaction: the row, its first event, the department's notices. */
export async function openOrder(trx: Transaction<DB>, actor: Actor, plan: OrderPlan, now: Date): Promise<OrderRef> {
  const { subject, input, lines } = plan;
  const opener = actor.roles.includes('supervisor') ? 'supervisor' : 'hotline_agent';
  const o = await repo.insertOrder(trx, {
    order_no: await repo.nextOrderNo(trx, toShanghaiDate(now).slice(0, 4)),
    subject_kind: subject.kind,
    subject_id: subject.id,
    subject_label: subject.label,
    subject_case_id: subject.caseId,
    problem: input.problem.trim(),
    demand: input.demand.trim(),
    workdays: input.workdays,
    department_code: plan.departmentCode,
    region_code: plan.regionCode,
    opened_by: actor.id,
    opener_name: actor.displayName,
    opener_role: opener,
    status: 'open',
    opened_at: now,
    assessment_due: lines.assessmentDue,
    due_at: lines.dueAt,
    schedule_published: lines.published,
    next_escalation_at: lines.dueAt,
    updated_at: now,
  });
  await appendEvent(trx, {
    chain: `supervision_order:${o.id}`,
    action: 'supervision_order.open',
    actorId: actor.id,
    actorName: actor.displayName,
    subjectType: 'supervision_order',
    subjectId: o.id,
    regionCode: o.region_code,
    data: {
      to: 'open',
      version: 1,
      subjectKind: subject.kind,
      subjectId: subject.id,
      department: plan.departmentCode,
      workdays: input.workdays,
      dueAt: lines.dueAt.toISOString(),
      note: o.problem,
    },
    at: now,
  });
  await notifyOpened(trx, o);
  return { id: o.id, orderNo: o.order_no, status: 'open', version: 1 };
}

/** Plans and opens an order in one go (the demo, jobs, other modules). */
export async function createOrder(ctx: AppContext, actor: Actor, input: CreateOrderInput, now: Date): Promise<OrderRef> {
  const plan = await planOrder(ctx, actor, input, now);
  return ctx.db.transaction().execute((trx) => openOrder(trx, actor, plan, now));
}

function itemOut(o: repo.OrderRow, now: Date) {
  const status = o.status as OrderStatus;
  return {
    id: o.id,
    orderNo: o.order_no,
    subjectKind: o.subject_kind,
    subjectId: o.subject_id,
    subjectLabel: o.subject_label,
    subjectCaseId: o.subject_case_id,
    problem: o.problem,
    status,
    version: o.version,
    departmentCode: o.department_code,
    regionCode: o.region_code,
    openerName: o.opener_name,
    workdays: o.workdays,
    openedAt: o.opened_at,
    dueAt: o.due_at,
    light: orderLight({ status, assessmentDue: o.assessment_due, dueAt: o.due_at, answeredAt: o.answered_at }, now),
    escalationLevel: o.escalation_level as EscalationLevel,
  };
}

/**
 * The orders the caller reaches: supervisors and the middle office their region's; the 12345 centre its region's ticket
 * orders; the department's people their department's; the city leadership those escalated to it.
 */
export async function listOrders(ctx: AppContext, actor: Actor, q: OrderListQuery, now: Date) {
  authorize(actor, supervisionPolicy, 'order.view');
  const supervisor = actor.roles.includes('supervisor') || actor.roles.includes('dispatcher');
  const department = !supervisor && actor.roles.some((r) => DEPARTMENT_ROLES.includes(r));
  const hotline = !supervisor && !department && actor.roles.includes('hotline_agent');
  const leader = !supervisor && !department && !hotline && actor.roles.includes('city_leader');
  const region = actor.regionCode === CITY_REGION ? null : actor.regionCode;
  const filter: repo.OrderFilter = {
    regionCode: region,
    departmentCode: department ? (actor.departmentCode ?? '-') : null,
    subjectKinds: hotline ? ['ticket'] : null,
    minLevel: leader ? LEADERSHIP_LEVEL : q.escalated === 'true' ? 1 : null,
    status: q.status ?? null,
    light: q.light ?? null,
    subjectKind: q.subjectKind ?? null,
    subjectId: q.subjectId ?? null,
  };
  const { rows, total } = await repo.listOrders(ctx.db, filter, q.page, q.pageSize, now);
  return { items: rows.map((r) => itemOut(r, now)), total, page: q.page, pageSize: q.pageSize };
}

/** One order with its attachments, its timeline from its hash chain and what the caller may do now. */
export async function getOrder(ctx: AppContext, actor: Actor, id: string, now: Date): Promise<OrderDetail> {
  const o = await repo.findOrder(ctx.db, id);
  if (!o) throw new AppError(ORDER_ERR.ORDER_NOT_FOUND);
  authorizeOrder(actor, 'order.view', o);
  const [files, events] = await Promise.all([repo.findOrderFiles(ctx.db, o.id), findChainEvents(ctx.db, `supervision_order:${o.id}`)]);
  return {
    ...itemOut(o, now),
    demand: o.demand,
    assessmentDue: o.assessment_due,
    schedulePublished: o.schedule_published,
    answer: o.answer,
    answeredAt: o.answered_at,
    answeredByName: o.answered_by_name,
    answerRounds: o.answer_rounds,
    returnReason: o.return_reason,
    returnedAt: o.returned_at,
    acceptNote: o.accept_note,
    acceptedAt: o.accepted_at,
    escalated1At: o.escalated1_at,
    escalated2At: o.escalated2_at,
    nextEscalationAt: o.next_escalation_at,
    files,
    timeline: events.map((e) => ({
      action: e.action,
      at: e.createdAt,
      actorName: e.actorName ?? '',
      from: typeof e.data.from === 'string' ? e.data.from : null,
      to: typeof e.data.to === 'string' ? e.data.to : null,
      note: typeof e.data.note === 'string' ? e.data.note : null,
      level: typeof e.data.level === 'number' ? e.data.level : null,
    })),
    availableActions: availableFor(actor, o),
  };
}

/** The actions the caller could take now, from the rule table and the policy's reach. */
function availableFor(actor: Actor, o: repo.OrderRow): OrderAction[] {
  const facts = { noteGiven: true, openerSide: actor.roles.includes(o.opener_role) };
  return availableActions(o.status as OrderStatus, actor.roles, facts).filter((a) => {
    try {
      authorizeOrder(actor, a, o);
      return true;
    } catch {
      return false;
    }
  });
}

/** A step on an order: the department answers; the opener's side accepts or returns it. */
export function performOrderAction(ctx: AppContext, actor: Actor, id: string, action: OrderAction, body: OrderActionInput, now: Date): Promise<OrderRef> {
  return actOnOrder(ctx, actor, id, action, body, now);
}

/** Whether the actor reaches an order the file is attached to (the file route's access rule). */
export async function mayReadOrderFile(ctx: AppContext, actor: Actor, fileId: string): Promise<boolean> {
  for (const o of await repo.findOrdersOfFile(ctx.db, fileId)) {
    try {
      authorizeOrder(actor, 'order.view', o);
      return true;
    } catch {
      // Not this one; another order may hold the same file.
    }
  }
  return false;
}
