import zlib from 'node:zlib';
import { PDFContentStream, PDFName, PDFRawStream, typedArrayFor, type PDFContext, type PDFDocument } from 'pdf-lib';

/**
 * The document's bytes, its streams compressed by Node's zlib (docs/decisions.md D17). pdf-lib
 * compresses with pako, a JavaScript port of zlib that took a quarter of an e-licence PDF's time;
 * the native library makes the same Flate streams several times faster. Content streams drawn
 * so far are replaced by raw streams holding their compressed bytes, and the streams `save`
 * itself creates (the font subset, its character map) go through the document's `flateStream`,
 * which is pointed at zlib for this document. Every generated PDF is saved through here, once
 * drawing is finished.
 */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  const { context } = doc;
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    if (obj instanceof PDFContentStream && obj.dict.get(FILTER) === FLATE) context.assign(ref, PDFRawStream.of(obj.dict, deflate(obj.getUnencodedContents())));
  }
  context.flateStream = (contents, dict = {}) => flateStream(context, contents, dict);
  return doc.save();
}

/** A stream of `contents` compressed by zlib, as pdf-lib's `context.flateStream` makes one with pako. */
export function flateStream(context: PDFContext, contents: string | Uint8Array, dict: Parameters<PDFContext['stream']>[1] = {}): PDFRawStream {
  return context.stream(deflate(typedArrayFor(contents)), { ...dict, Filter: 'FlateDecode' });
}

const FILTER = PDFName.of('Filter');
const FLATE = PDFName.of('FlateDecode');
const deflate = (bytes: Uint8Array): Uint8Array => zlib.deflateSync(bytes);
