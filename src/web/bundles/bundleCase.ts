import type { Lang } from '../i18n/messages';
import type { BundleCaseDetail, BundlePlan } from '../../shared/bundles/bundles.wire';

/*
 * Reading a bundle case (docs/domain.md S12/S13): the one correction notice across its members, put
 * in the merged form's and material list's words, and its members by stage.
 */

export type BundleMember = BundleCaseDetail['members'][number];

export interface CorrectionLine {
  itemCode: string;
  itemName: string;
  /** The material's or field's name, or null for a general remark. */
  what: string | null;
  problem: string;
  /** The merged material (by key) or form field (by key) the applicant answers it with. */
  materialKey: string | null;
  fieldKey: string | null;
}

const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The merged material that stands for a member's material, if the plan has it. */
export function mergedMaterialOf(plan: BundlePlan | null, itemCode: string, materialCode: string): BundlePlan['materials'][number] | undefined {
  return plan?.materials.find((m) => m.items.some((x) => x.itemCode === itemCode && x.materialCode === materialCode));
}

/** The merged form field that fills a member's field, if the plan has it. */
export function mergedFieldOf(plan: BundlePlan | null, itemCode: string, field: string): BundlePlan['form'][number] | undefined {
  return plan?.form.find((f) => f.items.some((x) => x.itemCode === itemCode && x.field === field));
}

/** Every member's open 补正 items as one list (members in stage order), named in the applicant's words. */
export function correctionLines(detail: BundleCaseDetail, plan: BundlePlan | null, lang: Lang): CorrectionLine[] {
  const out: CorrectionLine[] = [];
  for (const m of detail.members) {
    if (m.status !== 'correction_requested') continue;
    const items = record(m.correction)?.items;
    if (!Array.isArray(items)) continue;
    const itemName = lang === 'en-US' && m.itemNameEn ? m.itemNameEn : m.itemName;
    for (const raw of items) {
      const x = record(raw);
      const problem = str(x?.problem);
      if (!x || !problem) continue;
      const materialCode = str(x.materialCode);
      const field = str(x.field);
      const material = materialCode ? mergedMaterialOf(plan, m.itemCode, materialCode) : undefined;
      const formField = field ? mergedFieldOf(plan, m.itemCode, field) : undefined;
      const what = material?.name ?? str(x.name) ?? (formField ? (lang === 'en-US' ? formField.labelEn : formField.label) : (materialCode ?? field ?? null));
      out.push({
        itemCode: m.itemCode,
        itemName,
        what,
        problem,
        materialKey: material?.key ?? null,
        fieldKey: formField?.key ?? (field && !plan ? field : null),
      });
    }
  }
  return out;
}
