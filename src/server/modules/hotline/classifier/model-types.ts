/**
 * Shapes of the hotline classifier: training input and options, the stored model, and results.
 * Separate from model.ts so the serialiser can use them without an import cycle.
 */

/** Identifies serialised models of this kind. */
export const MODEL_FORMAT = 'tongban.hotline-classifier';
/** Bumped whenever features or the stored shape change; old models must be retrained. */
export const MODEL_VERSION = 2;

/**
 * Below this confidence a suggestion is flagged low-confidence (abstention): the agent should
 * pick among the alternatives or ask the caller. Chosen on the development part of the
 * independent set (classifier/eval), where the top-1 department is right far more often above
 * it than below; `npx tsx src/server/modules/hotline/classifier/eval/run.ts` prints both.
 */
export const LOW_CONFIDENCE_BELOW = 0.5;

/** A labelled text to learn from. */
export interface TrainingExample {
  text: string;
  categoryCode: string;
}

/** Training knobs; the defaults suit a few thousand tickets. */
export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Minimum number of documents a term must appear in to become a feature. */
  minDf?: number;
  seed?: number;
  /** Weights smaller than this (in absolute value) are dropped from the stored model. */
  pruneBelow?: number;
  /** Fit a probability temperature on a held-out slice of the examples (trains twice). */
  calibrate?: boolean;
}

/** A trained classifier; JSON-serialisable as is. */
export interface Model {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  /** Category codes; class index i is labels[i]. */
  labels: string[];
  /** Feature terms (words, and bigrams prefixed `~`), index-aligned with idf and weights. */
  vocabulary: string[];
  idf: number[];
  /** Per feature, flattened pairs `[labelIndex, weight, labelIndex, weight, …]`. */
  weights: number[][];
  bias: number[];
  /** Logits are divided by this before the softmax so confidences match observed accuracy. */
  temperature: number;
  training: { examples: number; epochs: number; learningRate: number; l2: number; minDf: number };
}

/** A category with the model's probability for it. */
export interface ScoredCategory {
  categoryCode: string;
  /** Probability in 0..1. */
  confidence: number;
}

/** The best category and the runners-up (`k - 1` of them). */
export interface Classification extends ScoredCategory {
  alternatives: ScoredCategory[];
}
