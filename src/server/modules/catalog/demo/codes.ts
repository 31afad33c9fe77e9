/**
 * Check characters for the identifiers the demo catalog makes up, so that every implementing
 * body carries a code that passes the same validation as real input (docs/domain.md §6).
 */

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Check character of an organisation code body of 8 characters (GB 11714). */
export function orgCodeCheck(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new Error(`bad organisation code body: ${body8}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    const v = /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * ORG_WEIGHTS[i];
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

/** Check character of a unified social credit code of which the first 17 characters are given (GB 32100). */
export function usccCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i]);
    if (v < 0) throw new Error(`bad USCC character ${first17[i]} in ${first17}`);
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** True when `code` is an 18-character USCC with a correct check character. */
export function isValidUscc(code: string): boolean {
  return code.length === 18 && /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && usccCheck(code.slice(0, 17)) === code[17];
}

/**
 * A valid USCC for a body registered in `regionCode`: registration-authority and kind digits
 * (`11` = 机构编制 / 机关), the region, an organisation code with its own check, the USCC check.
 */
export function makeUscc(kind: string, regionCode: string, orgBody8: string): string {
  const first17 = `${kind}${regionCode}${orgBody8}${orgCodeCheck(orgBody8)}`;
  return first17 + usccCheck(first17);
}
