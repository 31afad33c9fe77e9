import fs from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

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

/** Embeds a subset of the font in the document (each document makes its own subset of the parsed font). */
export async function embedCjkFont(doc: PDFDocument, font: CjkFontFile): Promise<PDFFont> {
  const create = () => {
    let f = parsed.get(font);
    // A font collection (.ttc) holds several fonts; fontkit picks one by PostScript name.
    if (!f) parsed.set(font, (f = fontkit.create(font.data, font.postscriptName ?? undefined)));
    return f;
  };
  doc.registerFontkit({ create } as unknown as typeof fontkit);
  return doc.embedFont(font.data, { subset: true });
}
