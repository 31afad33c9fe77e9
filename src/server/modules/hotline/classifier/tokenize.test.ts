import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from './lexicon';
import { BIGRAM_PREFIX, characterBigrams, segmentWords, tokenize } from './tokenize';

describe('segmentWords', () => {
  it('cuts with jieba, lower-cases and drops punctuation, numbers and stop words', () => {
    const words = segmentWords('你好，我家的暖气不热，室温才15度！九价HPV疫苗');
    expect(words).toContain('暖气');
    expect(words).toContain('室温');
    expect(words).toContain('hpv');
    for (const dropped of ['你好', '的', '，', '15', '！', '我']) expect(words).not.toContain(dropped);
  });

  it('keeps hotline vocabulary in one piece', () => {
    expect(segmentWords('采暖费报停在蒙速办上办')).toEqual(expect.arrayContaining(['采暖费', '报停', '蒙速办']));
    expect(segmentWords('摆摊占道经营')).toContain('占道经营');
  });
});

describe('characterBigrams', () => {
  it('slides over each run of Chinese characters', () => {
    expect(characterBigrams('暖汽不热，停水')).toEqual(['~暖汽', '~汽不', '~不热', '~停水']);
  });

  it('lets a typo still share features with the correct spelling', () => {
    const typo = new Set(characterBigrams('家里暖汽不热乎'));
    expect(characterBigrams('家里暖气不热乎').filter((bigram) => typo.has(bigram)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('tokenize', () => {
  it('returns words followed by prefixed bigrams', () => {
    const tokens = tokenize('路灯不亮');
    expect(tokens[0]).toBe('路灯');
    expect(tokens).toContain(`${BIGRAM_PREFIX}灯不`);
  });

  it('returns nothing for empty or meaningless input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('，。！ 123')).toEqual([]);
  });

  it('never emits blank tokens or stop words', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const token of tokenize(text)) {
          expect(token.trim()).toBe(token);
          expect(token.length).toBeGreaterThan(0);
          expect(STOP_WORDS.has(token)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
