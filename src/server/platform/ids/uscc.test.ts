import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckChar } from './uscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('checkUscc — valid codes', () => {
  it('accepts the docs/domain.md examples', () => {
    expect(checkUscc('91350100M000100Y43')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
      registrationAuthority: '9',
      regionCode: '350100',
    });
    expect(checkUscc('9144030071526726XG')).toEqual({
      ok: true,
      value: '9144030071526726XG',
      registrationAuthority: '9',
      regionCode: '440300',
    });
  });

  it('accepts lowercase and normalises it', () => {
    expect(checkUscc('91350100m000100y43')).toMatchObject({ ok: true, value: '91350100M000100Y43' });
  });
});

describe('checkUscc — every failure reason', () => {
  it.each([
    ['', 0],
    ['91350100M000100Y4', 17],
    ['91350100M000100Y433', 19],
  ])('LENGTH for %j', (value, actual) => {
    expect(checkUscc(value)).toEqual({ ok: false, reason: { code: 'LENGTH', expected: 18, actual } });
  });

  it.each([
    ['91350100I000100Y43', 9, 'I'],
    ['91350100M000100O43', 16, 'O'],
    ['S1350100M000100Y43', 1, 'S'],
    ['91350100M000100Y4Z', 18, 'Z'],
    ['91350100M000100Y4-', 18, '-'],
  ])('CHARSET for %s (position %i, %s)', (value, position, char) => {
    expect(checkUscc(value)).toEqual({ ok: false, reason: { code: 'CHARSET', position, char, allowed: 'usccChar' } });
  });

  it('CHARSET for a letter in the region code (characters 3–8)', () => {
    expect(checkUscc('9135A100M000100Y43')).toEqual({
      ok: false,
      reason: { code: 'CHARSET', position: 5, char: 'A', allowed: 'digit' },
    });
  });

  it('CHECKSUM with the expected character', () => {
    expect(checkUscc('91350100M000100Y44')).toEqual({ ok: false, reason: { code: 'CHECKSUM', expected: '3', actual: '4' } });
    expect(checkUscc('9144030071526726XH')).toEqual({ ok: false, reason: { code: 'CHECKSUM', expected: 'G', actual: 'H' } });
  });
});

describe('usccCheckChar', () => {
  it('computes (31 − S mod 31) mod 31 over the GB 32100 alphabet', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('9144030071526726X')).toBe('G');
  });

  it('refuses wrong lengths and characters outside the alphabet', () => {
    expect(() => usccCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => usccCheckChar('91350100I000100Y4')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const chars = (alphabet: string, n: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: n, maxLength: n });
  const first17 = fc.tuple(chars(ALPHABET, 2), chars('0123456789', 6), chars(ALPHABET, 9)).map((parts) => parts.join(''));

  it('17 valid characters plus the computed check character validate', () => {
    fc.assert(
      fc.property(first17, (head) => {
        expect(checkUscc(head + usccCheckChar(head))).toMatchObject({ ok: true, regionCode: head.slice(2, 8) });
      }),
    );
  });

  it('makes the weighted sum of all 18 characters divisible by 31 (the definition, restated)', () => {
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28, 1];
    fc.assert(
      fc.property(first17, (head) => {
        const code = head + usccCheckChar(head);
        const sum = [...code].reduce((acc, c, i) => acc + ALPHABET.indexOf(c) * weights[i], 0);
        expect(sum % 31).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('covers the wrap-around where the sum is already divisible by 31 (check character 0)', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
    expect(usccCheckChar('10000000000000000')).toBe('Y');
  });

  it('changing any one character breaks it', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...ALPHABET, 'I', 'O', 'z', '-'), (head, position, char) => {
        const code = head + usccCheckChar(head);
        fc.pre(code[position] !== char.toUpperCase());
        expect(checkUscc(code.slice(0, position) + char + code.slice(position + 1)).ok).toBe(false);
      }),
    );
  });
});
