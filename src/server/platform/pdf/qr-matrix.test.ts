import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrModules } from './qr-matrix';

/** The QR code's modules (docs/decisions.md D17): the same as the qrcode library's, mask choice included. */

/** A deterministic pseudo-random generator, so a failure names a payload that can be re-run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 {}":,./-_包头市场监管局营业执照王晓明';

describe('qrModules', () => {
  it('matches the library module for module over 300 payloads of 1 to 900 characters (versions 1 to 25)', () => {
    const next = random(20261204);
    const masks = new Set<number>();
    const versions = new Set<number>();
    for (let k = 0; k < 300; k++) {
      const length = 1 + Math.floor(next() ** 2 * 900);
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const lib = QRCode.create(text, { errorCorrectionLevel: 'M' });
      const ours = qrModules(text);
      expect(ours.size, text).toBe(lib.modules.size);
      expect(Buffer.from(ours.data).equals(Buffer.from(lib.modules.data)), `${text} (mask ${lib.maskPattern})`).toBe(true);
      masks.add(lib.maskPattern!);
      versions.add(lib.version);
    }
    // The payloads exercised every mask and versions with and without version information (7+).
    expect(masks.size).toBe(8);
    expect(Math.max(...versions)).toBeGreaterThanOrEqual(7);
  });
});
