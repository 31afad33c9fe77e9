import { describe, expect, it } from 'vitest';
import { workCalendarFromChineseDays } from '../../../platform/calendar/chinese-days-source';
import { findLimitConflict } from '../../../platform/calendar/limit-deadline';
import { demoBundles } from './bundles';
import { isValidUscc } from './codes';
import { demoDepartments } from './departments';
import { demoItems, getDemoItemByName } from './index';
import { exitEntryItems, householdItems } from './items-household';
import { ACCEPTANCE_MAX_WORKDAYS, APPROVAL_TO_PERMIT_MAX_WORKDAYS, constructionStages } from './stages';
import { expandQuery, searchSynonyms } from './synonyms';
import { DEPARTMENT_CODES, ITEM_TYPES, TOPICS } from './types';

/** The official schedules the package carries (2024–2026): a promise must fit on every acceptance day. */
const calendar = workCalendarFromChineseDays();
const SCHEDULED_YEARS = [2024, 2025, 2026];

const unique = <T>(xs: T[]) => new Set(xs).size === xs.length;

describe('demo catalog items', () => {
  it('has at least 210 items with unique codes and names', () => {
    expect(demoItems.length).toBeGreaterThanOrEqual(210);
    expect(unique(demoItems.map((i) => i.basicCode))).toBe(true);
    expect(unique(demoItems.map((i) => i.implCode))).toBe(true);
    expect(unique(demoItems.map((i) => i.name))).toBe(true);
    expect(unique(demoItems.map((i) => i.nameEn))).toBe(true);
  });

  it('uses 12-digit basic codes and implementation codes built on a valid USCC', () => {
    for (const i of demoItems) {
      expect(i.basicCode).toMatch(/^\d{12}$/);
      expect(i.implCode.length).toBeLessThanOrEqual(36);
      expect(isValidUscc(i.implCode.slice(0, 18))).toBe(true);
      expect(i.implCode.slice(18)).toBe(`${i.basicCode}000`);
    }
  });

  it('keeps every promised limit within the statutory one and 即办 at zero', () => {
    for (const i of demoItems) {
      expect(findLimitConflict(calendar, i.promisedLimit, i.statutoryLimit, SCHEDULED_YEARS), i.name).toBeNull();
      expect(i.statutoryLimit.value, i.name).toBeGreaterThan(0);
      expect(i.caseKind === 'instant', i.name).toBe(i.promisedLimit.value === 0);
      expect(i.modes.includes('immediate'), i.name).toBe(i.caseKind === 'instant');
    }
  });

  it('offers at least 80 % of the items online (网上可办率)', () => {
    const online = demoItems.filter((i) => i.modes.includes('online')).length;
    expect(online / demoItems.length).toBeGreaterThanOrEqual(0.8);
    for (const i of demoItems) expect(i.modes.includes('online'), i.name).toBe(i.onlineDepth >= 3);
  });

  it('uses only allowed department codes, each with a department record', () => {
    const known = new Set(demoDepartments.map((d) => d.code));
    for (const i of demoItems) {
      expect(DEPARTMENT_CODES).toContain(i.departmentCode);
      expect(known.has(i.departmentCode)).toBe(true);
      for (const j of i.jointDepartments ?? []) expect(DEPARTMENT_CODES).toContain(j);
    }
    expect(demoDepartments.map((d) => d.code).sort()).toEqual([...DEPARTMENT_CODES].sort());
    for (const d of demoDepartments) expect(isValidUscc(d.uscc), d.code).toBe(true);
  });

  it('charges only with a fee line and a basis, and takes online payment exactly then', () => {
    for (const i of demoItems) {
      expect(i.onlinePayment, i.name).toBe(i.fee.charged);
      if (i.fee.charged) {
        expect(i.fee.items?.length, i.name).toBeGreaterThan(0);
        for (const f of i.fee.items ?? []) {
          expect(f.amountYuan).toBeGreaterThan(0);
          expect(f.basis.length, i.name).toBeGreaterThan(10);
          expect(f.standard, i.name).toMatch(/元/);
        }
      } else {
        expect(i.fee.items).toBeUndefined();
      }
    }
    expect(demoItems.filter((i) => i.fee.charged).length / demoItems.length).toBeLessThan(0.2);
  });

  it('has well-formed materials, steps, forms, topics and bases', () => {
    for (const i of demoItems) {
      expect(i.materials.length, i.name).toBeGreaterThan(0);
      expect(unique(i.materials.map((m) => m.code)), i.name).toBe(true);
      for (const m of i.materials) if (m.primary) expect(m.required, `${i.name}/${m.name}`).toBe(true);
      expect(i.materials.some((m) => m.primary), i.name).toBe(true);
      expect(i.steps[0].role, i.name).toBe('window');
      expect(i.steps.at(-1)?.role, i.name).toBe('issue');
      expect(unique(i.formFields.map((f) => f.key)), i.name).toBe(true);
      for (const f of i.formFields) if (f.type === 'select') expect(f.options?.length, `${i.name}/${f.key}`).toBeGreaterThan(1);
      expect(i.topics.length, i.name).toBeGreaterThan(0);
      for (const t of i.topics) expect(TOPICS).toContain(t);
      expect(i.legalBasis.length, i.name).toBeGreaterThan(0);
      for (const b of i.legalBasis) expect(b, i.name).toMatch(/^《.+》/);
      expect(i.conditions.length, i.name).toBeGreaterThan(0);
      expect(i.complaintPhone).toBe('12345');
    }
    expect(new Set(demoItems.map((i) => i.type)).size).toBeGreaterThanOrEqual(ITEM_TYPES.length - 3);
  });

  it('marks 户政, 出入境, 公积金, 房产交易 and 不动产登记 items as 全市通办', () => {
    const cityWideBranches = new Set(['housing_fund', 'property_trading', 'real_estate']);
    for (const i of [...householdItems, ...exitEntryItems]) expect(i.cityWide, i.name).toBe(true);
    for (const i of demoItems) if (i.branchHall && cityWideBranches.has(i.branchHall)) expect(i.cityWide, i.name).toBe(true);
  });

  it('covers the items the work plan and the portal users need, with realistic limits and fees', () => {
    const company = getDemoItemByName('公司设立登记');
    expect([company.statutoryLimit.value, company.promisedLimit.value]).toEqual([3, 1]);
    expect(getDemoItemByName('食品经营许可证核发').promisedLimit.value).toBe(5);
    const id = getDemoItemByName('居民身份证首次申领');
    expect(id.statutoryLimit).toMatchObject({ value: 60, unit: 'natural_day' });
    expect(id.promisedLimit).toMatchObject({ value: 15, unit: 'workday' });
    expect(getDemoItemByName('普通护照签发').fee.items?.[0].amountYuan).toBe(120);
    expect(getDemoItemByName('往来港澳通行证签发').fee.items?.[0].amountYuan).toBe(60);
    for (const name of [
      '公章刻制备案', '发票申领', '税务登记信息确认', '单位社会保险登记', '住房公积金单位缴存登记', '银行开户预约',
      '机动车注册登记', '机动车驾驶证有效期满换证', '机动车驾驶证遗失补证', '出生登记', '户口迁入（购房落户）', '居民身份证换领',
      '居民身份证补领', '居住证申领', '大陆居民往来台湾通行证签发', '建筑工程施工许可证核发', '建设工程消防设计审查',
      '工程建设项目竣工联合验收', '企业投资项目核准', '出生医学证明首次签发', '生育登记', '义务教育招生入学报名',
      '内地居民结婚登记', '内地居民离婚登记', '职工正常退休（职）申请', '城乡居民基本医疗保险参保登记', '异地就医备案',
      '残疾人证新办', '最低生活保障审核确认', '公共租赁住房保障申请', '老年人优待证办理', '退役军人优待证申领',
      '商品房买卖合同网签备案', '抵押权首次登记', '购买自住住房提取住房公积金', '住房公积金个人住房贷款申请', '外国人来华工作许可',
    ]) {
      expect(() => getDemoItemByName(name), name).not.toThrow();
    }
  });
});

describe('demo bundles', () => {
  const codes = new Set(demoItems.map((i) => i.basicCode));

  it('has 企业开办 and the 15 一件事 bundles, all referencing existing items', () => {
    expect(demoBundles.filter((b) => b.kind === 'enterprise_opening')).toHaveLength(1);
    expect(demoBundles.filter((b) => b.kind === 'one_thing')).toHaveLength(15);
    expect(unique(demoBundles.map((b) => b.code))).toBe(true);
    expect(unique(demoBundles.map((b) => b.nameZh))).toBe(true);
    for (const b of demoBundles) {
      expect(b.itemBasicCodes.length, b.code).toBeGreaterThanOrEqual(2);
      for (const c of [...b.itemBasicCodes, ...b.optionalItemBasicCodes]) expect(codes.has(c), `${b.code}/${c}`).toBe(true);
      expect(b.optionalItemBasicCodes.some((c) => b.itemBasicCodes.includes(c)), b.code).toBe(false);
      expect(DEPARTMENT_CODES).toContain(b.leadDepartment);
    }
  });

  it('opens a business within 2 working days through one form', () => {
    const opening = demoBundles.find((b) => b.kind === 'enterprise_opening');
    expect(opening?.promisedWorkdays).toBeLessThanOrEqual(2);
    for (const name of ['公司设立登记', '公章刻制备案', '发票申领', '单位社会保险登记', '住房公积金单位缴存登记', '银行开户预约']) {
      expect(opening?.itemBasicCodes).toContain(getDemoItemByName(name).basicCode);
    }
  });

  it('does not ask restaurants for the abolished public-place hygiene permit', () => {
    const restaurant = demoBundles.find((b) => b.code === 'open-restaurant');
    const hygiene = getDemoItemByName('公共场所卫生许可').basicCode;
    expect(restaurant?.itemBasicCodes).toContain(getDemoItemByName('食品经营许可证核发').basicCode);
    expect([...(restaurant?.itemBasicCodes ?? []), ...(restaurant?.optionalItemBasicCodes ?? [])]).not.toContain(hygiene);
  });
});

describe('demo construction stages', () => {
  it('has four stages whose parallel promises fit 65 + 35 working days', () => {
    expect(constructionStages.map((s) => s.order)).toEqual([1, 2, 3, 4]);
    const byCode = new Map(demoItems.map((i) => [i.basicCode, i]));
    const longest = constructionStages.map((s) =>
      Math.max(...s.itemBasicCodes.map((c) => {
        const l = byCode.get(c)?.promisedLimit;
        if (!l) throw new Error(`missing ${c}`);
        return l.unit === 'workday' ? l.value : Math.ceil((l.value * 5) / 7);
      })),
    );
    expect(longest[0] + longest[1] + longest[2]).toBeLessThanOrEqual(APPROVAL_TO_PERMIT_MAX_WORKDAYS);
    expect(longest[3]).toBeLessThanOrEqual(ACCEPTANCE_MAX_WORKDAYS);
  });
});

describe('search synonyms', () => {
  const names = [...demoItems.map((i) => i.name), ...demoBundles.map((b) => b.nameZh)];

  it('has 80+ entries whose every target occurs in an item or bundle name', () => {
    expect(Object.keys(searchSynonyms).length).toBeGreaterThanOrEqual(80);
    for (const [word, targets] of Object.entries(searchSynonyms)) {
      expect(targets.length, word).toBeGreaterThan(0);
      for (const t of targets) expect(names.some((n) => n.includes(t)), `${word} → ${t}`).toBe(true);
    }
  });

  it('expands everyday wording in a query', () => {
    expect(expandQuery('驾照丢了怎么办')).toEqual(['驾照丢了怎么办', '机动车驾驶证', '机动车驾驶证遗失补证']);
    expect(expandQuery('我想开饭店')).toContain('食品经营许可证核发');
    expect(expandQuery('无关')).toEqual(['无关']);
  });
});
