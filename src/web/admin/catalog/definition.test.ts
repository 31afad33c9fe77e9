import { describe, expect, it } from 'vitest';
import { blankDefinition, sectionOf, toDefinition, toFieldName } from './definition';

describe('toFieldName', () => {
  it('turns catalog rule paths into form field names', () => {
    expect(toFieldName('promisedLimit.value')).toEqual(['promisedLimit', 'value']);
    expect(toFieldName('materials[2].code')).toEqual(['materials', 2, 'code']);
    expect(toFieldName('formFields[1].options')).toEqual(['formFields', 1, 'options']);
    expect(toFieldName('jointDepartments[0]')).toEqual(['jointDepartments', 0]);
  });

  it('turns schema failure paths (body.definition.…) into the same names', () => {
    expect(toFieldName('body.definition.materials.0.code')).toEqual(['materials', 0, 'code']);
    expect(toFieldName('body.code')).toEqual(['code']);
  });
});

describe('sectionOf', () => {
  it('finds the editor section of a path', () => {
    expect(sectionOf('promisedLimit.value')).toBe('limits');
    expect(sectionOf('materials[3].name')).toBe('materials');
    expect(sectionOf('fee')).toBe('fees');
    expect(sectionOf('body.definition.steps.0.role')).toBe('process');
    expect(sectionOf('somethingNew')).toBe('basics');
  });
});

describe('toDefinition', () => {
  it('drops empty optional values, trims text and keeps fee lines only when charged', () => {
    const d = toDefinition({
      ...blankDefinition(),
      name: '  测试事项 ',
      conditions: ['有效条件', '', '  '],
      statutoryLimit: { value: 20, unit: 'workday', note: '' },
      fee: { charged: false, items: [{ name: 'x', standard: 'y', amountYuan: 1, basis: 'z' }] },
      branchHall: '',
      formFields: [{ key: 'a', labelZh: '甲', labelEn: 'A', type: 'text', required: true, options: [{ value: 'v', labelZh: 'v', labelEn: 'v' }] }],
    } as never);
    expect(d.name).toBe('测试事项');
    expect(d.conditions).toEqual(['有效条件']);
    expect(d.statutoryLimit).toEqual({ value: 20, unit: 'workday' });
    expect(d.fee).toEqual({ charged: false });
    expect('branchHall' in d).toBe(false);
    expect(d.formFields[0].options).toBeUndefined();
    expect(d.complaintPhone).toBe('12345');
    // Empty optional lists stay absent so an untouched item saves unchanged.
    expect('keywords' in d).toBe(false);
    expect('jointDepartments' in d).toBe(false);
  });

  it('keeps the fee lines of a charged item', () => {
    const items = [{ name: '工本费', standard: '10元/本', amountYuan: 10, basis: '依据' }];
    expect(toDefinition({ ...blankDefinition(), fee: { charged: true, items } }).fee).toEqual({ charged: true, items });
  });
});
