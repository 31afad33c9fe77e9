import chineseDays from 'chinese-days';
import { afterEach, describe, expect, it } from 'vitest';
import { MAKEUP_DAYS_2026, holidayDates2026 } from './calendar-2026.fixture';
import { calendarRowsFromChineseDays, publishedYearsFromChineseDays, workCalendarFromChineseDays } from './chinese-days-source';
import { addDays, dayOfWeek } from './shanghai-date';

const rows = calendarRowsFromChineseDays();
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('calendarRowsFromChineseDays', () => {
  it('matches docs/domain.md §3 for 2026 exactly', () => {
    const of2026 = rows.filter((r) => r.date.startsWith('2026-'));
    expect(of2026.filter((r) => r.kind === 'holiday').map((r) => r.date)).toEqual(holidayDates2026());
    expect(of2026.filter((r) => r.kind === 'makeup').map((r) => r.date)).toEqual([...MAKEUP_DAYS_2026]);
    expect(of2026).toHaveLength(holidayDates2026().length + MAKEUP_DAYS_2026.length);
  });

  it('names holidays in Chinese, weekend holiday days and make-up days included', () => {
    const byDate = new Map(rows.map((r) => [r.date, r]));
    expect(byDate.get('2026-10-03')).toEqual({ date: '2026-10-03', workday: false, kind: 'holiday', name: '国庆节' });
    expect(byDate.get('2026-02-15')).toEqual({ date: '2026-02-15', workday: false, kind: 'holiday', name: '春节' });
    expect(byDate.get('2026-10-10')).toEqual({ date: '2026-10-10', workday: true, kind: 'makeup', name: '国庆节' });
  });

  it('emits only rows that override or annotate the Mon–Fri default', () => {
    for (const row of rows) {
      const weekend = [0, 6].includes(dayOfWeek(row.date));
      if (row.kind === 'makeup') expect(weekend && row.workday).toBe(true);
      else expect(row).toMatchObject({ kind: 'holiday', workday: false });
      expect(row.name).not.toBe('');
    }
  });

  it('is sorted and has one row per date', () => {
    const dates = rows.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });
});

describe('publishedYearsFromChineseDays', () => {
  it('covers 2004–2026 and not 2027', () => {
    const years = publishedYearsFromChineseDays();
    for (let y = 2004; y <= 2026; y++) expect(years.has(y)).toBe(true);
    expect(years.has(2003)).toBe(false);
    expect(years.has(2027)).toBe(false);
  });
});

describe('workCalendarFromChineseDays', () => {
  const cal = workCalendarFromChineseDays();

  it('reports 2027 as unpublished, where the package would silently say "workday"', () => {
    expect(chineseDays.isWorkday('2027-01-01')).toBe(true);
    expect(cal.isPublished(2027)).toBe(false);
    expect(cal.addWorkdays('2026-12-31', 1)).toEqual({ date: '2027-01-01', published: false });
    expect(cal.deadlineAfter(new Date('2026-12-28T10:00:00+08:00'), 5).published).toBe(false);
  });

  it('gives the docs/domain.md example across National Day 2026', () => {
    expect(cal.addWorkdays('2026-09-30', 3)).toEqual({ date: '2026-10-10', published: true });
  });

  it('agrees with the package on every day of 2004–2026 (package run in UTC, where it is correct)', () => {
    process.env.TZ = 'UTC';
    const mismatches: string[] = [];
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      if (cal.isWorkday(d) !== chineseDays.isWorkday(d)) mismatches.push(d);
    }
    expect(mismatches).toEqual([]);
  });
});
