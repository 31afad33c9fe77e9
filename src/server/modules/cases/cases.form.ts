import type { z } from 'zod';
import { isIsoDate } from '../../platform/calendar/shanghai-date';
import { mobileSchema, residentIdSchema, usccSchema } from '../../platform/ids/zod';
import type { FormField } from '../catalog';

/**
 * Server-side validation of an application form against the item's `formFields` — the same rules
 * the web app renders, so a form that passes in the browser passes here and one that was tampered
 * with does not.
 */

export type FormValue = string | number;

export interface FormProblem {
  field: string;
  code: 'REQUIRED' | 'UNKNOWN_FIELD' | 'NOT_TEXT' | 'TOO_LONG' | 'NOT_NUMBER' | 'NOT_DATE' | 'NOT_OPTION' | 'ID_NUMBER' | 'USCC' | 'MOBILE';
  zh: string;
  en: string;
}

const MAX_TEXT = 500;

function idProblem(schema: z.ZodType<string>, value: string): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? 'invalid');
}

function checkField(f: FormField, raw: unknown): { value?: FormValue; problem?: Omit<FormProblem, 'field'> } {
  const label = { zh: f.labelZh, en: f.labelEn };
  if (f.type === 'number') {
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    return Number.isFinite(n) ? { value: n } : { problem: { code: 'NOT_NUMBER', zh: `${label.zh}须为数字`, en: `${label.en} must be a number` } };
  }
  if (typeof raw !== 'string') return { problem: { code: 'NOT_TEXT', zh: `${label.zh}须为文字`, en: `${label.en} must be text` } };
  const v = raw.trim();
  if (v.length > MAX_TEXT)
    return { problem: { code: 'TOO_LONG', zh: `${label.zh}最多 ${MAX_TEXT} 个字`, en: `${label.en} is longer than ${MAX_TEXT} characters` } };
  switch (f.type) {
    case 'date':
      return isIsoDate(v)
        ? { value: v }
        : { problem: { code: 'NOT_DATE', zh: `${label.zh}须为有效日期（YYYY-MM-DD）`, en: `${label.en} must be a real date (YYYY-MM-DD)` } };
    case 'select':
      return f.options?.some((o) => o.value === v)
        ? { value: v }
        : { problem: { code: 'NOT_OPTION', zh: `${label.zh}须从列表中选择`, en: `${label.en} must be one of the listed options` } };
    case 'idNumber': {
      const p = idProblem(residentIdSchema, v);
      return p ? { problem: { code: 'ID_NUMBER', zh: `${label.zh}：${p}`, en: `${label.en}: ${p}` } } : { value: v.toUpperCase() };
    }
    case 'uscc': {
      const p = idProblem(usccSchema, v);
      return p ? { problem: { code: 'USCC', zh: `${label.zh}：${p}`, en: `${label.en}: ${p}` } } : { value: v.toUpperCase() };
    }
    case 'mobile': {
      const p = idProblem(mobileSchema, v);
      return p ? { problem: { code: 'MOBILE', zh: `${label.zh}：${p}`, en: `${label.en}: ${p}` } } : { value: v };
    }
    default:
      return { value: v };
  }
}

/**
 * Checks every field and reports every problem at once (一次性告知). A draft (`partial`) may leave
 * required fields empty; everything it does contain must still be valid. Returns the normalised
 * values (trimmed, ID letters upper-cased, numbers as numbers).
 */
export function validateForm(
  fields: readonly FormField[],
  form: Record<string, unknown>,
  opts: { partial: boolean },
): { value: Record<string, FormValue>; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const value: Record<string, FormValue> = {};
  const known = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(form)) {
    if (!known.has(key)) problems.push({ field: key, code: 'UNKNOWN_FIELD', zh: `表单没有字段“${key}”`, en: `The form has no field “${key}”` });
  }
  for (const f of fields) {
    const raw = form[f.key];
    const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
    if (empty) {
      if (f.required && !opts.partial) problems.push({ field: f.key, code: 'REQUIRED', zh: `请填写${f.labelZh}`, en: `${f.labelEn} is required` });
      continue;
    }
    const r = checkField(f, raw);
    if (r.problem) problems.push({ field: f.key, ...r.problem });
    else value[f.key] = r.value as FormValue;
  }
  return { value, problems };
}
