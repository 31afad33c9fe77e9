import { describe, expect, it } from 'vitest';
import { buildVocabulary, indexTerms, vectorize } from './features';
import { softmaxInPlace } from './softmax';
import { fitTemperature } from './temperature';

describe('TF-IDF features', () => {
  const documents = [
    ['暖气', '不热'],
    ['暖气', '漏水'],
    ['路灯', '不亮'],
    ['路灯', '暖气', 'once'],
  ];

  it('keeps terms seen in at least minDf documents, sorted, with rarer terms weighing more', () => {
    const { terms, idf } = buildVocabulary(documents, 2);
    expect(terms).toEqual(['暖气', '路灯']);
    expect(idf[1]).toBeGreaterThan(idf[0]);
  });

  it('produces unit-length vectors and ignores unknown tokens', () => {
    const { terms, idf } = buildVocabulary(documents, 1);
    const vector = vectorize(['暖气', '暖气', '不热', '没见过'], indexTerms(terms), idf);
    expect(vector.indices).toHaveLength(2);
    expect(Math.hypot(...vector.values)).toBeCloseTo(1, 12);
    expect(vectorize(['没见过'], indexTerms(terms), idf)).toEqual({ indices: [], values: [] });
  });
});

describe('softmax and temperature', () => {
  it('turns scores into probabilities, flatter when hotter', () => {
    const cold = softmaxInPlace(Float64Array.from([2, 1, 0]), 0.5);
    const hot = softmaxInPlace(Float64Array.from([2, 1, 0]), 2);
    expect(cold.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(cold[0]).toBeGreaterThan(hot[0]);
    expect(softmaxInPlace(Float64Array.from([1000, 0]))[0]).toBeCloseTo(1, 12);
  });

  it('cools an under-confident model and heats an over-confident one', () => {
    const timid = Array.from({ length: 50 }, () => Float64Array.from([0.3, 0, 0]));
    expect(
      fitTemperature(
        timid,
        timid.map(() => 0),
      ),
    ).toBeLessThan(0.5);
    const brash = Array.from({ length: 50 }, () => Float64Array.from([10, 0, 0]));
    const labels = brash.map((_, i) => (i % 2 === 0 ? 0 : 1));
    expect(fitTemperature(brash, labels)).toBeGreaterThan(2);
  });
});
