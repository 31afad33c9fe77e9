import { describe, expect, it } from 'vitest';
import { ApiError } from '../shared/api';
import type { BundlePlan, BundleQuestion } from '../../shared/bundles/bundles.wire';
import { answerText, bundleMaterialRefs, byStage, mergePrefills, missingUploads, problemTexts, toAnswers, toFormFields, withFieldNames } from './bundleForm';

const questions: BundleQuestion[] = [
  { key: 'entityType', text: '以什么主体经营？', textEn: 'Kind', kind: 'choice', options: [{ value: 'company', labelZh: '公司', labelEn: 'Company' }] },
  { key: 'floorArea', text: '面积', textEn: 'Area', kind: 'number', unitZh: '㎡', unitEn: 'm²' },
  { key: 'usesGas', text: '燃气', textEn: 'Gas', kind: 'yes_no' },
];

const plan = {
  bundleCode: 'open-restaurant',
  items: [
    { itemCode: 'A', stage: 2, selected: true },
    { itemCode: 'B', stage: 1, selected: true },
    { itemCode: 'C', stage: 2, selected: false },
  ],
  form: [
    {
      key: 'entityName',
      label: '名称',
      labelEn: 'Name',
      type: 'text',
      required: true,
      items: [
        { itemCode: 'B', field: 'entityName' },
        { itemCode: 'A', field: 'name' },
      ],
    },
    { key: 'kind', label: '业态', labelEn: 'Kind', type: 'mystery', required: false, items: [{ itemCode: 'A', field: 'kind' }] },
  ],
  materials: [
    { key: 'M1', name: '章程', required: true, provision: 'upload', producedBy: null, hasBlankForm: false, items: [] },
    { key: 'M2', name: '租赁合同', required: false, provision: 'upload', producedBy: null, hasBlankForm: false, items: [] },
    { key: 'M3', name: '营业执照', required: true, provision: 'in_bundle', producedBy: null, hasBlankForm: false, items: [] },
  ],
  promisedWorkdays: 2,
  milestones: [],
  separately: { materials: 5, forms: 3, fields: 9 },
} as unknown as BundlePlan;

describe('bundle application helpers', () => {
  it('turns answers into the API shape: booleans, numbers, options; empty ones left out', () => {
    expect(toAnswers(questions, { entityType: 'company', floorArea: '120', usesGas: false, other: 1 })).toEqual({
      entityType: 'company',
      floorArea: 120,
      usesGas: false,
    });
    expect(toAnswers(questions, { floorArea: '' })).toEqual({});
  });

  it('says an answer in words', () => {
    const yn = { yes: '是', no: '否' };
    expect(answerText(questions[0], 'company', 'zh-CN', yn)).toBe('公司');
    expect(answerText(questions[1], 120, 'en-US', yn)).toBe('120 m²');
    expect(answerText(questions[2], false, 'zh-CN', yn)).toBe('否');
  });

  it('renders the merged form as case form fields, an unknown type as text', () => {
    expect(toFormFields(plan.form).map((f) => [f.key, f.type, f.labelZh])).toEqual([
      ['entityName', 'text', '名称'],
      ['kind', 'text', '业态'],
    ]);
  });

  it('asks for uploads only, by merged key, and names the required ones missing', () => {
    const file = (fileId: string) => ({ fileId, name: 'a.pdf', size: 1, mimeType: 'application/pdf' }) as never;
    expect(missingUploads(plan, {}).map((m) => m.key)).toEqual(['M1']);
    expect(bundleMaterialRefs(plan, { M1: [file('f1')], M3: [file('f3')] })).toEqual([{ key: 'M1', fileId: 'f1' }]);
  });

  it('groups members by stage in order', () => {
    expect(byStage(plan.items).map((g) => [g.stage, g.items.map((i) => i.itemCode)])).toEqual([
      [1, ['B']],
      [2, ['A', 'C']],
    ]);
  });

  it('puts each member’s prefill on the merged field that fills it, the first value winning', () => {
    const merged = mergePrefills(plan.form, [
      { itemCode: 'A', prefill: { values: { name: '甲' }, sources: { name: { label: '账号', labelEn: 'Account' } } } },
      { itemCode: 'B', prefill: { values: { entityName: '乙' }, sources: {} } },
    ]);
    expect(merged).toEqual({ values: { entityName: '乙' }, sources: {} });
  });

  it('puts the bundle API’s form problems in the case form’s shape, a path naming its field', () => {
    const e = new ApiError({
      status: 400,
      code: 'BUNDLE_FORM_INVALID',
      message: 'x',
      detailList: [
        { path: ['form', 'entityName'], zh: '必填', en: 'Required' },
        { field: 'uscc', zh: '校验位错误', en: 'Bad check digit' },
      ],
    });
    const shaped = withFieldNames(e);
    expect(shaped.code).toBe('FORM_INVALID');
    expect(shaped.detailList).toEqual([
      { path: ['form', 'entityName'], field: 'entityName', zh: '必填', en: 'Required' },
      { field: 'uscc', zh: '校验位错误', en: 'Bad check digit' },
    ]);
    expect(problemTexts(shaped, 'en-US')).toEqual(['Required', 'Bad check digit']);
  });
});
