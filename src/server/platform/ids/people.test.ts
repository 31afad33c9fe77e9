import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { checkMobile } from './mobile';
import { BAOTOU_DISTRICTS, makeBusiness, makePerson } from './people';
import { checkResidentId } from './resident-id';
import { checkUscc } from './uscc';

describe('made-up people and businesses', () => {
  it('have valid resident IDs agreeing with their sex and age, credit codes and mobile numbers', () => {
    const rng = mulberry32(11);
    for (let i = 0; i < 2_000; i++) {
      const p = makePerson(rng, '2026-06-01');
      const id = checkResidentId(p.idNumber, { today: '2026-06-01' });
      expect(id.ok, p.idNumber).toBe(true);
      if (!id.ok) continue;
      expect(id.sex).toBe(p.sex);
      expect(id.birthDate <= '2008-06-01' && id.birthDate >= '1948-01-01').toBe(true);
      expect(checkMobile(p.mobile).ok, p.mobile).toBe(true);
      expect(p.name).toMatch(/^[\u4e00-\u9fff]{2,6}$/);
      const b = makeBusiness(rng, '2026-06-01');
      const code = checkUscc(b.uscc);
      expect(code.ok, b.uscc).toBe(true);
      if (code.ok) expect(code.regionCode).toBe(b.regionCode);
      expect(b.name).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });

  it('live in every district, most in the populous ones, and are the same for the same seed', () => {
    const homes = Array.from(
      { length: 5_000 },
      (
        (rng) => () =>
          makePerson(rng, '2026-01-01').regionCode
      )(mulberry32(3)),
    );
    expect(new Set(homes)).toEqual(new Set(BAOTOU_DISTRICTS.map((d) => d.code)));
    expect(homes.filter((h) => h === '150203').length).toBeGreaterThan(homes.filter((h) => h === '150205').length * 10);
    expect(makePerson(mulberry32(9), '2026-01-01')).toEqual(makePerson(mulberry32(9), '2026-01-01'));
  });
});
