import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import type { Actor } from '../../platform/auth/roles';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { AppError, type ErrorParams } from '../../platform/errors';
import { findOwnedFileIds } from '../../platform/files/files.repository';
import {
  commit,
  runTransition as runWorkflow,
  runTransitionIn as runWorkflowIn,
  SYSTEM_NAME,
  type HandlerArgs,
  type Machine,
  type Outcome,
} from '../../platform/workflow/engine';
import type { PublishedItem } from '../catalog';
import { computeLines, foldClock, type ClockState, type Lines } from './cases.clock';
import { notifyBundleObserver } from './cases.bundle-observer';
import { caseCharging, chargeChangeOf } from './cases.charges';
import { formatYuan } from '../../../shared/payments/money';
import { CASE_ERR } from './cases.errors';
import { clockLimits, getCaseItem } from './cases.items';
import { ACTION_LABELS, STATUS_LABELS } from './cases.labels';
import { authorizeCase } from './cases.policy';
import * as repo from './cases.repository';
import {
  CLOSED_STATUSES,
  decideTransition,
  resolveTarget,
  type CaseAction,
  type CaseFacts,
  type CaseStatus,
  type GuardError,
  type LaneStatus,
  type Target,
} from './cases.state';

/**
 * A case as a workflow record (docs/architecture.md, "The workflow engine"): the engine runs the
 * transaction; this file says how a case is locked, which facts its rules read, where the 'resume'
 * and 'join' targets lead, and how its clock columns are stored with each change.
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

interface CaseLoaded {
  facts: CaseFacts;
  item: PublishedItem;
  lanes: repo.LaneRow[];
  /** Material codes that have files (loaded for the actions whose rules count materials). */
  materialCodes: ReadonlySet<string> | null;
}

interface CaseWorkflow {
  row: repo.CaseRow;
  status: CaseStatus;
  action: CaseAction;
  facts: CaseFacts;
  guardError: GuardError;
  target: Target;
  loaded: CaseLoaded;
  request: object;
  patch: repo.CasePatch;
  env: { item: PublishedItem; cal: WorkCalendar };
  derived: Lines;
  ref: CaseRef;
  /** Lane statuses after the action, for the 会签 join. */
  outcome: { lanes: LaneStatus[] };
}

export type ActionCtx<B> = HandlerArgs<CaseWorkflow, B>;
export type ActionOutcome = Outcome<CaseWorkflow>;
export type ActionHandler<B> = (a: ActionCtx<B>) => Promise<ActionOutcome>;

/** The system (jobs) as an event author. */
export const SYSTEM_ACTOR = { id: null, name: SYSTEM_NAME } as const;

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

/**
 * The fee still owed on a case whose item charges one (docs/decisions.md D30): the charging side
 * says what is owed; 出件 waits for it. Read by the issue rule and by the case page's action list.
 */
export async function unpaidFeeOf(db: repo.Executor, caseId: string, item: PublishedItem): Promise<CaseFacts['unpaidFee']> {
  const owed = item.fee.charged ? await caseCharging()?.outstanding(db, caseId) : null;
  return owed ? { orderNo: owed.orderNo, amountYuan: formatYuan(owed.amountFen) } : null;
}

/** The parameters of a guard's refusal message. */
export function guardParams(error: GuardError, facts: CaseFacts): ErrorParams {
  if (error === 'MATERIALS_INCOMPLETE') return { count: facts.missingRequired };
  if (error === 'PRIMARY_MATERIALS_MISSING') return { count: facts.missingPrimary };
  if (error === 'PAYMENT_OUTSTANDING' && facts.unpaidFee) return { orderNo: facts.unpaidFee.orderNo, amount: facts.unpaidFee.amountYuan };
  return {};
}

/** Checks that attachment files exist and were uploaded by the actor. */
export async function checkOwnFiles(db: repo.Executor, actor: Actor, fileIds: readonly string[]): Promise<void> {
  const owned = await findOwnedFileIds(db, actor.id, fileIds);
  const bad = fileIds.find((id) => !owned.has(id));
  if (bad) throw new AppError(CASE_ERR.FILE_NOT_USABLE, { fileId: bad });
}

const caseMachine: Machine<CaseWorkflow> = {
  kind: 'case',
  subjectType: 'case',
  lock: (trx, id) => repo.lockCase(trx, id),
  notFound: CASE_ERR.CASE_NOT_FOUND,
  authorize: authorizeCase,
  async load({ ctx, trx, row, actor, action }) {
    const item = await getCaseItem(ctx.db, row.item_code, row.item_version, trx);
    const lanes = LANE_ACTIONS.has(action) ? await repo.findLanes(trx, row.id) : [];
    const materialCodes = MATERIAL_ACTIONS.has(action) ? await repo.findMaterialCodes(trx, row.id) : null;
    const unpaidFee = action === 'issue' ? await unpaidFeeOf(trx, row.id, item) : null;
    return { facts: { ...factsFor(row, item, lanes, actor, materialCodes), unpaidFee }, item, lanes, materialCodes };
  },
  decide: decideTransition,
  resolve: ({ to, row, loaded, outcome }) =>
    resolveTarget(to, row.status as CaseStatus, {
      resumeStatus: row.resume_status as CaseStatus | null,
      lanes: outcome.lanes ?? loaded.lanes.map((l) => l.status),
    }),
  errors: CASE_ERR,
  labels: { status: STATUS_LABELS, action: ACTION_LABELS },
  guardParams,
  env: ({ loaded, cal }) => ({ item: loaded.item, cal }),
  async store(trx, row, { action, to, patch: change, now, env }) {
    const clock = foldClock(repo.clockStateOf(row), { action, at: now }, env.cal);
    const lines = computeLines(clock, clockLimits(env.item), env.cal, now);
    const patch: repo.CasePatch = { ...change, ...clockColumns(clock, lines), status: to, updated_at: now };
    if (CLOSED_STATUSES.includes(to)) patch.closed_at = now;
    await repo.updateCase(trx, row.id, row.version, patch);
    const stored = { ...row, ...patch, version: row.version + 1 } as repo.CaseRow;
    if (stored.bundle_case_id) await notifyBundleObserver(trx, stored, action, now);
    return { row: stored, derived: lines };
  },
  ref: (row) => ({ id: row.id, caseNo: row.case_no, status: row.status as CaseStatus, version: row.version }),
};

/** Runs one action on one case for a signed-in actor; attachments are checked before the handler and stored with the change. */
export async function runTransition<B extends CommonBody>(
  ctx: AppContext,
  req: { caseId: string; action: CaseAction; actor: Actor; body: B; now: Date },
  handler: ActionHandler<B>,
  inside?: { trx: Transaction<DB>; cal: WorkCalendar },
): Promise<CaseRef> {
  const { caseId, action, actor, body, now } = req;
  const attachments = body.attachments ?? [];
  const run: Parameters<typeof runWorkflow<CaseWorkflow, B>>[3] = async (a) => {
    if (attachments.length) await checkOwnFiles(a.trx, actor, attachments);
    const handled = await handler(a);
    // A fee-charging item's case tells the charging side of each change, in this transaction (docs/decisions.md D30).
    const charges = a.item.fee.charged ? caseCharging() : null;
    const outcome: typeof handled = charges
      ? {
          ...handled,
          after: async (r, lines) => {
            if (handled.after) await handled.after(r, lines);
            await charges.onCaseChanged(ctx, a.trx, chargeChangeOf(r, a.item.fee, { action, from: a.row.status as CaseStatus, now, cal: a.cal }));
          },
        }
      : handled;
    if (attachments.length) {
      await repo.insertMaterials(
        a.trx,
        attachments.map((fileId) => ({
          case_id: caseId,
          material_code: 'attachment',
          file_id: fileId,
          added_by: actor.id,
          added_at: now,
          via: 'attachment' as const,
        })),
      );
    }
    return { ...outcome, event: { ...(body.opinion ? { opinion: body.opinion } : {}), ...(attachments.length ? { attachments } : {}), ...outcome.event } };
  };
  const request = { id: caseId, action, actor, body, now };
  return inside
    ? runWorkflowIn<CaseWorkflow, B>(ctx, inside.trx, inside.cal, caseMachine, request, run)
    : runWorkflow<CaseWorkflow, B>(ctx, caseMachine, request, run);
}

/** Stores a transition decided elsewhere (by a rule above or by a job): status, clock, event, version. */
export function applyTransition(
  trx: Transaction<DB>,
  row: repo.CaseRow,
  item: PublishedItem,
  cal: WorkCalendar,
  t: {
    action: string;
    to: CaseStatus;
    patch: repo.CasePatch;
    eventData: Record<string, unknown>;
    now: Date;
    actorId: string | null;
    actorName: string;
    after?: ActionOutcome['after'];
  },
): Promise<CaseRef> {
  return commit(trx, caseMachine, row, {
    action: t.action,
    to: t.to,
    patch: t.patch,
    event: t.eventData,
    now: t.now,
    actorId: t.actorId,
    actorName: t.actorName,
    env: { item, cal },
    after: t.after,
  });
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
