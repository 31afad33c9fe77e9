/**
 * The body of the material-check thread: decodes one picture or parses one PDF off the main thread
 * (a phone photo takes a few hundred milliseconds of pure CPU) and posts the inspection back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileMime } from '../../../shared/files/files.schemas';
import { inspectMaterial } from './files.quality';

/** What the main thread sends: the file's bytes and the type its content showed. */
export interface QualityJob {
  bytes: Uint8Array;
  mime: FileMime;
}

const job = workerData as QualityJob;
parentPort?.postMessage(await inspectMaterial(job.bytes, job.mime));
