import { timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../context';
import { findChainEvents } from '../../platform/audit/events.repository';
import { authorize, can, regionFilter } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { AppError, type Lang } from '../../platform/errors';
import { enforceLimits, type Limit } from '../../platform/http/rate-limit';
import { maskResidentId } from '../../platform/ids/resident-id';
import { clockFromEvents, computeLines } from './cases.clock';
import { CASE_ERR } from './cases.errors';
import { clockLimits, getCaseItem } from './cases.items';
import { STATUS_LABELS } from './cases.labels';
import { authorizeCase, caseRecord, casePolicy } from './cases.policy';
import { cursorAfter, findCases, findDepartmentLoad, findProgress, type QueueCursor } from './cases.queries';
import * as repo from './cases.repository';
import type { CaseDetail, ListQuery } from './cases.schemas';
import { availableActions, CASE_ACTIONS, heldActions, type CaseStatus } from './cases.state';
import { factsFor, guardParams, unpaidFeeOf } from './cases.transition';
import { maskedApplicant, maskedForm } from './cases.privacy';
import { shownDeliveryRequest } from './cases.delivery-request';

/** Reading cases: the detail view, work queues, department load, the public progress query. */

function sharedFrom(r: Awaited<ReturnType<typeof repo.findSourcedMaterials>>[number] | undefined) {
  return r ? { source: r.source, label: r.label, labelEn: r.label_en, licenceId: r.licence_id, queryId: r.exchange_query_id, at: r.added_at } : null;
}

/**
 * One case as the actor may see it. Its four lines are recomputed from the event log (the stored
 * columns are a cache for lists and the sweep). Personal identifiers are masked here; whoever must
 * compare them reveals them through `revealIdentity`, audited (docs/decisions.md D25).
 */
export async function getCaseDetail(ctx: AppContext, actor: Actor, id: string, now: Date, lang: Lang): Promise<CaseDetail> {
  const row = await repo.findCase(ctx.db, id);
  if (!row) throw new AppError(CASE_ERR.CASE_NOT_FOUND);
  authorizeCase(actor, 'case.view', row);
  const [item, materials, sourced, lanes, events, cal] = await Promise.all([
    getCaseItem(ctx.db, row.item_code, row.item_version),
    repo.findMaterials(ctx.db, id),
    repo.findSourcedMaterials(ctx.db, id),
    repo.findLanes(ctx.db, id),
    findChainEvents(ctx.db, `case:${id}`),
    ctx.calendar.get(),
  ]);
  const lines = computeLines(
    clockFromEvents(
      events.map((e) => ({ action: e.action, at: e.createdAt })),
      cal,
    ),
    clockLimits(item),
    cal,
    now,
  );
  // A completed case's 出件 waits for its fee: held with the amount owed, not offered (docs/decisions.md D30).
  const unpaidFee = row.status === 'completed' ? await unpaidFeeOf(ctx.db, row.id, item) : null;
  const facts = { ...factsFor(row, item, lanes, actor, new Set([...materials, ...sourced].map((m) => m.material_code))), unpaidFee };
  const record = caseRecord(row);
  const actions = availableActions(row.status as CaseStatus, actor.roles, facts).filter((a) => can(actor, casePolicy, a, record));
  const held = heldActions(row.status as CaseStatus, actor.roles, facts)
    .filter((h) => can(actor, casePolicy, h.action, record))
    .map((h) => ({ action: h.action, code: h.error, message: new AppError(CASE_ERR[h.error], guardParams(h.error, facts)).messageIn(lang) }));
  const file = (m: (typeof materials)[number]) => ({
    fileId: m.file_id,
    name: m.name,
    mime: m.mime,
    size: Number(m.size_bytes),
    addedAt: m.added_at,
    via: m.via,
    checks: m.checks,
  });
  return {
    id: row.id,
    caseNo: row.case_no,
    status: row.status as CaseStatus,
    version: row.version,
    channel: row.channel,
    regionCode: row.region_code,
    item: { code: item.code, version: item.version, name: item.name, departmentCode: item.departmentCode, caseKind: item.caseKind },
    // Masked for everyone; revealed on demand and audited (cases.privacy.ts).
    applicant: maskedApplicant({
      type: row.applicant_type,
      name: row.applicant_name,
      idType: row.applicant_id_type,
      idNumber: row.applicant_id_number,
      mobile: row.applicant_mobile,
    }),
    // A draft is seen only by whoever is writing it (cases.policy.ts), who edits it in full.
    form: row.status === 'draft' ? row.form : maskedForm(row.form, item.formFields),
    materials: item.materials.map((m) => ({
      materialCode: m.code,
      name: m.name,
      required: m.required,
      primary: m.primary,
      files: materials.filter((x) => x.material_code === m.code).map(file),
      sharedFrom: sharedFrom(sourced.find((x) => x.material_code === m.code)),
    })),
    attachments: materials.filter((x) => x.via === 'attachment').map((m) => ({ fileId: m.file_id, name: m.name, mime: m.mime, addedAt: m.added_at })),
    correction: row.correction,
    deficiency: row.deficiency,
    special: row.special,
    decision: row.decision,
    decisionData: row.decision_data,
    delivery: row.delivery,
    deliveryRequest: shownDeliveryRequest(row.delivery_request, row.status === 'draft'),
    declaredAt: row.declared_at,
    departments: lanes.map((l) => ({
      departmentCode: l.department_code,
      status: l.status,
      reviewedAt: l.reviewed_at,
      decidedAt: l.decided_at,
      opinion: l.opinion,
    })),
    lines: { ...lines },
    events: events.map((e) => ({ seq: e.seq, action: e.action, actorName: e.actorName, at: e.createdAt, data: e.data })),
    availableActions: CASE_ACTIONS.filter((a) => actions.includes(a)),
    heldActions: held,
    submittedAt: row.submitted_at,
    completedAt: row.completed_at,
    createdAt: row.created_at,
  };
}

/** A cursor as the client carries it: the queue position, base64url JSON. */
function encodeCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.rank, c.promised, c.created, c.id])).toString('base64url');
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function decodeCursor(text: string): QueueCursor {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new AppError(CASE_ERR.BAD_CURSOR);
  }
  if (!Array.isArray(v) || v.length !== 4) throw new AppError(CASE_ERR.BAD_CURSOR);
  const [rank, promised, created, id] = v as unknown[];
  const ok =
    Number.isInteger(rank) &&
    (rank as number) >= 0 &&
    (rank as number) <= 4 &&
    (promised === null || (typeof promised === 'string' && TIMESTAMP.test(promised))) &&
    typeof created === 'string' &&
    TIMESTAMP.test(created) &&
    typeof id === 'string' &&
    UUID.test(id);
  if (!ok) throw new AppError(CASE_ERR.BAD_CURSOR);
  return { rank: rank as number, promised: promised as string | null, created: created as string, id: id as string };
}

/** The actor's cases (their work queue), most urgent first; identities masked. */
export async function listCases(ctx: AppContext, actor: Actor, q: ListQuery) {
  authorize(actor, casePolicy, 'case.view');
  const { rows, total, totalCapped } = await findCases(ctx.db, actor, q, q.after ? decodeCursor(q.after) : undefined);
  const items = rows.map((r) => ({
    id: r.id,
    caseNo: r.case_no,
    status: r.status as CaseStatus,
    version: r.version,
    itemCode: r.item_code,
    itemName: r.item_name,
    applicantName: r.applicant_name,
    // The same 4+4 mask fits resident IDs and credit codes (both 18 characters).
    applicantIdMasked: maskResidentId(r.applicant_id_number),
    channel: r.channel,
    regionCode: r.region_code,
    departments: r.departments,
    light: r.light,
    promisedDue: r.promised_due,
    statutoryDue: r.statutory_due,
    paused: r.paused,
    deficiencyOutstanding: r.deficiency_outstanding,
    submittedAt: r.submitted_at,
    acceptedAt: r.accepted_at,
  }));
  const last = rows.length === q.pageSize ? rows[rows.length - 1] : undefined;
  return { items, total, totalCapped, page: q.after ? 1 : q.page, pageSize: q.pageSize, nextCursor: last ? encodeCursor(cursorAfter(last)) : null };
}

/** Back-office load per department, for routing decisions. */
export async function getDepartmentLoad(ctx: AppContext, actor: Actor) {
  authorize(actor, casePolicy, 'case.stats');
  const r = await findDepartmentLoad(ctx.db, regionFilter(actor));
  return {
    unrouted: r.unrouted,
    departments: r.lanes.map((l) => ({
      departmentCode: l.department_code,
      nameZh: l.name_zh ?? l.department_code,
      nameEn: l.name_en ?? l.department_code,
      pendingReview: l.pending_review,
      pendingDecision: l.pending_decision,
      special: l.special,
      specialOverdue: l.special_overdue,
      yellow: l.yellow,
      red: l.red,
      overdue: l.overdue,
    })),
  };
}

const PROGRESS_PER_ADDRESS: Limit = { max: 20, windowSeconds: 60 };
/** Queries of one case number from any address: the ID tail has ~11,000 values, so guessing it takes years. */
const PROGRESS_PER_CASE: Limit = { max: 20, windowSeconds: 86_400 };
const PROGRESS_FLOOR_MS = 40;
const DUMMY_TAIL = Buffer.from('\u0000\u0000\u0000\u0000');

/**
 * 进度查询 without signing in: case number + last four characters of the applicant's ID give the
 * status and dates, nothing personal. Against enumeration: per-address and per-case-number limits, the same answer
 * for "no such case" and "wrong ID", a constant-time comparison and a fixed minimum duration.
 */
export async function getProgress(ctx: AppContext, ip: string, caseNo: string, idTail: string) {
  const started = Date.now();
  try {
    await enforceLimits(ctx.db, [
      { key: `progress:${ip}`, limit: PROGRESS_PER_ADDRESS },
      { key: `progress.case:${caseNo.toUpperCase()}`, limit: PROGRESS_PER_CASE },
    ]);
    const row = await findProgress(ctx.db, caseNo.toUpperCase());
    const given = Buffer.from(idTail.toUpperCase().padEnd(4).slice(0, 4));
    const actual = row ? Buffer.from(row.applicant_id_number.slice(-4).toUpperCase()) : DUMMY_TAIL;
    const match = actual.length === given.length && timingSafeEqual(actual, given);
    if (!row || !match) throw new AppError(CASE_ERR.PROGRESS_NOT_FOUND);
    const status = row.status as CaseStatus;
    return {
      caseNo: row.case_no!,
      itemName: row.item_name,
      status,
      statusName: STATUS_LABELS[status].zh,
      submittedAt: row.submitted_at,
      acceptedAt: row.accepted_at,
      promisedDue: row.promised_due,
      completedAt: row.completed_at,
      issuedAt: row.issued_at,
    };
  } finally {
    const wait = PROGRESS_FLOOR_MS - (Date.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

/** Staff may read a file when they can see a case that uses it (registered with the file store). */
export async function mayReadCaseFile(ctx: AppContext, actor: Actor, fileId: string): Promise<boolean> {
  const cases = await repo.findCasesUsingFile(ctx.db, fileId);
  return cases.some((c) => can(actor, casePolicy, 'case.view', caseRecord(c)));
}
