import { describe, expect, it } from 'vitest';
import type { FormField } from '../catalog';
import { validateForm } from './cases.form';

const FIELDS: FormField[] = [
  { key: 'applicantName', labelZh: '申请人姓名', labelEn: 'Applicant name', type: 'text', required: true },
  { key: 'idNumber', labelZh: '公民身份号码', labelEn: 'Resident ID number', type: 'idNumber', required: true },
  { key: 'uscc', labelZh: '统一社会信用代码', labelEn: 'Credit code', type: 'uscc', required: false },
  { key: 'mobile', labelZh: '联系电话', labelEn: 'Mobile', type: 'mobile', required: true },
  { key: 'area', labelZh: '面积', labelEn: 'Area', type: 'number', required: true },
  { key: 'startDate', labelZh: '起始日期', labelEn: 'Start date', type: 'date', required: false },
  { key: 'kind', labelZh: '业态', labelEn: 'Kind', type: 'select', required: true, options: [{ value: 'sale', labelZh: '销售', labelEn: 'Sale' }] },
];

describe('form validation against the item’s fields', () => {
  it('normalises a valid form', () => {
    const r = validateForm(
      FIELDS,
      { applicantName: ' 王晓明 ', idNumber: '11010519491231002x', mobile: '13947201234', area: '60.5', kind: 'sale', startDate: '2026-10-08' },
      { partial: false },
    );
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual({
      applicantName: '王晓明',
      idNumber: '11010519491231002X',
      mobile: '13947201234',
      area: 60.5,
      kind: 'sale',
      startDate: '2026-10-08',
    });
  });

  it('reports every problem at once with both languages', () => {
    const r = validateForm(
      FIELDS,
      { idNumber: '110105194912310021', uscc: '91350100M000100Y44', mobile: '2394720123', area: 'big', kind: 'buy', startDate: '2026-02-30', extra: 1 },
      { partial: false },
    );
    expect(r.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'extra:UNKNOWN_FIELD',
      'applicantName:REQUIRED',
      'idNumber:ID_NUMBER',
      'uscc:USCC',
      'mobile:MOBILE',
      'area:NOT_NUMBER',
      'startDate:NOT_DATE',
      'kind:NOT_OPTION',
    ]);
    expect(r.problems.find((p) => p.field === 'idNumber')?.zh).toContain('校验位');
    expect(r.problems.every((p) => p.zh && p.en)).toBe(true);
  });

  it('lets a draft leave required fields empty but not hold invalid values', () => {
    expect(validateForm(FIELDS, { applicantName: '王' }, { partial: true }).problems).toEqual([]);
    expect(validateForm(FIELDS, { mobile: '123' }, { partial: true }).problems.map((p) => p.code)).toEqual(['MOBILE']);
  });

  it('refuses non-text values and over-long text', () => {
    const r = validateForm(FIELDS, { applicantName: 5, idNumber: 'x'.repeat(501), mobile: '13947201234', area: 1, kind: 'sale' }, { partial: false });
    expect(r.problems.map((p) => p.code)).toEqual(['NOT_TEXT', 'TOO_LONG']);
  });
});
