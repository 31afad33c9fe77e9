/**
 * What an uploaded file really is, judged by its first bytes (magic numbers), and whether its name
 * and declared type tell the truth. Only PDF, JPEG and PNG are accepted as case materials.
 */

import type { FileMime } from '../../../shared/files/files.schemas';

/** The accepted types (the list is shared with the web app as FILE_MIMES): each one's label and file extensions. */
export const FILE_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  'image/png': { label: 'PNG', extensions: ['png'] },
} as const satisfies Record<FileMime, { label: string; extensions: readonly string[] }>;

export type { FileMime };

/** Bytes needed to recognise every accepted type. */
export const SNIFF_BYTES = 8;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The type the content shows, or null when it is none of the accepted ones. */
export function detectFileType(head: Uint8Array): FileMime | null {
  if (head.length >= 5 && Buffer.from(head.subarray(0, 5)).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 8 && PNG.every((b, i) => head[i] === b)) return 'image/png';
  return null;
}

export type TypeMismatch =
  { kind: 'unsupported' } | { kind: 'extension'; detected: FileMime; extension: string } | { kind: 'declared'; detected: FileMime; declared: string };

/**
 * Compares the detected type with the file name's extension and the declared content type. A
 * generic declared type (application/octet-stream) says nothing and is let through; anything else
 * must agree with the content.
 */
export function checkFileType(detected: FileMime | null, fileName: string, declared: string | undefined): TypeMismatch | null {
  if (!detected) return { kind: 'unsupported' };
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (!(FILE_TYPES[detected].extensions as readonly string[]).includes(ext)) return { kind: 'extension', detected, extension: ext };
  const d = (declared ?? '').split(';')[0].trim().toLowerCase();
  const generic = d === '' || d === 'application/octet-stream';
  const same = d === detected || (detected === 'image/jpeg' && d === 'image/jpg');
  if (!generic && !same) return { kind: 'declared', detected, declared: d };
  return null;
}

/** A file name safe to store and to echo back: no path, no control characters, bounded length. */
export function cleanFileName(name: string): string {
  // Control characters (U+0000–U+001F, U+007F) and quotes go.
  // eslint-disable-next-line no-control-regex
  const unsafe = /[\u0000-\u001f\u007f"]/g;
  const base = name.split(/[\\/]/).pop()!.replace(unsafe, '').trim();
  return (base || 'file').slice(-200);
}
