/**
 * The production training pipeline without a database: the generated history plus the weakly
 * labelled corpus, trained and calibrated by `trainAndEvaluate` exactly as the retrain job does
 * (staff-handled tickets and corrections aside, which only a live database has).
 */
import { baseCorpus } from '../corpus';
import { classify, LOW_CONFIDENCE_BELOW, type Model, type TrainingExample } from '../model';
import { trainAndEvaluate, type TrainedModel } from '../train-evaluate';
import type { Ranking } from './evaluate-independent';

/** The texts the stored model learns from on a fresh installation. */
export function trainingCorpus(): TrainingExample[] {
  return baseCorpus();
}

/** Trains as the retrain job does; `fast` is the first model's single training. */
export function trainLikeProduction(mode: 'fast' | 'full' = 'fast'): TrainedModel {
  return trainAndEvaluate(trainingCorpus(), { mode });
}

/** The model's top three categories, abstaining below LOW_CONFIDENCE_BELOW as classifyText does. */
export function rankWithModel(model: Model): (text: string) => Ranking {
  return (text) => {
    const c = classify(model, text, 3);
    return { categories: [c.categoryCode, ...c.alternatives.map((a) => a.categoryCode)], abstain: c.confidence < LOW_CONFIDENCE_BELOW };
  };
}
