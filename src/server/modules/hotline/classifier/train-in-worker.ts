/**
 * Trains a classifier in a worker thread (node:worker_threads): training takes seconds of pure
 * CPU, which on the main thread would stall every request of the node meanwhile.
 */
import { Worker } from 'node:worker_threads';
import { deserializeModel } from './model-format';
import type { TrainingExample } from './model-types';
import type { TrainJob } from './train-worker';
import type { TrainedModel, ModelMetrics } from './train-evaluate';

// From the sources (tests, benchmarks) a small entry registers tsx in the thread; the compiled server
// (dist/server, docs/decisions.md D13) has the thread's own bundle beside its chunks.
const ENTRY = import.meta.url.endsWith('.ts') ? new URL('./train-worker-entry.mjs', import.meta.url) : new URL('./train-worker.js', import.meta.url);

/**
 * `trainAndEvaluate` in a worker thread on the base corpus (built in the thread) plus `live`
 * examples; rejects if the thread fails or exits without a model.
 */
export function trainInWorker(live: readonly TrainingExample[], opts: { mode: 'fast' | 'full'; known?: readonly string[] | null }): Promise<TrainedModel> {
  const job: TrainJob = { live: [...live], known: opts.known ? [...opts.known] : null, mode: opts.mode };
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: job });
    let settled = false;
    worker.once('message', (message: { model: string; metrics: ModelMetrics }) => {
      settled = true;
      try {
        resolve({ model: deserializeModel(message.model), metrics: message.metrics });
      } catch (err) {
        reject(err as Error);
      }
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`training worker exited with code ${code} before sending a model`));
    });
  });
}
