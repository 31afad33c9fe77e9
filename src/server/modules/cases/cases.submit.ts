import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { canonicalJson } from '../../platform/audit/chain';
import { appendEvent } from '../../platform/audit/events.repository';
import { authorize } from '../../platform/auth/policy';
import { CITY_REGION, type Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError, ERR } from '../../platform/errors';
import { getPublishedItem, type PublishedItem } from '../catalog';
import { CASE_ERR } from './cases.errors';
import { checkDeliveryRequest } from './cases.delivery-request';
import { validateForm, type FormValue } from './cases.form';
import { getCaseItem } from './cases.items';
import { authorizeCase, casePolicy } from './cases.policy';
import * as repo from './cases.repository';
import type { ActionBody, CreateCaseInput, DeliveryRequest, EditDraftInput, MaterialRef } from './cases.schemas';
import { STATUS_LABELS } from './cases.labels';
import { APPLICANT_ROLES, type CaseStatus } from './cases.state';
import { applicantOf, checkPicks, picksOf, sharedNeeds } from './cases.sources';
import { applyTransition, checkOwnFiles, type ActionHandler, type CaseRef } from './cases.transition';

/** Applying: a new case (or draft) from the signed-in applicant or a window clerk, editing and submitting a draft. */

export interface Applicant {
  type: 'citizen' | 'enterprise';
  name: string;
  idType: 'resident_id' | 'uscc';
  idNumber: string;
  mobile: string | null;
  userId: string | null;
  regionCode: string;
}

function isApplicant(actor: Actor): boolean {
  return actor.roles.some((r) => APPLICANT_ROLES.includes(r));
}

/** Who applies: the signed-in applicant's real-name account, or the walk-in a window clerk names. */
export async function resolveApplicant(trx: Transaction<DB>, actor: Actor, input: Pick<CreateCaseInput, 'applicant'>): Promise<Applicant> {
  if (isApplicant(actor)) {
    if (input.applicant) throw new AppError(CASE_ERR.APPLICANT_NOT_ALLOWED);
    const acct = await repo.findApplicantAccount(trx, actor.id);
    const enterprise = actor.roles.includes('enterprise');
    const idNumber = enterprise ? acct?.uscc : acct?.id_number;
    if (!acct || !idNumber) throw new AppError(CASE_ERR.APPLICANT_ID_MISSING);
    const type = enterprise ? 'enterprise' : 'citizen';
    return {
      type,
      name: acct.display_name,
      idType: enterprise ? 'uscc' : 'resident_id',
      idNumber,
      mobile: acct.mobile,
      userId: actor.id,
      regionCode: acct.region_code,
    };
  }
  const a = input.applicant;
  if (!a) throw new AppError(CASE_ERR.APPLICANT_REQUIRED);
  const userId = await repo.findAccountByIdentity(trx, a.idType, a.idNumber);
  return {
    type: a.idType === 'uscc' ? 'enterprise' : 'citizen',
    name: a.name,
    idType: a.idType,
    idNumber: a.idNumber,
    mobile: a.mobile,
    userId,
    regionCode: actor.regionCode,
  };
}

/** The form fields the applicant's identity answers, by the catalog's standard keys. */
export function identityFields(a: Applicant): Record<string, string | null> {
  return a.type === 'enterprise'
    ? { entityName: a.name, uscc: a.idNumber, mobile: a.mobile }
    : { applicantName: a.name, idNumber: a.idNumber, mobile: a.mobile };
}

/** Fields the applicant's identity answers, filled in when the form leaves them out (智能填单). */
function prefill(item: PublishedItem, form: Record<string, unknown>, a: Applicant): Record<string, unknown> {
  const known = identityFields(a);
  const out = { ...form };
  for (const f of item.formFields) if (out[f.key] == null && known[f.key]) out[f.key] = known[f.key];
  return out;
}

/** What the event records of the applicant's choices: the way asked for (no address) and the declaration. */
function applicationChoices(delivery: DeliveryRequest | undefined, declared: boolean) {
  return { ...(delivery ? { deliveryMode: delivery.mode } : {}), ...(declared ? { declared: true } : {}) };
}

/** Validates the form against the item, every problem at once. */
export function checkForm(item: PublishedItem, form: Record<string, unknown>, partial: boolean): Record<string, FormValue> {
  const r = validateForm(item.formFields, form, { partial });
  if (r.problems.length) throw new AppError(CASE_ERR.FORM_INVALID, { count: r.problems.length }, r.problems);
  return r.value;
}

/** Checks material codes against the item and that the files are the actor's own uploads. */
export async function checkMaterials(db: repo.Executor, item: PublishedItem, actor: Actor, refs: readonly MaterialRef[]): Promise<void> {
  const unknown = refs.find((m) => !item.materials.some((x) => x.code === m.materialCode));
  if (unknown) throw new AppError(CASE_ERR.MATERIAL_UNKNOWN, { material: unknown.materialCode });
  await checkOwnFiles(db, actor, [...new Set(refs.map((m) => m.fileId))]);
}

/** What the event records of a submission: a hash of the form (the log holds no personal data) and the files. */
function submission(form: Record<string, unknown>, refs: readonly MaterialRef[]) {
  return {
    formSha256: createHash('sha256').update(canonicalJson(form)).digest('hex'),
    materials: refs.map((m) => ({ materialCode: m.materialCode, fileId: m.fileId })),
  };
}

/** The readable, unique case number: BT<region>-<date>-<sequence>. */
async function makeCaseNo(trx: Transaction<DB>, regionCode: string, now: Date): Promise<string> {
  return `${repo.caseNoPrefix(regionCode, toShanghaiDate(now))}${String(await repo.nextCaseSeq(trx)).padStart(6, '0')}`;
}

/** A case made as a member of a "一件事" (docs/decisions.md D24). */
export interface BundleMembership {
  bundleCaseId: string;
  stage: number;
  /** Fields an earlier member's result fills (the credit code): not required of the applicant now. */
  deferFields: readonly string[];
  /**
   * Applied for on behalf of the business an earlier member registers (a person opening a
   * restaurant asks for its sewer permit before the company exists): the item's audience is the
   * business, so it is not checked against the person applying.
   */
  forNewEntity: boolean;
}

/** The item with the deferred fields, when left empty, not required. */
export function deferring(item: PublishedItem, form: Record<string, unknown>, defer: readonly string[]): PublishedItem {
  if (!defer.length) return item;
  return {
    ...item,
    formFields: item.formFields.map((f) => (defer.includes(f.key) && (form[f.key] == null || form[f.key] === '') ? { ...f, required: false } : f)),
  };
}

/**
 * Creates a case — submitted, or a draft to finish later — inside the caller's transaction (the
 * route wraps it with the Idempotency-Key reservation, so a retried request creates nothing new).
 */
export async function createCase(
  ctx: AppContext,
  trx: Transaction<DB>,
  actor: Actor,
  input: CreateCaseInput,
  now: Date,
  member?: BundleMembership,
): Promise<CaseRef> {
  authorize(actor, casePolicy, 'case.create');
  const item = await getPublishedItem(trx, input.itemCode);
  const applicant = await resolveApplicant(trx, actor, input);
  const channel = isApplicant(actor) ? (input.channel ?? 'web') : 'window';
  if (channel === 'window' && isApplicant(actor))
    throw new AppError(ERR.VALIDATION_FAILED, {}, [{ path: 'body.channel', message: 'only a window clerk applies at the window' }]);
  if (!item.audience.includes(applicant.type) && !member?.forNewEntity) {
    throw new AppError(CASE_ERR.ITEM_NOT_FOR_APPLICANT, {
      audience: applicant.type === 'citizen' ? '自然人' : '法人',
      audienceEn: applicant.type === 'citizen' ? 'individual' : 'enterprise',
    });
  }
  if (channel !== 'window' && !item.modes.includes('online')) throw new AppError(CASE_ERR.ITEM_NOT_ONLINE);
  const filled = prefill(item, input.form, applicant);
  const form = checkForm(deferring(item, filled, member?.deferFields ?? []), filled, input.draft);
  await checkMaterials(trx, item, actor, input.materials);
  const picks = picksOf(input.licences);
  if (picks.size) await checkPicks(ctx, trx, { item, applicant, needs: sharedNeeds(item), picks, selfService: channel !== 'window' });
  const deliveryRequest = checkDeliveryRequest(item, input.delivery);
  const declared = !input.draft && input.declaration === true;

  const regionCode = item.level === 'city' ? CITY_REGION : applicant.regionCode;
  const status = input.draft ? 'draft' : 'submitted';
  const row = await repo.insertCase(
    trx,
    {
      item_code: item.code,
      item_version: item.version,
      item_name: item.name,
      case_kind: item.caseKind,
      status,
      channel,
      region_code: regionCode,
      department_code: item.departmentCode,
      applicant_user_id: applicant.userId,
      applicant_type: applicant.type,
      applicant_name: applicant.name,
      applicant_id_type: applicant.idType,
      applicant_id_number: applicant.idNumber,
      applicant_mobile: applicant.mobile,
      created_by: actor.id,
      form: JSON.stringify(form),
      submitted_at: input.draft ? null : now,
      created_at: now,
      updated_at: now,
      bundle_case_id: member?.bundleCaseId ?? null,
      bundle_stage: member?.stage ?? null,
      delivery_request: deliveryRequest ?? null,
      declared_at: declared ? now : null,
    },
    input.draft ? null : repo.caseNoPrefix(regionCode, toShanghaiDate(now)),
  );
  await repo.insertMaterials(
    trx,
    input.materials.map((m) => ({
      case_id: row.id,
      material_code: m.materialCode,
      file_id: m.fileId,
      added_by: actor.id,
      added_at: now,
      via: 'create' as const,
    })),
  );
  await appendEvent(trx, {
    chain: `case:${row.id}`,
    opensChain: true,
    action: input.draft ? 'case.create_draft' : 'case.submit',
    actorId: actor.id,
    actorName: actor.displayName,
    subjectType: 'case',
    subjectId: row.id,
    regionCode,
    data: {
      from: null,
      to: status,
      version: 1,
      channel,
      itemCode: item.code,
      itemVersion: item.version,
      ...(member ? { bundleCaseId: member.bundleCaseId, stage: member.stage } : {}),
      ...submission(form, input.materials),
      ...applicationChoices(input.delivery, declared),
    },
    at: now,
  });
  return { id: row.id, caseNo: row.case_no, status, version: 1 };
}

/** Saves changes to a draft (the fields given replace theirs, materials are added); the draft stays a draft. */
export async function editDraft(ctx: AppContext, actor: Actor, caseId: string, input: EditDraftInput, now: Date): Promise<CaseRef> {
  const cal = await ctx.calendar.get();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockCase(trx, caseId);
    if (!row) throw new AppError(CASE_ERR.CASE_NOT_FOUND);
    authorizeCase(actor, 'case.edit_draft', row);
    if (row.version !== input.version) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: row.version });
    if (row.status !== 'draft') {
      const label = STATUS_LABELS[row.status as CaseStatus];
      throw new AppError(
        CASE_ERR.INVALID_TRANSITION,
        { status: label.zh, statusEn: label.en, action: '编辑草稿', actionEn: 'edit draft' },
        { status: row.status, allowedFrom: ['draft'] },
      );
    }
    const item = await getCaseItem(ctx.db, row.item_code, row.item_version, trx);
    const form = checkForm(item, { ...row.form, ...input.form }, true);
    const deliveryRequest = checkDeliveryRequest(item, input.delivery);
    const refs = input.materials ?? [];
    await checkMaterials(trx, item, actor, refs);
    await repo.insertMaterials(
      trx,
      refs.map((m) => ({ case_id: row.id, material_code: m.materialCode, file_id: m.fileId, added_by: actor.id, added_at: now, via: 'edit' as const })),
    );
    return applyTransition(trx, row, item, cal, {
      action: 'case.edit_draft',
      to: 'draft',
      patch: { form: JSON.stringify(form), ...(deliveryRequest ? { delivery_request: deliveryRequest } : {}) },
      eventData: { ...submission(form, refs), ...applicationChoices(input.delivery, false) },
      now,
      actorId: actor.id,
      actorName: actor.displayName,
    });
  });
}

/** submit: a draft becomes an application, with a case number, once its form is complete. */
export const submitDraft: ActionHandler<ActionBody<'submit'>> = async ({ ctx, trx, row, item, actor, body, now }) => {
  const form = checkForm(item, { ...row.form, ...body.form }, false);
  const deliveryRequest = checkDeliveryRequest(item, body.delivery);
  const refs = body.materials ?? [];
  await checkMaterials(trx, item, actor, refs);
  const picks = picksOf(body.licences);
  if (picks.size) await checkPicks(ctx, trx, { item, applicant: applicantOf(row), needs: sharedNeeds(item), picks, selfService: row.channel !== 'window' });
  await repo.insertMaterials(
    trx,
    refs.map((m) => ({ case_id: row.id, material_code: m.materialCode, file_id: m.fileId, added_by: actor.id, added_at: now, via: 'edit' as const })),
  );
  return {
    patch: {
      form: JSON.stringify(form),
      case_no: await makeCaseNo(trx, row.region_code, now),
      submitted_at: now,
      ...(deliveryRequest ? { delivery_request: deliveryRequest } : {}),
      ...(body.declaration ? { declared_at: now } : {}),
    },
    event: { ...submission(form, refs), ...applicationChoices(body.delivery, body.declaration === true) },
  };
};
