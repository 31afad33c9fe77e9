import { describe, expect, it } from 'vitest';
import { idProblemMessage, idProblemMessages } from './messages';
import type { IdProblem, IdProblemCode } from './problem';

// `satisfies` makes this fail to compile when a new problem code is added without a sample.
const SAMPLES = {
  LENGTH: { code: 'LENGTH', expected: 18, actual: 17 },
  CHARSET: { code: 'CHARSET', position: 5, char: 'O', allowed: 'digit' },
  CHECKSUM: { code: 'CHECKSUM', expected: 'X', actual: '1' },
  REGION: { code: 'REGION', regionCode: '990105' },
  BIRTH_DATE: { code: 'BIRTH_DATE', value: '19491331' },
  BIRTH_DATE_FUTURE: { code: 'BIRTH_DATE_FUTURE', birthDate: '2030-01-01' },
  BIRTH_DATE_TOO_EARLY: { code: 'BIRTH_DATE_TOO_EARLY', birthDate: '1799-12-31', earliest: '1800-01-01' },
  PREFIX: { code: 'PREFIX', prefix: '12' },
} satisfies { [C in IdProblemCode]: Extract<IdProblem, { code: C }> };

describe('idProblemMessage', () => {
  it('says what to fix, in both languages', () => {
    expect(idProblemMessage(SAMPLES.CHECKSUM, 'zh-CN')).toBe('校验位错误：应为 X，实际为 1；请核对号码是否有输错的字符');
    expect(idProblemMessage(SAMPLES.CHECKSUM, 'en-US')).toBe('check character is wrong: expected X, got 1; please look for a mistyped character');
    expect(idProblemMessage(SAMPLES.LENGTH, 'zh-CN')).toBe('长度应为 18 位，实际为 17 位');
    expect(idProblemMessage(SAMPLES.CHARSET, 'en-US')).toBe('character 5 ("O") is not valid: only a digit is allowed here');
    expect(idProblemMessage(SAMPLES.REGION, 'zh-CN')).toContain('“99”不是省级行政区划代码');
  });

  it.each(Object.values(SAMPLES))('has a distinct message per language for $code', (problem: IdProblem) => {
    const { 'zh-CN': zh, 'en-US': en } = idProblemMessages(problem);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/undefined|NaN/);
    expect(zh).not.toMatch(/undefined|NaN/);
  });

  it('names the allowed characters for each kind of position', () => {
    const at = (allowed: 'digit' | 'digitOrX' | 'usccChar') => idProblemMessage({ ...SAMPLES.CHARSET, allowed }, 'zh-CN');
    expect(new Set([at('digit'), at('digitOrX'), at('usccChar')]).size).toBe(3);
    expect(at('usccChar')).toContain('I、O、S、V、Z');
  });
});
