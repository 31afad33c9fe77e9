import type { AppContext } from '../../context';
import { findChainEvents } from '../../platform/audit/events.repository';
import { can, regionFilter } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { deadlineForLimit, assessmentDays } from '../../platform/calendar/limit-deadline';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError, type Lang } from '../../platform/errors';
import { maskResidentId } from '../../platform/ids/resident-id';
import { BUNDLE_ACTIONS } from '../../../shared/bundles/bundles.enums';
import type { BundleDefinition } from '../../../shared/bundles/bundles.schemas';
import { findBundleMemberCases, lightAt, LIGHT_RANK, maskedForm, type Light } from '../cases';
import { departmentNames } from '../catalog';
import { getBundleRating } from '../ratings';
import { membersFor } from './bundles.actions';
import { BUNDLE_ERR } from './bundles.errors';
import { authorizeBundle, bundlePolicy, bundleRecord } from './bundles.policy';
import { ratingSubjectOf } from './bundles.rating';
import * as repo from './bundles.repository';
import { blockedBy, isOpen, type BundleStatus } from './bundles.status';

/** Reading bundle applications: the one view of a bundle (开办进度) and the lists. */

const worst = (lights: ReadonlyArray<Light | null>): Light | null =>
  lights.reduce<Light | null>((w, l) => (l && (!w || LIGHT_RANK[l] < LIGHT_RANK[w]) ? l : w), null);

function maskId(type: string, id: string): string {
  return type === 'resident_id' ? maskResidentId(id) : `${id.slice(0, 6)}********${id.slice(-4)}`;
}

/**
 * The bundle's own line: its promise counted in working days from submission. It has no
 * statutory line of its own, so past the promise it is overdue; the yellow line falls as a case's
 * assessment line does (docs/domain.md, "Time").
 */
function bundleLight(cal: Awaited<ReturnType<AppContext['calendar']['get']>>, submittedAt: Date, promised: number, at: Date): Light {
  const promisedDue = deadlineForLimit(cal, submittedAt, { value: promised, unit: 'workday' }).due;
  const assessmentDue = deadlineForLimit(cal, submittedAt, { value: assessmentDays(promised, 0.8), unit: 'workday' }).due;
  return lightAt(at, { assessmentDue, promisedDue, statutoryDue: promisedDue });
}

type MergedField = { key: string; type: string; items: { itemCode: string; field: string }[] };

/**
 * The merged form as the members hold it now — each merged field from the first member that has a
 * value — with personal identifiers masked (docs/decisions.md D25): what a resubmission starts from.
 */
function mergedValues(fields: readonly MergedField[], members: ReadonlyArray<{ itemCode: string; form: Record<string, unknown> }>) {
  const values: Record<string, unknown> = {};
  for (const f of fields) {
    for (const ref of f.items) {
      const v = members.find((m) => m.itemCode === ref.itemCode)?.form[ref.field];
      if (v !== undefined && v !== null && v !== '') {
        values[f.key] = v;
        break;
      }
    }
  }
  return maskedForm(values, fields);
}

export async function getBundleCaseDetail(ctx: AppContext, actor: Actor, id: string, lang: Lang, now: Date) {
  const row = await repo.findBundleCase(ctx.db, id);
  if (!row) throw new AppError(BUNDLE_ERR.BUNDLE_CASE_NOT_FOUND);
  authorizeBundle(actor, 'bundle.view', row);
  const [members, events, depts, cal] = await Promise.all([
    findBundleMemberCases(ctx.db, id),
    findChainEvents(ctx.db, `bundle:${id}`),
    departmentNames.get(ctx.db),
    ctx.calendar.get(),
  ]);
  // The rating as a whole (docs/decisions.md D24): what the caller may see, since they reach the bundle.
  const rated = await getBundleRating(ctx.db, actor, ratingSubjectOf(row, members));
  const stored = row.definition as { definition: BundleDefinition; form?: MergedField[] };
  const def = stored.definition;
  const status = row.status as BundleStatus;
  const until = row.completed_at ?? now;
  const own = status === 'withdrawn' ? null : bundleLight(cal, row.submitted_at, def.promisedWorkdays, until);
  const light = status === 'withdrawn' ? null : worst([own, ...members.filter(isOpen).map((m) => m.light)]);
  const submitted = toShanghaiDate(row.submitted_at);
  const used = Math.max(0, cal.countWorkdays(submitted, toShanghaiDate(until)));
  const en = lang === 'en-US';
  return {
    id: row.id,
    bundleNo: row.bundle_no,
    bundleCode: row.bundle_code,
    name: row.name_zh,
    nameEn: row.name_en,
    status,
    version: row.version,
    channel: row.channel,
    applicant: { type: row.applicant_type, name: row.applicant_name, idNumberMasked: maskId(row.applicant_id_type, row.applicant_id_number) },
    answers: row.answers as Record<string, string | number | boolean>,
    form: mergedValues(stored.form ?? [], members),
    delivery: row.delivery as { timing: 'together' | 'as_ready'; mode: 'window' | 'express' | 'e_licence'; address?: string },
    submittedAt: row.submitted_at,
    promisedDue: row.promised_due,
    light,
    workdaysUsed: used,
    completedAt: row.completed_at,
    milestones: def.milestones.map((ms) => {
      const due = deadlineForLimit(cal, row.submitted_at, { value: ms.workdays, unit: 'workday' }).due;
      const of = members.filter((m) => ms.itemCodes.includes(m.itemCode));
      const finished = of.length > 0 && of.every((m) => m.completedAt);
      const doneAt = finished ? new Date(Math.max(...of.map((m) => m.completedAt!.getTime()))) : null;
      return {
        key: ms.key,
        label: en ? ms.labelEn : ms.labelZh,
        labelEn: ms.labelEn,
        workdays: ms.workdays,
        due,
        doneAt,
        onTime: doneAt ? doneAt.getTime() <= due.getTime() : now.getTime() > due.getTime() ? false : null,
      };
    }),
    members: members.map((m) => {
      const d = depts.get(m.departmentCode);
      const item = def.members.find((x) => x.itemCode === m.itemCode);
      return {
        caseId: m.id,
        caseNo: m.caseNo,
        itemCode: m.itemCode,
        itemName: m.itemName,
        itemNameEn: m.itemName,
        departmentCode: m.departmentCode,
        departmentName: (en ? d?.en : d?.zh) ?? m.departmentCode,
        stage: item?.stage ?? m.stage,
        status: m.status,
        version: m.version,
        light: isOpen(m) ? m.light : null,
        promisedDue: m.promisedDue,
        acceptedAt: m.acceptedAt,
        decidedAt: m.decidedAt,
        issuedAt: m.issuedAt,
        decision: m.decision,
        waitingFor: m.status === 'submitted' || m.status === 'prechecked' ? blockedBy(m, members).map((b) => b.itemName) : [],
        correction: m.correction ?? null,
        delivery: m.delivery ?? null,
      };
    }),
    events: events.map((e) => ({ at: e.createdAt, action: e.action, actorName: e.actorName, data: e.data })),
    actions: BUNDLE_ACTIONS.filter(
      (a) =>
        can(actor, bundlePolicy, a, bundleRecord(row)) &&
        membersFor(a, status, members, (row.delivery as { timing: 'together' | 'as_ready' }).timing).length > 0,
    ),
    rating: rated.rating,
    mayRate: rated.mayRate,
    rateChannel: rated.rateChannel,
  };
}

/** Applicants list their own; staff their region's (city staff every region). */
export async function listBundleCases(
  ctx: AppContext,
  actor: Actor,
  q: { status?: BundleStatus; bundleCode?: string; page: number; pageSize: number },
  now: Date,
) {
  const own = actor.roles.includes('citizen') || actor.roles.includes('enterprise');
  if (!own && !can(actor, bundlePolicy, 'bundle.view')) throw new AppError(BUNDLE_ERR.BUNDLE_CASE_NOT_FOUND);
  const cal = await ctx.calendar.get();
  const { rows, total } = await repo.listBundleCases(ctx.db, {
    ...(own ? { ownerId: actor.id } : { regionCode: regionFilter(actor) }),
    status: q.status,
    bundleCode: q.bundleCode,
    page: q.page,
    pageSize: q.pageSize,
  });
  return {
    items: rows.map((r) => {
      const def = (r.definition as { definition: BundleDefinition }).definition;
      const status = r.status as BundleStatus;
      return {
        id: r.id,
        bundleNo: r.bundle_no,
        bundleCode: r.bundle_code,
        name: r.name_zh,
        nameEn: r.name_en,
        status,
        submittedAt: r.submitted_at,
        promisedDue: r.promised_due,
        light: status === 'withdrawn' ? null : bundleLight(cal, r.submitted_at, def.promisedWorkdays, r.completed_at ?? now),
        applicantName: r.applicant_name,
        memberCount: Number(r.member_count ?? 0),
        membersDone: Number(r.members_done ?? 0),
      };
    }),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
