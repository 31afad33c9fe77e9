import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types';
import { CITY_REGION, type Actor } from '../../../platform/auth/roles';
import type { WorkCalendar } from '../../../platform/calendar/work-calendar';
import { AppError } from '../../../platform/errors';
import type { ActionBody, AssignmentInput, DispatchInput } from './actions.schemas';
import { getActiveCategory, type Category } from '../kb/categories.service';
import { insertCorrection } from '../classifier/model.repository';
import { HOTLINE_ERR } from '../hotline.errors';
import { formatInstant, notifyStaff } from '../hotline.notify';
import { syncChildren } from './merge.service';
import { computeLines, signDueAt } from './tickets.clock';
import * as repo from './tickets.repository';
import { applyChange, type ActionHandler } from './tickets.transition';

/**
 * 分类转接: sending a ticket to one department, to several with one lead (多部门联动) or down to a
 * district; changing it (改派); and the dispatcher's review of a 退单.
 */

/** The departments a dispatch goes to: the given ones checked, or the category's own department. */
async function planDepartments(trx: Transaction<DB>, category: Category, input: AssignmentInput[] | undefined): Promise<AssignmentInput[]> {
  const plan = input?.length ? input : [{ departmentCode: category.departmentCode, role: 'lead' as const }];
  if (plan.filter((p) => p.role === 'lead').length !== 1) throw new AppError(HOTLINE_ERR.ONE_LEAD_REQUIRED);
  const codes = plan.map((p) => p.departmentCode);
  if (new Set(codes).size !== codes.length) throw new AppError(HOTLINE_ERR.DUPLICATE_DEPARTMENT);
  const existing = await repo.findExistingDepartments(trx, codes);
  const unknown = codes.find((c) => !existing.has(c));
  if (unknown) throw new AppError(HOTLINE_ERR.DEPARTMENT_UNKNOWN, { department: unknown });
  for (const p of plan)
    if (p.regionCode && !(await repo.regionExists(trx, p.regionCode))) throw new AppError(HOTLINE_ERR.REGION_UNKNOWN, { region: p.regionCode });
  // Lead first, so `departments[0]` is always the lead.
  return [...plan].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
}

/** Whether a hotline agent may send this dispatch without a dispatcher. */
export async function isSimpleDispatch(trx: Transaction<DB>, row: repo.TicketRow, body: DispatchInput): Promise<boolean> {
  const category = await getActiveCategory(trx, body.categoryCode ?? row.category_code);
  const d = body.departments;
  const own = !d || (d.length === 1 && d[0].departmentCode === category.departmentCode && !d[0].regionCode);
  return category.simple && own;
}

/** The patch for a new category: its limit replaces the ticket's, counted from acceptance. */
async function recategorize(
  trx: Transaction<DB>,
  row: repo.TicketRow,
  code: string | undefined,
  actor: Actor,
  cal: WorkCalendar,
): Promise<{ category: Category; patch: repo.TicketPatch }> {
  const category = await getActiveCategory(trx, code ?? row.category_code);
  if (category.code === row.category_code) return { category, patch: {} };
  await insertCorrection(trx, { ticketId: row.id, text: row.text, suggested: row.category_code, chosen: category.code, actorId: actor.id });
  const lines = computeLines(cal, new Date(row.accepted_at), category.limit);
  return {
    category,
    patch: {
      category_code: category.code,
      urgency: category.urgency,
      limit_value: category.limit.value,
      limit_unit: category.limit.unit,
      linked_hotline: category.linkedHotline,
      warn_at: lines.warnAt,
      due_at: lines.dueAt,
      schedule_published: lines.published,
    },
  };
}

interface Sent {
  patch: repo.TicketPatch;
  event: Record<string, unknown>;
  after: (row: repo.TicketRow) => Promise<void>;
}

/** Creates the assignments of a dispatch and says what changes on the ticket. */
async function send(
  a: { trx: Transaction<DB>; row: repo.TicketRow; actor: Actor; now: Date; cal: WorkCalendar },
  input: DispatchInput | Omit<DispatchInput, 'version'>,
): Promise<Sent> {
  const { trx, row, actor, now, cal } = a;
  const { category, patch } = await recategorize(trx, row, input.categoryCode, actor, cal);
  const plan = await planDepartments(trx, category, input.departments);
  const urgency = patch.urgency ?? row.urgency;
  const signDue = signDueAt(cal, now, urgency);
  await repo.insertAssignments(
    trx,
    plan.map((p) => ({
      ticket_id: row.id,
      department_code: p.departmentCode,
      region_code: p.regionCode ?? CITY_REGION,
      role: p.role,
      status: 'pending' as const,
      round: row.reopened_count + 1,
      note: input.note ?? null,
      assigned_at: now,
      assigned_by: actor.id,
      sign_due_at: signDue,
    })),
  );
  const departments = plan.map((p) => p.departmentCode);
  return {
    patch: { ...patch, departments, department_code: departments[0], dispatched_at: now, resume_status: null, extension: null },
    event: { departments: plan, category: category.code, signDueAt: signDue.toISOString(), ...(input.note ? { note: input.note } : {}) },
    after: async (stored) => {
      await syncChildren(trx, stored);
      for (const p of plan) {
        await notifyStaff(trx, stored, ['dept_handler'], [p.departmentCode], 'hotline.assigned', {
          category: category.nameZh,
          roleZh: p.role === 'lead' ? '主办' : '协办',
          roleEn: p.role,
          signDue: formatInstant(signDue),
          due: formatInstant(new Date(stored.due_at)),
        });
      }
    },
  };
}

/** 派单: assignments for the departments (or the category’s own), the category confirmed or changed. */
export const dispatchHandler: ActionHandler<ActionBody<'dispatch'>> = async (a) => send(a, a.body);

/** 改派: the current departments are withdrawn and the ticket goes to new ones. */
export const transferHandler: ActionHandler<ActionBody<'transfer'>> = async (a) => {
  for (const asg of a.current) await repo.updateAssignment(a.trx, asg.id, { status: 'withdrawn' });
  const sent = await send(a, a.body);
  return { ...sent, event: { ...sent.event, reason: a.body.reason, withdrawn: a.current.map((x) => x.department_code) } };
};

/** The dispatcher accepts a 退单: every department is released; optionally dispatched again at once. */
export const approveReturnHandler: ActionHandler<ActionBody<'approve_return'>> = async (a) => {
  const { trx, actor, body, now, cal } = a;
  for (const asg of a.current) {
    if (asg.status === 'returned') await repo.updateAssignment(trx, asg.id, { return_decision: 'approved' });
    else await repo.updateAssignment(trx, asg.id, { status: 'withdrawn' });
  }
  const redispatch = body.redispatch;
  return {
    patch: { departments: [], department_code: null, resume_status: null, extension: null },
    event: body.note ? { note: body.note } : {},
    next: redispatch
      ? async (stored) => {
          const sent = await send({ trx, row: stored, actor, now, cal }, redispatch);
          return applyChange(trx, stored, { action: 'ticket.dispatch', to: 'dispatched', ...sent, now, actorId: actor.id, actorName: actor.displayName });
        }
      : undefined,
  };
};

/** The dispatcher refuses a 退单: the department holds the ticket again (with a fresh signing limit if it had not signed). */
export const rejectReturnHandler: ActionHandler<ActionBody<'reject_return'>> = async (a) => {
  const { trx, now, cal, body } = a;
  const returned = a.current.find((x) => x.status === 'returned');
  if (returned) {
    const signed = !!returned.signed_at;
    await repo.updateAssignment(trx, returned.id, {
      status: signed ? 'signed' : 'pending',
      return_decision: 'rejected',
      sign_due_at: signed ? returned.sign_due_at : signDueAt(cal, now, a.row.urgency),
    });
  }
  return {
    patch: { resume_status: null },
    event: { note: body.note },
    after: async (stored) => {
      if (returned) await notifyStaff(trx, stored, ['dept_handler'], [returned.department_code], 'hotline.return_rejected', { note: body.note });
    },
  };
};
