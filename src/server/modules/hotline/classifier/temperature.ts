/**
 * Temperature scaling (Guo et al., 2017): one scalar that makes softmax confidences match
 * accuracy on data the model did not train on, without changing which class wins.
 */
import { softmaxInPlace } from './softmax';

/** The temperature in [0.25, 4] minimising the negative log-likelihood of the true labels. */
export function fitTemperature(logits: readonly Float64Array[], labels: readonly number[]): number {
  let best = 1;
  let bestLoss = Infinity;
  // The loss is smooth and unimodal in T; a log-spaced scan is simple and precise enough.
  for (let step = -40; step <= 40; step++) {
    const temperature = Math.pow(4, step / 40);
    let loss = 0;
    logits.forEach((row, i) => {
      const probabilities = softmaxInPlace(Float64Array.from(row), temperature);
      loss -= Math.log(Math.max(probabilities[labels[i]], 1e-12));
    });
    if (loss < bestLoss) {
      bestLoss = loss;
      best = temperature;
    }
  }
  return best;
}
