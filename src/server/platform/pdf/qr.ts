import { concatTransformationMatrix, fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingColor, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';

const INK = rgb(0.1, 0.1, 0.1);

/**
 * Draws the QR code of `text`, `side` points wide, its lower-left corner at (x, y): each row's runs
 * of dark modules as one rectangle, all filled by a single operator (a rectangle per module made
 * the content stream of a long payload tens of thousands of operators), so adjacent runs fill as
 * one shape with no seam between them. The rectangles are in module units under one scaling
 * matrix: whole numbers, which pdf-lib writes and compresses several times faster than the
 * fractions of points they were (an e-licence's code is 2,000 runs). E-licences, notices and
 * payment receipts share it (docs/decisions.md D17, D30).
 */
export function drawQr(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const n = modules.size;
  const cell = side / (n + 2 * quiet);
  page.drawRectangle({ x, y, width: side, height: side, color: rgb(1, 1, 1) });
  // Module (col, row) from the top left is the unit square at (col, n - 1 - row) after this matrix.
  const ops = [pushGraphicsState(), concatTransformationMatrix(cell, 0, 0, cell, x + quiet * cell, y + quiet * cell), setFillingColor(INK)];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n;) {
      if (!modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col]) col++;
      ops.push(rectangle(start, n - 1 - row, col - start, 1));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}
