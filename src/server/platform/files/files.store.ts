import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SNIFF_BYTES } from './files.detect';

/**
 * Files on disk, content-addressed: `<dataDir>/files/<first two hex>/<sha256>`. A write goes to a
 * temporary name and is renamed into place only when complete, so a crash never leaves a partial
 * file under a real name, and the same content uploaded twice is one file.
 */
export interface StoredBlob {
  sha256: string;
  size: number;
  /** The first bytes, for type detection. */
  head: Buffer;
  /** The temporary path; `commit` moves it into place, `discard` removes it. */
  tempPath: string;
}

function filesDir(dataDir: string): string {
  return path.join(dataDir, 'files');
}

/** Where the blob with this SHA-256 lives. */
export function blobPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad sha256');
  return path.join(filesDir(dataDir), sha256.slice(0, 2), sha256);
}

/** Streams an upload to a temporary file, hashing it and keeping its first bytes. */
export async function receiveBlob(dataDir: string, source: Readable): Promise<StoredBlob> {
  const tmpDir = path.join(filesDir(dataDir), 'tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tempPath = path.join(tmpDir, randomUUID());
  const hash = createHash('sha256');
  let head = Buffer.alloc(0);
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, tap, fs.createWriteStream(tempPath, { flags: 'wx' }));
  } catch (err) {
    await fs.promises.rm(tempPath, { force: true });
    throw err;
  }
  return { sha256: hash.digest('hex'), size, head, tempPath };
}

/** Moves a received blob to its content address (a no-op when that content is already stored). */
export async function commitBlob(dataDir: string, blob: StoredBlob): Promise<void> {
  const target = blobPath(dataDir, blob.sha256);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.rename(blob.tempPath, target);
}

/** Removes a received blob that will not be kept. */
export async function discardBlob(blob: Pick<StoredBlob, 'tempPath'>): Promise<void> {
  await fs.promises.rm(blob.tempPath, { force: true });
}

/** A read stream of a stored blob. */
export function openBlob(dataDir: string, sha256: string): fs.ReadStream {
  return fs.createReadStream(blobPath(dataDir, sha256));
}
