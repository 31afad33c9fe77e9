import type { BundlePlan } from '../catalog';
import { AppError } from '../../platform/errors';
import { BUNDLE_ERR } from './bundles.errors';

/**
 * From the merged form and materials of a bundle to each member's own (docs/decisions.md D24):
 * a merged field's value goes to every member field it maps to; an uploaded material to every
 * member material it stands for. Pure.
 */

export type FormValues = Record<string, string | number | null>;

export interface MemberInput {
  form: FormValues;
  materials: Array<{ materialCode: string; fileId: string }>;
}

export type MergeProblem =
  | { kind: 'unknown_field'; field: string }
  | { kind: 'unknown_material'; key: string }
  | { kind: 'in_bundle'; key: string; name: string; producer: string; producerEn: string };

/** Each selected member's form and materials from the merged ones, or the problems found. */
export function splitInput(
  plan: Pick<BundlePlan, 'form' | 'materials'>,
  itemCodes: readonly string[],
  form: FormValues,
  materials: ReadonlyArray<{ key: string; fileId: string }>,
): { members: Map<string, MemberInput>; problems: MergeProblem[] } {
  const members = new Map<string, MemberInput>(itemCodes.map((c) => [c, { form: {}, materials: [] }]));
  const problems: MergeProblem[] = [];
  const fields = new Map(plan.form.map((f) => [f.key, f]));
  for (const [key, value] of Object.entries(form)) {
    const f = fields.get(key);
    if (!f) {
      problems.push({ kind: 'unknown_field', field: key });
      continue;
    }
    for (const t of f.items) {
      const m = members.get(t.itemCode);
      if (m) m.form[t.field] = value;
    }
  }
  const mats = new Map(plan.materials.map((m) => [m.key, m]));
  for (const ref of materials) {
    const mat = mats.get(ref.key);
    if (!mat) {
      problems.push({ kind: 'unknown_material', key: ref.key });
      continue;
    }
    if (mat.provision === 'in_bundle' && mat.producedBy) {
      problems.push({ kind: 'in_bundle', key: ref.key, name: mat.name, producer: mat.producedBy.name, producerEn: mat.producedBy.nameEn });
      continue;
    }
    for (const t of mat.items) members.get(t.itemCode)?.materials.push({ materialCode: t.materialCode, fileId: ref.fileId });
  }
  return { members, problems };
}

/** Member field → merged key, to say a member's form problem in the applicant's (merged) terms. */
export function mergedKeyOf(plan: Pick<BundlePlan, 'form'>, itemCode: string, field: string): string {
  return plan.form.find((f) => f.items.some((t) => t.itemCode === itemCode && t.field === field))?.key ?? field;
}

/** What an earlier member hands to a later one: materials that are its result, and the credit code. */
export interface Handover {
  from: string;
  to: string;
  materials: Array<{ materialCode: string; name: string }>;
  fields: string[];
}

export function handoversOf(plan: Pick<BundlePlan, 'form' | 'materials'>): Handover[] {
  const out = new Map<string, Handover>();
  const at = (from: string, to: string) => {
    const k = `${from}>${to}`;
    if (!out.has(k)) out.set(k, { from, to, materials: [], fields: [] });
    return out.get(k)!;
  };
  for (const m of plan.materials) {
    if (m.provision !== 'in_bundle' || !m.producedBy) continue;
    for (const t of m.items) at(m.producedBy.itemCode, t.itemCode).materials.push({ materialCode: t.materialCode, name: m.name });
  }
  for (const f of plan.form) {
    if (!f.producedBy) continue;
    for (const t of f.items) at(f.producedBy.itemCode, t.itemCode).fields.push(t.field);
  }
  return [...out.values()];
}

/** A problem of the merged input as the error the API answers. */
export function mergeProblemError(p: MergeProblem): AppError {
  if (p.kind === 'unknown_field') return new AppError(BUNDLE_ERR.BUNDLE_FIELD_UNKNOWN, { field: p.field });
  if (p.kind === 'unknown_material') return new AppError(BUNDLE_ERR.BUNDLE_MATERIAL_UNKNOWN, { key: p.key });
  return new AppError(BUNDLE_ERR.BUNDLE_MATERIAL_IN_BUNDLE, { name: p.name, producer: p.producer, producerEn: p.producerEn });
}
