import type { IdProblem } from './problem';

/** Result of checking a mainland China mobile number. */
export type MobileCheck = { ok: true; value: string } | { ok: false; reason: IdProblem };

/**
 * Checks a mainland mobile number: 11 digits, starting with 1 and a second digit 3–9 (no carrier
 * has used 10, 11 or 12). Country code and separators are not accepted: store one form only.
 */
export function checkMobile(value: string): MobileCheck {
  if (value.length !== 11) return { ok: false, reason: { code: 'LENGTH', expected: 11, actual: value.length } };
  for (let i = 0; i < 11; i++) {
    if (!(value[i] >= '0' && value[i] <= '9')) {
      return { ok: false, reason: { code: 'CHARSET', position: i + 1, char: value[i], allowed: 'digit' } };
    }
  }
  if (value[0] !== '1' || value[1] < '3') return { ok: false, reason: { code: 'PREFIX', prefix: value.slice(0, 2) } };
  return { ok: true, value };
}

/**
 * Masks a mobile number for lists and logs: `138****5678`. Anything shorter than 11 characters
 * is masked entirely, so a malformed value never leaks more than a valid one would.
 */
export function maskMobile(value: string): string {
  if (value.length < 11) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}
