import { fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingColor, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';

const INK = rgb(0.1, 0.1, 0.1);

/**
 * Draws the QR code of `text`, `side` points wide, its lower-left corner at (x, y): each row's runs
 * of dark modules as one rectangle, all filled by a single operator (a rectangle per module made
 * the content stream of a long payload tens of thousands of operators). E-licences and payment
 * receipts share it (docs/decisions.md D17, D30).
 */
export function drawQr(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = side / (modules.size + 2 * quiet);
  page.drawRectangle({ x, y, width: side, height: side, color: rgb(1, 1, 1) });
  const ops = [pushGraphicsState(), setFillingColor(INK)];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size;) {
      if (!modules.data[row * modules.size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.data[row * modules.size + col]) col++;
      ops.push(rectangle(x + (start + quiet) * cell, y + side - (row + quiet + 1) * cell, (col - start) * cell + 0.05, cell + 0.05));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}
