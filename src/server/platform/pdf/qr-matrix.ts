import QRCode from 'qrcode';

/**
 * A QR code's modules at error-correction level M, the same ones `QRCode.create` makes, in about
 * two thirds of its time (docs/decisions.md D17). The library chooses the data mask the standard's
 * way — the one of eight whose symbol scores the lowest penalty for runs, blocks, finder-like
 * patterns and dark/light balance — but scores the eight through per-module method calls, over
 * half of its time for an e-licence's payload. Here the symbol is made once with mask 0, the mask
 * is taken off the data modules, and the eight candidates are scored by the library's rules (the
 * same four penalties, computed the same way, ties to the lower mask) over a plain array, two
 * penalties per pass; the winner is then applied. `qr-matrix.test.ts` checks the result equals the
 * library's module for module.
 */
export function qrModules(text: string): { size: number; data: Uint8Array } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: 0 });
  const n = modules.size;
  const flips = flipsOf(n, modules.reservedBit as Uint8Array);
  const plain = Uint8Array.from(modules.data);
  for (let i = 0; i < plain.length; i++) plain[i] ^= flips[0][i];

  const candidate = new Uint8Array(n * n);
  let best = 0;
  let lowest = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    masked(plain, flips[mask], n, mask, candidate);
    const penalty = lineRunsAndFinders(candidate, n) + blocksAndBalance(candidate, n);
    if (penalty < lowest) {
      lowest = penalty;
      best = mask;
    }
  }
  masked(plain, flips[best], n, best, candidate);
  return { size: n, data: candidate };
}

/**
 * For each mask, the modules it flips in a symbol of `n` modules: its pattern over the data
 * modules, none of the reserved ones. The reserved modules depend on the version alone, which
 * `n` gives, so the tables are made once per size (at most 40, 250 KB for the largest).
 */
const flipTables = new Map<number, Uint8Array[]>();
function flipsOf(n: number, reserved: Uint8Array): Uint8Array[] {
  let tables = flipTables.get(n);
  if (!tables) {
    tables = Array.from({ length: 8 }, (_, mask) => {
      const t = new Uint8Array(n * n);
      for (let row = 0; row < n; row++) for (let col = 0; col < n; col++) t[row * n + col] = !reserved[row * n + col] && maskAt(mask, row, col) ? 1 : 0;
      return t;
    });
    flipTables.set(n, tables);
  }
  return tables;
}

/** Whether mask `mask` flips the module at (row, col) (ISO/IEC 18004 table 10). */
function maskAt(mask: number, i: number, j: number): boolean {
  switch (mask) {
    case 0:
      return (i + j) % 2 === 0;
    case 1:
      return i % 2 === 0;
    case 2:
      return j % 3 === 0;
    case 3:
      return (i + j) % 3 === 0;
    case 4:
      return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5:
      return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6:
      return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    default:
      return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
  }
}

/** The 15 format bits of level M (indicator 00) with `mask`: BCH(15,5) code, XOR 101010000010010. */
function formatBits(mask: number): number {
  const G15 = 0b10100110111;
  let d = mask << 10;
  for (let bit = 14; bit >= 10; bit--) if (d & (1 << bit)) d ^= G15 << (bit - 10);
  return ((mask << 10) | d) ^ 0b101010000010010;
}

/** `plain` with `mask` applied to its data modules (`flip`) and that mask's format information, into `out`. */
function masked(plain: Uint8Array, flip: Uint8Array, n: number, mask: number, out: Uint8Array): void {
  for (let i = 0; i < plain.length; i++) out[i] = plain[i] ^ flip[i];
  // Placed as the library places them: down column 8 and along row 8, each copy split round the finders.
  const bits = formatBits(mask);
  for (let i = 0; i < 15; i++) {
    const bit = (bits >> i) & 1;
    out[(i < 6 ? i : i < 8 ? i + 1 : n - 15 + i) * n + 8] = bit;
    out[8 * n + (i < 8 ? n - i - 1 : i < 9 ? 15 - i : 15 - i - 1)] = bit;
  }
  out[(n - 8) * n + 8] = 1; // the dark module
}

/**
 * Penalties 1 and 3, in one pass over each row and column: runs of five or more modules of one
 * colour (3 + length − 5 each), and 1:1:3:1:1 finder-like patterns with four light modules on one
 * side (40 each).
 */
function lineRunsAndFinders(m: Uint8Array, n: number): number {
  let runs = 0;
  let finders = 0;
  for (let a = 0; a < n; a++) {
    let runH = 0;
    let runV = 0;
    let lastH = -1;
    let lastV = -1;
    let h = 0;
    let v = 0;
    for (let b = 0; b < n; b++) {
      const x = m[a * n + b];
      const y = m[b * n + a];
      if (x === lastH) runH++;
      else {
        if (runH >= 5) runs += runH - 2;
        lastH = x;
        runH = 1;
      }
      if (y === lastV) runV++;
      else {
        if (runV >= 5) runs += runV - 2;
        lastV = y;
        runV = 1;
      }
      h = ((h << 1) & 0x7ff) | x;
      v = ((v << 1) & 0x7ff) | y;
      if (b >= 10) {
        if (h === 0x5d0 || h === 0x05d) finders++;
        if (v === 0x5d0 || v === 0x05d) finders++;
      }
    }
    if (runH >= 5) runs += runH - 2;
    if (runV >= 5) runs += runV - 2;
  }
  return runs + finders * 40;
}

/** Penalties 2 and 4: 2 × 2 blocks of one colour (3 each), and the dark share away from half (10 per 5 % step). */
function blocksAndBalance(m: Uint8Array, n: number): number {
  let blocks = 0;
  let dark = 0;
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      const i = row * n + col;
      dark += m[i];
      if (row < n - 1 && col < n - 1) {
        const sum = m[i] + m[i + 1] + m[i + n] + m[i + n + 1];
        if (sum === 4 || sum === 0) blocks++;
      }
    }
  }
  return blocks * 3 + Math.abs(Math.ceil((dark * 100) / m.length / 5) - 10) * 10;
}
