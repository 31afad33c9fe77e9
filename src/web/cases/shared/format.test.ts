import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatSize } from './format';

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
