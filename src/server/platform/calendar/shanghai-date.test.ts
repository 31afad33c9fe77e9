import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, endOfShanghaiDay, fromEpochDay, isIsoDate, startOfShanghaiDay, toEpochDay, toShanghaiDate } from './shanghai-date';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2026-01-01', '2026-12-31', '1900-01-01'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });
  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-1', '20260101', '2026-01-01T00:00', '', '0099-01-01'])('rejects %j', (date) => {
    expect(isIsoDate(date)).toBe(false);
  });
});

describe('Asia/Shanghai instants', () => {
  it('puts an instant on the Shanghai date, not the UTC one', () => {
    expect(toShanghaiDate(new Date('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
    expect(toShanghaiDate(new Date('2026-09-30T16:00:00.000Z'))).toBe('2026-10-01');
  });

  it('gives the first and last millisecond of a Shanghai day', () => {
    expect(startOfShanghaiDay('2026-10-10').toISOString()).toBe('2026-10-09T16:00:00.000Z');
    expect(endOfShanghaiDay('2026-10-10').toISOString()).toBe('2026-10-10T15:59:59.999Z');
  });

  it('does not depend on the machine time zone', () => {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Berlin', 'UTC']) {
      process.env.TZ = tz;
      expect(toShanghaiDate(new Date('2026-10-31T17:30:00Z'))).toBe('2026-11-01');
      expect(endOfShanghaiDay('2026-03-29').toISOString()).toBe('2026-03-29T15:59:59.999Z');
      expect(dayOfWeek('2026-10-10')).toBe(6);
    }
  });

  it('throws on an invalid Date', () => {
    expect(() => toShanghaiDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('knows the day of the week', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-10-01')).toBe(4);
    expect(dayOfWeek('2026-02-15')).toBe(0);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('round-trips epoch days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 60_000 }), (day) => {
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
        expect(startOfShanghaiDay(fromEpochDay(day)).getTime() + 86_400_000 - 1).toBe(endOfShanghaiDay(fromEpochDay(day)).getTime());
      }),
    );
  });

  it('rejects malformed dates', () => {
    expect(() => toEpochDay('2026-02-30')).toThrow(RangeError);
  });
});
