import type { ActionBody } from './actions.schemas';
import { formatInstant, notifyStaff } from '../hotline.notify';
import { followMaster } from './merge.service';
import { computeLines, signDueAt } from './tickets.clock';
import * as repo from './tickets.repository';
import { visitOutcome } from './tickets.state';
import type { ActionHandler } from './tickets.transition';

/**
 * 回访 and 办结: the caller's verdict closes the ticket, or reopens it once (重办) with a new limit
 * for the same departments; a second bad verdict closes it with a note. Merged tickets follow.
 */

const UNRESOLVED_NOTE = '重办后来电人仍不满意或问题未解决，按规定办结并记录在案';

/** 回访: closes the ticket, or reopens it once (重办) for the same departments with a new limit. */
export const returnVisitHandler: ActionHandler<ActionBody<'return_visit'>> = async ({ trx, row, current, actor, now, cal, body }) => {
  const outcome = visitOutcome({ satisfaction: body.satisfaction, resolved: body.resolved }, row.reopened_count);
  const visit = { satisfaction: body.satisfaction, resolved: body.resolved, visited_at: now };
  const event = { satisfaction: body.satisfaction, resolved: body.resolved, outcome, ...(body.note ? { note: body.note } : {}) };
  if (outcome !== 'reopen') {
    const closeNote = outcome === 'close_unresolved' ? [UNRESOLVED_NOTE, body.note].filter(Boolean).join('；') : (body.note ?? null);
    return {
      patch: { ...visit, close_note: closeNote },
      event,
      after: async (stored) => followMaster(trx, stored, 'closed', { now, actorId: actor.id, actorName: actor.displayName }),
    };
  }
  // 重办: a new round for the same departments, already signed for, with the category's limit from now.
  const lines = computeLines(cal, now, { value: row.limit_value, unit: row.limit_unit });
  const round = row.reopened_count + 2;
  const departments = current.map((a) => a.department_code);
  await repo.insertAssignments(
    trx,
    current.map((a) => ({
      ticket_id: row.id,
      department_code: a.department_code,
      region_code: a.region_code,
      role: a.role,
      status: 'signed' as const,
      round,
      note: '回访不满意，重办',
      assigned_at: now,
      assigned_by: actor.id,
      sign_due_at: signDueAt(cal, now, row.urgency),
      signed_at: now,
      signed_by: actor.id,
    })),
  );
  const reasonZh = body.satisfaction === 'unsatisfied' ? '不满意' : '问题未解决';
  return {
    patch: {
      ...visit,
      reopened_count: row.reopened_count + 1,
      accepted_at: now,
      warn_at: lines.warnAt,
      due_at: lines.dueAt,
      schedule_published: lines.published,
      // The first reply stays until the new one replaces it: the console shows it as the previous
      // answer, and it counted in the period it was given.
      extension: null,
    },
    event: { ...event, previousReply: row.reply, dueAt: lines.dueAt.toISOString(), round },
    after: async (stored) =>
      notifyStaff(trx, stored, ['dept_handler'], departments, 'hotline.reopened', {
        reasonZh,
        reasonEn: body.satisfaction === 'unsatisfied' ? 'unsatisfied' : 'not resolved',
        due: formatInstant(lines.dueAt),
      }),
  };
};

/** 办结 by the hotline centre: an invalid or duplicate ticket, or one replied but unreachable for the visit. */
export const closeHandler: ActionHandler<ActionBody<'close'>> = async ({ trx, row, current, actor, now, body }) => {
  // Closing a ticket no department finished (invalid, duplicate, withdrawn by the caller) releases its assignments.
  if (row.status !== 'replied') for (const a of current.filter((x) => x.status !== 'returned')) await repo.updateAssignment(trx, a.id, { status: 'withdrawn' });
  return {
    patch: { close_note: body.note, ...(row.status !== 'replied' ? { departments: [], department_code: null } : {}) },
    event: { note: body.note },
    after: async (stored) => followMaster(trx, stored, 'closed', { now, actorId: actor.id, actorName: actor.displayName }),
  };
};
