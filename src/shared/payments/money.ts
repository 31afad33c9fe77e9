/**
 * Money as the platform keeps it: integer fen everywhere (docs/decisions.md D30); yuan only for
 * showing. Pure, so the server's receipts and the web pages say an amount the same way.
 */

/** Yuan as published in the catalog (at most two decimals) into fen, exactly. */
export function yuanToFen(yuan: number): number {
  const fen = Math.round(yuan * 100);
  if (!Number.isFinite(yuan) || yuan < 0 || Math.abs(fen - yuan * 100) > 1e-6) throw new RangeError(`not an amount of yuan with at most two decimals: ${yuan}`);
  return fen;
}

/** Fen as yuan with two decimals: 12050 → "120.50". */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount of fen: ${fen}`);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** A group of four digits (0–9999) in capitals, with 零 where a digit inside is zero. */
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d] + SMALL_UNITS[i];
  }
  return out;
}

/**
 * An amount in Chinese capitals (大写) as receipts and invoices write it:
 * 12050 → 壹佰贰拾元伍角, 2000 → 贰拾元整, 100500 → 壹仟零伍元整, 5 → 伍分, 0 → 零元整.
 */
export function chineseCapitals(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount of fen: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let head = '';
  if (yuan > 0) {
    const groups: number[] = [];
    for (let y = yuan; y > 0; y = Math.floor(y / 10_000)) groups.push(y % 10_000);
    let zero = false;
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i];
      if (g === 0) {
        zero = head !== '';
        continue;
      }
      if (head && (zero || g < 1000)) head += '零';
      zero = false;
      head += group(g) + BIG_UNITS[i];
    }
    head += '元';
  }
  if (jiao === 0 && cents === 0) return `${head || '零元'}整`;
  let tail = '';
  if (jiao > 0) tail += `${DIGITS[jiao]}角`;
  else if (yuan > 0) tail += '零';
  if (cents > 0) tail += `${DIGITS[cents]}分`;
  return head + tail;
}
