import type { MessageKey } from '../i18n/messages';
import type { Role } from '../shared/me';
import type { LicenceWire, VerifyReason } from '../../shared/licences/licences.wire';

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

export type LicenceStatus = LicenceWire['status'];

/** The status tag's colour: valid green, suspended orange, revoked red, superseded grey. */
export const STATUS_COLOR: Record<LicenceStatus, string> = { valid: 'green', suspended: 'orange', revoked: 'red', superseded: 'default' };

/** What the issuing department does to a licence after issuance (docs/domain.md S16). */
export type LicenceAction = 'suspend' | 'resume' | 'renew' | 'revoke';

/** The actions that need a reason (2–500 characters, the API's limit); renewing needs none. */
export type ReasonAction = Exclude<LicenceAction, 'renew'>;
export const REASON_MIN = 2;
export const REASON_MAX = 500;

/**
 * The actions a licence's status allows, in the order the buttons show. A suspended licence is
 * resumed first: the API revokes only a valid one (it answers a suspended one as already revoked).
 * Revoked and superseded licences are final.
 */
export const ACTIONS_BY_STATUS: Record<LicenceStatus, readonly LicenceAction[]> = {
  valid: ['suspend', 'renew', 'revoke'],
  suspended: ['resume', 'revoke'],
  revoked: [],
  superseded: [],
};

/** Who may change a licence: the issuing department's approvers and administrators (the API refuses anyone else). */
export function mayChangeLicences(roles: readonly Role[]): boolean {
  return roles.includes('approver') || roles.includes('admin');
}

/** A reason's problem once trimmed, as the API counts it. */
export function reasonProblem(input: string | undefined): 'required' | 'tooShort' | 'tooLong' | null {
  const text = (input ?? '').trim();
  if (!text) return 'required';
  if (text.length < REASON_MIN) return 'tooShort';
  if (text.length > REASON_MAX) return 'tooLong';
  return null;
}

/**
 * The version of a licence from its GB/T 36904 identifier (the three digits before the check
 * character, docs/decisions.md D17): 1 for a first issue, 2 after one renewal; null when unreadable.
 */
export function licenceVersion(identifier: string): number | null {
  const parts = identifier.split('.');
  const version = parts.length >= 3 ? parts[parts.length - 2] : '';
  return /^\d{3}$/.test(version) ? Number(version) : null;
}
