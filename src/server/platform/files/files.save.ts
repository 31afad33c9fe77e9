import { Readable } from 'node:stream';
import type { AppContext } from '../../context';
import type { Actor } from '../auth/roles';
import { detectFileType } from './files.detect';
import { insertFile, type FileRecord } from './files.repository';
import { commitBlob, discardBlob, receiveBlob } from './files.store';

/**
 * Stores a document the platform made itself (a generated form, a demo scan) as a file owned by
 * `owner`, through the same content-addressed store and type check as an upload.
 */
export async function saveGeneratedFile(ctx: AppContext, owner: Pick<Actor, 'id' | 'regionCode'>, name: string, content: Uint8Array): Promise<FileRecord> {
  const blob = await receiveBlob(ctx.config.dataDir, Readable.from([Buffer.from(content)]));
  try {
    const mime = detectFileType(blob.head);
    if (!mime) throw new Error(`generated file ${name} is not a PDF, JPEG or PNG`);
    await commitBlob(ctx.config.dataDir, blob);
    return await insertFile(ctx.db, { ownerId: owner.id, regionCode: owner.regionCode, name, mime, size: blob.size, sha256: blob.sha256 });
  } finally {
    await discardBlob(blob);
  }
}
