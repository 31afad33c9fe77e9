/**
 * The body of the training worker thread: trains and evaluates on the examples it is given and
 * posts the model (as JSON, one string is cheaper to copy than thousands of small arrays) with
 * its figures. Runs off the main thread so a retraining never stalls request handling.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serializeModel } from './model-format';
import type { TrainingExample } from './model-types';
import { trainAndEvaluate } from './train-evaluate';

/** What the main thread sends. */
export interface TrainJob {
  examples: TrainingExample[];
  mode: 'fast' | 'full';
}

const job = workerData as TrainJob;
const { model, metrics } = trainAndEvaluate(job.examples, { mode: job.mode });
parentPort?.postMessage({ model: serializeModel(model), metrics });
