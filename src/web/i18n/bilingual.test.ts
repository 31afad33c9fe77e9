import { describe, expect, it } from 'vitest';
import { inLanguage } from './bilingual';

describe('a text written in both languages', () => {
  it('shows the half the UI language reads', () => {
    expect(inLanguage('系统 / system', 'zh-CN')).toBe('系统');
    expect(inLanguage('系统 / system', 'en-US')).toBe('system');
    expect(inLanguage('来电人（短信评价链接）/ caller (SMS rating link)', 'en-US')).toBe('caller (SMS rating link)');
    expect(inLanguage('来电人（短信评价链接）/ caller (SMS rating link)', 'zh-CN')).toBe('来电人（短信评价链接）');
    expect(inLanguage('阶段须从 1 起连续编号 / stages must run 1, 2, 3 … without gaps', 'en-US')).toBe('stages must run 1, 2, 3 … without gaps');
  });
  it('leaves other texts as they are', () => {
    expect(inLanguage('王晓明', 'en-US')).toBe('王晓明');
    expect(inLanguage('and / or', 'zh-CN')).toBe('and / or');
    expect(inLanguage('Expected number', 'zh-CN')).toBe('Expected number');
  });
});
