import type { IdProblem } from './problem';

/** Result of checking a unified social credit code (统一社会信用代码, GB 32100-2015). */
export type UsccCheck =
  | {
      ok: true;
      value: string;
      /** Character 1: the registering authority (9 = market regulation, 5 = civil affairs, 1 = establishment office, …). */
      registrationAuthority: string;
      /** Characters 3–8: the GB/T 2260 code of the registering authority's region. */
      regionCode: string;
    }
  | { ok: false; reason: IdProblem };

// GB 32100 drops I, O, S, V and Z so they are not mistaken for 1, 0, 5, U and 2.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The GB 32100 check character for the first 17 characters of a credit code.
 * Throws RangeError unless `first17` is 17 characters from the code's alphabet (uppercase).
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('expected the first 17 characters of a credit code');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`not a credit-code character: ${JSON.stringify(first17[i])}`);
    sum += value * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * Checks an 18-character unified social credit code: alphabet, a numeric region code in
 * characters 3–8, and the check character. Lowercase letters are accepted and returned uppercase,
 * since people copy codes from documents in every case.
 */
export function checkUscc(value: string): UsccCheck {
  if (value.length !== 18) return fail({ code: 'LENGTH', expected: 18, actual: value.length });
  const code = toUpperAscii(value);
  for (let i = 0; i < 18; i++) {
    const regionPart = i >= 2 && i < 8;
    if (regionPart ? !isDigit(code[i]) : !CHARSET.includes(code[i])) {
      return fail({ code: 'CHARSET', position: i + 1, char: value[i], allowed: regionPart ? 'digit' : 'usccChar' });
    }
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return fail({ code: 'CHECKSUM', expected, actual: value[17] });
  return { ok: true, value: code, registrationAuthority: code[0], regionCode: code.slice(2, 8) };
}

// Only a–z: String#toUpperCase would turn some non-ASCII letters into two characters.
function toUpperAscii(value: string): string {
  return value.replace(/[a-z]/g, (c) => c.toUpperCase());
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

function fail(reason: IdProblem): UsccCheck {
  return { ok: false, reason };
}
