import { describe, expect, it } from 'vitest';
import { beijingToday, formatRate, formatTime, isPhone, maskPhone, normalizePhone, phoneTail } from './format';

describe('phone helpers', () => {
  it('normalises spaces, dashes and the +86 prefix', () => {
    expect(normalizePhone('+86 139-4720-1234')).toBe('13947201234');
    expect(normalizePhone('0472 5123456')).toBe('04725123456');
  });

  it('accepts mobiles and landlines, refuses the rest', () => {
    expect(isPhone('13947201234')).toBe(true);
    expect(isPhone('04725123456')).toBe(true);
    expect(isPhone('1234')).toBe(false);
    expect(isPhone('23947201234')).toBe(false);
  });

  it('masks the middle of a number and never shows short input', () => {
    expect(maskPhone('13947201234')).toBe('139****1234');
    expect(maskPhone('04725123456')).toBe('0472***3456');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('139****1234')).toBe('139****1234');
    expect(maskPhone(null)).toBe('');
  });

  it('takes the last four digits', () => {
    expect(phoneTail('139 4720 1234')).toBe('1234');
  });
});

describe('time and rates', () => {
  it('formats instants in Beijing time', () => {
    expect(formatTime('2026-11-28T16:30:00Z', 'zh-CN')).toContain('00:30');
    expect(formatTime('not a date', 'zh-CN')).toBe('');
  });

  it('gives the Beijing date across midnight UTC', () => {
    expect(beijingToday(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
  });

  it('formats rates with one decimal and a dash for none', () => {
    expect(formatRate(0.9567)).toBe('95.7%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
  });
});
