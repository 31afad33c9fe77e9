import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoTickets } from '../data/demo-tickets';
import { LEAF_CATEGORIES } from '../data/taxonomy';
import { evaluateOnHeldOut, type EvaluationReport } from './evaluate';
import { EVERYDAY_TEXTS } from './everyday-texts.fixture';
import { classify } from './model';

describe('evaluateOnHeldOut on the demo history', () => {
  let report: EvaluationReport;
  beforeAll(() => {
    report = evaluateOnHeldOut(generateDemoTickets());
    const worst = report.perCategory
      .slice(0, 5)
      .map((c) => `${c.categoryCode} ${c.recall.toFixed(2)}`)
      .join(', ');
    console.info(
      `held-out: accuracy ${report.accuracy.toFixed(4)}, top-3 ${report.top3Accuracy.toFixed(4)}, mean confidence ${report.meanConfidence.toFixed(4)}, ` +
        `train ${report.trainMs.toFixed(0)} ms on ${report.trainSize}, classify ${report.classifyMsPerText.toFixed(3)} ms/text; worst: ${worst}`,
    );
  });

  it('holds out a stratified 20 % that the model never saw', () => {
    expect(report.testSize / (report.trainSize + report.testSize)).toBeCloseTo(0.2, 1);
    expect(report.perCategory).toHaveLength(LEAF_CATEGORIES.length);
    expect(report.perCategory.every((category) => category.support >= 6)).toBe(true);
    expect(report.model.training.examples).toBe(report.trainSize);
  });

  it('reaches at least 85 % accuracy and 95 % top-3 accuracy', () => {
    expect(report.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(report.top3Accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.top3Accuracy).toBeGreaterThanOrEqual(report.accuracy);
  });

  it('is a genuine test: the generator is varied enough that the model makes mistakes', () => {
    expect(report.accuracy).toBeLessThan(0.995);
  });

  it('reports confidences close to the accuracy actually achieved', () => {
    expect(Math.abs(report.meanConfidence - report.accuracy)).toBeLessThan(0.05);
  });

  it('recalls most tickets of every category', () => {
    for (const category of report.perCategory) expect(category.recall, category.categoryCode).toBeGreaterThanOrEqual(0.5);
  });

  it('classifies at least 80 % of hand-written everyday texts correctly', () => {
    const misses = EVERYDAY_TEXTS.filter((item) => classify(report.model, item.text).categoryCode !== item.categoryCode);
    const accuracy = 1 - misses.length / EVERYDAY_TEXTS.length;
    console.info(`everyday texts: ${EVERYDAY_TEXTS.length - misses.length}/${EVERYDAY_TEXTS.length}; missed: ${misses.map((m) => m.text).join(' | ')}`);
    expect(EVERYDAY_TEXTS.length).toBeGreaterThanOrEqual(30);
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
