import { offeredDeliveryModes } from '../../../../shared/catalog/catalog.enums';
import type { FormField, Guide } from '../../../../shared/catalog/catalog.wire';

/**
 * The guided application's steps (docs/decisions.md D27): one question group per page. A step
 * with nothing to ask is left out; the check-your-answers page is always last.
 */

export const STEP_KEYS = ['applicant', 'details', 'materials', 'delivery', 'check'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** The catalog's standard fields that say who applies (the server fills them from the account). */
const APPLICANT_KEYS: ReadonlySet<string> = new Set(['applicantName', 'idNumber', 'mobile', 'entityName', 'uscc', 'legalRepName']);

export interface ApplyStep {
  key: StepKey;
  /** The form fields asked on this step (empty for materials, delivery and check). */
  fields: FormField[];
}

type Item = Guide['item'];

/** The steps of applying for an item, in order. */
export function applySteps(item: Pick<Item, 'formFields' | 'materials' | 'resultType' | 'expressDelivery'>): ApplyStep[] {
  const applicant = item.formFields.filter((f) => APPLICANT_KEYS.has(f.key));
  const details = item.formFields.filter((f) => !APPLICANT_KEYS.has(f.key));
  const steps: ApplyStep[] = [];
  if (applicant.length) steps.push({ key: 'applicant', fields: applicant });
  if (details.length) steps.push({ key: 'details', fields: details });
  if (item.materials.length) steps.push({ key: 'materials', fields: [] });
  // One way only (at the window) is not a question; the check page still says it.
  if (offeredDeliveryModes(item).length > 1) steps.push({ key: 'delivery', fields: [] });
  steps.push({ key: 'check', fields: [] });
  return steps;
}

/** The step a `?step=` value names, or the first one (an unknown or stale value starts over). */
export function stepAt(steps: readonly ApplyStep[], key: string | null): number {
  const i = steps.findIndex((s) => s.key === key);
  return i < 0 ? 0 : i;
}
