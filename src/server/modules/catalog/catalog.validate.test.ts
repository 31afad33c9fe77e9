import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../../platform/calendar/calendar-2026.fixture';
import { BAOTOU_DEPARTMENTS } from '../../platform/org/baotou';
import { itemDefinitionSchema } from './catalog.definition';
import { diffDefinitions } from './catalog.diff';
import { demoDefinition } from './catalog.seed';
import { validateItem } from './catalog.validate';
import { demoItems } from './demo/index';

const departments = new Set(BAOTOU_DEPARTMENTS.map((d) => d.code));
const vc = { departments, calendar: calendar2026(), years: [2026] };

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
      for (const p of validateItem(code, parsed.data, vc)) broken.push(`${code} ${item.name}: ${p.rule} ${p.en}`);
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
    const rules = validateItem('12345', bad, vc).map((p) => p.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['basic_code_format', 'department_exists', 'promised_within_statutory', 'instant_means_zero_promised', 'material_codes_unique']),
    );
    expect(validateItem(code, { ...d, materials: [] }, vc).map((p) => p.rule)).toContain('materials_or_reason');
    expect(validateItem(code, { ...d, materials: [], noMaterialsReason: '信息共享获取，无需提交材料' }, vc).map((p) => p.rule)).not.toContain(
      'materials_or_reason',
    );
    // 15 working days fit in 30 natural days on every acceptance day of 2026; 20 do not across Spring Festival.
    const mixed = (w: number) =>
      validateItem(code, { ...d, statutoryLimit: { value: 30, unit: 'natural_day' }, promisedLimit: { value: w, unit: 'workday' } }, vc);
    expect(mixed(15).map((p) => p.rule)).not.toContain('promised_within_statutory');
    expect(mixed(20).map((p) => p.rule)).toContain('promised_within_statutory');
  });

  it('checks limits with the real calendar: 10 working days from 2026-09-30 end after 15 natural days', () => {
    const { code, definition } = demoDefinition(demoItems.find((i) => i.caseKind === 'promised')!);
    const d = itemDefinitionSchema.parse(definition);
    const check = (promised: number) =>
      validateItem(code, { ...d, statutoryLimit: { value: 15, unit: 'natural_day' }, promisedLimit: { value: promised, unit: 'workday' } }, vc).find(
        (p) => p.rule === 'promised_within_statutory',
      );
    // 10 × 7/5 = 14 natural days "fits" 15, but across National Day the promise ends 10-20 and the statute 10-15.
    const problem = check(10);
    expect(problem?.en).toContain('2026-');
    expect(problem?.zh).toContain('法定期限却在');
    // The first acceptance day that breaks it is named; accepted 2026-09-30 is certainly one of the breaking days.
    expect(check(5)).toBeUndefined();
  });
});

describe('version diff', () => {
  it('reports changed fields, materials by code, and list additions', () => {
    const a = {
      name: '甲',
      limits: { value: 5 },
      materials: [
        { code: 'M1', name: '身份证' },
        { code: 'M2', name: '照片' },
      ],
      conditions: ['一', '二'],
    };
    const b = {
      name: '乙',
      limits: { value: 3 },
      materials: [
        { code: 'M1', name: '居民身份证' },
        { code: 'M3', name: '申请表' },
      ],
      conditions: ['一', '三'],
    };
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
