import fs from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { desubroutinize, UnsupportedCharstring, type SubrIndex } from './cff-desubroutinize';

/**
 * The CJK font the generated PDFs embed (a subset: only the glyphs used), found on the machine —
 * Noto Sans CJK as Debian's fonts-noto-cjk installs it, or WenQuanYi Micro Hei. Callers decide what
 * to do without one (the catalog's forms fall back to HTML, the reports to English text).
 */

/** Font files tried in order: [path, PostScript name inside a collection]. */
const FONT_CANDIDATES: [string, string | null][] = [
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  ['/usr/share/fonts/opentype/noto/NotoSansSC-Regular.otf', null],
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'],
];

export interface CjkFontFile {
  data: Buffer;
  postscriptName: string | null;
}

let fontFile: CjkFontFile | null | undefined;

/** The first CJK font found (read once per process), or null when the machine has none. */
export function findCjkFont(): CjkFontFile | null {
  if (fontFile !== undefined) return fontFile;
  const found = FONT_CANDIDATES.find(([p]) => fs.existsSync(p));
  fontFile = found ? { data: fs.readFileSync(found[0]), postscriptName: found[1] } : null;
  return fontFile;
}

/** The font file parsed by fontkit, once per process: parsing a 20 MB collection cost ~250 ms per PDF. */
const parsed = new WeakMap<CjkFontFile, ReturnType<typeof fontkit.create>>();

/** The font file parsed by fontkit and prepared for PDFs (`preparedForPdf`), once per process. */
export function parsedCjkFont(font: CjkFontFile): ReturnType<typeof fontkit.create> {
  let f = parsed.get(font);
  // A font collection (.ttc) holds several fonts; fontkit picks one by PostScript name.
  if (!f) parsed.set(font, (f = preparedForPdf(fontkit.create(font.data, font.postscriptName ?? undefined))));
  return f;
}

/** Embeds a subset of the font in the document (each document makes its own subset of the parsed font). */
export async function embedCjkFont(doc: PDFDocument, font: CjkFontFile): Promise<PDFFont> {
  doc.registerFontkit({ create: () => parsedCjkFont(font) } as unknown as typeof fontkit);
  return doc.embedFont(font.data, { subset: true });
}

/* fontkit's CFF subset, as far as it is used here (the library exports no type for it). */
type CffEntry = { offset: number; length: number };
interface Cff {
  stream: { pos: number; readBuffer(n: number): Uint8Array };
  isCIDFont: boolean;
  /** The header's offset size. */
  offSize: number;
  globalSubrIndex: CffEntry[];
  topDict: { Private?: { Subrs?: CffEntry[] } | null; FDArray?: { Private?: { Subrs?: CffEntry[] } | null }[] };
  getCharString(gid: number): Uint8Array;
  fdForGlyph(gid: number): number | null;
}
interface CffSubset {
  cff?: Cff;
  glyphs: number[];
  charstrings: Uint8Array[];
  gsubrs: Uint8Array[];
  subsetCharstrings(): void;
  subsetSubrs(subrs: CffEntry[], used: Record<number, boolean>): Uint8Array[];
  encode(stream: unknown): void;
}

/**
 * The parsed font as the PDFs use it (docs/decisions.md D17):
 * - Text maps to glyphs through the font's character map alone. pdf-lib asks fontkit to lay out
 *   every string it measures or draws, and fontkit runs the OpenType substitution and positioning
 *   tables for it: two thirds of a licence PDF's time. pdf-lib uses only the glyphs, never the
 *   positions, and for Chinese text the substitutions change nothing; what is lost is Latin
 *   ligatures (fi, ffi, which also kept a PDF's text from being searched for "fi") and an
 *   alternate form of a digit that follows a letter.
 * - Subsets are made without subroutines (cff-desubroutinize.ts): each glyph's calls are inlined,
 *   so a PDF carries its few dozen outlines and not the font's 44,000-entry subroutine indexes
 *   (76 → 21 KB per licence). fontkit's own subsetting also mixes up the subroutines of glyphs
 *   from different font dictionaries (a quarter of a licence's glyphs could not be read back), so
 *   a glyph the inliner cannot read leaves that subset fontkit's own.
 */
function preparedForPdf(font: ReturnType<typeof fontkit.create>): ReturnType<typeof fontkit.create> {
  const f = font as unknown as { createSubset(): CffSubset; layout(text: string): { glyphs: unknown[] }; glyphsForString(text: string): unknown[] };
  f.layout = (text) => ({ glyphs: f.glyphsForString(text) });
  const createSubset = f.createSubset.bind(f);
  const bytes = new Map<CffEntry, Uint8Array>();
  const index = (cff: Cff, entries: CffEntry[] | undefined): SubrIndex => ({
    length: entries?.length ?? 0,
    get: (i) => {
      const e = entries![i];
      let b = bytes.get(e);
      if (!b) {
        cff.stream.pos = e.offset;
        bytes.set(e, (b = cff.stream.readBuffer(e.length)));
      }
      return b;
    },
  });
  f.createSubset = () => {
    const subset = createSubset();
    const cff = subset.cff;
    if (!cff) return subset; // TrueType outlines have no subroutines
    const own = { subsetCharstrings: subset.subsetCharstrings, subsetSubrs: subset.subsetSubrs, encode: subset.encode };
    let inlined = false;
    subset.subsetCharstrings = function (this: CffSubset) {
      const global = index(cff, cff.globalSubrIndex);
      try {
        this.charstrings = this.glyphs.map((gid) => {
          const priv = cff.isCIDFont ? cff.topDict.FDArray?.[cff.fdForGlyph(gid) ?? -1]?.Private : cff.topDict.Private;
          const raw = cff.getCharString(gid);
          // fontkit bundles its own Buffer class, and its encoder takes only that.
          return (raw.constructor as typeof Buffer).from(desubroutinize(raw, index(cff, priv?.Subrs), global));
        });
        this.gsubrs = [];
        inlined = true;
      } catch (e) {
        if (!(e instanceof UnsupportedCharstring)) throw e;
        own.subsetCharstrings.call(this);
      }
    };
    // fontkit asks for each private dictionary's subroutines after the charstrings: none are called now.
    subset.subsetSubrs = function (this: CffSubset, subrs, used) {
      return inlined ? [] : own.subsetSubrs.call(this, subrs, used);
    };
    // fontkit writes the header's offset size from `length`, a field only CFF2 headers have: a
    // garbage byte that FreeType (and so most PDF viewers) rejects as "not a CFF font", drawing
    // the text in whatever font the reader's machine has instead. The source font's own is right.
    subset.encode = function (this: CffSubset, stream: unknown) {
      const source = this.cff!;
      this.cff = Object.create(source, { length: { value: source.offSize } }) as Cff;
      try {
        own.encode.call(this, stream);
      } finally {
        this.cff = source;
      }
    };
    return subset;
  };
  return font;
}
