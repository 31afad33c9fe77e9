import { describe, expect, it } from 'vitest';
import { chineseCapitals, formatYuan, yuanToFen } from './money';

describe('money in fen', () => {
  it('converts the catalog’s yuan exactly and refuses what is not an amount', () => {
    expect([yuanToFen(120), yuanToFen(0.1), yuanToFen(19.99), yuanToFen(550)]).toEqual([12000, 10, 1999, 55000]);
    expect(() => yuanToFen(0.001)).toThrow(RangeError);
    expect(() => yuanToFen(-1)).toThrow(RangeError);
  });

  it('shows fen as yuan with two decimals', () => {
    expect([formatYuan(0), formatYuan(5), formatYuan(1000), formatYuan(12050)]).toEqual(['0.00', '0.05', '10.00', '120.50']);
    expect(() => formatYuan(1.5)).toThrow(RangeError);
  });

  it('writes amounts in Chinese capitals as receipts do', () => {
    const cases: Array<[number, string]> = [
      [0, '零元整'],
      [5, '伍分'],
      [50, '伍角'],
      [1000, '壹拾元整'],
      [2000, '贰拾元整'],
      [8000, '捌拾元整'],
      [12050, '壹佰贰拾元伍角'],
      [10005, '壹佰元零伍分'],
      [55000, '伍佰伍拾元整'],
      [100500, '壹仟零伍元整'],
      [1000000, '壹万元整'],
      [1000100, '壹万零壹元整'],
      [10010000, '壹拾万零壹佰元整'],
      [123456789, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
      [10000000000, '壹亿元整'],
    ];
    for (const [fen, words] of cases) expect(chineseCapitals(fen), String(fen)).toBe(words);
  });
});
