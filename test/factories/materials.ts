import jpeg from 'jpeg-js';
import { PNG as PngImage } from 'pngjs';

/** A one-page PDF (A4, no content), the smallest document a PDF reader opens as a page. */
export const ONE_PAGE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export interface PictureOptions {
  width?: number;
  height?: number;
  /** Box-blur passes (radius 4 each): 0 for a sharp scan. */
  blur?: number;
  /** Multiplies every pixel: < 1 darkens. */
  light?: number;
  /** No text at all: a blank sheet. */
  blank?: boolean;
  /** Per-pixel noise amplitude (sensor grain), 0–255. */
  noise?: number;
}

/** A deterministic pseudo-random sequence (mulberry32), so the pictures are the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function boxBlur(lum: Float32Array, w: number, h: number, r: number): Float32Array<ArrayBuffer> {
  const out = new Float32Array(lum.length);
  const tmp = new Float32Array(lum.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let s = 0;
      let n = 0;
      for (let d = -r; d <= r; d++) {
        if (x + d < 0 || x + d >= w) continue;
        s += lum[y * w + x + d];
        n++;
      }
      tmp[y * w + x] = s / n;
    }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let s = 0;
      let n = 0;
      for (let d = -r; d <= r; d++) {
        if (y + d < 0 || y + d >= h) continue;
        s += tmp[(y + d) * w + x];
        n++;
      }
      out[y * w + x] = s / n;
    }
  return out;
}

/**
 * RGBA pixels of a photographed form: an off-white sheet with lines of dark "characters" (small
 * strokes), as 材料智审 sees a scan; options make it blurred, dark, blank or small.
 */
export function documentPixels(opts: PictureOptions = {}): { data: Uint8Array; width: number; height: number } {
  const { width = 1240, height = 1754, blur = 0, light = 1, blank = false, noise = 3 } = opts;
  const next = random(20261204);
  let lum: Float32Array<ArrayBuffer> = new Float32Array(width * height).fill(242);
  if (!blank) {
    const glyph = Math.max(6, Math.round(width / 60));
    for (let y = Math.round(height * 0.08); y < height * 0.92; y += glyph * 2) {
      for (let x = Math.round(width * 0.08); x < width * 0.92; x += glyph + 2) {
        if (next() < 0.15) continue; // a space
        for (let s = 0; s < 3; s++) {
          const horizontal = next() < 0.5;
          const ox = x + Math.floor(next() * glyph * 0.6);
          const oy = y + Math.floor(next() * glyph * 0.6);
          const len = Math.ceil(glyph * (0.4 + next() * 0.6));
          for (let k = 0; k < len; k++)
            for (let t = 0; t < 2; t++) {
              const px = horizontal ? ox + k : ox + t;
              const py = horizontal ? oy + t : oy + k;
              if (px < width && py < height) lum[py * width + px] = 30;
            }
        }
      }
    }
  }
  for (let i = 0; i < blur; i++) lum = boxBlur(lum, width, height, 4);
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < lum.length; i++) {
    const v = Math.max(0, Math.min(255, Math.round((lum[i] + (next() - 0.5) * 2 * noise) * light)));
    data.set([v, v, v, 255], i * 4);
  }
  return { data, width, height };
}

export function documentPng(opts: PictureOptions = {}): Buffer {
  const { data, width, height } = documentPixels(opts);
  const png = new PngImage({ width, height });
  png.data = Buffer.from(data);
  return PngImage.sync.write(png);
}

export function documentJpeg(opts: PictureOptions = {}, quality = 85): Buffer {
  const { data, width, height } = documentPixels(opts);
  return jpeg.encode({ data: Buffer.from(data), width, height }, quality).data;
}
