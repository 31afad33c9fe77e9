import { describe, expect, it } from 'vitest';
import { makeResidentId, makeUscc } from './generate';
import { checkResidentId } from './resident-id';
import { checkUscc } from './uscc';

describe('makeResidentId', () => {
  it('rebuilds the docs/domain.md examples', () => {
    expect(makeResidentId('110105', '1949-12-31', 2)).toBe('11010519491231002X');
    expect(makeResidentId('440524', '1880-01-01', '001')).toBe('440524188001010014');
  });

  it('makes Baotou residents that pass the check, with the sex from the order code', () => {
    const man = makeResidentId('150203', '1990-05-17', 123);
    const woman = makeResidentId('150207', '2001-02-28', 124);
    expect(checkResidentId(man)).toMatchObject({ ok: true, regionCode: '150203', birthDate: '1990-05-17', sex: 'M' });
    expect(checkResidentId(woman)).toMatchObject({ ok: true, sex: 'F' });
  });

  it.each([
    ['15020', '1990-01-01', 1],
    ['990203', '1990-01-01', 1],
    ['150203', '1990-02-30', 1],
    ['150203', '19900101', 1],
    ['150203', '1990-01-01', 1000],
    ['150203', '1990-01-01', '12'],
    ['150203', '2999-01-01', 1],
  ])('refuses %s / %s / %s', (region, birth, seq) => {
    expect(() => makeResidentId(region, birth, seq)).toThrow(RangeError);
  });
});

describe('makeUscc', () => {
  it('rebuilds the docs/domain.md examples', () => {
    expect(makeUscc('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(makeUscc('9144030071526726x')).toBe('9144030071526726XG');
  });

  it('makes Baotou enterprise codes that pass the check', () => {
    const code = makeUscc('91150200MA0N1234K');
    expect(checkUscc(code)).toMatchObject({ ok: true, regionCode: '150200', registrationAuthority: '9' });
  });

  it.each(['91150200MA0N1234', '91150200MA0N1234KK', '91150200MA0I1234K', '9115A200MA0N1234K'])('refuses %s', (value) => {
    expect(() => makeUscc(value)).toThrow(RangeError);
  });
});
