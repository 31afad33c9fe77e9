import type { MessageKey } from '../i18n/messages';
import type { VerifyReason } from '../../shared/licences/licences.wire';

/** Pure helpers of the e-licence pages (docs/decisions.md D17). */

/**
 * A holder's ID number with every character but the last four hidden (`**************1237`), so
 * a licence on screen or in a screenshot never shows the whole number.
 */
export function maskIdNumber(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  return '*'.repeat(value.length - 4) + value.slice(-4);
}

/** The plain-words explanation of each verification answer. */
export const REASON_TEXT: Record<VerifyReason, MessageKey> = {
  valid: 'licences.reason.valid',
  tampered: 'licences.reason.tampered',
  unknown_seal: 'licences.reason.unknown_seal',
  seal_revoked: 'licences.reason.seal_revoked',
  licence_revoked: 'licences.reason.licence_revoked',
  licence_suspended: 'licences.reason.licence_suspended',
  superseded: 'licences.reason.superseded',
  expired: 'licences.reason.expired',
  bad_identifier: 'licences.reason.bad_identifier',
};

/** The longest payload the verify endpoint takes (its schema's limit). */
export const MAX_PAYLOAD = 20_000;

/**
 * Checks what a person pasted on the verify page before it is sent: something, not too long, and
 * a JSON object — a QR payload (`{"v":1,"c":…,"s":…,"g":…}`) and a licence JSON both are. The
 * server reads either form (docs/decisions.md D17); it is sent as the text, exactly as pasted.
 */
export function payloadProblem(input: string): 'required' | 'tooLong' | 'notJson' | null {
  const text = input.trim();
  if (!text) return 'required';
  if (text.length > MAX_PAYLOAD) return 'tooLong';
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? null : 'notJson';
  } catch {
    return 'notJson';
  }
}
