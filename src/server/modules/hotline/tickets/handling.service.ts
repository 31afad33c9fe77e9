import type { ActionBody } from './actions.schemas';
import { inviteTicketRating } from '../../ratings';
import { formatInstant, notifyCaller, notifyStaff, textable } from '../hotline.notify';
import { followMaster } from './merge.service';
import { extendLines } from './tickets.clock';
import { limitText } from './tickets.labels';
import * as repo from './tickets.repository';
import type { ActionHandler } from './tickets.transition';

/**
 * 限时办结 at the department: signing (签收), sending back (退单), asking for more time (延期),
 * and replying (答复); plus the dispatcher's decision on an extension.
 */

/** 签收: the department takes the ticket on (the lead’s signature starts the work). */
export const signHandler: ActionHandler<ActionBody<'sign'>> = async ({ trx, mine, actor, now, body }) => {
  // The state table has checked that the actor's department holds a pending assignment.
  const asg = mine!;
  await repo.updateAssignment(trx, asg.id, { status: 'signed', signed_at: now, signed_by: actor.id });
  return { event: { department: asg.department_code, role: asg.role, onTime: now <= new Date(asg.sign_due_at), ...(body.note ? { note: body.note } : {}) } };
};

/** 退单: the lead department sends the ticket back to the dispatcher with a reason. */
export const returnHandler: ActionHandler<ActionBody<'return'>> = async ({ trx, row, mine, now, body }) => {
  const asg = mine!;
  await repo.updateAssignment(trx, asg.id, { status: 'returned', returned_at: now, return_reason: body.reason, return_decision: null });
  const names = await repo.findDepartmentNames(trx, [asg.department_code]);
  return {
    patch: { resume_status: row.status, extension: null },
    event: { department: asg.department_code, reason: body.reason },
    after: async (stored) =>
      notifyStaff(trx, stored, ['dispatcher'], null, 'hotline.returned', {
        department: names.get(asg.department_code)?.zh ?? asg.department_code,
        reason: body.reason,
      }),
  };
};

/** 延期申请: the lead asks the dispatcher for more time. */
export const requestExtensionHandler: ActionHandler<ActionBody<'request_extension'>> = async ({ trx, mine, actor, now, body }) => {
  const asg = mine!;
  const extension = {
    value: body.value,
    unit: body.unit,
    reason: body.reason,
    requestedBy: actor.id,
    requestedByName: actor.displayName,
    requestedAt: now.toISOString(),
  };
  const names = await repo.findDepartmentNames(trx, [asg.department_code]);
  return {
    patch: { extension: JSON.stringify(extension) },
    event: { value: body.value, unit: body.unit, reason: body.reason },
    after: async (stored) =>
      notifyStaff(trx, stored, ['dispatcher'], null, 'hotline.extension_requested', {
        department: names.get(asg.department_code)?.zh ?? asg.department_code,
        amount: limitText(body).zh,
        reason: body.reason,
      }),
  };
};

/** The dispatcher grants the extension: the lines move. */
export const approveExtensionHandler: ActionHandler<ActionBody<'approve_extension'>> = async ({ trx, row, cal, body }) => {
  const ext = row.extension!;
  const lines = extendLines(cal, new Date(row.accepted_at), new Date(row.due_at), { value: ext.value, unit: ext.unit });
  return {
    patch: { extension: null, extensions_granted: row.extensions_granted + 1, warn_at: lines.warnAt, due_at: lines.dueAt, schedule_published: lines.published },
    event: {
      value: ext.value,
      unit: ext.unit,
      previousDueAt: new Date(row.due_at).toISOString(),
      dueAt: lines.dueAt.toISOString(),
      ...(body.note ? { note: body.note } : {}),
    },
    after: async (stored) =>
      notifyStaff(trx, stored, ['dept_handler'], stored.departments.slice(0, 1), 'hotline.extension_decided', {
        resultZh: '已批准',
        resultEn: 'approved',
        due: formatInstant(lines.dueAt),
      }),
  };
};

/** The dispatcher refuses the extension: the limit stays. */
export const rejectExtensionHandler: ActionHandler<ActionBody<'reject_extension'>> = async ({ trx, row, body }) => ({
  patch: { extension: null },
  event: { note: body.note, requested: row.extension },
  after: async (stored) =>
    notifyStaff(trx, stored, ['dept_handler'], stored.departments.slice(0, 1), 'hotline.extension_decided', {
      resultZh: `未批准（${body.note}）`,
      resultEn: `rejected (${body.note})`,
      due: formatInstant(new Date(stored.due_at)),
    }),
});

/**
 * 答复: an assisting department reports to the lead; the lead’s reply goes to the caller by SMS,
 * with a single-use link to rate the service unless the ticket is rated already (docs/domain.md §10).
 */
export const replyHandler: ActionHandler<ActionBody<'reply'>> = async ({ ctx, trx, row, mine, actor, now, body }) => {
  const asg = mine!;
  await repo.updateAssignment(trx, asg.id, { status: 'replied', replied_at: now, reply: body.reply });
  if (asg.role !== 'lead') return { event: { department: asg.department_code, role: 'assist', reply: body.reply } };
  const onTime = now <= new Date(row.due_at);
  const names = await repo.findDepartmentNames(trx, [asg.department_code]);
  const department = names.get(asg.department_code)?.zh ?? asg.department_code;
  return {
    patch: { reply: body.reply, replied_at: now, replied_by: actor.id, replied_on_time: onTime, resolution: 'handled', extension: null },
    event: { department: asg.department_code, role: 'lead', reply: body.reply, onTime },
    after: async (stored) => {
      const rateUrl = textable(stored) ? await inviteTicketRating(trx, ctx.config, stored.id, now) : null;
      if (rateUrl) await notifyCaller(trx, stored, 'hotline.replied_rate', { reply: body.reply, department, rateUrl, days: ctx.config.ratingLinkDays });
      else await notifyCaller(trx, stored, 'hotline.replied', { reply: body.reply, department });
      await followMaster(trx, stored, 'replied', { now, actorId: actor.id, actorName: actor.displayName, department });
    },
  };
};
