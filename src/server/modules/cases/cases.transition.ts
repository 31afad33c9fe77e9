import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { AppError, ERR } from '../../platform/errors';
import { findOwnedFileIds } from '../../platform/files/files.repository';
import type { PublishedItem } from '../catalog';
import { computeLines, foldClock, type ClockState, type Lines } from './cases.clock';
import { CASE_ERR } from './cases.errors';
import { clockLimits, getCaseItem } from './cases.items';
import { ACTION_LABELS, STATUS_LABELS } from './cases.labels';
import { authorizeCase } from './cases.policy';
import * as repo from './cases.repository';
import { CLOSED_STATUSES, decideTransition, resolveTarget, type CaseAction, type CaseFacts, type CaseStatus, type LaneStatus } from './cases.state';

/**
 * The one way a case changes. Each transition is one transaction: lock the row, check scope and
 * role, check the version the caller saw, ask the state table, let the action's handler validate
 * its input and write what is specific to it, then store the new status and clock and append the
 * event to the case's hash chain; notifications and jobs queued by the handler commit with it.
 */

export interface CaseRef {
  id: string;
  caseNo: string | null;
  status: CaseStatus;
  version: number;
}

/** Fields every action body may carry. */
export interface CommonBody {
  version: number;
  opinion?: string;
  attachments?: string[];
}

export interface ActionCtx<B> {
  ctx: AppContext;
  trx: Transaction<DB>;
  row: repo.CaseRow;
  item: PublishedItem;
  lanes: repo.LaneRow[];
  /** Material codes that have files (loaded for the actions whose rules count materials). */
  materialCodes: ReadonlySet<string> | null;
  actor: Actor;
  body: B;
  now: Date;
  cal: WorkCalendar;
}

export interface ActionOutcome {
  patch?: repo.CasePatch;
  /** Extra data for the event (reasons, departments, delivery …). */
  event?: Record<string, unknown>;
  /** Lane statuses after the action, for the 会签 join. */
  lanes?: LaneStatus[];
  /** Runs once the new status is known, inside the transaction: notifications, jobs. */
  after?: (row: repo.CaseRow, lines: Lines) => Promise<void>;
}

export type ActionHandler<B> = (a: ActionCtx<B>) => Promise<ActionOutcome>;

/** The system (jobs) as an event author. */
export const SYSTEM_ACTOR = { id: null, name: '系统 / system' } as const;

/** Actions whose rules look at the actor's lane. */
const LANE_ACTIONS = new Set<CaseAction>(['review', 'approve', 'deny']);
/** Actions whose rules count materials. */
const MATERIAL_ACTIONS = new Set<CaseAction>(['accept', 'accept_with_deficiency']);

/** What the rules need to know; material counts only when the codes that have files are given. */
export function factsFor(row: repo.CaseRow, item: PublishedItem, lanes: repo.LaneRow[], actor: Actor, have: ReadonlySet<string> | null): CaseFacts {
  const missing = have ? item.materials.filter((m) => m.required && !have.has(m.code)) : [];
  const lane = lanes.find((l) => l.department_code === actor.departmentCode);
  return {
    instant: row.case_kind === 'instant',
    deficiencyOutstanding: !!row.deficiency,
    missingRequired: missing.length,
    missingPrimary: missing.filter((m) => m.primary).length,
    laneStatus: lane?.status ?? null,
  };
}

function refusal(error: string, status: CaseStatus, action: CaseAction, facts: CaseFacts, allowedFrom?: CaseStatus[]): AppError {
  switch (error) {
    case 'FORBIDDEN':
      return new AppError(ERR.FORBIDDEN, {}, { action });
    case 'INVALID_TRANSITION':
      return new AppError(
        CASE_ERR.INVALID_TRANSITION,
        { status: STATUS_LABELS[status].zh, statusEn: STATUS_LABELS[status].en, action: ACTION_LABELS[action].zh, actionEn: ACTION_LABELS[action].en },
        { status, action, allowedFrom },
      );
    case 'MATERIALS_INCOMPLETE':
      return new AppError(CASE_ERR.MATERIALS_INCOMPLETE, { count: facts.missingRequired });
    case 'PRIMARY_MATERIALS_MISSING':
      return new AppError(CASE_ERR.PRIMARY_MATERIALS_MISSING, { count: facts.missingPrimary });
    default:
      return new AppError(CASE_ERR[error as keyof typeof CASE_ERR]);
  }
}

/** Checks that attachment files exist and were uploaded by the actor. */
export async function checkOwnFiles(db: repo.Executor, actor: Actor, fileIds: readonly string[]): Promise<void> {
  const owned = await findOwnedFileIds(db, actor.id, fileIds);
  const bad = fileIds.find((id) => !owned.has(id));
  if (bad) throw new AppError(CASE_ERR.FILE_NOT_USABLE, { fileId: bad });
}

/** Runs one action on one case for a signed-in actor. */
export async function runTransition<B extends CommonBody>(ctx: AppContext, req: { caseId: string; action: CaseAction; actor: Actor; body: B; now: Date }, handler: ActionHandler<B>): Promise<CaseRef> {
  const { caseId, action, actor, body, now } = req;
  // Read before the transaction: inside it, only `trx` may touch the database (PGlite has one session).
  const cal = await ctx.calendar.get();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockCase(trx, caseId);
    if (!row) throw new AppError(CASE_ERR.CASE_NOT_FOUND);
    authorizeCase(actor, action, row);
    if (row.version !== body.version) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: row.version });
    const status = row.status as CaseStatus;
    const item = await getCaseItem(ctx.db, row.item_code, row.item_version, trx);
    const lanes = LANE_ACTIONS.has(action) ? await repo.findLanes(trx, caseId) : [];
    const materialCodes = MATERIAL_ACTIONS.has(action) ? await repo.findMaterialCodes(trx, caseId) : null;
    const facts = factsFor(row, item, lanes, actor, materialCodes);
    const decision = decideTransition(status, action, actor.roles, facts);
    if (!decision.ok) throw refusal(decision.error, status, action, facts, 'allowedFrom' in decision ? decision.allowedFrom : undefined);
    if (body.attachments?.length) await checkOwnFiles(trx, actor, body.attachments);

    const outcome = await handler({ ctx, trx, row, item, lanes, materialCodes, actor, body, now, cal });
    const to = resolveTarget(decision.to, status, { resumeStatus: row.resume_status as CaseStatus | null, lanes: outcome.lanes ?? lanes.map((l) => l.status) });
    if (body.attachments?.length) {
      await repo.insertMaterials(trx, body.attachments.map((fileId) => ({ case_id: caseId, material_code: 'attachment', file_id: fileId, added_by: actor.id, added_at: now, via: 'attachment' as const })));
    }
    const eventData = { ...(body.opinion ? { opinion: body.opinion } : {}), ...(body.attachments?.length ? { attachments: body.attachments } : {}), ...outcome.event };
    return applyTransition(trx, row, item, cal, { action: `case.${action}`, to, patch: outcome.patch ?? {}, eventData, now, actorId: actor.id, actorName: actor.displayName, after: outcome.after });
  });
}

/** Stores a transition decided elsewhere (by a rule above or by a job): status, clock, event, version. */
export async function applyTransition(
  trx: Transaction<DB>,
  row: repo.CaseRow,
  item: PublishedItem,
  cal: WorkCalendar,
  t: { action: string; to: CaseStatus; patch: repo.CasePatch; eventData: Record<string, unknown>; now: Date; actorId: string | null; actorName: string; after?: ActionOutcome['after'] },
): Promise<CaseRef> {
  const clock = foldClock(repo.clockStateOf(row), { action: t.action, at: t.now }, cal);
  const lines = computeLines(clock, clockLimits(item), cal, t.now);
  const version = row.version + 1;
  const patch: repo.CasePatch = { ...t.patch, ...clockColumns(clock, lines), status: t.to, updated_at: t.now };
  if (CLOSED_STATUSES.includes(t.to)) patch.closed_at = t.now;
  await repo.updateCase(trx, row.id, row.version, patch);
  await appendEvent(trx, {
    chain: `case:${row.id}`,
    action: t.action,
    actorId: t.actorId,
    actorName: t.actorName,
    subjectType: 'case',
    subjectId: row.id,
    regionCode: row.region_code,
    data: { from: row.status, to: t.to, version, ...t.eventData },
    at: t.now,
  });
  const after = { ...row, ...patch, version } as repo.CaseRow;
  if (t.after) await t.after(after, lines);
  return { id: row.id, caseNo: after.case_no, status: t.to, version };
}

/** The stored form of the clock: its state and the lines computed from it. */
export function clockColumns(clock: ClockState, lines: Lines): repo.CasePatch {
  return {
    accepted_at: clock.acceptedAt,
    paused_since: clock.pausedSince,
    pause_kind: clock.pauseKind,
    paused_workdays: clock.pausedWorkdays,
    paused_days: clock.pausedDays,
    stopped_at: clock.stoppedAt,
    statutory_due: lines.statutoryDue,
    promised_due: lines.promisedDue,
    assessment_due: lines.assessmentDue,
    schedule_published: lines.schedulePublished,
    light: lines.light,
    light_next_at: lines.nextLightChangeAt,
  };
}
