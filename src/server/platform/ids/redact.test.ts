import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactPersonalText } from './redact';

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;
const toFullWidth = (ch: string) => (ch >= '0' && ch <= '9' ? String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET) : ch);

/** Separators residents type between digit groups, full-width ones included. */
const separator = fc.constantFrom('', '', '', ' ', '-', '.', '　', '－', '．', ' - ', '·');

/** Writes a digit string with random separators between digits and random full-width digits. */
function formatted(digits: string) {
  return fc
    .tuple(
      fc.array(separator, { minLength: digits.length, maxLength: digits.length }),
      fc.array(fc.boolean(), { minLength: digits.length, maxLength: digits.length }),
    )
    .map(([seps, wide]) => [...digits].map((ch, i) => (i === 0 ? '' : seps[i]) + (wide[i] ? toFullWidth(ch) : ch)).join(''));
}

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const mobile = fc
  .tuple(fc.constantFrom('3', '4', '5', '6', '7', '8', '9'), fc.array(digit, { minLength: 9, maxLength: 9 }))
  .map(([second, rest]) => `1${second}${rest.join('')}`);
const residentId = fc
  .tuple(
    fc.constantFrom('150203', '150202', '110105'),
    fc.integer({ min: 0, max: 10_000 }),
    fc.array(digit, { minLength: 3, maxLength: 3 }),
    fc.constantFrom('0', '7', 'X'),
  )
  .map(
    ([area, day, seq, check]) =>
      `${area}${new Date(Date.UTC(1950, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '')}${seq.join('')}${check}`,
  );
/** Chinese filler without digits, so any digit in the output came from the number. */
const filler = fc.constantFrom('', '我的电话', '，联系人王女士', '身份证号：', '请回电 ', '谢谢！', 'call me on ');

const digitsOf = (s: string) => s.normalize('NFKC').replace(/[^\dXx]/g, '');

describe('redactPersonalText', () => {
  it('hides every mobile number but its carrier prefix, in any formatting', () => {
    fc.assert(
      fc.property(
        mobile.chain((m) => fc.tuple(fc.constant(m), formatted(m), filler, filler)),
        ([m, shown, before, after]) => {
          const out = redactPersonalText(`${before}${shown}${after}`);
          expect(digitsOf(out)).toBe(m.slice(0, 3));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('hides every resident ID but its province prefix, in any formatting', () => {
    fc.assert(
      fc.property(
        residentId.chain((id) => fc.tuple(fc.constant(id), formatted(id), filler, filler)),
        ([id, shown, before, after]) => {
          const out = redactPersonalText(`${before}${shown}${after}`);
          expect(digitsOf(out)).toBe(id.slice(0, 4));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('hides building, unit, room and courtyard numbers', () => {
    const n = fc.integer({ min: 1, max: 2999 }).map(String);
    fc.assert(
      fc.property(n, n, n, fc.boolean(), (b, u, r, wide) => {
        const w = (s: string) => (wide ? [...s].map(toFullWidth).join('') : s);
        for (const text of [
          `友谊小区${w(b)}号楼${w(u)}单元${w(r)}`,
          `幸福路${w(b)}号院`,
          `${w(b)}栋${w(r)}室`,
          `${w(b.slice(0, 3))}-${w(u.slice(0, 2))}-${w(r.padStart(3, '1'))}`,
        ]) {
          expect(digitsOf(redactPersonalText(text)), text).toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['电话139-4720-1234', '电话139********'],
    ['139 4720 1234', '139********'],
    ['１３９４７２０１２３４', '139********'],
    ['+86 139 4720 1234 找我', '139******** 找我'],
    ['身份证150203 19880517 1237', '身份证1502**************'],
    ['11010519491231002X', '1101**************'],
    ['座机0472-5123456', '座机0**********'],
    ['住8号楼3单元502', '住*号楼*单元*'],
    ['钢铁大街12号院', '钢铁大街*号院'],
  ])('%s → %s', (input, expected) => {
    expect(redactPersonalText(input)).toBe(expected);
  });

  it('leaves ticket numbers, dates, times and the hotline number alone', () => {
    const text = '工单12345-20261202-000001，2026-12-02 14:05 打过12345，3号线地铁口';
    expect(redactPersonalText(text)).toBe(text.normalize('NFKC'));
  });
});
