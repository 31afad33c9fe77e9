import { beforeAll, describe, expect, it } from 'vitest';
import { DISTRICTS, findDistrict } from './baotou-places';
import { PHRASEBOOKS, generateDemoTickets, type DemoTicket } from './demo-tickets';
import { mulberry32 } from './prng';
import { LEAF_CATEGORIES, findCategory } from './taxonomy';
import { HISTORY_END, HISTORY_START, isInHeatingSeason } from './ticket-dates';
import { pickLocation } from './ticket-location';
import { chainLookups, fillTemplate } from './template-fill';
import { SHARED_SLOTS, TYPOS } from './ticket-phrases';

let tickets: DemoTicket[];
let generationMs: number;

beforeAll(() => {
  const start = performance.now();
  tickets = generateDemoTickets();
  generationMs = performance.now() - start;
});

describe('generateDemoTickets', () => {
  it('produces at least 3,000 tickets and at least 30 in every leaf category', () => {
    expect(tickets.length).toBeGreaterThanOrEqual(3000);
    const perCategory = new Map<string, number>();
    for (const ticket of tickets) perCategory.set(ticket.categoryCode, (perCategory.get(ticket.categoryCode) ?? 0) + 1);
    for (const leaf of LEAF_CATEGORIES) expect(perCategory.get(leaf.code) ?? 0, leaf.code).toBeGreaterThanOrEqual(30);
    expect(perCategory.size).toBe(LEAF_CATEGORIES.length);
  });

  it('has exactly one phrasebook per leaf category', () => {
    expect(Object.keys(PHRASEBOOKS).sort()).toEqual(LEAF_CATEGORIES.map((leaf) => leaf.code).sort());
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoTickets()).toEqual(tickets);
    const other = generateDemoTickets({ seed: 7 });
    expect(other.slice(0, 20).map((t) => t.text)).not.toEqual(tickets.slice(0, 20).map((t) => t.text));
  });

  it('is fast enough to run on every start-up', () => {
    expect(generationMs).toBeLessThan(1000);
  });

  it('labels each ticket with its category’s department', () => {
    for (const ticket of tickets) expect(ticket.departmentCode).toBe(findCategory(ticket.categoryCode)?.departmentCode);
  });

  it('places tickets in real Baotou districts with matching addresses', () => {
    const seen = new Set<string>();
    for (const ticket of tickets) {
      const district = findDistrict(ticket.regionCode);
      expect(district, ticket.regionCode).toBeDefined();
      expect(ticket.address.startsWith(`包头市${district?.nameZh}`)).toBe(true);
      seen.add(ticket.regionCode);
    }
    expect(seen.size).toBe(DISTRICTS.length);
  });

  it('takes farming and herding tickets only from rural areas', () => {
    const rural = new Set(DISTRICTS.filter((district) => district.rural).map((district) => district.regionCode));
    for (const ticket of tickets.filter((t) => t.categoryCode.startsWith('agriculture.'))) expect(rural.has(ticket.regionCode)).toBe(true);
  });

  it('uses all five channels, with phone the most common', () => {
    const counts = new Map<string, number>();
    for (const ticket of tickets) counts.set(ticket.channel, (counts.get(ticket.channel) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['app', 'phone', 'sms', 'web', 'wechat']);
    expect(Math.max(...counts.values())).toBe(counts.get('phone'));
  });

  it('spreads tickets over 2025–2026 and keeps heating complaints in the heating season', () => {
    const from = Date.parse(`${HISTORY_START}T00:00:00+08:00`);
    const to = Date.parse(`${HISTORY_END}T23:59:59+08:00`);
    const years = new Set<number>();
    for (const ticket of tickets) {
      const time = Date.parse(ticket.createdAt);
      expect(time).toBeGreaterThanOrEqual(from);
      expect(time).toBeLessThanOrEqual(to);
      years.add(new Date(time).getUTCFullYear());
    }
    expect([...years].sort()).toEqual([2025, 2026]);
    const seasonal = tickets.filter((t) => ['heating.low-temperature', 'heating.leak', 'heating.no-supply'].includes(t.categoryCode));
    expect(seasonal.every((t) => isInHeatingSeason(t.createdAt))).toBe(true);
    const others = tickets.filter((t) => t.categoryCode === 'gov-services.consultation');
    expect(others.some((t) => !isInHeatingSeason(t.createdAt))).toBe(true);
  });

  it('words tickets in many ways: unique texts, lengths, dialect, typos and second topics', () => {
    const texts = tickets.map((t) => t.text);
    expect(new Set(texts).size / texts.length).toBeGreaterThan(0.9);
    expect(texts.some((text) => /\{|\}/.test(text))).toBe(false);
    const lengths = texts.map((text) => [...text].length);
    expect(Math.min(...lengths)).toBeLessThan(15);
    expect(Math.max(...lengths)).toBeGreaterThan(70);
    expect(texts.filter((text) => /咋|没人管|冻死了|不热乎|贼冷/.test(text)).length).toBeGreaterThan(100);
    const typoWords = TYPOS.map(([, typo]) => typo).filter((typo) => typo.length > 1);
    expect(texts.filter((text) => typoWords.some((typo) => text.includes(typo))).length).toBeGreaterThan(150);
    expect(texts.filter((text) => /另外，|还有个事，|顺便说一下，|再一个，/.test(text)).length).toBeGreaterThan(100);
    expect(texts.filter((text) => /^(市民来电|来电人|来电反映)/.test(text)).length).toBeGreaterThan(300);
  });

  it('mentions real Baotou places', () => {
    const joined = tickets.map((t) => t.text).join('\n');
    for (const place of ['钢铁大街', '阿尔丁大街', '民族东路', '巴彦塔拉大街', '友谊大街', '青年路', '少先路', '富强路', '昆区', '达茂']) {
      expect(joined.includes(place), place).toBe(true);
    }
  });

  it('can fill every template of every phrasebook', () => {
    const rng = mulberry32(99);
    for (const [code, book] of Object.entries(PHRASEBOOKS)) {
      const location = pickLocation(rng, book.rural ?? false);
      for (const template of book.templates) {
        const text = fillTemplate(template, chainLookups(location.slots, book.slots, SHARED_SLOTS), rng);
        expect(text, `${code}: ${template}`).not.toMatch(/[{}]/);
      }
    }
  });
});
