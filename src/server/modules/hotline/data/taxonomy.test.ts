import { describe, expect, it } from 'vitest';
import {
  CATEGORY_GROUPS,
  HANDLING_LIMITS,
  LEAF_CATEGORIES,
  findCategory,
  findLeavesOfGroup,
  isLeafCategoryCode,
} from './taxonomy';

// docs/domain.md §7, copied here on purpose: a typo in the taxonomy must not pass by matching itself.
const DOMAIN_DEPARTMENTS = new Set([
  'gov-office', 'gov-services', 'market-regulation', 'public-security', 'taxation', 'hr-social-security',
  'development-reform', 'industry-it', 'natural-resources', 'ecology-environment', 'emergency-management',
  'housing-construction', 'forestry-grassland', 'science-technology', 'finance', 'justice', 'housing-fund',
  'investment-promotion', 'establishment-office', 'organization-dept', 'discipline-inspection', 'weather',
  'urban-management', 'transport', 'health', 'education', 'civil-affairs', 'water-affairs', 'culture-tourism',
  'agriculture', 'commerce', 'medical-security', 'veterans', 'heating', 'water-supply', 'power-supply', 'gas-supply',
]);

describe('12345 taxonomy', () => {
  it('has 40–80 leaf categories with unique, stable ASCII codes under known groups', () => {
    expect(LEAF_CATEGORIES.length).toBeGreaterThanOrEqual(40);
    // Real 12345 taxonomies have hundreds of leaves; 80 keeps the demo one reviewable while covering tax, vehicles, land, rental, dogs and parcels.
    expect(LEAF_CATEGORIES.length).toBeLessThanOrEqual(80);
    const codes = LEAF_CATEGORIES.map((leaf) => leaf.code);
    expect(new Set(codes).size).toBe(codes.length);
    const groups = new Set(CATEGORY_GROUPS.map((group) => group.code));
    for (const leaf of LEAF_CATEGORIES) {
      expect(leaf.code).toMatch(/^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/);
      expect(leaf.code.startsWith(`${leaf.parentCode}.`)).toBe(true);
      expect(groups.has(leaf.parentCode)).toBe(true);
    }
    for (const group of CATEGORY_GROUPS) expect(findLeavesOfGroup(group.code).length).toBeGreaterThan(0);
  });

  it('routes every leaf to a department code of docs/domain.md §7', () => {
    for (const leaf of LEAF_CATEGORIES) expect(DOMAIN_DEPARTMENTS.has(leaf.departmentCode), leaf.code).toBe(true);
  });

  it('documents every leaf in both languages with search keywords', () => {
    for (const leaf of LEAF_CATEGORIES) {
      for (const text of [leaf.nameZh, leaf.nameEn, leaf.descriptionZh, leaf.descriptionEn]) expect(text.length).toBeGreaterThan(1);
      expect(leaf.keywords.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('derives each limit from the urgency as docs/domain.md §8 sets them', () => {
    expect(HANDLING_LIMITS).toEqual({
      urgent: { value: 2, unit: 'hours' },
      utility: { value: 24, unit: 'hours' },
      normal: { value: 5, unit: 'workdays' },
      complex: { value: 15, unit: 'workdays' },
    });
    for (const leaf of LEAF_CATEGORIES) expect(leaf.limit).toEqual(HANDLING_LIMITS[leaf.urgency]);
  });

  it('gives water, power, gas and heating faults the 24-hour utility limit', () => {
    const utilities = new Set(['heating', 'water-supply', 'power-supply', 'gas-supply']);
    for (const leaf of LEAF_CATEGORIES.filter((item) => item.urgency === 'utility')) {
      expect(utilities.has(leaf.departmentCode), leaf.code).toBe(true);
    }
    for (const code of ['heating.low-temperature', 'heating.leak', 'heating.no-supply', 'water.outage', 'power.outage', 'gas.supply']) {
      expect(findCategory(code)?.limit).toEqual({ value: 24, unit: 'hours' });
    }
  });

  it('treats safety-critical categories as urgent and long investigations as complex', () => {
    expect(findCategory('gas.leak')?.limit).toEqual({ value: 2, unit: 'hours' });
    expect(findCategory('urban.manhole-cover')?.urgency).toBe('urgent');
    expect(findCategory('safety.hazard')?.urgency).toBe('urgent');
    expect(findCategory('labor.dispute')?.limit).toEqual({ value: 15, unit: 'workdays' });
    expect(findCategory('urban.streetlight')?.limit).toEqual({ value: 5, unit: 'workdays' });
  });

  it('links consumer complaints to 12315 and routes them to market regulation', () => {
    const consumer = findCategory('market.consumer-complaint');
    expect(consumer?.linkedHotline).toBe('12315');
    expect(consumer?.departmentCode).toBe('market-regulation');
    expect(LEAF_CATEGORIES.filter((leaf) => leaf.linkedHotline)).toHaveLength(1);
  });

  it('covers the topics the brief names', () => {
    const expected: Record<string, string> = {
      'heating.low-temperature': 'heating',
      'urban.street-vending': 'urban-management',
      'labor.wage-arrears': 'hr-social-security',
      'housing.property-management': 'housing-construction',
      'environment.noise': 'ecology-environment',
      'transport.taxi': 'transport',
      'public-security.exit-entry': 'public-security',
      'housing-fund.withdrawal': 'housing-fund',
      'medical-insurance.reimbursement': 'medical-security',
      'veterans.benefits': 'veterans',
    };
    for (const [code, department] of Object.entries(expected)) expect(findCategory(code)?.departmentCode).toBe(department);
  });

  it('looks categories up by code and rejects unknown codes', () => {
    expect(isLeafCategoryCode('water.outage')).toBe(true);
    expect(isLeafCategoryCode('water')).toBe(false);
    expect(findCategory('nope.nothing')).toBeUndefined();
    expect(findLeavesOfGroup('heating').map((leaf) => leaf.code)).toEqual(['heating.low-temperature', 'heating.leak', 'heating.no-supply', 'heating.fee']);
  });

  it('is immutable, so no caller can change another caller’s limits', () => {
    expect(Object.isFrozen(LEAF_CATEGORIES)).toBe(true);
    expect(Object.isFrozen(LEAF_CATEGORIES[0])).toBe(true);
    expect(Object.isFrozen(HANDLING_LIMITS.urgent)).toBe(true);
  });
});
