import { concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, type PDFPage } from 'pdf-lib';
import { qrModules } from './qr-matrix';
import { flateStream } from './save';

/**
 * Draws the QR code of `text`, `side` points wide, its lower-left corner at (x, y), as a form
 * XObject in module units (docs/decisions.md D17, D30): a white square with a two-module quiet
 * zone, then each row's runs of dark modules as one rectangle, all filled by a single operator, so
 * adjacent runs fill as one shape with no seam between them. The form's content is written as
 * text directly: an e-licence's code is 2,000 runs of whole numbers, which pdf-lib's operator
 * objects took a tenth of the PDF's time to build and format. E-licences, notices and payment
 * receipts share it.
 */
export function drawQr(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const modules = qrModules(text);
  const quiet = 2;
  const n = modules.size;
  const extent = n + 2 * quiet;
  // Module (col, row) from the top left is the unit square at (quiet + col, quiet + n - 1 - row).
  const parts = [`1 g 0 0 ${extent} ${extent} re f 0.1 g`];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n;) {
      if (!modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col]) col++;
      parts.push(`${quiet + start} ${quiet + n - 1 - row} ${col - start} 1 re`);
    }
  }
  parts.push('f');
  const { context } = page.doc;
  const form = context.register(flateStream(context, parts.join('\n'), { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, extent, extent] }));
  const name = page.node.newXObject('Qr', form);
  const cell = side / extent;
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(cell, 0, 0, cell, x, y), drawObject(name), popGraphicsState());
}
