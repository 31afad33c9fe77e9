/**
 * The body of the training worker thread: builds the base corpus (generated history and weakly
 * labelled texts), adds the live examples it is given, trains and evaluates, and posts the model (as JSON, one string is cheaper to copy than thousands of small arrays) with
 * its figures. Runs off the main thread so a retraining never stalls request handling.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { baseCorpus } from './corpus';
import { serializeModel } from './model-format';
import type { TrainingExample } from './model-types';
import { trainAndEvaluate } from './train-evaluate';

/** What the main thread sends. */
export interface TrainJob {
  /** Examples beyond the base corpus: staff-handled tickets and corrections. */
  live: TrainingExample[];
  /** Category codes that may be learnt (the database's); base examples of others are dropped. */
  known: string[] | null;
  mode: 'fast' | 'full';
}

const job = workerData as TrainJob;
const known = job.known ? new Set(job.known) : null;
const base = baseCorpus().filter((e) => !known || known.has(e.categoryCode));
const { model, metrics } = trainAndEvaluate([...base, ...job.live], { mode: job.mode });
parentPort?.postMessage({ model: serializeModel(model), metrics });
