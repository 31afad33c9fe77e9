import { startOfShanghaiDay, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError, ERR } from '../../platform/errors';
import { CASE_ERR } from './cases.errors';
import { DEFAULT_DEFICIENCY_DAYS } from './cases.items';
import { joinList, notifyApplicant } from './cases.notify';
import * as repo from './cases.repository';
import type { ActionBody } from './cases.schemas';
import { checkForm, checkMaterials, deferring } from './cases.submit';
import type { ActionHandler } from './cases.transition';

/** Front office (前台综合受理): pre-check, acceptance, 容缺, 不予受理, 补正 and the applicant's answers. */

/** The durable queue of 容缺 reminders and deadlines. */
export const DEFICIENCY_QUEUE = 'cases.deficiency';

/** The case's list of owed materials (容缺). */
export interface Deficiency {
  items: Array<{ materialCode: string; name: string; note?: string }>;
  days: number;
  due: string;
  dueDate: string;
}

/** A date as people read it in a notice. */
export function dateOf(d: Date | null): string {
  return d ? toShanghaiDate(d) : '—';
}

/** 预审: the window checks an online application before accepting it; nothing else changes. */
export const precheck: ActionHandler<ActionBody<'precheck'>> = async () => ({});

/** 受理 with every required material in: the clock starts and the applicant hears the promised date. */
export const accept: ActionHandler<ActionBody<'accept'>> = async ({ trx, actor }) => ({
  patch: { accepted_by: actor.id },
  after: (r, lines) => notifyApplicant(trx, r, 'case.accepted', { promisedDate: dateOf(lines.promisedDue) }),
});

/**
 * 容缺受理: every 主件 is in (the rule checked that); the 辅件 still missing — those the item
 * requires and any the clerk names — are owed within the item's deficiency days. A reminder on
 * the last day and the deadline itself are durable jobs queued with the acceptance.
 */
export const acceptWithDeficiency: ActionHandler<ActionBody<'accept_with_deficiency'>> = async ({
  ctx,
  trx,
  row,
  item,
  materialCodes,
  actor,
  body,
  now,
  cal,
}) => {
  const have = materialCodes ?? new Set<string>();
  const owed = new Map<string, Deficiency['items'][number]>();
  for (const m of item.materials) if (m.required && !m.primary && !have.has(m.code)) owed.set(m.code, { materialCode: m.code, name: m.name });
  for (const x of body.missing ?? []) {
    const m = item.materials.find((i) => i.code === x.materialCode);
    if (!m) throw new AppError(CASE_ERR.MATERIAL_UNKNOWN, { material: x.materialCode });
    if (m.primary) throw new AppError(CASE_ERR.NOT_SECONDARY_MATERIAL, { material: m.name });
    owed.set(m.code, { materialCode: m.code, name: m.name, ...(x.note ? { note: x.note } : {}) });
  }
  if (owed.size === 0) throw new AppError(CASE_ERR.NOTHING_MISSING);
  const days = body.deficiencyDays ?? item.deficiencyDays ?? DEFAULT_DEFICIENCY_DAYS;
  const due = cal.deadlineAfter(now, days);
  const deficiency: Deficiency = { items: [...owed.values()], days, due: due.due.toISOString(), dueDate: due.dueDate };
  const materials = joinList(deficiency.items.map((i) => i.name));
  return {
    patch: { accepted_by: actor.id, deficiency: JSON.stringify(deficiency), deficiency_due: due.due },
    event: { deficiency },
    after: async (r) => {
      await notifyApplicant(trx, r, 'case.accepted_deficient', { dueDate: due.dueDate, materials });
      const remindAt = new Date(startOfShanghaiDay(due.dueDate).getTime() + 9 * 3_600_000);
      await ctx.jobs.send(DEFICIENCY_QUEUE, { caseId: row.id, kind: 'remind' }, { runAt: remindAt, singletonKey: `remind:${row.id}` }, trx);
      await ctx.jobs.send(
        DEFICIENCY_QUEUE,
        { caseId: row.id, kind: 'expire' },
        { runAt: new Date(due.due.getTime() + 1), singletonKey: `expire:${row.id}` },
        trx,
      );
    },
  };
};

/** 不予受理, with every reason at once. */
export const reject: ActionHandler<ActionBody<'reject'>> = async ({ trx, body }) => ({
  patch: { decision_data: JSON.stringify({ notAcceptedReasons: body.reasons }) },
  event: { reasons: body.reasons },
  after: (r) => notifyApplicant(trx, r, 'case.not_accepted', { reasons: joinList(body.reasons) }),
});

/**
 * 补正: one notice listing every missing or wrong material and field (一次性告知). After acceptance
 * the clock pauses until the applicant resubmits; before it, the case simply goes back to the window.
 */
export const requestCorrection: ActionHandler<ActionBody<'request_correction'>> = async ({ trx, row, item, actor, body, now }) => {
  const problems: Array<{ path: string; message: string }> = [];
  body.items.forEach((x, i) => {
    if (x.materialCode && !item.materials.some((m) => m.code === x.materialCode))
      problems.push({ path: `body.items.${i}.materialCode`, message: `no material ${x.materialCode}` });
    if (x.field && !item.formFields.some((f) => f.key === x.field)) problems.push({ path: `body.items.${i}.field`, message: `no form field ${x.field}` });
  });
  if (problems.length) throw new AppError(ERR.VALIDATION_FAILED, {}, problems);
  const items = body.items.map((x) => ({ ...x, ...(x.materialCode ? { name: item.materials.find((m) => m.code === x.materialCode)!.name } : {}) }));
  const correction = { items, requestedAt: now.toISOString(), by: actor.displayName };
  return {
    patch: { correction: JSON.stringify(correction), resume_status: row.accepted_at ? row.status : 'submitted' },
    event: { items },
    after: (r) => notifyApplicant(trx, r, 'case.correction_requested', { items: joinList(items.map((x) => (x.name ? `${x.name}：${x.problem}` : x.problem))) }),
  };
};

/** The applicant answers a 补正: changed form fields and new files; the clock runs again. */
export const resubmit: ActionHandler<ActionBody<'resubmit'>> = async ({ trx, row, item, actor, body, now }) => {
  const merged = { ...row.form, ...body.form };
  // A "一件事" member of a later stage went in without the fields an earlier member's result fills
  // (the new business's credit code, docs/decisions.md D24): answering a correction before that
  // result arrives does not make them due.
  const unfilled = row.bundle_case_id ? item.formFields.filter((f) => row.form[f.key] == null || row.form[f.key] === '').map((f) => f.key) : [];
  const form = checkForm(deferring(item, merged, unfilled), merged, false);
  const refs = body.materials ?? [];
  await checkMaterials(trx, item, actor, refs);
  await repo.insertMaterials(
    trx,
    refs.map((m) => ({ case_id: row.id, material_code: m.materialCode, file_id: m.fileId, added_by: actor.id, added_at: now, via: 'resubmit' as const })),
  );
  return {
    patch: { form: JSON.stringify(form), correction: null, resume_status: null },
    event: { materials: refs, formChanged: !!body.form },
  };
};

/** 容缺: owed materials arrive; when the last one is in, decisions are possible again. */
export const supplyMaterials: ActionHandler<ActionBody<'supply_materials'>> = async ({ trx, row, item, actor, body, now }) => {
  await checkMaterials(trx, item, actor, body.materials);
  const deficiency = row.deficiency as unknown as Deficiency;
  const supplied = new Set(body.materials.map((m) => m.materialCode));
  if (!deficiency.items.some((i) => supplied.has(i.materialCode))) throw new AppError(CASE_ERR.MATERIAL_NOT_OWED);
  await repo.insertMaterials(
    trx,
    body.materials.map((m) => ({
      case_id: row.id,
      material_code: m.materialCode,
      file_id: m.fileId,
      added_by: actor.id,
      added_at: now,
      via: 'supply' as const,
    })),
  );
  const remaining = deficiency.items.filter((i) => !supplied.has(i.materialCode));
  return {
    patch: remaining.length ? { deficiency: JSON.stringify({ ...deficiency, items: remaining }) } : { deficiency: null, deficiency_due: null },
    event: { supplied: [...supplied], remaining: remaining.map((i) => i.materialCode) },
  };
};
