import { z } from 'zod';

/** A stored upload (`POST /api/v1/files`); the type is judged by content, never by name. */

/** The content types the platform accepts (PDF, JPEG, PNG). */
export const FILE_MIMES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type FileMime = (typeof FILE_MIMES)[number];

/**
 * 材料智审 findings on an upload (docs/decisions.md D33): `refuse` ones stop the upload, `advise`
 * ones are kept with the file for the applicant and the reviewer. `figure` is the measured value.
 */
export const MATERIAL_CHECK_CODES = [
  'image_too_small',
  'image_unreadable',
  'blank',
  'low_resolution',
  'too_dark',
  'blurred',
  'pdf_encrypted',
  'pdf_no_pages',
  'pdf_unreadable',
] as const;
export type MaterialCheckCode = (typeof MATERIAL_CHECK_CODES)[number];

export const materialCheckSchema = z.object({
  code: z.enum(MATERIAL_CHECK_CODES),
  severity: z.enum(['refuse', 'advise']),
  figure: z.string().optional(),
});
export type MaterialCheck = z.infer<typeof materialCheckSchema>;

export const uploadedFileSchema = z.object({
  fileId: z.uuid(),
  name: z.string(),
  mime: z.enum(FILE_MIMES),
  size: z.number(),
  sha256: z.string(),
  /** Pages of a PDF. */
  pages: z.number().int().nullable(),
  /** The advice of the automatic check; empty when it found nothing. */
  checks: z.array(materialCheckSchema),
});
