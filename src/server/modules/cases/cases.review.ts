import { AppError } from '../../platform/errors';
import { dateOf } from './cases.accept';
import { CASE_ERR } from './cases.errors';
import { joinList, notifyApplicant, notifyStaff } from './cases.notify';
import * as repo from './cases.repository';
import type { ActionBody } from './cases.schemas';
import { joinLanes, type LaneStatus } from './cases.state';
import { SPECIAL_QUEUE, type SpecialProcedure } from './cases.special';
import type { ActionCtx, ActionHandler } from './cases.transition';

/** Back office (后台分类审批): review, decision, special procedures, returning a case. */

/** Special procedures every item may use (docs/domain.md S7), besides those the item lists. */
export const STANDARD_SPECIAL_PROCEDURES = ['听证', '专家评审', '现场核查'];

interface LaneOpinion {
  review?: { opinion: string; recommendation: 'approve' | 'deny'; by: string };
  decision?: { decision: 'approved' | 'denied'; opinion?: string; reasons?: string[]; legalBasis?: string[]; resultCode?: string; by: string };
}

function myLane(a: ActionCtx<unknown>): repo.LaneRow {
  // The rule already checked the actor's department has a lane; this finds it.
  return a.lanes.find((l) => l.department_code === a.actor.departmentCode)!;
}

function lanesAfter(a: ActionCtx<unknown>, status: LaneStatus): LaneStatus[] {
  return a.lanes.map((l) => (l.department_code === a.actor.departmentCode ? status : l.status));
}

/** 审查 of the actor's department lane; when the last lane is reviewed the approvers are told. */
export const review: ActionHandler<ActionBody<'review'>> = async (a) => {
  const lane = myLane(a);
  const opinion: LaneOpinion = {
    ...(lane.opinion as LaneOpinion | null),
    review: { opinion: a.body.opinion, recommendation: a.body.recommendation, by: a.actor.displayName },
  };
  await repo.updateLane(a.trx, a.row.id, lane.department_code, {
    status: 'reviewed',
    reviewed_by: a.actor.id,
    reviewed_at: a.now,
    opinion: JSON.stringify(opinion),
  });
  return {
    lanes: lanesAfter(a, 'reviewed'),
    event: { department: lane.department_code, recommendation: a.body.recommendation },
    after: async (r, lines) => {
      if (r.status === 'reviewed')
        await notifyStaff(a.trx, r, ['approver'], r.departments, 'case.assigned', {
          stepZh: '决定',
          stepEn: 'decision',
          promisedDate: dateOf(lines.promisedDue),
        });
    },
  };
};

/** approve / deny of one lane; when the last lane decides, the case's decision is the join of all. */
function decide(decision: 'approved' | 'denied'): ActionHandler<ActionBody<'approve'> | ActionBody<'deny'>> {
  return async (a) => {
    const lane = myLane(a);
    const b = a.body as Partial<ActionBody<'deny'> & ActionBody<'approve'>>;
    const mine: LaneOpinion['decision'] = {
      decision,
      by: a.actor.displayName,
      ...(b.opinion ? { opinion: b.opinion } : {}),
      ...(b.reasons ? { reasons: b.reasons, legalBasis: b.legalBasis } : {}),
      ...(b.resultCode ? { resultCode: b.resultCode } : {}),
    };
    const opinion: LaneOpinion = { ...(lane.opinion as LaneOpinion | null), decision: mine };
    await repo.updateLane(a.trx, a.row.id, lane.department_code, {
      status: decision,
      decided_by: a.actor.id,
      decided_at: a.now,
      opinion: JSON.stringify(opinion),
    });
    const statuses = lanesAfter(a, decision);
    const joined = joinLanes(statuses);
    const done = joined === 'approved' || joined === 'denied';
    const all = a.lanes.map((l) => ({
      department: l.department_code,
      ...(l.department_code === lane.department_code ? mine : (l.opinion as LaneOpinion | null)?.decision),
    }));
    const data = {
      lanes: all,
      reasons: all.flatMap((l) => l.reasons ?? []),
      legalBasis: all.flatMap((l) => l.legalBasis ?? []),
      resultCode: all.find((l) => l.resultCode)?.resultCode ?? null,
    };
    return {
      lanes: statuses,
      patch: done ? { decision: joined, decided_at: a.now, decision_data: JSON.stringify(data) } : {},
      event: {
        department: lane.department_code,
        ...(b.reasons ? { reasons: b.reasons, legalBasis: b.legalBasis } : {}),
        ...(b.resultCode ? { resultCode: b.resultCode } : {}),
      },
      after: async (r) => {
        if (r.status === 'approved') await notifyApplicant(a.trx, r, 'case.approved', {});
        if (r.status === 'denied') await notifyApplicant(a.trx, r, 'case.denied', { reasons: joinList(data.reasons), legalBasis: joinList(data.legalBasis) });
      },
    };
  };
}

/** 准予许可 of the actor's lane. */
export const approve = decide('approved');
/** 不予许可 of the actor's lane, with reasons and legal basis. */
export const deny = decide('denied');

/** 特别程序 (hearing, expert review, on-site inspection): the clock pauses; the procedure has its own limit. */
export const startSpecial: ActionHandler<ActionBody<'start_special'>> = async ({ ctx, trx, row, item, actor, body, now, cal }) => {
  const allowed = new Set([...(item.specialProcedures ?? []), ...STANDARD_SPECIAL_PROCEDURES]);
  if (!allowed.has(body.procedure)) throw new AppError(CASE_ERR.SPECIAL_PROCEDURE_UNKNOWN, { procedure: body.procedure }, { allowed: [...allowed] });
  const due = cal.deadlineAfter(now, body.limitDays);
  const special: SpecialProcedure = {
    procedure: body.procedure,
    limitDays: body.limitDays,
    startedAt: now.toISOString(),
    startedBy: actor.id,
    due: due.due.toISOString(),
    dueDate: due.dueDate,
  };
  return {
    patch: { special: JSON.stringify(special), resume_status: row.status },
    event: { special },
    // The procedure's own limit: when it passes with the case still paused, handler and supervisors hear of it.
    after: () =>
      ctx.jobs
        .send(
          SPECIAL_QUEUE,
          { caseId: row.id, startedAt: special.startedAt },
          { runAt: new Date(due.due.getTime() + 1), singletonKey: `special:${row.id}:${special.startedAt}` },
          trx,
        )
        .then(() => undefined),
  };
};

/** Ends the special procedure: the clock runs again from where it stopped. */
export const endSpecial: ActionHandler<ActionBody<'end_special'>> = async ({ row, body }) => ({
  patch: { special: null, resume_status: null },
  event: { procedure: (row.special as { procedure?: string } | null)?.procedure ?? null, ...(body.outcome ? { outcome: body.outcome } : {}) },
});

/** 退件: the case goes back to the applicant with every reason. */
export const returnCase: ActionHandler<ActionBody<'return'>> = async ({ trx, body }) => ({
  patch: { decision_data: JSON.stringify({ returnReasons: body.reasons }) },
  event: { reasons: body.reasons },
  after: (r) => notifyApplicant(trx, r, 'case.returned', { reasons: joinList(body.reasons) }),
});
