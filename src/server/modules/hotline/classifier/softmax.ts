/**
 * Multinomial logistic regression (softmax) trained by stochastic gradient descent on sparse
 * vectors. Dense weights during training; the caller prunes them for storage.
 */
import { mulberry32, shuffled } from '../data/prng';
import type { SparseVector } from './features';

/** Hyper-parameters of SGD training. */
export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty; keeps weights small so probabilities stay honest. */
  l2: number;
  /** Seed for the example order, so training is reproducible. */
  seed: number;
}

/** Trained parameters; weight of feature f for class c is `weights[f * numClasses + c]`. */
export interface SoftmaxParameters {
  weights: Float64Array;
  bias: Float64Array;
  numClasses: number;
}

// Gradients below this change no prediction; see the training loop.
const GRADIENT_FLOOR = 1e-4;

/** Turns scores into probabilities in place, dividing by the temperature first. */
export function softmaxInPlace(scores: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) max = Math.max(max, scores[c] / temperature);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c] / temperature - max);
    sum += scores[c];
  }
  for (let c = 0; c < scores.length; c++) scores[c] /= sum;
  return scores;
}

/** Raw class scores (logits) of one vector. */
export function scoreVector(params: SoftmaxParameters, x: SparseVector, out = new Float64Array(params.numClasses)): Float64Array {
  const { weights, bias, numClasses } = params;
  out.set(bias);
  for (let i = 0; i < x.indices.length; i++) {
    const offset = x.indices[i] * numClasses;
    const value = x.values[i];
    for (let c = 0; c < numClasses; c++) out[c] += value * weights[offset + c];
  }
  return out;
}

/** Trains on vectors with class indices `labels`. */
export function trainSoftmax(
  vectors: readonly SparseVector[],
  labels: readonly number[],
  numFeatures: number,
  numClasses: number,
  options: SoftmaxOptions,
): SoftmaxParameters {
  const params: SoftmaxParameters = {
    weights: new Float64Array(numFeatures * numClasses),
    bias: new Float64Array(numClasses),
    numClasses,
  };
  const rng = mulberry32(options.seed);
  const order = vectors.map((_, i) => i);
  const probabilities = new Float64Array(numClasses);
  const active: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Decaying step: large early moves, fine adjustments at the end.
    const rate = options.learningRate / (1 + epoch * 0.5);
    const decay = 1 - rate * options.l2;
    for (const i of shuffled(rng, order)) {
      const x = vectors[i];
      softmaxInPlace(scoreVector(params, x, probabilities));
      probabilities[labels[i]] -= 1; // now the gradient of the log-loss w.r.t. the logits
      // Once the model fits, most classes get a negligible gradient; skipping them makes SGD
      // several times faster. The L2 decay is applied with the updates (the usual sparse-SGD
      // approximation), so weights nobody touches are left alone.
      active.length = 0;
      for (let c = 0; c < numClasses; c++) if (Math.abs(probabilities[c]) > GRADIENT_FLOOR) active.push(c);
      for (let k = 0; k < x.indices.length; k++) {
        const offset = x.indices[k] * numClasses;
        const step = rate * x.values[k];
        for (const c of active) params.weights[offset + c] = params.weights[offset + c] * decay - step * probabilities[c];
      }
      for (const c of active) params.bias[c] -= rate * probabilities[c];
    }
  }
  return params;
}
