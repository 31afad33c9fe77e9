import { describe, expect, it } from 'vitest';
import type { FormField } from '../../../../shared/catalog/catalog.wire';
import { applySteps, stepAt } from './applySteps';

const field = (key: string, type: FormField['type'] = 'text'): FormField => ({ key, labelZh: key, labelEn: key, type, required: true });
const MATERIAL = { code: 'M01' } as never;

describe('the guided application’s steps', () => {
  it('asks who applies, then the item’s own questions, materials, delivery, and ends on the check page', () => {
    const steps = applySteps({
      formFields: [
        field('applicantName'),
        field('idNumber', 'idNumber'),
        field('mobile', 'mobile'),
        field('businessAddress', 'address'),
        field('area', 'number'),
      ],
      materials: [MATERIAL],
      resultType: 'licence',
      expressDelivery: true,
    });
    expect(steps.map((s) => s.key)).toEqual(['applicant', 'details', 'materials', 'delivery', 'check']);
    expect(steps[0]?.fields.map((f) => f.key)).toEqual(['applicantName', 'idNumber', 'mobile']);
    expect(steps[1]?.fields.map((f) => f.key)).toEqual(['businessAddress', 'area']);
  });

  it('leaves out a step with nothing to ask, and the delivery question when the window is the only way', () => {
    const steps = applySteps({ formFields: [field('entityName'), field('uscc', 'uscc')], materials: [], resultType: 'filing', expressDelivery: false });
    expect(steps.map((s) => s.key)).toEqual(['applicant', 'check']);
    expect(applySteps({ formFields: [], materials: [], resultType: 'other', expressDelivery: true }).map((s) => s.key)).toEqual(['delivery', 'check']);
  });

  it('starts over at the first step for an unknown step in the address', () => {
    const steps = applySteps({ formFields: [field('area', 'number')], materials: [MATERIAL], resultType: 'certificate', expressDelivery: false });
    expect(stepAt(steps, 'materials')).toBe(1);
    expect(stepAt(steps, 'applicant')).toBe(0);
    expect(stepAt(steps, null)).toBe(0);
  });
});
