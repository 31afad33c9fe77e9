import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import { authorize } from '../../platform/auth/policy';
import { CITY_REGION, type Actor } from '../../platform/auth/roles';
import { deadlineForLimit } from '../../platform/calendar/limit-deadline';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import type { CreateBundleCaseInput } from '../../../shared/bundles/bundles.schemas';
import { createCase, identityFields, resolveApplicant, validateForm, type FormProblem } from '../cases';
import { planFor } from '../catalog';
import { BUNDLE_ERR } from './bundles.errors';
import { handoversOf, mergedKeyOf, mergeProblemError, splitInput } from './bundles.merge';
import { bundlePolicy } from './bundles.policy';
import * as repo from './bundles.repository';

/**
 * Applying for a "一件事" (docs/decisions.md D24): the answers select the members, the merged form
 * and materials are split into each member's own, and the bundle and one case per member are
 * created together in the caller's transaction — all or nothing. Each member is an ordinary case
 * routed to its own department; members of a later stage wait for the results they need.
 */

export interface BundleCaseRef {
  id: string;
  bundleNo: string;
  version: number;
  cases: Array<{ id: string; caseNo: string | null; itemCode: string; status: string; version: number }>;
}

export async function createBundleCase(
  ctx: AppContext,
  inside: { trx: Transaction<DB>; cal: WorkCalendar },
  actor: Actor,
  input: CreateBundleCaseInput,
  now: Date,
): Promise<BundleCaseRef> {
  const { trx, cal } = inside;
  authorize(actor, bundlePolicy, 'bundle.create');
  const loaded = await planFor(trx, input.bundleCode, input.answers, 'zh-CN');
  const { plan, definition } = loaded;
  const selected = plan.items.filter((i) => i.selected);
  // A field of a member the answers left out (the wizard kept it after an answer changed) is dropped, not refused.
  const anyMemberField = new Set([...loaded.items.values()].flatMap((i) => i.formFields.map((f) => f.key)));
  const inPlan = new Set(plan.form.map((f) => f.key));
  const form = Object.fromEntries(Object.entries(input.form).filter(([k]) => inPlan.has(k) || !anyMemberField.has(k)));
  const split = splitInput(
    plan,
    selected.map((i) => i.itemCode),
    form,
    input.materials,
  );
  if (split.problems.length) throw mergeProblemError(split.problems[0]);

  // Every member's form checked before anything is written, each problem said once in the merged form's terms.
  const applicant = await resolveApplicant(trx, actor, input);
  const known = identityFields(applicant);
  // Fields an earlier member's result fills (the credit code), per member.
  const deferOf = (itemCode: string) =>
    plan.form.filter((f) => f.producedBy).flatMap((f) => f.items.filter((t) => t.itemCode === itemCode).map((t) => t.field));
  const problems = new Map<string, FormProblem>();
  for (const s of selected) {
    const item = loaded.items.get(s.itemCode)!;
    const defer = new Set(deferOf(s.itemCode));
    const form = { ...split.members.get(s.itemCode)!.form };
    for (const f of item.formFields) if (form[f.key] == null && known[f.key]) form[f.key] = known[f.key];
    const fields = item.formFields.map((f) => (defer.has(f.key) && (form[f.key] == null || form[f.key] === '') ? { ...f, required: false } : f));
    for (const p of validateForm(fields, form, { partial: false }).problems) {
      const key = mergedKeyOf(plan, s.itemCode, p.field);
      if (!problems.has(key)) problems.set(key, { ...p, field: key });
    }
  }
  if (problems.size) throw new AppError(BUNDLE_ERR.BUNDLE_FORM_INVALID, { count: problems.size }, [...problems.values()]);

  const regionCode = actor.roles.includes('window_clerk') ? actor.regionCode : applicant.regionCode;
  const delivery = {
    timing: input.delivery?.timing ?? 'together',
    mode: input.delivery?.mode ?? 'e_licence',
    ...(input.delivery?.address ? { address: input.delivery.address } : {}),
  };
  if (delivery.mode === 'express' && !delivery.address)
    throw new AppError(BUNDLE_ERR.BUNDLE_FORM_INVALID, { count: 1 }, [
      { field: 'delivery.address', code: 'REQUIRED', zh: '邮寄送达请填写收件地址', en: 'Express delivery needs an address' },
    ]);
  const row = await repo.insertBundleCase(
    trx,
    {
      bundle_code: loaded.code,
      name_zh: loaded.nameZh,
      name_en: loaded.nameEn,
      definition: JSON.stringify({ definition, handovers: handoversOf(plan), form: plan.form, materials: plan.materials }),
      channel: actor.roles.includes('window_clerk') ? 'window' : (input.channel ?? 'web'),
      region_code: regionCode === CITY_REGION ? CITY_REGION : regionCode,
      lead_department_code: loaded.leadDepartmentCode,
      applicant_user_id: applicant.userId,
      applicant_type: applicant.type,
      applicant_name: applicant.name,
      applicant_id_type: applicant.idType,
      applicant_id_number: applicant.idNumber,
      applicant_mobile: applicant.mobile,
      created_by: actor.id,
      answers: JSON.stringify(input.answers),
      delivery: JSON.stringify(delivery),
      submitted_at: now,
      promised_due: deadlineForLimit(cal, now, { value: plan.promisedWorkdays, unit: 'workday' }).due,
      created_at: now,
      updated_at: now,
    },
    repo.bundleNoPrefix(regionCode, toShanghaiDate(now)),
  );

  const handovers = handoversOf(plan);
  const cases: BundleCaseRef['cases'] = [];
  for (const s of selected) {
    const m = split.members.get(s.itemCode)!;
    const ref = await createCase(
      ctx,
      trx,
      actor,
      {
        itemCode: s.itemCode,
        channel: input.channel,
        draft: false,
        form: m.form,
        materials: m.materials,
        ...(input.applicant ? { applicant: input.applicant } : {}),
      },
      now,
      { bundleCaseId: row.id, stage: s.stage, deferFields: deferOf(s.itemCode), forNewEntity: handovers.some((h) => h.to === s.itemCode) },
    );
    cases.push({ id: ref.id, caseNo: ref.caseNo, itemCode: s.itemCode, status: ref.status, version: ref.version });
  }
  await appendEvent(trx, {
    chain: `bundle:${row.id}`,
    action: 'bundle.submit',
    actorId: actor.id,
    actorName: actor.displayName,
    subjectType: 'bundle_case',
    subjectId: row.id,
    regionCode: row.region_code,
    data: {
      bundleCode: loaded.code,
      bundleNo: row.bundle_no,
      answers: input.answers,
      members: cases.map((c) => ({ caseId: c.id, itemCode: c.itemCode })),
      left: plan.items.filter((i) => !i.selected).map((i) => i.itemCode),
      delivery,
    },
    at: now,
  });
  return { id: row.id, bundleNo: row.bundle_no, version: row.version, cases };
}
