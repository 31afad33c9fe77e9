import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMobile, maskMobile } from './mobile';

describe('checkMobile', () => {
  it.each(['13812345678', '19912345678', '15047212345'])('accepts %s', (value) => {
    expect(checkMobile(value)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 0],
    ['1381234567', 10],
    ['+8613812345678', 14],
  ])('LENGTH for %j', (value, actual) => {
    expect(checkMobile(value)).toEqual({ ok: false, reason: { code: 'LENGTH', expected: 11, actual } });
  });

  it('CHARSET for a non-digit, with its position', () => {
    expect(checkMobile('138-1234567')).toEqual({
      ok: false,
      reason: { code: 'CHARSET', position: 4, char: '-', allowed: 'digit' },
    });
  });

  it.each(['12812345678', '11812345678', '10812345678', '23812345678', '03812345678'])('PREFIX for %s', (value) => {
    expect(checkMobile(value)).toEqual({ ok: false, reason: { code: 'PREFIX', prefix: value.slice(0, 2) } });
  });

  it('accepts exactly 1[3-9] followed by 9 digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 }), (value) => {
        expect(checkMobile(value).ok).toBe(/^1[3-9]\d{9}$/.test(value));
      }),
    );
  });
});

describe('maskMobile', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });

  it('masks short or malformed values completely', () => {
    expect(maskMobile('1381234')).toBe('*******');
  });
});
