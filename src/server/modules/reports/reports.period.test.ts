import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { isoWeekKey, isoWeeksInYear, lastFinishedPeriod, parsePeriod } from './reports.period';

const iso = (d: Date) => d.toISOString();

describe('report periods (Asia/Shanghai)', () => {
  it('parses each kind into [from, to) at Shanghai midnight', () => {
    expect(parsePeriod('day', '2026-11-30')).toMatchObject({ key: '2026-11-30', fromDate: '2026-11-30', toDate: '2026-11-30' });
    expect(iso(parsePeriod('day', '2026-11-30').from)).toBe('2026-11-29T16:00:00.000Z');
    expect(parsePeriod('week', '2026-W48')).toMatchObject({ fromDate: '2026-11-23', toDate: '2026-11-29' });
    expect(parsePeriod('month', '2026-02')).toMatchObject({ fromDate: '2026-02-01', toDate: '2026-02-28' });
    expect(parsePeriod('month', '2026-12')).toMatchObject({ fromDate: '2026-12-01', toDate: '2026-12-31' });
    expect(iso(parsePeriod('month', '2026-12').to)).toBe('2026-12-31T16:00:00.000Z');
    expect(parsePeriod('year', '2026')).toMatchObject({ fromDate: '2026-01-01', toDate: '2026-12-31' });
  });

  it('has quarters end on their last day, Q4 into the next year', () => {
    expect(parsePeriod('quarter', '2026-Q1')).toMatchObject({ fromDate: '2026-01-01', toDate: '2026-03-31' });
    expect(parsePeriod('quarter', '2026-Q3')).toMatchObject({ fromDate: '2026-07-01', toDate: '2026-09-30' });
    const q4 = parsePeriod('quarter', '2026-Q4');
    expect(q4).toMatchObject({ fromDate: '2026-10-01', toDate: '2026-12-31' });
    expect(iso(q4.from)).toBe('2026-09-30T16:00:00.000Z');
    expect(iso(q4.to)).toBe('2026-12-31T16:00:00.000Z');
  });

  it('knows ISO week 53 and week 1 across the new year', () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(parsePeriod('week', '2026-W53')).toMatchObject({ fromDate: '2026-12-28', toDate: '2027-01-03' });
    expect(parsePeriod('week', '2026-W01')).toMatchObject({ fromDate: '2025-12-29', toDate: '2026-01-04' });
    expect(isoWeekKey('2027-01-03')).toBe('2026-W53');
    expect(isoWeekKey('2025-12-29')).toBe('2026-W01');
    expect(isoWeekKey('2026-11-30')).toBe('2026-W49');
  });

  it('refuses bad input with the expected format', () => {
    const bad: Array<[string, string, string]> = [
      ['week', '2025-W53', 'DATE_INVALID'],
      ['week', '2026-W00', 'DATE_INVALID'],
      ['week', '2026-11-30', 'DATE_INVALID'],
      ['month', '2026-00', 'DATE_INVALID'],
      ['month', '2026-1', 'DATE_INVALID'],
      ['quarter', '2026-Q0', 'DATE_INVALID'],
      ['day', '2026-02-29', 'DATE_INVALID'],
      ['year', '1999', 'DATE_INVALID'],
      ['decade', '2020', 'PERIOD_UNKNOWN'],
    ];
    for (const [p, d, code] of bad) {
      let err: unknown;
      try {
        parsePeriod(p, d);
      } catch (e) {
        err = e;
      }
      expect(err, `${p} ${d}`).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe(code);
      expect((err as AppError).status).toBe(400);
    }
    try {
      parsePeriod('week', '2026-11-30');
    } catch (e) {
      expect((e as AppError).messageIn('zh-CN')).toContain('YYYY-Www');
      expect((e as AppError).messageIn('en-US')).toContain('2026-W48');
    }
  });

  it('names the last finished period at any hour, five past midnight included', () => {
    const at = new Date('2027-01-01T00:05:00+08:00');
    expect(lastFinishedPeriod('day', at).key).toBe('2026-12-31');
    expect(lastFinishedPeriod('week', at).key).toBe('2026-W52');
    expect(lastFinishedPeriod('month', at).key).toBe('2026-12');
    expect(lastFinishedPeriod('quarter', at).key).toBe('2026-Q4');
    expect(lastFinishedPeriod('year', at).key).toBe('2026');
    // On Monday 2027-01-04 the week just ended is 2026's week 53 (Monday 12-28 to Sunday 01-03).
    expect(lastFinishedPeriod('week', new Date('2027-01-04T00:05:00+08:00')).key).toBe('2026-W53');
  });
});
