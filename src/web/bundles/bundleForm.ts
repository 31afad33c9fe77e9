import { FORM_FIELD_TYPES, type FormFieldType } from '../../shared/catalog/catalog.enums';
import type { FormField } from '../../shared/catalog/catalog.wire';
import type { BundlePlan, BundleQuestion } from '../../shared/bundles/bundles.wire';
import type { Prefill } from '../cases/shared/casesApi';
import type { Lang } from '../i18n/messages';
import { ApiError } from '../shared/api';
import type { Uploads } from '../cases/shared/MaterialUploader';

/*
 * The pure parts of applying for a bundle ("一件事一次办", docs/domain.md S12/S13): the merged form
 * as the case form's fields, the answers as the API takes them, the materials the applicant uploads
 * and what the plan saves against applying item by item.
 */

export type MergedField = BundlePlan['form'][number];
export type MergedMaterial = BundlePlan['materials'][number];
export type PlanItem = BundlePlan['items'][number];
export type AnswerValue = string | number | boolean;

const isFieldType = (type: string): type is FormFieldType => (FORM_FIELD_TYPES as readonly string[]).includes(type);

/** The merged form's fields in the shape the case form renders (an unknown type is plain text). */
export function toFormFields(fields: readonly MergedField[]): FormField[] {
  return fields.map((f) => ({
    key: f.key,
    labelZh: f.label,
    labelEn: f.labelEn,
    type: isFieldType(f.type) ? f.type : 'text',
    required: f.required,
    ...(f.options ? { options: f.options } : {}),
  }));
}

/** The answers the API takes: only the questions asked, numbers as numbers, nothing left empty. */
export function toAnswers(questions: readonly BundleQuestion[], values: Record<string, unknown>): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const v = values[q.key];
    if (v === undefined || v === null || v === '') continue;
    if (q.kind === 'yes_no') out[q.key] = v === true || v === 'true';
    else if (q.kind === 'number') {
      const n = typeof v === 'number' ? v : Number(v);
      if (Number.isFinite(n)) out[q.key] = n;
    } else out[q.key] = String(v);
  }
  return out;
}

/** An answer as words ("是" / "120 ㎡" / the option's label). */
export function answerText(q: BundleQuestion, value: unknown, lang: Lang, yesNo: { yes: string; no: string }): string {
  if (value === undefined || value === null || value === '') return '—';
  if (q.kind === 'yes_no') return value === true || value === 'true' ? yesNo.yes : yesNo.no;
  if (q.kind === 'number') {
    const unit = lang === 'en-US' ? q.unitEn : q.unitZh;
    return unit ? `${String(value)} ${unit}` : String(value);
  }
  const option = q.options?.find((o) => o.value === value);
  return option ? (lang === 'en-US' ? option.labelEn : option.labelZh) : String(value);
}

/**
 * The materials the applicant may upload: those they bring, and those an e-licence or shared data
 * may stand in for — whether a source has one for this applicant is known only after submission
 * (at the window, for a walk-in, never), so those may be uploaded too. An earlier member's result
 * is never uploaded.
 */
export function uploadMaterials(plan: BundlePlan): MergedMaterial[] {
  return plan.materials.filter((m) => m.provision !== 'in_bundle');
}

/** Required uploads that have no file yet (a 免提交 one may be left to its source). */
export function missingUploads(plan: BundlePlan, uploads: Uploads): MergedMaterial[] {
  return uploadMaterials(plan).filter((m) => m.provision === 'upload' && m.required && (uploads[m.key]?.length ?? 0) === 0);
}

/** The uploads as the API's `materials`, by merged key; files of materials no longer asked are dropped. */
export function bundleMaterialRefs(plan: BundlePlan, uploads: Uploads): Array<{ key: string; fileId: string }> {
  const asked = new Set(uploadMaterials(plan).map((m) => m.key));
  return Object.entries(uploads).flatMap(([key, files]) => (asked.has(key) ? files.map((f) => ({ key, fileId: f.fileId })) : []));
}

/** Selected members by stage, in stage order (members of one stage run in parallel). */
export function byStage<T extends { stage: number }>(items: readonly T[]): Array<{ stage: number; items: T[] }> {
  const stages = [...new Set(items.map((i) => i.stage))].sort((a, b) => a - b);
  return stages.map((stage) => ({ stage, items: items.filter((i) => i.stage === stage) }));
}

/** What the bundle asks against applying for each selected member on its own. */
export function savings(plan: BundlePlan): { forms: number; fields: number; uploads: number; separately: BundlePlan['separately'] } {
  return { forms: 1, fields: plan.form.length, uploads: uploadMaterials(plan).length, separately: plan.separately };
}

/**
 * 智能填单 for the merged form: each member's prefill (its own field keys) put on the merged field
 * that fills that member field; the first value found wins.
 */
export function mergePrefills(fields: readonly MergedField[], prefills: ReadonlyArray<{ itemCode: string; prefill: Prefill }>): Prefill {
  const values: Prefill['values'] = {};
  const sources: Prefill['sources'] = {};
  for (const f of fields) {
    for (const target of f.items) {
      const p = prefills.find((x) => x.itemCode === target.itemCode)?.prefill;
      const value = p?.values[target.field];
      if (value === undefined || f.key in values) continue;
      values[f.key] = value;
      const source = p?.sources[target.field];
      if (source) sources[f.key] = source;
    }
  }
  return { values, sources };
}

/** The codes of a form refused field by field (the bundle API's own, and the cases' one). */
const FORM_CODES = new Set(['FORM_INVALID', 'BUNDLE_FORM_INVALID']);

/**
 * The server's form problems as the case form shows them (code FORM_INVALID, each named by
 * `field`): the bundle API's BUNDLE_FORM_INVALID, and a problem that names its merged field by
 * `path` (a key, or a path ending in it), are put in that shape.
 */
export function withFieldNames(error: ApiError): ApiError {
  if (!FORM_CODES.has(error.code) || !error.detailList) return error;
  const detailList = error.detailList.map((p) => {
    if (typeof p !== 'object' || p === null || 'field' in p || !('path' in p)) return p;
    const path = (p as { path: unknown }).path;
    const field = Array.isArray(path) ? path[path.length - 1] : path;
    return typeof field === 'string' ? { ...p, field } : p;
  });
  return new ApiError({ status: error.status, code: 'FORM_INVALID', message: error.message, requestId: error.requestId, details: error.details, detailList });
}

/** Each problem of a refused form in the UI language, for a list beside the error. */
export function problemTexts(error: ApiError, lang: Lang): string[] {
  return (error.detailList ?? []).flatMap((p) => {
    if (typeof p !== 'object' || p === null) return [];
    const text = (p as { zh?: unknown; en?: unknown })[lang === 'en-US' ? 'en' : 'zh'];
    return typeof text === 'string' && text ? [text] : [];
  });
}
