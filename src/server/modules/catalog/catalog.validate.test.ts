import { describe, expect, it } from 'vitest';
import { BAOTOU_DEPARTMENTS } from '../../platform/org/baotou';
import { itemDefinitionSchema } from './catalog.definition';
import { diffDefinitions } from './catalog.diff';
import { demoDefinition } from './catalog.seed';
import { validateItem } from './catalog.validate';
import { demoItems } from './demo/index';

const departments = new Set(BAOTOU_DEPARTMENTS.map((d) => d.code));

describe('catalog rules', () => {
  it('accepts every demo item: shape and rules', () => {
    const broken: string[] = [];
    for (const item of demoItems) {
      const { code, definition } = demoDefinition(item);
      const parsed = itemDefinitionSchema.safeParse(definition);
      if (!parsed.success) {
        broken.push(`${code} ${item.name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        continue;
      }
      for (const p of validateItem(code, parsed.data, { departments })) broken.push(`${code} ${item.name}: ${p.rule} ${p.en}`);
    }
    expect(broken).toEqual([]);
  });

  it('reports every broken rule at once', () => {
    const { code, definition } = demoDefinition(demoItems.find((i) => i.caseKind === 'promised' && i.materials.length > 1)!);
    const d = itemDefinitionSchema.parse(definition);
    const bad = {
      ...d,
      promisedLimit: { value: d.statutoryLimit.value + 1, unit: d.statutoryLimit.unit },
      caseKind: 'instant' as const,
      materials: [d.materials[0], d.materials[0]],
      departmentCode: 'nowhere',
    };
    const rules = validateItem('12345', bad, { departments }).map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['basic_code_format', 'department_exists', 'promised_within_statutory', 'instant_means_zero_promised', 'material_codes_unique']));
    expect(validateItem(code, { ...d, materials: [] }, { departments }).map((p) => p.rule)).toContain('materials_or_reason');
    expect(validateItem(code, { ...d, materials: [], noMaterialsReason: '信息共享获取，无需提交材料' }, { departments }).map((p) => p.rule)).not.toContain('materials_or_reason');
    // 20 working days fit in 30 natural days, 25 do not.
    const mixed = (w: number) => validateItem(code, { ...d, statutoryLimit: { value: 30, unit: 'natural_day' }, promisedLimit: { value: w, unit: 'workday' } }, { departments });
    expect(mixed(20).map((p) => p.rule)).not.toContain('promised_within_statutory');
    expect(mixed(25).map((p) => p.rule)).toContain('promised_within_statutory');
  });
});

describe('version diff', () => {
  it('reports changed fields, materials by code, and list additions', () => {
    const a = { name: '甲', limits: { value: 5 }, materials: [{ code: 'M1', name: '身份证' }, { code: 'M2', name: '照片' }], conditions: ['一', '二'] };
    const b = { name: '乙', limits: { value: 3 }, materials: [{ code: 'M1', name: '居民身份证' }, { code: 'M3', name: '申请表' }], conditions: ['一', '三'] };
    expect(diffDefinitions(a, b)).toEqual([
      { path: 'name', change: 'changed', from: '甲', to: '乙' },
      { path: 'limits.value', change: 'changed', from: 5, to: 3 },
      { path: 'materials[M1].name', change: 'changed', from: '身份证', to: '居民身份证' },
      { path: 'materials[M2]', change: 'removed', from: { code: 'M2', name: '照片' } },
      { path: 'materials[M3]', change: 'added', to: { code: 'M3', name: '申请表' } },
      { path: 'conditions', change: 'changed', from: ['一', '二'], to: ['一', '三'], added: ['三'], removed: ['二'] },
    ]);
    expect(diffDefinitions({ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 })).toEqual([]);
  });
});
