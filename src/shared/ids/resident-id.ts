import { isIsoDate, toShanghaiDate } from '../dates';
import type { IdProblem } from './problem';

/** Result of checking a resident ID number (居民身份证号码, GB 11643-1999). */
export type IdCheck = { ok: true; value: string; regionCode: string; birthDate: string; sex: 'M' | 'F' } | { ok: false; reason: IdProblem };

/** Options for {@link checkResidentId}; both default to what production needs. */
export interface ResidentIdCheckOptions {
  /** `YYYY-MM-DD` to compare birth dates with; defaults to today in Asia/Shanghai. */
  today?: string;
  /** Earliest accepted birth date, `YYYY-MM-DD`. */
  earliestBirthDate?: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

// GB/T 2260 province-level codes. Checking the county part against the full table would reject
// the many IDs still carrying codes of counties merged or renamed since they were issued.
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

// The 18-digit format writes the century (18, 19 or 20), and GB 11643's own worked example,
// 440524188001010014, was born in 1880; so 1800 rather than 1900 is the floor.
const EARLIEST_BIRTH_DATE = '1800-01-01';

/**
 * The ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID.
 * Throws RangeError unless `first17` is exactly 17 digits.
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected the first 17 digits of a resident ID');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * Checks an 18-character resident ID: characters, province code, birth date (real, not in the
 * future, not before 1800) and check character. A lowercase `x` is accepted and returned as `X`.
 * The value is not trimmed: callers decide whether surrounding spaces are a typo.
 */
export function checkResidentId(value: string, options: ResidentIdCheckOptions = {}): IdCheck {
  if (value.length !== 18) return fail({ code: 'LENGTH', expected: 18, actual: value.length });
  const id = value.slice(0, 17) + (value[17] === 'x' ? 'X' : value[17]);
  for (let i = 0; i < 17; i++) {
    if (!isDigit(id[i])) return fail({ code: 'CHARSET', position: i + 1, char: value[i], allowed: 'digit' });
  }
  if (!isDigit(id[17]) && id[17] !== 'X') {
    return fail({ code: 'CHARSET', position: 18, char: value[17], allowed: 'digitOrX' });
  }

  const regionCode = id.slice(0, 6);
  if (!PROVINCE_CODES.has(regionCode.slice(0, 2))) return fail({ code: 'REGION', regionCode });

  const raw = id.slice(6, 14);
  const birthDate = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  if (!isIsoDate(birthDate)) return fail({ code: 'BIRTH_DATE', value: raw });
  const earliest = options.earliestBirthDate ?? EARLIEST_BIRTH_DATE;
  if (birthDate < earliest) return fail({ code: 'BIRTH_DATE_TOO_EARLY', birthDate, earliest });
  if (birthDate > (options.today ?? toShanghaiDate(new Date()))) return fail({ code: 'BIRTH_DATE_FUTURE', birthDate });

  const expected = residentIdCheckChar(id.slice(0, 17));
  if (id[17] !== expected) return fail({ code: 'CHECKSUM', expected, actual: value[17] });

  // The 17th digit is the order code: odd for men, even for women.
  const sex = Number(id[16]) % 2 === 1 ? 'M' : 'F';
  return { ok: true, value: id, regionCode, birthDate, sex };
}

/**
 * Masks a resident ID for lists and logs: first 4 and last 4 characters kept
 * (`1502**********1234`). Anything shorter than 15 characters is masked entirely, so a
 * malformed value never leaks more than a valid one would.
 */
export function maskResidentId(value: string): string {
  if (value.length < 15) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

function fail(reason: IdProblem): IdCheck {
  return { ok: false, reason };
}
