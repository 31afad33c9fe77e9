/**
 * E-licence identifiers in the form of GB/T 36904 (docs/domain.md S16):
 * `1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<3-digit version>.<check>`, where the check
 * character is ISO 7064 MOD 37,36 over the identifier's characters from the type code through the
 * version, dots left out (docs/decisions.md D17).
 */

export const LICENCE_OID_ROOT = '1.2.156.3005.2';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ISO 7064 MOD 37,36 (hybrid system): the check character of digits and capital letters. */
export function mod3736Check(text: string): string {
  let p = 36;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error(`not a digit or capital letter: ${ch}`);
    const s = (p + v) % 36 || 36;
    p = (s * 2) % 37;
  }
  return ALPHABET[(37 - p) % 36];
}

export interface LicenceIdentifierParts {
  /** The licence type's code (digits and capitals, e.g. 11100000000000000001 for a business licence). */
  typeCode: string;
  /** The issuing department's unified social credit code. */
  issuerUscc: string;
  /** The issuer's serial of this licence. */
  serial: string;
  /** 1–999. */
  version: number;
}

const PART = /^[0-9A-Z]{1,40}$/;

export function licenceIdentifier(p: LicenceIdentifierParts): string {
  for (const [name, v] of [
    ['typeCode', p.typeCode],
    ['issuerUscc', p.issuerUscc],
    ['serial', p.serial],
  ] as const)
    if (!PART.test(v)) throw new Error(`${name} must be 1–40 digits or capital letters: ${v}`);
  if (!Number.isInteger(p.version) || p.version < 1 || p.version > 999) throw new Error(`version must be 1–999: ${p.version}`);
  const version = String(p.version).padStart(3, '0');
  const check = mod3736Check(`${p.typeCode}${p.issuerUscc}${p.serial}${version}`);
  return `${LICENCE_OID_ROOT}.${p.typeCode}.${p.issuerUscc}.${p.serial}.${version}.${check}`;
}

/** The parts of a well-formed identifier whose check character holds, or null. */
export function parseLicenceIdentifier(identifier: string): LicenceIdentifierParts | null {
  if (!identifier.startsWith(`${LICENCE_OID_ROOT}.`)) return null;
  const parts = identifier.slice(LICENCE_OID_ROOT.length + 1).split('.');
  if (parts.length !== 5) return null;
  const [typeCode, issuerUscc, serial, version, check] = parts;
  if (![typeCode, issuerUscc, serial].every((x) => PART.test(x)) || !/^\d{3}$/.test(version) || version === '000' || !/^[0-9A-Z]$/.test(check)) return null;
  if (mod3736Check(`${typeCode}${issuerUscc}${serial}${version}`) !== check) return null;
  return { typeCode, issuerUscc, serial, version: Number(version) };
}
