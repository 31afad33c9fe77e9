/**
 * Redaction of personal data in free text shown on public surfaces (Open311, public ticket
 * tracking, access logs). Residents write numbers any way they like — `139-4720-1234`,
 * `139 4720 1234`, full-width `１３９４７２０１２３４`, `150203 19880517 1237` — so the text is
 * NFKC-normalised first (full-width digits and separators become ASCII) and the patterns allow
 * separators between digits.
 *
 * Unlike the staff masks (`139****1234`, `1502**********1234`), the last four digits are hidden
 * too: they are the secrets of the public look-ups (ticket progress by phone tail, case progress
 * by ID tail). A phone keeps its carrier prefix and an ID its province prefix, so a reader still
 * sees what kind of number was there.
 */

/** What may stand between the digits of one number: spaces, dashes, dots, slashes, middle dots. */
const SEP = '[ \\t\\-.·_‐–—/]{0,3}';
const d = (n: number) => `\\d(?:${SEP}\\d){${n - 1}}`;
/** Not preceded or followed by more digits of the same run. */
const START = `(?<!\\d${SEP})`;
const END = `(?!${SEP}\\d)`;

// Resident ID: 17 digits and a check character (digit or X); the old 15-digit form too.
const RESIDENT_ID = new RegExp(`${START}(\\d(?:${SEP}\\d){16}${SEP}[\\dXx]|${d(15)})${END}(?![\\dXx])`, 'g');
// Mainland mobile, optionally with +86 / 86 in front.
const MOBILE = new RegExp(`${START}(?:\\+?86${SEP})?(1${SEP}[3-9](?:${SEP}\\d){9})${END}`, 'g');
// Landline with area code: 0472-5123456.
const LANDLINE = new RegExp(`${START}(0\\d{2,3}${SEP}\\d(?:${SEP}\\d){6,7})${END}`, 'g');
// House and room numbers: 8号楼 3单元 502室 12号院 6层 and the bare room after a unit (3单元502).
const HOUSE_BEFORE = /\d+(?=\s*(?:号楼|号院|栋|幢|座|单元|层|楼|室|户|号(?!线)))/g;
const HOUSE_AFTER = /(?<=(?:号楼|栋|幢|座|单元|楼|层)\s*)\d+/g;
// 8-3-502 (building-unit-room).
const HOUSE_TRIPLE = /(?<!\d)\d{1,3}-\d{1,2}-\d{2,4}(?![\d-])/g;

const digitsOf = (s: string) => s.replace(/\D/g, '');

/**
 * Returns `text` normalised (NFKC) with phone numbers, landlines, resident ID numbers and
 * house/room numbers masked, whatever their formatting. Pure; safe on any string.
 */
export function redactPersonalText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(RESIDENT_ID, (m) => `${digitsOf(m).slice(0, 4)}${'*'.repeat(14)}`)
    .replace(MOBILE, (_m, phone: string) => `${digitsOf(phone).slice(0, 3)}${'*'.repeat(8)}`)
    .replace(LANDLINE, (m) => `${digitsOf(m).slice(0, 1)}${'*'.repeat(digitsOf(m).length - 1)}`)
    .replace(HOUSE_TRIPLE, '*-*-*')
    .replace(HOUSE_BEFORE, '*')
    .replace(HOUSE_AFTER, '*');
}

/** redactPersonalText for nullable fields. */
export function redactNullable(text: string | null | undefined): string | null {
  return text == null ? null : redactPersonalText(text);
}
