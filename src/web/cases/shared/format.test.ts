import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPlainDate, formatSize } from './format';

describe('case date formatting', () => {
  it('shows a deadline stored as the end of a Shanghai day as that day', () => {
    expect(formatDate('2026-12-04T15:59:59.999Z')).toBe('2026-12-04');
    expect(formatDateTime('2026-11-28T06:04:07.726Z')).toBe('2026-11-28 14:04');
  });

  it('shows a dash for a missing or broken date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
  });

  it('sizes files in bytes, KB and MB', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(2048)).toBe('2 KB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

describe('dates in plain words for citizens', () => {
  const now = new Date('2026-12-03T02:00:00Z');
  it('says the day and weekday, with the year only when it is another year', () => {
    expect(formatPlainDate('2026-12-09T15:59:59.999Z', 'zh-CN', now)).toBe('12月9日星期三');
    expect(formatPlainDate('2026-12-09T15:59:59.999Z', 'en-US', now)).toBe('Wednesday 9 December');
    expect(formatPlainDate('2027-01-05T15:59:59.999Z', 'zh-CN', now)).toBe('2027年1月5日星期二');
    expect(formatPlainDate('2027-01-05T15:59:59.999Z', 'en-US', now)).toBe('Tuesday 5 January 2027');
  });
  it('shows a dash for no date', () => {
    expect(formatPlainDate(null, 'zh-CN', now)).toBe('—');
  });
});
