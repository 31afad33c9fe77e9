import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { findCjkFont, parsedCjkFont } from './cjk-font';

/**
 * The subset a PDF embeds, read back by fontkit as a font of its own: each glyph must draw the
 * same outline as in the machine's font (the font's own subroutines inlined), and the CFF header
 * must be one FreeType accepts (fontkit wrote a garbage offset size that made viewers substitute
 * a font of their own). Runs where a CJK font is installed, as on CI (fonts-noto-cjk).
 */

interface Glyph {
  id: number;
  path: { toSVG(): string };
}
interface Font {
  glyphsForString(s: string): Glyph[];
  getGlyph(id: number): Glyph;
  createSubset(): { includeGlyph(g: Glyph): number; encodeStream(): NodeJS.EventEmitter };
  'CFF '?: { globalSubrIndex: unknown[] };
}

const encode = (subset: ReturnType<Font['createSubset']>) =>
  new Promise<Buffer>((resolve, reject) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on('data', (b: Uint8Array) => parts.push(b))
      .on('end', () => resolve(Buffer.concat(parts)))
      .on('error', reject);
  });

/** A CFF table alone wrapped as an OpenType font, enough for fontkit to draw its glyphs. */
function otf(cff: Buffer): Buffer {
  const head = Buffer.alloc(12 + 16);
  head.write('OTTO', 0, 'latin1');
  head.writeUInt16BE(1, 4); // one table
  head.writeUInt16BE(16, 6);
  head.write('CFF ', 12, 'latin1');
  head.writeUInt32BE(head.length, 20);
  head.writeUInt32BE(cff.length, 24);
  return Buffer.concat([head, cff]);
}

const cjk = findCjkFont();

describe.skipIf(!cjk)('the CJK font as PDFs embed it', () => {
  // Ideographs from the font dictionaries with the large subroutine indexes, Latin, digits, punctuation.
  const text = '包头市市场监督管理局 食品经营许可证 王晓明 鄂尔多斯 达尔罕茂明安联合旗 JY11502030082242 Office · ①《》“”…—';

  it('subsets with no subroutines, every glyph drawing the outline it has in the font', async () => {
    const font = parsedCjkFont(cjk!) as unknown as Font;
    const glyphs = [...new Map(font.glyphsForString(text).map((g) => [g.id, g])).values()];
    const subset = font.createSubset();
    const ids = glyphs.map((g) => subset.includeGlyph(g));
    const bytes = await encode(subset);
    const back = fontkit.create(font['CFF '] ? otf(bytes) : bytes) as unknown as Font;
    if (font['CFF ']) {
      expect(bytes[0]).toBe(1); // CFF 1.0
      expect(bytes[3]).toBeGreaterThanOrEqual(1); // offSize: 1–4 (FreeType refuses anything else)
      expect(bytes[3]).toBeLessThanOrEqual(4);
      expect(back['CFF ']!.globalSubrIndex).toHaveLength(0);
    }
    glyphs.forEach((g, i) => expect(back.getGlyph(ids[i]).path.toSVG(), `glyph ${g.id}`).toBe(g.path.toSVG()));
    expect(glyphs.filter((g) => g.path.toSVG() !== '').length).toBeGreaterThan(40);
  });

  it("maps text to glyphs by the font's character map", () => {
    const font = parsedCjkFont(cjk!) as unknown as Font & { layout(s: string): { glyphs: Glyph[] } };
    const ids = (s: string) => font.layout(s).glyphs.map((g) => g.id);
    // No ligature: "fi" stays two glyphs, so a PDF's text can be searched for it.
    expect(ids('fi')).toEqual([...font.glyphsForString('f'), ...font.glyphsForString('i')].map((g) => g.id));
    expect(ids('包头')).toHaveLength(2);
  });
});
