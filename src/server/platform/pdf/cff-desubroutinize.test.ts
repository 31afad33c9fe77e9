import { describe, expect, it } from 'vitest';
import { desubroutinize, UnsupportedCharstring, type SubrIndex } from './cff-desubroutinize';

/** Type 2 charstrings written out by hand (Adobe TN 5177): numbers 32–246 are value + 139. */
const n = (v: number) => v + 139;
const index = (subrs: number[][], length = subrs.length): SubrIndex => ({
  length,
  get: (i) => Uint8Array.from(subrs[i] ?? [11]),
});
const none = index([]);
const RMOVETO = 21;
const RLINETO = 5;
const CALLSUBR = 10;
const CALLGSUBR = 29;
const RETURN = 11;
const ENDCHAR = 14;

describe('desubroutinize', () => {
  it('inlines a local subroutine, its number read with the bias of a small index (107)', () => {
    const local = index([[], [n(5), n(5), RLINETO, RETURN]]);
    const glyph = [n(10), n(20), RMOVETO, n(1 - 107), CALLSUBR, ENDCHAR];
    expect([...desubroutinize(Uint8Array.from(glyph), local, none)]).toEqual([n(10), n(20), RMOVETO, n(5), n(5), RLINETO, ENDCHAR]);
  });

  it('keeps the operands pushed before a call for the subroutine to use, and follows a global call inside it', () => {
    // 1,240 entries take the bias 1131: entry 1239 is the two-byte number 108 (247, 0).
    const global = index([[n(7), RLINETO, RETURN]]);
    const big: SubrIndex = { length: 1240, get: (i) => Uint8Array.from(i === 1239 ? [n(-107), CALLGSUBR, RETURN] : [RETURN]) };
    const glyph = [n(3), n(4), 247, 0, CALLSUBR, ENDCHAR];
    expect([...desubroutinize(Uint8Array.from(glyph), big, global)]).toEqual([n(3), n(4), n(7), RLINETO, ENDCHAR]);
  });

  it('reads a subroutine number written as a 16-bit integer', () => {
    const local = index([[n(1), n(1), RLINETO, RETURN]]);
    const glyph = [28, 0xff, 0x95, CALLSUBR, ENDCHAR]; // -107
    expect([...desubroutinize(Uint8Array.from(glyph), local, none)]).toEqual([n(1), n(1), RLINETO, ENDCHAR]);
  });

  it("copies a hint mask's bytes as they are, one bit per stem declared so far", () => {
    // hstemhm declares 2 stems, the operands before hintmask 4 more (an implicit vstemhm): 6 stems, one mask byte.
    // The mask byte is 10, the code of callsubr: read as an operator it would call a subroutine.
    const glyph = [n(0), n(10), n(20), n(10), 18, n(0), n(5), n(10), n(5), n(20), n(5), 19, CALLSUBR, n(1), n(1), RMOVETO, ENDCHAR];
    expect([...desubroutinize(Uint8Array.from(glyph), none, none)]).toEqual(glyph);
    // Nine stems take two mask bytes.
    const nine = [...Array(18).fill(n(1)), 18, 19, 0xff, 0x80, ENDCHAR];
    expect([...desubroutinize(Uint8Array.from(nine), none, none)]).toEqual(nine);
  });

  it('ends the glyph at an endchar inside a subroutine', () => {
    const local = index([[n(1), n(1), RLINETO, ENDCHAR]]);
    const glyph = [n(-107), CALLSUBR, n(9), n(9), RLINETO, ENDCHAR];
    expect([...desubroutinize(Uint8Array.from(glyph), local, none)]).toEqual([n(1), n(1), RLINETO, ENDCHAR]);
  });

  it('refuses what it cannot follow: arithmetic operators, a call out of range, a call with no number', () => {
    expect(() => desubroutinize(Uint8Array.from([n(1), n(2), 12, 10, ENDCHAR]), none, none)).toThrow(UnsupportedCharstring);
    expect(() => desubroutinize(Uint8Array.from([n(5), CALLSUBR, ENDCHAR]), none, none)).toThrow(UnsupportedCharstring);
    expect(() => desubroutinize(Uint8Array.from([RMOVETO, CALLSUBR, ENDCHAR]), none, none)).toThrow(UnsupportedCharstring);
  });
});
