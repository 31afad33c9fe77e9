import fs from 'node:fs';
import type { AppContext } from '../../context';
import { deleteUnattachedFiles, findUnusedBlobs } from './files.repository';
import { blobPath } from './files.store';

export const FILES_CLEANUP_QUEUE = 'platform.files-cleanup';
/** An upload nothing refers to after this long is abandoned. */
export const UNATTACHED_TTL_MS = 24 * 3600_000;
/** A blob rewritten this recently may belong to an upload whose row is not committed yet. */
const BLOB_GRACE_MS = 3600_000;

/**
 * Removes uploads never attached to anything (a case's materials) 24 hours after upload: their
 * rows, and their bytes when no other upload shares the content. Returns how many rows went.
 */
export async function removeUnattachedUploads(ctx: Pick<AppContext, 'db' | 'config'>, now = new Date()): Promise<number> {
  const hashes = await deleteUnattachedFiles(ctx.db, new Date(now.getTime() - UNATTACHED_TTL_MS));
  for (const sha of await findUnusedBlobs(ctx.db, hashes)) {
    const file = blobPath(ctx.config.dataDir, sha);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (stat && now.getTime() - stat.mtimeMs > BLOB_GRACE_MS) await fs.promises.rm(file, { force: true });
  }
  return hashes.length;
}

/** The hourly durable job. */
export async function registerFilesCleanup(ctx: AppContext): Promise<void> {
  ctx.jobs.work(FILES_CLEANUP_QUEUE, async () => {
    const removed = await removeUnattachedUploads(ctx);
    if (removed > 0) ctx.log.info({ removed }, 'unattached uploads removed');
  });
  await ctx.jobs.schedule('files-cleanup', FILES_CLEANUP_QUEUE, 3600);
}
