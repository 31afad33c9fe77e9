/**
 * 材料智审, the automatic first look at an uploaded material (docs/decisions.md D33): is a scan or
 * photo readable at all (not blank, not tiny, not black, not blurred) and does a PDF open and have
 * pages. It decides nothing about what the material says; the reviewer still does. A finding that
 * makes the file useless to anyone refuses the upload; the others advise the applicant to retake it
 * and travel with the file, so the reviewer sees them too.
 */
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { FileMime, MaterialCheck } from '../../../shared/files/files.schemas';

/** What the inspection found: the pages of a PDF, an image's size, and its findings. */
export interface MaterialInspection {
  pages: number | null;
  width: number | null;
  height: number | null;
  checks: MaterialCheck[];
}

/** Thresholds, on luminance 0–255 and pixels. Documented in D33 with how they were chosen. */
export const QUALITY = {
  /** Shorter than this on the long side: unreadable, refused. */
  minLongSide: 300,
  /** Below either: small text will not be legible, advised. */
  advisedLongSide: 1000,
  advisedShortSide: 700,
  /** A page whose brightness varies less than this (standard deviation) holds nothing. */
  blankDeviation: 4,
  /** Darker on average than this: an underexposed photo. */
  darkMean: 50,
  /**
   * Sharpness (mean squared Laplacian over the variance, so contrast and exposure cancel out) below
   * this, measured at `sharpnessSide`: out of focus or shaken. A sharp scan of text measures 3–6; two
   * passes of a 9-pixel box blur on an A4 page at 150 dpi bring it to ~0.2.
   */
  blurredSharpness: 0.3,
  /** Images are scaled to this long side before the statistics, so a figure means the same at any resolution. */
  sharpnessSide: 800,
  /** Above this many megapixels a picture is not decoded (jpeg-js's own guard against decompression bombs). */
  maxMegapixels: 60,
} as const;

/** Luminance of an RGBA buffer scaled down (box average) so its long side is at most `side`. */
export function scaledLuminance(rgba: Uint8Array, width: number, height: number, side: number): { lum: Float32Array; w: number; h: number } {
  const step = Math.max(1, Math.ceil(Math.max(width, height) / side));
  const w = Math.floor(width / step);
  const h = Math.floor(height / step);
  const lum = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let dy = 0; dy < step; dy++) {
        let i = ((y * step + dy) * width + x * step) * 4;
        for (let dx = 0; dx < step; dx++, i += 4) sum += 0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2];
      }
      lum[y * w + x] = sum / (step * step);
    }
  }
  return { lum, w, h };
}

/** Mean, standard deviation and mean squared 4-neighbour Laplacian of a luminance plane. */
export function luminanceStats(lum: Float32Array, w: number, h: number): { mean: number; deviation: number; laplacian: number } {
  let sum = 0;
  let squares = 0;
  for (const v of lum) {
    sum += v;
    squares += v * v;
  }
  const n = lum.length || 1;
  const mean = sum / n;
  let lap = 0;
  let count = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const l = lum[i - 1] + lum[i + 1] + lum[i - w] + lum[i + w] - 4 * lum[i];
      lap += l * l;
      count++;
    }
  }
  return { mean, deviation: Math.sqrt(Math.max(0, squares / n - mean * mean)), laplacian: count ? lap / count : 0 };
}

/** The findings on a decoded picture. */
export function judgePicture(rgba: Uint8Array, width: number, height: number): MaterialCheck[] {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  if (long < QUALITY.minLongSide) return [{ code: 'image_too_small', severity: 'refuse', figure: `${width}×${height}` }];
  const { lum, w, h } = scaledLuminance(rgba, width, height, QUALITY.sharpnessSide);
  const stats = luminanceStats(lum, w, h);
  if (stats.deviation < QUALITY.blankDeviation) return [{ code: 'blank', severity: 'refuse', figure: stats.deviation.toFixed(1) }];
  const checks: MaterialCheck[] = [];
  if (long < QUALITY.advisedLongSide || short < QUALITY.advisedShortSide)
    checks.push({ code: 'low_resolution', severity: 'advise', figure: `${width}×${height}` });
  if (stats.mean < QUALITY.darkMean) checks.push({ code: 'too_dark', severity: 'advise', figure: stats.mean.toFixed(0) });
  const sharpness = stats.laplacian / Math.max(1, stats.deviation ** 2);
  if (sharpness < QUALITY.blurredSharpness) checks.push({ code: 'blurred', severity: 'advise', figure: sharpness.toFixed(2) });
  return checks;
}

function decodePicture(bytes: Uint8Array, mime: 'image/jpeg' | 'image/png'): { data: Uint8Array; width: number; height: number } {
  if (mime === 'image/png') {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { data: png.data, width: png.width, height: png.height };
  }
  const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: QUALITY.maxMegapixels, maxMemoryUsageInMB: 1024 });
  return { data: img.data, width: img.width, height: img.height };
}

async function inspectPdf(bytes: Uint8Array): Promise<MaterialInspection> {
  const none = { pages: null, width: null, height: null };
  let pages: number;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (doc.isEncrypted) return { ...none, checks: [{ code: 'pdf_encrypted', severity: 'refuse' }] };
    pages = doc.getPageCount();
  } catch {
    // A failure may be a gap in the parser rather than a broken file, so it only advises (the
    // reviewer's viewer may still open it).
    return { ...none, checks: [{ code: 'pdf_unreadable', severity: 'advise' }] };
  }
  return { ...none, pages, checks: pages === 0 ? [{ code: 'pdf_no_pages', severity: 'refuse' }] : [] };
}

/** Inspects a material whose type the content already showed (files.detect.ts). */
export async function inspectMaterial(bytes: Uint8Array, mime: FileMime): Promise<MaterialInspection> {
  if (mime === 'application/pdf') return inspectPdf(bytes);
  let picture: ReturnType<typeof decodePicture>;
  try {
    picture = decodePicture(bytes, mime);
  } catch {
    return { pages: null, width: null, height: null, checks: [{ code: 'image_unreadable', severity: 'refuse' }] };
  }
  return { pages: null, width: picture.width, height: picture.height, checks: judgePicture(picture.data, picture.width, picture.height) };
}
