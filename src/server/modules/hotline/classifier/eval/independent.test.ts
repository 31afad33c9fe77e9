import { beforeAll, describe, expect, it } from 'vitest';
import { LEAF_CATEGORIES } from '../../data/taxonomy';
import { classifyByKeywords } from '../fallback';
import { EMERGENCY_CASES, NON_EMERGENCY_TEXTS } from './emergency-texts';
import { evaluateEmergencies, evaluateIndependent, type IndependentReport } from './evaluate-independent';
import { INDEPENDENT_TEXTS, isHeldBack } from './independent-texts';
import { rankWithModel, trainingCorpus, trainLikeProduction } from './pipeline';

const normalise = (text: string) => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

function bigrams(text: string): Set<string> {
  const chars = [...text];
  return new Set(chars.slice(1).map((ch, i) => chars[i] + ch));
}

/** Same wording give or take punctuation, most of one text inside the other, or ≥ 80 % shared character pairs. */
function nearDuplicate(a: string, bigramsA: Set<string>, b: string, bigramsB: Set<string>): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.includes(short) && short.length / long.length >= 0.6) return true;
  let shared = 0;
  for (const g of bigramsA) if (bigramsB.has(g)) shared += 1;
  return shared / (bigramsA.size + bigramsB.size - shared || 1) >= 0.8;
}

describe('the independent evaluation sets', () => {
  it('are big enough and cover every department the taxonomy routes to', () => {
    expect(INDEPENDENT_TEXTS.length).toBeGreaterThanOrEqual(300);
    expect(EMERGENCY_CASES.length).toBeGreaterThanOrEqual(60);
    expect(NON_EMERGENCY_TEXTS.length).toBeGreaterThanOrEqual(60);
    for (const department of new Set(LEAF_CATEGORIES.map((leaf) => leaf.departmentCode as string))) {
      expect(INDEPENDENT_TEXTS.filter((t) => t.departments.includes(department)).length, department).toBeGreaterThanOrEqual(5);
    }
    const categories = new Set(LEAF_CATEGORIES.map((leaf) => leaf.code));
    for (const t of INDEPENDENT_TEXTS) if (t.categoryCode) expect(categories.has(t.categoryCode), t.categoryCode).toBe(true);
    const held = INDEPENDENT_TEXTS.filter((t) => isHeldBack(t.text)).length / INDEPENDENT_TEXTS.length;
    expect(held).toBeGreaterThan(0.15);
    expect(held).toBeLessThan(0.35);
  });

  it('share no text, nor a near-copy of one, with the training corpus', () => {
    const training = [...new Set(trainingCorpus().map((e) => normalise(e.text)))].map((text) => ({ text, pairs: bigrams(text) }));
    const evaluation = [...INDEPENDENT_TEXTS.map((t) => t.text), ...EMERGENCY_CASES.map((c) => c.text), ...NON_EMERGENCY_TEXTS].map(normalise);
    const leaks = evaluation.filter((text) => {
      const own = bigrams(text);
      return training.some((t) => nearDuplicate(text, own, t.text, t.pairs));
    });
    expect(leaks).toEqual([]);
  });
});

describe('the classifier on the independent set', () => {
  let report: IndependentReport;
  beforeAll(() => {
    report = evaluateIndependent(rankWithModel(trainLikeProduction('fast').model));
    const pct = (x: number) => (x * 100).toFixed(1);
    console.info(
      `independent set: top-1 ${pct(report.all.top1)} %, top-3 ${pct(report.all.top3)} %; held-back top-1 ${pct(report.heldBack.top1)} %, top-3 ${pct(report.heldBack.top3)} %; ` +
        `abstains on ${pct(report.all.abstainRate)} %, top-1 when confident ${pct(report.all.top1WhenConfident)} %`,
    );
  }, 120_000);

  it('routes at least 90 % to an acceptable department, and 85 % of the held-back quarter', () => {
    expect(report.all.top1).toBeGreaterThanOrEqual(0.9);
    expect(report.heldBack.top1).toBeGreaterThanOrEqual(0.85);
  });

  it('has an acceptable department among the top three for at least 95 %', () => {
    expect(report.all.top3).toBeGreaterThanOrEqual(0.95);
  });

  it('abstains where it is unsure: more right when confident than overall, and not on most texts', () => {
    expect(report.all.top1WhenConfident).toBeGreaterThan(report.all.top1);
    expect(report.all.abstainRate).toBeLessThan(0.25);
  });

  it('routes at least 70 % right in every department', () => {
    for (const d of report.departments) if (d.texts >= 5) expect(d.top1, d.departmentCode).toBeGreaterThanOrEqual(0.7);
  });

  it('still answers something useful from keywords before any model exists', () => {
    const fallback = evaluateIndependent((text) => {
      const c = classifyByKeywords(text);
      return { categories: c ? [c.categoryCode, ...c.alternatives.map((a) => a.categoryCode)] : [], abstain: true };
    });
    expect(fallback.all.top1).toBeGreaterThanOrEqual(0.5);
    expect(fallback.all.abstainRate).toBe(1);
  });
});

describe('the emergency detector on the emergency sets', () => {
  const report = evaluateEmergencies();

  it('transfers every emergency', () => {
    expect(report.missed).toEqual([]);
    expect(report.recall).toBe(1);
  });

  it('raises at most 3 % false alarms over the look-alikes and the everyday texts', () => {
    console.info(
      `emergencies: recall ${report.recall}, same line ${report.sameLine.toFixed(3)}; false alarms ${report.lookAlikeFalseAlarms.length}/${report.lookAlikes} look-alikes, ` +
        `${report.everydayFalseAlarms.length}/${report.everyday} everyday (rate ${report.falseAlarmRate.toFixed(4)})`,
    );
    expect(report.falseAlarmRate).toBeLessThanOrEqual(0.03);
    expect(report.lookAlikeFalseAlarms.length / report.lookAlikes).toBeLessThanOrEqual(0.05);
  });
});
