import { z } from 'zod';

/** A stored upload (`POST /api/v1/files`); the type is judged by content, never by name. */

/** The content types the platform accepts (PDF, JPEG, PNG). */
export const FILE_MIMES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type FileMime = (typeof FILE_MIMES)[number];

export const uploadedFileSchema = z.object({
  fileId: z.uuid(),
  name: z.string(),
  mime: z.enum(FILE_MIMES),
  size: z.number(),
  sha256: z.string(),
});
