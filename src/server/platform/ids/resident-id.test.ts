import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../calendar/shanghai-date';
import { checkResidentId, maskResidentId, residentIdCheckChar } from './resident-id';

const TODAY = '2026-06-01';
const check = (value: string) => checkResidentId(value, { today: TODAY });

describe('checkResidentId — valid numbers', () => {
  it('accepts the docs/domain.md examples', () => {
    expect(check('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'F',
    });
    expect(check('440524188001010014')).toEqual({
      ok: true,
      value: '440524188001010014',
      regionCode: '440524',
      birthDate: '1880-01-01',
      sex: 'M',
    });
  });

  it('accepts a lowercase x and normalises it', () => {
    expect(check('11010519491231002x')).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('accepts someone born today, and uses today in Shanghai by default', () => {
    expect(check(withCheck('15020320260601123')).ok).toBe(true);
    expect(checkResidentId(withCheck('15020319900101123')).ok).toBe(true);
  });
});

describe('checkResidentId — every failure reason', () => {
  it.each([
    ['', 0],
    ['11010519491231002', 17],
    ['11010519491231002X1', 19],
    ['110105491231002', 15],
  ])('LENGTH for %j', (value, actual) => {
    expect(check(value)).toEqual({ ok: false, reason: { code: 'LENGTH', expected: 18, actual } });
  });

  it('CHARSET for a non-digit in the first 17 characters, with its position', () => {
    expect(check('1101O519491231002X')).toEqual({
      ok: false,
      reason: { code: 'CHARSET', position: 5, char: 'O', allowed: 'digit' },
    });
    expect(check('1101051949123100X2')).toEqual({
      ok: false,
      reason: { code: 'CHARSET', position: 17, char: 'X', allowed: 'digit' },
    });
  });

  it('CHARSET for a last character other than a digit or X', () => {
    expect(check('11010519491231002Y')).toEqual({
      ok: false,
      reason: { code: 'CHARSET', position: 18, char: 'Y', allowed: 'digitOrX' },
    });
    expect(check('11010519491231002 ').ok).toBe(false);
  });

  it('REGION when the first two digits are not a province', () => {
    for (const prefix of ['00', '10', '16', '20', '47', '66', '80', '83', '99']) {
      const id = withCheck(`${prefix}010519491231002`);
      expect(check(id)).toEqual({ ok: false, reason: { code: 'REGION', regionCode: `${prefix}0105` } });
    }
  });

  it.each(['19491331', '19490230', '20230229', '19490001', '19491200', '00000000'])('BIRTH_DATE for %s', (raw) => {
    expect(check(withCheck(`110105${raw}002`))).toEqual({ ok: false, reason: { code: 'BIRTH_DATE', value: raw } });
  });

  it('accepts 29 February in a leap year', () => {
    expect(check(withCheck('11010520240229002')).ok).toBe(true);
  });

  it('BIRTH_DATE_FUTURE after today', () => {
    expect(check(withCheck('15020320260602123'))).toEqual({
      ok: false,
      reason: { code: 'BIRTH_DATE_FUTURE', birthDate: '2026-06-02' },
    });
  });

  it('BIRTH_DATE_TOO_EARLY before 1800, or a stricter configured floor', () => {
    expect(check(withCheck('15020317991231123'))).toEqual({
      ok: false,
      reason: { code: 'BIRTH_DATE_TOO_EARLY', birthDate: '1799-12-31', earliest: '1800-01-01' },
    });
    expect(checkResidentId('440524188001010014', { today: TODAY, earliestBirthDate: '1900-01-01' })).toEqual({
      ok: false,
      reason: { code: 'BIRTH_DATE_TOO_EARLY', birthDate: '1880-01-01', earliest: '1900-01-01' },
    });
  });

  it('CHECKSUM with the expected character', () => {
    expect(check('110105194912310021')).toEqual({ ok: false, reason: { code: 'CHECKSUM', expected: 'X', actual: '1' } });
    expect(check('440524188001010015')).toEqual({ ok: false, reason: { code: 'CHECKSUM', expected: '4', actual: '5' } });
    expect(check('11010519491231002x'.replace('2x', '3x'))).toEqual({
      ok: false,
      reason: { code: 'CHECKSUM', expected: '8', actual: 'x' },
    });
  });
});

describe('residentIdCheckChar', () => {
  it('computes ISO 7064 MOD 11-2', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('maskResidentId', () => {
  it('keeps the first 4 and last 4 characters', () => {
    expect(maskResidentId('150203199001011234')).toBe('1502**********1234');
    expect(maskResidentId('11010519491231002X')).toBe('1101**********002X');
  });

  it('masks short or malformed values completely', () => {
    expect(maskResidentId('12345678')).toBe('********');
    expect(maskResidentId('')).toBe('');
  });
});

describe('properties', () => {
  const PROVINCES = [
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
  ];
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
  const birth = fc.integer({ min: toEpochDay('1800-01-01'), max: toEpochDay(TODAY) }).map(fromEpochDay);
  const first17 = fc.tuple(fc.constantFrom(...PROVINCES), digits(4), birth, digits(3)).map(([p, r, b, s]) => p + r + b.replaceAll('-', '') + s);

  it('17 digits with a valid region and date plus the computed check character validate', () => {
    fc.assert(
      fc.property(first17, (head) => {
        const result = check(head + residentIdCheckChar(head));
        expect(result).toMatchObject({ ok: true, regionCode: head.slice(0, 6) });
        if (result.ok) expect(result.sex).toBe(Number(head[16]) % 2 ? 'M' : 'F');
      }),
    );
  });

  it('satisfies ISO 7064 MOD 11-2 as the standard defines it: Σ aᵢ·2^(18−i) ≡ 1 (mod 11)', () => {
    fc.assert(
      fc.property(first17, (head) => {
        const id = head + residentIdCheckChar(head);
        const sum = [...id].reduce((acc, c, i) => acc + (c === 'X' ? 10 : Number(c)) * 2 ** (17 - i), 0);
        expect(sum % 11).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('changing any one character breaks it', () => {
    const replacement = fc.constantFrom(...'0123456789XxAO -');
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 17 }), replacement, (head, position, char) => {
        const id = head + residentIdCheckChar(head);
        fc.pre(id[position] !== char.toUpperCase());
        const changed = id.slice(0, position) + char + id.slice(position + 1);
        expect(check(changed).ok).toBe(false);
      }),
    );
  });
});

function withCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}
