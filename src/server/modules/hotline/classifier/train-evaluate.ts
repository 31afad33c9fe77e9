/**
 * Training for production use: every model the platform stores comes with honest held-out
 * figures. A stratified 20 % is held out, a model trained on the rest is measured on it, and the
 * probability temperature is fitted on those same held-out texts. In `full` mode a final model is
 * then trained on everything and given that temperature; in `fast` mode (first start, where a
 * second training would double the wait) the 80 % model itself is used.
 */
import { predictProbabilities, trainModel, type Model, type TrainingExample } from './model';
import { softmaxInPlace } from './softmax';
import { stratifiedSplit } from './split';
import { fitTemperature } from './temperature';

/** Figures stored with a model. */
export interface ModelMetrics {
  mode: 'fast' | 'full';
  /** Examples the stored model learnt from. */
  examples: number;
  trainSize: number;
  testSize: number;
  accuracy: number;
  top3Accuracy: number;
  /** Mean top confidence on the held-out texts after calibration. */
  meanConfidence: number;
  temperature: number;
  /** The ten categories with the lowest held-out recall. */
  weakest: Array<{ categoryCode: string; support: number; recall: number }>;
  trainMs: number;
}

export interface TrainedModel {
  model: Model;
  metrics: ModelMetrics;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** Trains, measures on a held-out part and calibrates; see the file comment for the two modes. */
export function trainAndEvaluate(examples: readonly TrainingExample[], opts: { mode: 'fast' | 'full'; testFraction?: number; seed?: number }): TrainedModel {
  const started = performance.now();
  const { train, test } = stratifiedSplit(examples, opts.testFraction ?? 0.2, opts.seed ?? 2020);
  const heldOutModel = trainModel(train, { calibrate: false });

  let correct = 0;
  let top3 = 0;
  const logits: Float64Array[] = [];
  const labels: number[] = [];
  const counts = new Map<string, { support: number; hits: number }>();
  const labelIndex = new Map(heldOutModel.labels.map((l, i) => [l, i]));
  for (const ex of test) {
    const probabilities = predictProbabilities(heldOutModel, ex.text);
    const label = labelIndex.get(ex.categoryCode) ?? -1;
    const ranked = Array.from(probabilities.keys()).sort((a, b) => probabilities[b] - probabilities[a]);
    const hit = ranked[0] === label;
    correct += hit ? 1 : 0;
    top3 += ranked.slice(0, 3).includes(label) ? 1 : 0;
    const c = counts.get(ex.categoryCode) ?? { support: 0, hits: 0 };
    c.support += 1;
    c.hits += hit ? 1 : 0;
    counts.set(ex.categoryCode, c);
    if (label < 0) continue;
    // With temperature 1 the log-probabilities are the logits shifted by a constant, which the
    // softmax ignores, so they serve as logits for the temperature fit.
    logits.push(Float64Array.from(probabilities, (p) => Math.log(Math.max(p, 1e-300))));
    labels.push(label);
  }
  const temperature = logits.length ? fitTemperature(logits, labels) : 1;
  heldOutModel.temperature = round(temperature);
  const meanConfidence = logits.length
    ? logits.reduce((sum, row) => sum + Math.max(...softmaxInPlace(Float64Array.from(row), temperature)), 0) / logits.length
    : 0;

  let model = heldOutModel;
  if (opts.mode === 'full') {
    model = trainModel(examples, { calibrate: false });
    model.temperature = round(temperature);
  }
  const n = Math.max(test.length, 1);
  return {
    model,
    metrics: {
      mode: opts.mode,
      examples: model.training.examples,
      trainSize: train.length,
      testSize: test.length,
      accuracy: round(correct / n),
      top3Accuracy: round(top3 / n),
      meanConfidence: round(meanConfidence),
      temperature: round(temperature),
      weakest: [...counts.entries()]
        .map(([categoryCode, c]) => ({ categoryCode, support: c.support, recall: round(c.hits / c.support) }))
        .sort((a, b) => a.recall - b.recall || a.categoryCode.localeCompare(b.categoryCode))
        .slice(0, 10),
      trainMs: Math.round(performance.now() - started),
    },
  };
}
