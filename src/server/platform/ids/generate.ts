import { isIsoDate } from '../calendar/shanghai-date';
import { idProblemMessage } from './messages';
import { checkResidentId, residentIdCheckChar } from './resident-id';
import { checkUscc, usccCheckChar } from './uscc';

/**
 * Builds a valid resident ID for demo data: region code, birth date (`YYYY-MM-DD`) and the
 * 3-digit order code (odd = male, even = female), plus the computed check character.
 * Throws RangeError when the parts cannot make an ID that checkResidentId accepts.
 */
export function makeResidentId(regionCode: string, birthDate: string, seq3: number | string): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError(`region code must be 6 digits: ${regionCode}`);
  if (!isIsoDate(birthDate)) throw new RangeError(`birth date must be YYYY-MM-DD: ${birthDate}`);
  const seq = typeof seq3 === 'number' ? String(seq3).padStart(3, '0') : seq3;
  if (!/^\d{3}$/.test(seq)) throw new RangeError(`order code must be 3 digits (0–999): ${seq3}`);
  const first17 = regionCode + birthDate.replaceAll('-', '') + seq;
  const id = first17 + residentIdCheckChar(first17);
  const check = checkResidentId(id);
  if (!check.ok) throw new RangeError(`cannot make a resident ID: ${idProblemMessage(check.reason, 'en-US')}`);
  return id;
}

/**
 * Completes the first 17 characters of a unified social credit code with its check character,
 * for demo data. Throws RangeError when the result would not pass checkUscc.
 */
export function makeUscc(first17WithoutCheck: string): string {
  if (first17WithoutCheck.length !== 17) throw new RangeError('expected the first 17 characters of a credit code');
  const first17 = first17WithoutCheck.toUpperCase();
  // Validate the alphabet through checkUscc so the error names the offending position.
  const probe = checkUscc(first17 + '0');
  if (!probe.ok && probe.reason.code !== 'CHECKSUM') {
    throw new RangeError(`cannot make a credit code: ${idProblemMessage(probe.reason, 'en-US')}`);
  }
  return first17 + usccCheckChar(first17);
}
