import { describe, expect, it } from 'vitest';
import { licenceIdentifier, mod3736Check, parseLicenceIdentifier } from './licences.identifier';

describe('ISO 7064 MOD 37,36', () => {
  it('gives the standard example its check character', () => {
    expect(mod3736Check('A12425GABC1234002')).toBe('M');
  });

  it('catches every single-character change and every adjacent transposition', () => {
    const base = '11100000000000000001911502007014613722JY115020300012001';
    const check = mod3736Check(base);
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let i = 0; i < base.length; i++) {
      for (const c of alphabet) if (c !== base[i]) expect(mod3736Check(base.slice(0, i) + c + base.slice(i + 1)), `${i} ${c}`).not.toBe(check);
      if (i + 1 < base.length && base[i] !== base[i + 1]) expect(mod3736Check(base.slice(0, i) + base[i + 1] + base[i] + base.slice(i + 2))).not.toBe(check);
    }
  });

  it('refuses characters outside 0–9 and A–Z', () => {
    expect(() => mod3736Check('ab')).toThrow();
  });
});

describe('licence identifiers', () => {
  const parts = { typeCode: '11100000000000000001', issuerUscc: '11150200011505920Y', serial: 'JY115020300012', version: 1 };

  it('are built in the GB/T 36904 form and parse back', () => {
    const id = licenceIdentifier(parts);
    expect(id).toMatch(/^1\.2\.156\.3005\.2\.11100000000000000001\.11150200011505920Y\.JY115020300012\.001\.[0-9A-Z]$/);
    expect(parseLicenceIdentifier(id)).toEqual(parts);
  });

  it('refuse a changed character, a wrong root, a missing part or version 000', () => {
    const id = licenceIdentifier(parts);
    expect(parseLicenceIdentifier(id.replace('JY1150203', 'JY1150208'))).toBeNull();
    expect(parseLicenceIdentifier(id.replace('1.2.156.3005.2', '1.2.156.3005.3'))).toBeNull();
    expect(parseLicenceIdentifier(id.split('.').slice(0, -1).join('.'))).toBeNull();
    expect(() => licenceIdentifier({ ...parts, version: 0 })).toThrow();
    expect(() => licenceIdentifier({ ...parts, serial: 'jy-1' })).toThrow();
  });
});
