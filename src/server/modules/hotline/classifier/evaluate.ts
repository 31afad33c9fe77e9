/**
 * Measures the classifier honestly: a deterministic, stratified 20 % of the tickets is held out,
 * the model trains on the rest, and accuracy, top-3 accuracy, per-category recall, calibration
 * and timings are reported on the held-out part only.
 */
import { classify, trainModel, type Model, type TrainingExample, type TrainOptions } from './model';
import { stratifiedSplit } from './split';

/** Recall of one category on the held-out tickets. */
export interface CategoryRecall {
  categoryCode: string;
  /** Held-out tickets of this category. */
  support: number;
  recall: number;
}

/** Results of one held-out evaluation. */
export interface EvaluationReport {
  trainSize: number;
  testSize: number;
  accuracy: number;
  top3Accuracy: number;
  /** Mean confidence of the top answer; close to `accuracy` when probabilities are calibrated. */
  meanConfidence: number;
  /** Worst recall first. */
  perCategory: CategoryRecall[];
  trainMs: number;
  classifyMsPerText: number;
  model: Model;
}

/** Where and how to split, and how to train. */
export interface EvaluationOptions {
  testFraction?: number;
  seed?: number;
  training?: TrainOptions;
}

/** Trains on 80 % of the tickets (by default) and evaluates on the held-out rest. */
export function evaluateOnHeldOut(tickets: readonly TrainingExample[], options: EvaluationOptions = {}): EvaluationReport {
  const { testFraction = 0.2, seed = 2020, training } = options;
  const { train, test } = stratifiedSplit(tickets, testFraction, seed);
  const trainStart = performance.now();
  const model = trainModel(train, training);
  const trainMs = performance.now() - trainStart;

  let correct = 0;
  let inTop3 = 0;
  let confidenceSum = 0;
  const counts = new Map<string, { support: number; hits: number }>();
  const classifyStart = performance.now();
  for (const ticket of test) {
    const result = classify(model, ticket.text, 3);
    const hit = result.categoryCode === ticket.categoryCode;
    const top3 = hit || result.alternatives.some((alternative) => alternative.categoryCode === ticket.categoryCode);
    correct += hit ? 1 : 0;
    inTop3 += top3 ? 1 : 0;
    confidenceSum += result.confidence;
    const entry = counts.get(ticket.categoryCode) ?? { support: 0, hits: 0 };
    entry.support += 1;
    entry.hits += hit ? 1 : 0;
    counts.set(ticket.categoryCode, entry);
  }
  const classifyMs = performance.now() - classifyStart;
  const n = Math.max(test.length, 1);
  const perCategory = [...counts.entries()]
    .map(([categoryCode, { support, hits }]) => ({ categoryCode, support, recall: hits / support }))
    .sort((a, b) => a.recall - b.recall || a.categoryCode.localeCompare(b.categoryCode));
  return {
    trainSize: train.length,
    testSize: test.length,
    accuracy: correct / n,
    top3Accuracy: inTop3 / n,
    meanConfidence: confidenceSum / n,
    perCategory,
    trainMs,
    classifyMsPerText: classifyMs / n,
    model,
  };
}
