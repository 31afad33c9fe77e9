/**
 * Type 2 charstrings with their subroutine calls inlined (docs/decisions.md D17, the PDF's font).
 *
 * A CFF font shares outline pieces between glyphs through subroutines: Noto Sans CJK holds 1,246
 * global ones and over 43,000 in the private dictionaries of its ideographs. A subset keeps the
 * subroutine numbers its glyphs call, so fontkit's subset copies every index whole (the unused
 * entries blanked) into every PDF: about 150 KB of index to build, compress and store per
 * document for a few dozen glyphs. Inlining the calls a subset's glyphs make leaves it no
 * subroutines at all. The outlines are the same bytes, read in the same order.
 *
 * The reader follows the Type 2 charstring format (Adobe technical note 5177): operands are
 * numbers, operators clear the stack; `hintmask` and `cntrmask` are followed by one bit per stem
 * declared so far, so stems are counted. Arithmetic and storage operators (never emitted by the
 * font tools that make CJK fonts) are refused rather than guessed at: the caller then keeps the
 * font's own subroutines.
 */

/** The subroutine number bias of an index with `count` entries. */
function bias(count: number): number {
  return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

/** A charstring or subroutine's bytes by index, read on demand. */
export type SubrIndex = { length: number; get(i: number): Uint8Array };

const HSTEM = 1;
const VSTEM = 3;
const CALLSUBR = 10;
const RETURN = 11;
const ESCAPE = 12;
const ENDCHAR = 14;
const HSTEMHM = 18;
const HINTMASK = 19;
const CNTRMASK = 20;
const VSTEMHM = 23;
const SHORTINT = 28;
const CALLGSUBR = 29;

export class UnsupportedCharstring extends Error {}

/** `charstring` with every callsubr and callgsubr replaced by the subroutine's body. */
export function desubroutinize(charstring: Uint8Array, local: SubrIndex, global: SubrIndex): Uint8Array {
  const out: number[] = [];
  const localBias = bias(local.length);
  const globalBias = bias(global.length);
  let operands = 0; // numbers on the stack since the last operator
  let stems = 0;
  let lastNumber = 0; // the value of the most recent operand
  let lastNumberAt = -1; // where its bytes start in `out`
  let ended = false;

  const run = (bytes: Uint8Array, depth: number): void => {
    if (depth > 10) throw new UnsupportedCharstring('subroutines nested more than 10 deep');
    let i = 0;
    while (i < bytes.length && !ended) {
      const b0 = bytes[i];
      if (b0 >= 32 || b0 === SHORTINT) {
        const size = b0 === SHORTINT ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
        if (i + size > bytes.length) throw new UnsupportedCharstring('number cut short');
        lastNumberAt = out.length;
        for (let k = 0; k < size; k++) out.push(bytes[i + k]);
        if (b0 === SHORTINT) lastNumber = ((bytes[i + 1] << 24) | (bytes[i + 2] << 16)) >> 16;
        else if (b0 <= 246) lastNumber = b0 - 139;
        else if (b0 <= 250) lastNumber = (b0 - 247) * 256 + bytes[i + 1] + 108;
        else if (b0 <= 254) lastNumber = -(b0 - 251) * 256 - bytes[i + 1] - 108;
        else lastNumber = NaN; // 16.16 fixed: never a subroutine number
        operands++;
        i += size;
        continue;
      }
      i++;
      switch (b0) {
        case CALLSUBR:
        case CALLGSUBR: {
          if (operands === 0 || lastNumberAt < 0 || !Number.isInteger(lastNumber)) throw new UnsupportedCharstring('call without a number');
          const index = b0 === CALLSUBR ? local : global;
          const n = lastNumber + (b0 === CALLSUBR ? localBias : globalBias);
          if (n < 0 || n >= index.length) throw new UnsupportedCharstring(`subroutine ${n} out of range`);
          // The subroutine number is consumed by the call: drop its bytes; the operands below it stay.
          out.length = lastNumberAt;
          lastNumberAt = -1;
          operands--;
          run(index.get(n), depth + 1);
          break;
        }
        case RETURN:
          return;
        case ENDCHAR:
          out.push(b0);
          ended = true;
          return;
        case HSTEM:
        case VSTEM:
        case HSTEMHM:
        case VSTEMHM:
          stems += operands >> 1;
          out.push(b0);
          operands = 0;
          break;
        case HINTMASK:
        case CNTRMASK: {
          // Operands before the first mask are an implicit vstemhm.
          stems += operands >> 1;
          const maskBytes = (stems + 7) >> 3;
          if (i + maskBytes > bytes.length) throw new UnsupportedCharstring('mask cut short');
          out.push(b0);
          for (let k = 0; k < maskBytes; k++) out.push(bytes[i + k]);
          i += maskBytes;
          operands = 0;
          break;
        }
        case ESCAPE: {
          const b1 = bytes[i++];
          // flex, hflex, hflex1, flex1 (35–37, 34): path operators; anything else is arithmetic or storage.
          if (b1 < 34 || b1 > 37) throw new UnsupportedCharstring(`escape operator 12 ${b1}`);
          out.push(b0, b1);
          operands = 0;
          break;
        }
        default:
          out.push(b0);
          operands = 0;
      }
      lastNumberAt = -1;
    }
  };
  run(charstring, 0);
  return Uint8Array.from(out);
}
