/**
 * What can be wrong with an identifier a person typed. Each problem carries the facts its
 * message needs, so the message can say exactly what to fix (see messages.ts).
 */
export type IdProblem =
  /** Wrong number of characters. */
  | { code: 'LENGTH'; expected: number; actual: number }
  /** A character not allowed at that position (position is 1-based). */
  | { code: 'CHARSET'; position: number; char: string; allowed: AllowedChars }
  /** The last character does not match the one computed from the first 17. */
  | { code: 'CHECKSUM'; expected: string; actual: string }
  /** The 6-digit address code does not start with a province code. */
  | { code: 'REGION'; regionCode: string }
  /** Digits 7–14 of a resident ID are not a real date (raw YYYYMMDD). */
  | { code: 'BIRTH_DATE'; value: string }
  /** The birth date is after today (Asia/Shanghai). */
  | { code: 'BIRTH_DATE_FUTURE'; birthDate: string }
  /** The birth date is before the earliest plausible one. */
  | { code: 'BIRTH_DATE_TOO_EARLY'; birthDate: string; earliest: string }
  /** A mobile number with a prefix no carrier uses. */
  | { code: 'PREFIX'; prefix: string };

/** The stable string code of a problem, as carried in API error details. */
export type IdProblemCode = IdProblem['code'];

/** Which characters a position accepts, to tell the person in the message. */
export type AllowedChars = 'digit' | 'digitOrX' | 'usccChar';
