import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoTickets, type DemoTicket } from '../data/demo-tickets';
import { LEAF_CATEGORIES } from '../data/taxonomy';
import { ModelFormatError, deserializeModel, serializeModel } from './model-format';
import { MODEL_FORMAT, MODEL_VERSION, classify, predictProbabilities, trainModel, type Model } from './model';

const SMALL = [
  { text: '暖气不热，屋里太冷了', categoryCode: 'heating.low-temperature' },
  { text: '家里暖气一点都不热，冻死了', categoryCode: 'heating.low-temperature' },
  { text: '室温只有十五度，暖气不达标', categoryCode: 'heating.low-temperature' },
  { text: '小区门口路灯不亮', categoryCode: 'urban.streetlight' },
  { text: '路灯坏了好几天，晚上很黑', categoryCode: 'urban.streetlight' },
  { text: '街上的路灯一直不亮', categoryCode: 'urban.streetlight' },
  { text: '老板拖欠工资三个月', categoryCode: 'labor.wage-arrears' },
  { text: '包工头欠我们工资不给', categoryCode: 'labor.wage-arrears' },
  { text: '公司拖欠工资，讨薪无门', categoryCode: 'labor.wage-arrears' },
];

/** CPU time of this process in ms: less sensitive than wall time to other jobs on a shared machine. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('trainModel and classify on a small set', () => {
  let model: Model;
  beforeAll(() => {
    model = trainModel(SMALL, { calibrate: false });
  });

  it('learns the obvious categories', () => {
    expect(classify(model, '我家暖气不热').categoryCode).toBe('heating.low-temperature');
    expect(classify(model, '路灯不亮了').categoryCode).toBe('urban.streetlight');
    expect(classify(model, '工资被拖欠').categoryCode).toBe('labor.wage-arrears');
  });

  it('returns probabilities that sum to one, best first, with k − 1 alternatives', () => {
    const probabilities = predictProbabilities(model, '暖气不热');
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 9);
    const result = classify(model, '暖气不热', 3);
    expect(result.alternatives).toHaveLength(2);
    const confidences = [result.confidence, ...result.alternatives.map((a) => a.confidence)];
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    for (const confidence of confidences) expect(confidence).toBeGreaterThan(0);
    expect(classify(model, '暖气不热', 1).alternatives).toEqual([]);
  });

  it('is unsure about text it has never seen', () => {
    const result = classify(model, 'zzz 完全无关的内容');
    expect(result.confidence).toBeLessThan(0.6);
  });

  it('refuses to train on a single category', () => {
    expect(() => trainModel(SMALL.slice(0, 3))).toThrow(/two categories/);
  });

  it('is a plain JSON object with a format, a version and the vocabulary', () => {
    expect(model.format).toBe(MODEL_FORMAT);
    expect(model.version).toBe(MODEL_VERSION);
    expect(model.vocabulary).toContain('暖气');
    expect(model.vocabulary.length).toBe(model.idf.length);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('trains reproducibly', () => {
    expect(serializeModel(trainModel(SMALL, { calibrate: false }))).toBe(serializeModel(model));
  });
});

describe('serializeModel / deserializeModel', () => {
  let model: Model;
  beforeAll(() => {
    model = trainModel(SMALL, { calibrate: false });
  });

  it('round-trips to the same classifications', () => {
    const copy = deserializeModel(serializeModel(model));
    for (const text of ['暖气不热', '路灯不亮', '欠工资']) expect(classify(copy, text)).toEqual(classify(model, text));
  });

  it.each([
    ['not JSON', 'oops'],
    ['another format', JSON.stringify({ format: 'x' })],
  ])('rejects %s', (_name, json) => {
    expect(() => deserializeModel(json)).toThrow(ModelFormatError);
  });

  it('rejects an outdated version and inconsistent arrays', () => {
    const plain = JSON.parse(serializeModel(model)) as Model;
    expect(() => deserializeModel(JSON.stringify({ ...plain, version: 0 }))).toThrow(/retrain/);
    expect(() => deserializeModel(JSON.stringify({ ...plain, idf: plain.idf.slice(1) }))).toThrow(/idf/);
    expect(() => deserializeModel(JSON.stringify({ ...plain, weights: [[99, 1], ...plain.weights.slice(1)] }))).toThrow(/weights/);
    expect(() => deserializeModel(JSON.stringify({ ...plain, temperature: 0 }))).toThrow(/temperature/);
  });
});

describe('on the full demo history', () => {
  let tickets: DemoTicket[];
  let model: Model;
  let trainCpuMs = 0;
  beforeAll(() => {
    tickets = generateDemoTickets();
    trainCpuMs = cpuMs(() => {
      model = trainModel(tickets);
    });
  });

  it('trains on 3,000+ tickets in under 5 s', () => {
    expect(tickets.length).toBeGreaterThanOrEqual(3000);
    expect(trainCpuMs).toBeLessThan(5000);
  });

  it('classifies a text in under 2 ms', () => {
    const sample = tickets.slice(0, 500);
    const perText = cpuMs(() => sample.forEach((ticket) => classify(model, ticket.text))) / sample.length;
    expect(perText).toBeLessThan(2);
  });

  it('keeps the stored model small enough for a database row', () => {
    expect(serializeModel(model).length).toBeLessThan(2_000_000);
    expect(model.labels).toHaveLength(LEAF_CATEGORIES.length);
  });

  it('fits a temperature that is neither degenerate nor at the edge of the search', () => {
    expect(model.temperature).toBeGreaterThan(0.25);
    expect(model.temperature).toBeLessThan(4);
  });
});
