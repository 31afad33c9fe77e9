import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import { queueNotification } from '../../platform/notifications/notify';
import { notifyStaff, type CaseTemplate } from './cases.notify';
import * as repo from './cases.repository';
import { SYSTEM_ACTOR } from './cases.transition';

/**
 * 特别程序 (hearing, expert review, on-site inspection) pause the case clock, but each has a limit of
 * its own (docs/domain.md, "Special procedures"): when it passes with the case still paused, the
 * handler who started it, the case's departments and the region's supervisors are told, the case
 * shows it, and supervision counts it.
 */

export const SPECIAL_QUEUE = 'cases.special_due';

/** What a case stores while a special procedure runs. */
export interface SpecialProcedure {
  procedure: string;
  limitDays: number;
  startedAt: string;
  /** The staff account that started it (absent on procedures started before this was kept). */
  startedBy?: string | null;
  due: string;
  dueDate: string;
  /** Set by the timer when the procedure's own limit passed with the case still paused. */
  overdueAt?: string;
}

/** Handles the timer of one special procedure; does nothing when it ended or another one started. */
export async function handleSpecialDueJob(ctx: AppContext, payload: { caseId: string; startedAt: string }, now: Date): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockCase(trx, payload.caseId);
    const special = row?.special as unknown as SpecialProcedure | null;
    if (!row || row.status !== 'special_procedure' || !special || special.startedAt !== payload.startedAt || special.overdueAt) return;
    // A job that runs early (clock skew between nodes) waits for the real deadline.
    if (now.getTime() <= new Date(special.due).getTime()) throw new Error(`case ${row.id}: special procedure due ${special.due} not reached yet`);
    const marked: SpecialProcedure = { ...special, overdueAt: now.toISOString() };
    await repo.setSpecial(trx, row.id, JSON.stringify(marked));
    await appendEvent(trx, {
      chain: `case:${row.id}`,
      action: 'case.special_overdue',
      actorName: SYSTEM_ACTOR.name,
      subjectType: 'case',
      subjectId: row.id,
      regionCode: row.region_code,
      data: { procedure: special.procedure, limitDays: special.limitDays, due: special.due },
      at: now,
    });
    await alertSpecialOverdue(trx, row, marked);
  });
}

async function alertSpecialOverdue(trx: Transaction<DB>, row: repo.CaseRow, special: SpecialProcedure): Promise<void> {
  const params = { procedure: special.procedure, limitDays: special.limitDays, dueDate: special.dueDate };
  const template: CaseTemplate = 'case.special_overdue';
  const already = new Set<string>();
  if (special.startedBy) {
    already.add(special.startedBy);
    await queueNotification(trx, {
      userId: special.startedBy,
      channels: ['inapp'],
      template,
      params: { caseNo: row.case_no ?? '', itemName: row.item_name, ...params },
      subjectType: 'case',
      subjectId: row.id,
    });
  }
  if (row.departments.length) await notifyStaff(trx, row, ['reviewer', 'approver'], row.departments, template, params, already);
  await notifyStaff(trx, row, ['supervisor'], undefined, template, params);
}
