import type { AppContext } from '../../context';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { runTransition, type Handler, type Machine } from '../../platform/workflow/engine';
import { RATING_ERR } from './ratings.errors';
import { notifyAppealed, notifyRectified } from './ratings.notify';
import { authorizeRectification } from './ratings.policy';
import * as repo from './ratings.repository';
import {
  decideRectification,
  FINISHED_STATUSES,
  type GuardError,
  type RectificationAction,
  type RectificationFacts,
  type RectificationStatus,
  type Target,
} from './ratings.state';

/**
 * A rectification as a workflow record (docs/architecture.md, "The workflow engine"): the engine
 * runs the transaction — lock, authorise, version, rules, handler, store, chained event, after-step;
 * this file says how a task is locked, which facts its rules read and where 'resume' leads.
 */

export interface RectificationRef {
  id: string;
  status: RectificationStatus;
  version: number;
}

interface RectificationWorkflow {
  row: repo.RectificationRow;
  status: RectificationStatus;
  action: RectificationAction;
  facts: RectificationFacts;
  guardError: GuardError;
  target: Target;
  loaded: { facts: RectificationFacts };
  request: { note?: string };
  patch: repo.RectificationPatch;
  env: undefined;
  derived: undefined;
  ref: RectificationRef;
  outcome: object;
}

const label = (zh: string, en: string) => ({ zh, en });

export const STATUS_LABELS: Record<RectificationStatus, { zh: string; en: string }> = {
  open: label('待回访', 'awaiting return visit'),
  visited: label('已回访', 'visited'),
  rectified: label('已整改', 'rectified'),
  appealed: label('申诉中', 'under appeal'),
  closed: label('已办结', 'closed'),
  excluded: label('申诉成立', 'appeal upheld'),
};

export const ACTION_LABELS: Record<RectificationAction, { zh: string; en: string }> = {
  visit: label('登记回访', 'record the return visit'),
  rectify: label('登记整改结果', 'record the rectification'),
  appeal: label('申诉', 'appeal'),
  uphold_appeal: label('申诉成立', 'uphold the appeal'),
  reject_appeal: label('驳回申诉', 'reject the appeal'),
  rerate: label('再评价', 're-rate'),
  decline: label('不再评价', 'decline to re-rate'),
};

export const rectificationMachine: Machine<RectificationWorkflow> = {
  kind: 'rectification',
  subjectType: 'rectification',
  lock: (trx, id) => repo.lockRectification(trx, id),
  notFound: RATING_ERR.RECTIFICATION_NOT_FOUND,
  authorize: (actor, action, row) => authorizeRectification(actor, action, row),
  load: async ({ row, request }) => ({ facts: { noteGiven: !!request.note?.trim(), appealedBefore: row.appealed_at !== null } }),
  decide: decideRectification,
  resolve: ({ to, row }) => (to === 'resume' ? ((row.resume_status as RectificationStatus | null) ?? 'open') : to),
  errors: RATING_ERR,
  labels: { status: STATUS_LABELS, action: ACTION_LABELS },
  env: () => undefined,
  async store(trx, row, { to, patch, now }) {
    // A finished task no longer needs the caller's number (a ticket's re-rating SMS).
    const finished = FINISHED_STATUSES.includes(to) ? { closed_at: now, contact_mobile: null } : {};
    const full: repo.RectificationPatch = { ...patch, status: to, updated_at: now, ...finished };
    await repo.updateRectification(trx, row.id, row.version, full);
    return { row: { ...row, ...full, version: row.version + 1 } as repo.RectificationRow, derived: undefined };
  },
  ref: (row) => ({ id: row.id, status: row.status as RectificationStatus, version: row.version }),
};

type Body = { version: number; note?: string; level?: number; comment?: string };

/** What a re-rating writes, whoever gives it (the applicant signed in, or a caller through the SMS link). */
export function rerateOutcome(body: { level: number; comment?: string }) {
  const comment = body.comment?.trim() || null;
  return {
    patch: { rerate_level: body.level, rerate_comment: comment } satisfies repo.RectificationPatch,
    event: { level: body.level, ...(comment ? { comment } : {}) },
  };
}

/** What each action writes besides the status; the rule table has already allowed it. */
const HANDLERS: Record<RectificationAction, Handler<RectificationWorkflow, Body>> = {
  visit: async ({ body, now }) => ({ patch: { visit_note: body.note!.trim(), visited_at: now }, event: { note: body.note!.trim() } }),
  rectify: async ({ ctx, trx, body, now }) => ({
    patch: { rectify_note: body.note!.trim(), rectified_at: now },
    event: { note: body.note!.trim() },
    after: (r) => notifyRectified(trx, ctx.config, r, body.note!.trim(), now),
  }),
  appeal: async ({ trx, row, body, now }) => ({
    patch: { appeal_reason: body.note!.trim(), appealed_at: now, resume_status: row.status },
    event: { reason: body.note!.trim() },
    after: (r) => notifyAppealed(trx, r, body.note!.trim()),
  }),
  uphold_appeal: async ({ trx, row, body, now, actor }) => ({
    patch: { appeal_decision: 'upheld', appeal_note: body.note!.trim(), decided_at: now, resume_status: null },
    event: { reason: body.note!.trim(), ratingId: row.rating_id },
    // The rating leaves the public figures; the rating's own chain says so and why.
    after: async () => {
      const rating = await repo.markRatingExcluded(trx, row.rating_id, now);
      await appendEvent(trx, {
        chain: `rating:${rating.id}`,
        action: 'rating.exclude',
        actorId: actor.id,
        actorName: actor.displayName,
        subjectType: 'rating',
        subjectId: rating.id,
        regionCode: rating.region_code,
        data: { rectificationId: row.id, reason: body.note!.trim() },
        at: now,
      });
    },
  }),
  reject_appeal: async ({ body, now }) => ({
    patch: { appeal_decision: 'rejected', appeal_note: body.note!.trim(), decided_at: now, resume_status: null },
    event: { reason: body.note!.trim() },
  }),
  rerate: async ({ body }) => rerateOutcome({ level: body.level!, comment: body.comment }),
  decline: async ({ body }) => ({ event: body.note?.trim() ? { note: body.note.trim() } : {} }),
};

/** Takes one action on one rectification as `actor` (one transaction, through the engine). */
export function actOnRectification(ctx: AppContext, actor: Actor, id: string, action: RectificationAction, body: Body, now: Date): Promise<RectificationRef> {
  return runTransition<RectificationWorkflow, Body>(ctx, rectificationMachine, { id, action, actor, body, now, note: body.note }, HANDLERS[action]);
}
