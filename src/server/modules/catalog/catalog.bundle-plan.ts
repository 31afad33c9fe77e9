import type { BundleDefinition } from '../../../shared/bundles/bundles.schemas';
import type { Lang } from '../../platform/errors';
import type { FormField, PublishedItem } from './catalog.types';

/**
 * What a bundle asks and what applying for it means (docs/decisions.md D24), from its definition
 * and its member items' current versions — pure, so every rule is unit-tested:
 * - the answers decide which members apply (a member with no condition always does);
 * - the merged form holds each field once (same key, or an alias), mapped to every member it fills;
 * - the merged material list holds each material once (same name), mapped to every member that
 *   needs it, and says how it is provided: uploaded, 免提交 from shared data, or the result of an
 *   earlier member of the bundle (营业执照 from the registration), which is never uploaded;
 * - the credit code is handed on the same way when an earlier member registers the business.
 */

export type Answers = Record<string, string | number | boolean>;
type Member = BundleDefinition['members'][number];
type Condition = NonNullable<Member['when']>[number];

/** Results that create the legal entity: their holder's credit code is handed to later members. */
const REGISTRATION_RESULTS = ['营业执照', '登记证书'];
const HANDED_FIELDS = new Set(['uscc']);

export interface AnswerProblem {
  path: string;
  message: string;
}

/** Checks answers against the questions: each asked question answered, of its kind. */
export function checkAnswers(def: BundleDefinition, answers: Answers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const q of def.questions) {
    const v = answers[q.key];
    const path = `answers.${q.key}`;
    if (v === undefined || v === '') problems.push({ path, message: `请回答：${q.textZh} / Please answer: ${q.textEn}` });
    else if (q.kind === 'yes_no' && typeof v !== 'boolean') problems.push({ path, message: '请选择“是”或“否” / Answer yes or no' });
    else if (q.kind === 'number' && (typeof v !== 'number' || !Number.isFinite(v) || v < 0))
      problems.push({ path, message: '请填写不小于 0 的数字 / Enter a number of 0 or more' });
    else if (q.kind === 'choice' && !q.options?.some((o) => o.value === v)) problems.push({ path, message: '请从选项中选择 / Choose one of the options' });
  }
  const unknown = Object.keys(answers).find((k) => !def.questions.some((q) => q.key === k));
  if (unknown) problems.push({ path: `answers.${unknown}`, message: `没有这个问题 / There is no such question: ${unknown}` });
  return problems;
}

function holds(c: Condition, v: string | number | boolean | undefined): boolean {
  if (v === undefined) return false;
  switch (c.op) {
    case 'eq':
      return v === c.value;
    case 'ne':
      return v !== c.value;
    case 'gt':
      return typeof v === 'number' && typeof c.value === 'number' && v > c.value;
    case 'gte':
      return typeof v === 'number' && typeof c.value === 'number' && v >= c.value;
    case 'lt':
      return typeof v === 'number' && typeof c.value === 'number' && v < c.value;
    case 'lte':
      return typeof v === 'number' && typeof c.value === 'number' && v <= c.value;
  }
}

/** Whether a member applies under the answers (all of its conditions hold). */
export function memberApplies(m: Member, answers: Answers): boolean {
  return (m.when ?? []).every((c) => holds(c, answers[c.question]));
}

export interface PlanItem {
  itemCode: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  departmentName: string;
  stage: number;
  selected: boolean;
  required: boolean;
  reason: string;
  reasonEn: string;
  promisedWorkdays: number;
}

type Ref = { itemCode: string; name: string; nameEn: string };

export interface MergedField {
  key: string;
  label: string;
  labelEn: string;
  type: string;
  required: boolean;
  options?: FormField['options'];
  items: Array<{ itemCode: string; field: string }>;
  producedBy: Ref | null;
}

export interface MergedMaterial {
  key: string;
  name: string;
  required: boolean;
  provision: 'upload' | 'shared' | 'in_bundle';
  producedBy: Ref | null;
  hasBlankForm: boolean;
  items: Array<{ itemCode: string; materialCode: string }>;
}

export interface BundlePlan {
  bundleCode: string;
  items: PlanItem[];
  form: MergedField[];
  materials: MergedMaterial[];
  promisedWorkdays: number;
  milestones: Array<{ key: string; label: string; labelEn: string; workdays: number }>;
  separately: { materials: number; forms: number; fields: number };
}

function workdays(item: PublishedItem): number {
  const l = item.promisedLimit;
  return l.unit === 'workday' ? l.value : Math.ceil((l.value * 5) / 7);
}

function reasonOf(m: Member, applies: boolean, def: BundleDefinition, answers: Answers): { zh: string; en: string } {
  if (!m.when?.length) return { zh: '必办事项', en: 'Required for everyone' };
  const open = m.when.filter((c) => answers[c.question] === undefined).map((c) => def.questions.find((q) => q.key === c.question));
  if (open.length) return { zh: `取决于：${open.map((q) => q?.textZh).join('；')}`, en: `Depends on: ${open.map((q) => q?.textEn).join('; ')}` };
  const zh = m.reasonZh ?? '按您的回答';
  const en = m.reasonEn ?? 'By your answers';
  return applies ? { zh, en } : { zh: `不需要办理（适用于：${zh}）`, en: `Not needed (applies when: ${en})` };
}

/** The producer of a result an item of a later stage needs: a selected member of an earlier stage. */
function producerOf(name: string, stage: number, selected: ReadonlyArray<{ m: Member; item: PublishedItem }>): Ref | null {
  const p = selected.find((s) => s.m.stage < stage && s.item.resultName === name);
  return p ? { itemCode: p.item.code, name: p.item.name, nameEn: p.item.nameEn } : null;
}

function registrar(stage: number, selected: ReadonlyArray<{ m: Member; item: PublishedItem }>): Ref | null {
  const p = selected.find((s) => s.m.stage < stage && REGISTRATION_RESULTS.some((r) => s.item.resultName.endsWith(r)));
  return p ? { itemCode: p.item.code, name: p.item.name, nameEn: p.item.nameEn } : null;
}

/**
 * The plan for `answers`: every member with whether it applies and why, and for the selected ones
 * the merged form and materials. Members whose item is not published are left out.
 */
export function planBundle(
  bundleCode: string,
  def: BundleDefinition,
  items: ReadonlyMap<string, PublishedItem>,
  answers: Answers,
  lang: Lang,
  departmentName: (code: string) => string,
): BundlePlan {
  const en = lang === 'en-US';
  const members = def.members.filter((m) => items.has(m.itemCode)).sort((a, b) => a.stage - b.stage);
  const planItems: PlanItem[] = members.map((m) => {
    const item = items.get(m.itemCode)!;
    const applies = memberApplies(m, answers);
    const r = reasonOf(m, applies, def, answers);
    return {
      itemCode: item.code,
      name: item.name,
      nameEn: item.nameEn,
      departmentCode: item.departmentCode,
      departmentName: departmentName(item.departmentCode),
      stage: m.stage,
      selected: applies,
      required: !m.when?.length,
      reason: r.zh,
      reasonEn: r.en,
      promisedWorkdays: workdays(item),
    };
  });
  const selected = members.filter((m) => memberApplies(m, answers)).map((m) => ({ m, item: items.get(m.itemCode)! }));

  const fields = new Map<string, MergedField>();
  const stageOfField = new Map<string, number>();
  for (const { m, item } of selected) {
    for (const f of item.formFields) {
      const key = def.aliases.find((a) => a.itemCode === item.code && a.field === f.key)?.key ?? f.key;
      const have = fields.get(key);
      if (have) {
        have.required ||= f.required;
        have.items.push({ itemCode: item.code, field: f.key });
        stageOfField.set(key, Math.min(stageOfField.get(key)!, m.stage));
      } else {
        fields.set(key, {
          key,
          label: f.labelZh,
          labelEn: f.labelEn,
          type: f.type,
          required: f.required,
          ...(f.options ? { options: f.options } : {}),
          items: [{ itemCode: item.code, field: f.key }],
          producedBy: null,
        });
        stageOfField.set(key, m.stage);
      }
    }
  }
  for (const f of fields.values()) {
    if (!HANDED_FIELDS.has(f.key)) continue;
    const producer = registrar(stageOfField.get(f.key)!, selected);
    if (producer) Object.assign(f, { producedBy: producer, required: false });
  }

  const materials = new Map<string, MergedMaterial & { stage: number; sources: Set<string> }>();
  for (const { m, item } of selected) {
    for (const mat of item.materials) {
      const name = mat.name.trim();
      const have = materials.get(name);
      if (have) {
        have.required ||= mat.required;
        have.hasBlankForm ||= mat.hasBlankForm;
        have.items.push({ itemCode: item.code, materialCode: mat.code });
        have.stage = Math.min(have.stage, m.stage);
        have.sources.add(mat.source);
      } else {
        materials.set(name, {
          key: mat.code,
          name,
          required: mat.required,
          provision: 'upload',
          producedBy: null,
          hasBlankForm: mat.hasBlankForm,
          items: [{ itemCode: item.code, materialCode: mat.code }],
          stage: m.stage,
          sources: new Set([mat.source]),
        });
      }
    }
  }
  const mergedMaterials: MergedMaterial[] = [...materials.values()].map(({ stage, sources, ...mat }) => {
    const producer = producerOf(mat.name, stage, selected);
    if (producer) return { ...mat, provision: 'in_bundle', producedBy: producer };
    const shared = [...sources].every((s) => s === 'e_license' || s === 'shared');
    return { ...mat, provision: shared ? 'shared' : 'upload' };
  });

  return {
    bundleCode,
    items: planItems,
    form: [...fields.values()],
    materials: mergedMaterials,
    promisedWorkdays: def.promisedWorkdays,
    milestones: def.milestones.map((x) => ({ key: x.key, label: en ? x.labelEn : x.labelZh, labelEn: x.labelEn, workdays: x.workdays })),
    separately: {
      materials: selected.reduce((n, s) => n + s.item.materials.length, 0),
      forms: selected.length,
      fields: selected.reduce((n, s) => n + s.item.formFields.length, 0),
    },
  };
}
