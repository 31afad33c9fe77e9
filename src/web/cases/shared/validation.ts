import { isIsoDate } from '../../../shared/dates';
import { idProblemMessage } from '../../../shared/ids/messages';
import { checkMobile } from '../../../shared/ids/mobile';
import { checkResidentId } from '../../../shared/ids/resident-id';
import { checkUscc } from '../../../shared/ids/uscc';
import type { Lang } from '../../i18n/messages';
import type { FormField } from '../../../shared/catalog/catalog.wire';

/**
 * Client-side checks that mirror the server's (src/server/modules/cases/cases.form.ts and the file
 * store): the identifier checks are the same pure functions the server runs (src/shared/ids), so
 * a value the browser accepts is one the server accepts, and the messages say exactly what to fix.
 */

/** Longest text the server keeps in one form field. */
export const MAX_TEXT = 500;

export type FieldCheck = { ok: true; value: string | number } | { ok: false; message: string };

type Texts = {
  number: string;
  tooLong: string;
  date: string;
  option: string;
};

/** Checks one non-empty value of a form field; `texts` are the UI's messages for the simple rules. */
export function checkFieldValue(field: FormField, raw: unknown, lang: Lang, texts: Texts): FieldCheck {
  if (field.type === 'number') {
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: texts.number };
  }
  const v = String(raw).trim();
  if (v.length > MAX_TEXT) return { ok: false, message: texts.tooLong };
  switch (field.type) {
    case 'date':
      return isIsoDate(v) ? { ok: true, value: v } : { ok: false, message: texts.date };
    case 'select':
      return field.options?.some((o) => o.value === v) ? { ok: true, value: v } : { ok: false, message: texts.option };
    case 'idNumber': {
      const r = checkResidentId(v.toUpperCase());
      return r.ok ? { ok: true, value: r.value } : { ok: false, message: idProblemMessage(r.reason, lang) };
    }
    case 'uscc': {
      const r = checkUscc(v.toUpperCase());
      return r.ok ? { ok: true, value: r.value } : { ok: false, message: idProblemMessage(r.reason, lang) };
    }
    case 'mobile': {
      const r = checkMobile(v);
      return r.ok ? { ok: true, value: v } : { ok: false, message: idProblemMessage(r.reason, lang) };
    }
    default:
      return { ok: true, value: v };
  }
}

/** A resident ID as the window reads it back: valid or the exact problem, with birth date and sex. */
export function describeResidentId(
  value: string,
  lang: Lang,
): { ok: true; birthDate: string; sex: 'M' | 'F'; regionCode: string } | { ok: false; message: string } {
  const r = checkResidentId(value.trim().toUpperCase());
  return r.ok ? { ok: true, birthDate: r.birthDate, sex: r.sex, regionCode: r.regionCode } : { ok: false, message: idProblemMessage(r.reason, lang) };
}

/** A credit code's problem in the UI language, or null when it is valid. */
export function usccProblem(value: string, lang: Lang): string | null {
  const r = checkUscc(value.trim().toUpperCase());
  return r.ok ? null : idProblemMessage(r.reason, lang);
}

/** A mobile number's problem in the UI language, or null when it is valid. */
export function mobileProblem(value: string, lang: Lang): string | null {
  const r = checkMobile(value.trim());
  return r.ok ? null : idProblemMessage(r.reason, lang);
}

/** The server's default upload limit (TONGBAN_UPLOAD_MAX_MB); the server has the last word. */
export const UPLOAD_LIMIT_MB = 10;

export const ACCEPTED_FILE_TYPES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export type FileProblem = 'tooLarge' | 'empty' | 'type' | 'nameLies';

const EXTENSIONS: Record<'pdf' | 'jpeg' | 'png', string[]> = { pdf: ['pdf'], jpeg: ['jpg', 'jpeg'], png: ['png'] };

/** What the first bytes say the file is (the same magic numbers the server checks). */
export function sniffFileType(head: Uint8Array): 'pdf' | 'jpeg' | 'png' | null {
  if (head.length >= 5 && String.fromCharCode(...head.subarray(0, 5)) === '%PDF-') return 'pdf';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length >= 8 && png.every((b, i) => head[i] === b)) return 'png';
  return null;
}

/** Checks size, content type and name before uploading, so the applicant hears at once. */
export async function checkUploadFile(file: Blob & { name: string }): Promise<FileProblem | null> {
  if (file.size === 0) return 'empty';
  if (file.size > UPLOAD_LIMIT_MB * 1024 * 1024) return 'tooLarge';
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const kind = sniffFileType(head);
  if (!kind) return 'type';
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return EXTENSIONS[kind].includes(ext) ? null : 'nameLies';
}
