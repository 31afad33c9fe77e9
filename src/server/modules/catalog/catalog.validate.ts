import { findLimitConflict } from '../../platform/calendar/limit-deadline';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import type { ItemDefinitionInput } from './catalog.definition';

/** One broken catalog rule, in both languages so any client can show it. */
export interface ItemProblem {
  /** Where in the definition, e.g. `promisedLimit.value` or `materials[2].code`. */
  path: string;
  /** Stable rule name, e.g. `promised_exceeds_statutory`. */
  rule: string;
  zh: string;
  en: string;
}

/** How time limits are checked: against this calendar, for every acceptance day of these years. */
export interface LimitRules {
  calendar: WorkCalendar;
  years: readonly number[];
}

/** What the rules need to know beyond the definition itself. */
export interface ValidationContext extends LimitRules {
  /** Department codes that exist. */
  departments: ReadonlySet<string>;
}

const UNIT_ZH = { workday: '工作日', natural_day: '自然日' } as const;
const UNIT_EN = { workday: 'working days', natural_day: 'natural days' } as const;

/** True for a 12-digit basic code (基本编码). */
export function isBasicCode(code: string): boolean {
  return /^[0-9]{12}$/.test(code);
}

/**
 * Checks the rules that relate an item's fields to each other and to the rest of the platform, and
 * returns every broken one (an empty list means the item may be published). The definition has
 * already passed the shape check of `itemDefinitionSchema`.
 */
export function validateItem(code: string, d: ItemDefinitionInput, vc: ValidationContext): ItemProblem[] {
  const out: ItemProblem[] = [];
  const add = (path: string, rule: string, zh: string, en: string) => out.push({ path, rule, zh, en });

  if (!isBasicCode(code)) add('code', 'basic_code_format', `基本编码“${code}”须为12位数字`, `The basic code “${code}” must be 12 digits`);
  else if (!d.implCode.includes(code)) {
    add('implCode', 'impl_code_contains_basic_code', `实施编码须包含基本编码 ${code}`, `The implementation code must contain the basic code ${code}`);
  }
  out.push(...departmentProblems(d, vc.departments));

  checkLimits(d, vc, add);
  checkMaterials(d, add);
  checkModes(d, add);

  if (d.fee.charged !== (d.fee.items?.length ?? 0) > 0) {
    add(
      'fee',
      'fee_items_match_charged',
      '收费事项须列出收费项目，不收费的不得列收费项目',
      'A charged item must list its fees, and a free item must list none',
    );
  }
  duplicates(d.formFields.map((f) => f.key)).forEach((key) =>
    add('formFields', 'form_field_keys_unique', `表单字段标识“${key}”重复`, `The form-field key “${key}” is used twice`),
  );
  d.formFields.forEach((f, i) => {
    if (f.type === 'select' && !(f.options?.length ?? 0)) {
      add(`formFields[${i}].options`, 'select_has_options', `下拉字段“${f.labelZh}”须有选项`, `The select field “${f.labelEn}” needs options`);
    }
  });
  return out;
}

/** The departments a definition names that do not exist. */
export function departmentProblems(d: Pick<ItemDefinitionInput, 'departmentCode' | 'jointDepartments'>, departments: ReadonlySet<string>): ItemProblem[] {
  const out: ItemProblem[] = [];
  if (!departments.has(d.departmentCode)) {
    out.push({
      path: 'departmentCode',
      rule: 'department_exists',
      zh: `实施部门“${d.departmentCode}”不存在`,
      en: `The department “${d.departmentCode}” does not exist`,
    });
  }
  for (const [i, dep] of (d.jointDepartments ?? []).entries()) {
    if (!departments.has(dep))
      out.push({ path: `jointDepartments[${i}]`, rule: 'department_exists', zh: `联办部门“${dep}”不存在`, en: `The joint department “${dep}” does not exist` });
  }
  return out;
}

type Add = (path: string, rule: string, zh: string, en: string) => void;

function checkLimits(d: ItemDefinitionInput, vc: ValidationContext, add: Add): void {
  const p = d.promisedLimit;
  const s = d.statutoryLimit;
  // Laws often set natural days (15 日) and cities promise working days: only the real calendar
  // tells whether a promise fits, e.g. 10 working days from 2026-09-30 end after 15 natural days.
  const conflict = findLimitConflict(vc.calendar, p, s, vc.years);
  if (conflict) {
    const [pd, sd] = [toShanghaiDate(conflict.promisedDue), toShanghaiDate(conflict.statutoryDue)];
    add(
      'promisedLimit.value',
      'promised_within_statutory',
      `承诺时限 ${p.value} ${UNIT_ZH[p.unit]}超过了法定时限 ${s.value} ${UNIT_ZH[s.unit]}：${conflict.acceptedOn} 受理的办件承诺 ${pd} 办结，法定期限却在 ${sd} 届满`,
      `The promised limit of ${p.value} ${UNIT_EN[p.unit]} exceeds the statutory limit of ${s.value} ${UNIT_EN[s.unit]}: a case accepted on ${conflict.acceptedOn} would be promised for ${pd} but is due by law on ${sd}`,
    );
  }
  const instant = d.caseKind === 'instant';
  if (instant && p.value !== 0) {
    add(
      'caseKind',
      'instant_means_zero_promised',
      `即办件的承诺时限须为 0（现为 ${p.value}）`,
      `An instant item (即办件) must promise 0 days (it promises ${p.value})`,
    );
  }
  if (!instant && p.value === 0) {
    add('caseKind', 'zero_promised_means_instant', '承诺时限为 0 的事项须为即办件', 'An item that promises 0 days must be an instant item (即办件)');
  }
  if (d.assessmentRatio !== undefined && (d.assessmentRatio <= 0 || d.assessmentRatio > 1)) {
    add('assessmentRatio', 'assessment_ratio_range', '考核时限比例须大于 0 且不超过 1', 'The assessment ratio must be above 0 and at most 1');
  }
}

function checkMaterials(d: ItemDefinitionInput, add: Add): void {
  if (d.materials.length === 0 && !d.noMaterialsReason) {
    add(
      'materials',
      'materials_or_reason',
      '须至少列出一项申请材料，或说明无需材料的理由',
      'List at least one material, or give the reason no material is needed',
    );
  }
  duplicates(d.materials.map((m) => m.code)).forEach((c) =>
    add('materials', 'material_codes_unique', `材料编码“${c}”重复`, `The material code “${c}” is used twice`),
  );
  d.materials.forEach((m, i) => {
    if (m.primary && !m.required) {
      add(
        `materials[${i}].primary`,
        'primary_is_required',
        `非必要材料“${m.name}”不能是主件`,
        `The optional material “${m.nameEn}” cannot be a main material (主件)`,
      );
    }
  });
}

function checkModes(d: ItemDefinitionInput, add: Add): void {
  duplicates(d.modes).forEach((m) => add('modes', 'modes_unique', `办理方式“${m}”重复`, `The handling mode “${m}” is listed twice`));
  duplicates(d.audience).forEach((a) => add('audience', 'audience_unique', `服务对象“${a}”重复`, `The audience “${a}” is listed twice`));
  if (d.modes.includes('immediate') && d.caseKind !== 'instant') {
    add('modes', 'immediate_needs_instant', '只有即办件可以列入“马上办”', 'Only instant items can be in the “immediate” (马上办) list');
  }
  if (d.modes.includes('online') && d.onlineDepth < 3) {
    add('modes', 'online_needs_depth', '列入“网上办”的事项网上办理深度须至少为三级', 'An item in the “online” (网上办) list needs online depth 3 or 4');
  }
  if (d.modes.includes('one_visit') && d.visits > 1) {
    add('modes', 'one_visit_needs_visits', '列入“一次办”的事项到现场次数不能超过 1 次', 'An item in the “one visit” (一次办) list may need at most one visit');
  }
  if (d.onlineDepth === 4 && d.visits !== 0) {
    add('visits', 'full_online_zero_visits', '全程网办（四级）的事项到现场次数须为 0', 'A fully online item (depth 4) must need no visit');
  }
}

function duplicates<T>(xs: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const x of xs) (seen.has(x) ? dup : seen).add(x);
  return [...dup];
}
