/**
 * Runs 材料智审 on a received upload (docs/decisions.md D33): a small file in the request's own
 * thread (a worker costs more to start than the check), a larger one in a worker thread, one at a
 * time per node so uploads cannot take both cores from everything else.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FileMime } from '../../../shared/files/files.schemas';
import { AppError, ERR } from '../errors';
import { createGate } from '../http/heavy-gate';
import { inspectMaterial, type MaterialInspection } from './files.quality';
import type { QualityJob } from './files.quality-worker';

/** Up to this size a file is inspected in the request's thread: a few milliseconds of work. */
export const INLINE_BYTES = 256 * 1024;
const WAIT_MS = 30_000;

// From the sources a small entry registers tsx in the thread; the compiled server (dist/server,
// docs/decisions.md D13) has the thread's own bundle beside its chunks.
const ENTRY = import.meta.url.endsWith('.ts') ? new URL('./files.quality-worker-entry.mjs', import.meta.url) : new URL('./quality-worker.js', import.meta.url);

const gate = createGate(1, WAIT_MS);

function inspectInWorker(job: QualityJob): Promise<MaterialInspection> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: job, transferList: [job.bytes.buffer as ArrayBuffer] });
    let settled = false;
    worker.once('message', (inspection: MaterialInspection) => {
      settled = true;
      resolve(inspection);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`material check thread exited with code ${code} before answering`));
    });
  });
}

/** The inspection of the file at `path` (its content's type already known). */
export async function inspectUpload(path: string, mime: FileMime, size: number): Promise<MaterialInspection> {
  const bytes = new Uint8Array(await fs.promises.readFile(path));
  if (size <= INLINE_BYTES) return inspectMaterial(bytes, mime);
  if (!(await gate.acquire())) throw new AppError(ERR.BUSY, {}, { retryAfterSeconds: Math.ceil(WAIT_MS / 1000) });
  try {
    return await inspectInWorker({ bytes, mime });
  } finally {
    gate.release();
  }
}
