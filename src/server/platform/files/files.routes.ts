import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uploadedFileSchema } from '../../../shared/files/files.schemas';
import type { AppContext } from '../../context';
import { recordAudit } from '../audit/audit';
import { allow, authorize, definePolicy } from '../auth/policy';
import { AppError, ERR } from '../errors';
import { contentDisposition } from '../http/content-disposition';
import { requireActor } from '../http/session-hooks';
import type { App } from '../http/types';
import { mayReadFile } from './files.access';
import { checkFileType, cleanFileName, detectFileType, FILE_TYPES } from './files.detect';
import { FILE_ERR } from './files.errors';
import { inspectUpload } from './files.quality-run';
import { materialCheckText } from '../../../shared/files/files.checks';
import { findFile, insertFile, sumUploadsSince } from './files.repository';
import { commitBlob, discardBlob, openBlob, receiveBlob } from './files.store';

/** Who may upload (anyone who takes part in a case) and read files (subject to ownership or a module's rule). */
export const filesPolicy = definePolicy({
  'file.upload': [allow(['citizen', 'enterprise', 'agent', 'window_clerk', 'dispatcher', 'reviewer', 'approver'])],
  'file.read': [allow(['citizen', 'enterprise', 'agent', 'window_clerk', 'dispatcher', 'reviewer', 'approver', 'supervisor', 'admin'])],
});

/**
 * Uploads (multipart, PDF/JPEG/PNG judged by content, size-limited) and downloads of case
 * materials. Multipart parsing is registered only in this scope.
 */
export async function filesRoutes(app: App, ctx: AppContext): Promise<void> {
  const limitMb = ctx.config.uploadMaxMb;
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: Math.floor(limitMb * 1024 * 1024), files: 1, fields: 5, parts: 6 } });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/v1/files', {
      schema: {
        tags: ['files'],
        summary: `Upload one material (multipart field "file"; PDF, JPEG or PNG, at most ${limitMb} MB; the type is checked by content, and 材料智审 refuses an unreadable file and returns advice on a poor one)`,
        consumes: ['multipart/form-data'],
        response: { 201: uploadedFileSchema },
      },
      handler: async (req, reply) => {
        const actor = requireActor(req);
        authorize(actor, filesPolicy, 'file.upload');
        if (!req.isMultipart()) throw new AppError(ERR.UNSUPPORTED_MEDIA_TYPE);
        // Per-user quota over the last 24 hours, so one account cannot fill the disk.
        const used = await sumUploadsSince(ctx.db, actor.id, new Date(Date.now() - 24 * 3600_000));
        const quota = { count: ctx.config.uploadDailyCount, bytes: ctx.config.uploadDailyMb * 1024 * 1024 };
        if (used.count >= quota.count) throw new AppError(FILE_ERR.UPLOAD_QUOTA_COUNT, { count: quota.count }, { retryAfterSeconds: 3600 });
        if (used.bytes >= quota.bytes) throw new AppError(FILE_ERR.UPLOAD_QUOTA_SIZE, { mb: ctx.config.uploadDailyMb }, { retryAfterSeconds: 3600 });
        const part = await req.file();
        if (!part) throw new AppError(FILE_ERR.FILE_MISSING);
        const name = cleanFileName(part.filename);
        const blob = await receiveBlob(ctx.config.dataDir, part.file);
        try {
          if (part.file.truncated) throw new AppError(FILE_ERR.FILE_TOO_LARGE, { limitMb });
          if (blob.size === 0) throw new AppError(FILE_ERR.FILE_EMPTY);
          if (used.bytes + blob.size > quota.bytes)
            throw new AppError(FILE_ERR.UPLOAD_QUOTA_SIZE, { mb: ctx.config.uploadDailyMb }, { retryAfterSeconds: 3600 });
          const detected = detectFileType(blob.head);
          const mismatch = checkFileType(detected, name, part.mimetype);
          if (mismatch?.kind === 'unsupported') throw new AppError(FILE_ERR.FILE_TYPE_UNSUPPORTED, {}, { name, declared: part.mimetype });
          if (mismatch?.kind === 'extension') {
            throw new AppError(
              FILE_ERR.FILE_NAME_LIES,
              { detected: FILE_TYPES[mismatch.detected].label, name, extension: mismatch.extension || '—' },
              { detected: mismatch.detected },
            );
          }
          if (mismatch?.kind === 'declared') {
            throw new AppError(
              FILE_ERR.FILE_TYPE_LIES,
              { detected: FILE_TYPES[mismatch.detected].label, declared: mismatch.declared },
              { detected: mismatch.detected },
            );
          }
          // 材料智审 (docs/decisions.md D33): a file no one could read is refused; advice travels with it.
          const inspection = await inspectUpload(blob.tempPath, detected!, blob.size);
          const refusal = inspection.checks.find((c) => c.severity === 'refuse');
          if (refusal)
            throw new AppError(
              FILE_ERR.MATERIAL_REFUSED,
              { reason: materialCheckText(refusal, 'zh'), reasonEn: materialCheckText(refusal, 'en') },
              { check: refusal },
            );
          await commitBlob(ctx.config.dataDir, blob);
          const f = await insertFile(ctx.db, {
            ownerId: actor.id,
            regionCode: actor.regionCode,
            name,
            mime: detected!,
            size: blob.size,
            sha256: blob.sha256,
            checks: inspection.checks,
            pages: inspection.pages,
          });
          return reply.status(201).send({ fileId: f.id, name: f.name, mime: f.mime, size: f.size, sha256: f.sha256, pages: f.pages, checks: f.checks });
        } finally {
          await discardBlob(blob);
        }
      },
    });
  });

  app.get('/api/v1/files/:id', {
    schema: {
      tags: ['files'],
      summary: 'Download a file: its uploader, or staff who can see a case that uses it',
      params: z.object({ id: z.uuid() }),
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, filesPolicy, 'file.read');
      const f = await findFile(ctx.db, req.params.id);
      if (!f) throw new AppError(FILE_ERR.FILE_NOT_FOUND);
      if (f.ownerId !== actor.id) {
        if (!(await mayReadFile(ctx, actor, f.id))) throw new AppError(FILE_ERR.FILE_NOT_FOUND);
        // Materials carry personal data: every read by someone other than the uploader is audited.
        await recordAudit(ctx.db, {
          action: 'file.read',
          actorId: actor.id,
          actorName: actor.displayName,
          regionCode: actor.regionCode,
          subjectType: 'file',
          subjectId: f.id,
          data: { name: f.name },
        });
      }
      return reply
        .header('content-type', f.mime)
        .header('content-length', String(f.size))
        .header('content-disposition', contentDisposition(f.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(openBlob(ctx.config.dataDir, f.sha256));
    },
  });
}
