import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import { embedCjkFont, findCjkFont } from '../../platform/pdf/cjk-font';
import { drawQr } from '../../platform/pdf/qr';
import { chineseCapitals, formatYuan } from '../../../shared/payments/money';
import type { receiptVerifyResponse } from '../../../shared/payments/payments.schemas';
import { PAYMENT_ERR } from './payments.errors';
import { authorizePayment } from './payments.policy';
import * as repo from './payments.repository';
import { savePdf } from '../../platform/pdf/save';

/**
 * The electronic receipt of a paid order (docs/decisions.md D30), laid out like a 财政电子票据:
 * receipt number and verification code, payer (ID masked), payee (the item's department), the
 * fee lines with their standards, the total in figures and in Chinese capitals (大写), the date,
 * the case and order numbers, and a QR code of the public verification address. What verifies is
 * the code: `POST /api/v1/payments/receipts/verify` answers from the platform's record, so an
 * altered paper cannot verify, and a refunded receipt says so.
 */

type VerifyResult = z.output<typeof receiptVerifyResponse>;

const W = 595.28;
const H = 420.94; // A5 landscape, as 财政票据 are printed
const INK = rgb(0.1, 0.1, 0.1);
const RED = rgb(0.75, 0.05, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);

const masked = (id: string) => (id.length <= 4 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`);

/** The verification address the QR code carries (a page of the web app that calls the verify API). */
export function receiptVerifyUrl(ctx: AppContext, code: string): string {
  return `${ctx.config.publicUrl}/verify/receipt?code=${code}`;
}

export async function receiptPdf(ctx: AppContext, row: repo.OrderRow): Promise<Buffer> {
  if (!row.receipt_no || !row.receipt_code || !row.receipt_issued_at || row.paid_fen === null) throw new AppError(PAYMENT_ERR.RECEIPT_NOT_ISSUED);
  const payee = await repo.findDepartmentName(ctx.db, row.department_code);
  const doc = await PDFDocument.create();
  const cjk = findCjkFont();
  const font: PDFFont = cjk ? await embedCjkFont(doc, cjk) : await doc.embedFont(StandardFonts.Helvetica);
  // Without a CJK font on the machine the labels are English and other characters become '?'.
  const safe = (s: string) => (cjk ? s : s.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?'));
  const zh = !!cjk;
  const L = (a: string, b: string) => (zh ? a : b);
  doc.setTitle(safe(`${L('电子票据', 'E-receipt')} ${row.receipt_no}`));
  doc.setSubject(row.receipt_no);
  doc.setKeywords([row.receipt_no, row.order_no]);
  doc.setProducer('Tongban 通办');

  const page = doc.addPage([W, H]);
  const text = (s: string, x: number, y: number, size = 10, color = INK) => page.drawText(safe(s), { x, y, size, font, color });
  const right = (s: string, x: number, y: number, size = 10) => text(s, x - font.widthOfTextAtSize(safe(s), size), y, size);
  const centred = (s: string, y: number, size: number, color = INK) => text(s, (W - font.widthOfTextAtSize(safe(s), size)) / 2, y, size, color);

  centred(L('内蒙古自治区非税收入电子票据', 'Non-tax revenue e-receipt (Inner Mongolia)'), H - 48, 17, RED);
  page.drawLine({ start: { x: 150, y: H - 56 }, end: { x: W - 150, y: H - 56 }, thickness: 1.2, color: RED });
  page.drawLine({ start: { x: 150, y: H - 59 }, end: { x: W - 150, y: H - 59 }, thickness: 0.5, color: RED });

  const issued = toShanghaiDate(row.receipt_issued_at);
  text(`${L('票据号码', 'Receipt no.')}: ${row.receipt_no}`, 40, H - 84, 9);
  text(`${L('校验码', 'Verification code')}: ${row.receipt_code}`, 40, H - 98, 9);
  right(`${L('开票日期', 'Date')}: ${issued}`, W - 40, H - 84, 9);
  right(`${L('缴款单号', 'Order no.')}: ${row.order_no}`, W - 40, H - 98, 9);
  text(
    `${L('交款人', 'Payer')}: ${row.payer_name}  ${row.payer_id_type === 'resident_id' ? masked(row.payer_id_number) : row.payer_id_number}`,
    40,
    H - 118,
    10,
  );
  text(`${L('执收单位', 'Payee')}: ${payee.zh}`, 40, H - 134, 10);
  right(`${L('办件编号', 'Case no.')}: ${row.case_no ?? '—'}`, W - 40, H - 134, 9);

  // The lines: name, standard, amount, in a ruled table.
  const top = H - 148;
  const cols = [40, 300, 440, W - 40];
  const rowH = 18;
  const lines = row.lines.filter((l) => l.dueFen > 0 || l.waiver);
  const tableRows = lines.length + 2;
  for (let i = 0; i <= tableRows; i++)
    page.drawLine({ start: { x: cols[0], y: top - i * rowH }, end: { x: cols[3], y: top - i * rowH }, thickness: 0.5, color: GREY });
  for (const x of cols) page.drawLine({ start: { x, y: top }, end: { x, y: top - tableRows * rowH }, thickness: 0.5, color: GREY });
  const cell = (i: number) => top - i * rowH - 12.5;
  text(L('项目名称', 'Item'), cols[0] + 6, cell(0), 9, GREY);
  text(L('收费标准', 'Standard'), cols[1] + 6, cell(0), 9, GREY);
  right(L('金额（元）', 'Amount (CNY)'), cols[3] - 6, cell(0), 9);
  lines.forEach((l, i) => {
    text(l.waiver ? `${l.name}（${L('减免', 'waived')}）` : l.name, cols[0] + 6, cell(i + 1), 9);
    text(l.standard, cols[1] + 6, cell(i + 1), 9);
    right(formatYuan(l.dueFen), cols[3] - 6, cell(i + 1), 9);
  });
  const total = lines.length + 1;
  text(`${L('金额合计（大写）', 'Total in words')}: ${chineseCapitals(row.paid_fen)}`, cols[0] + 6, cell(total), 9.5);
  right(`${L('（小写）', 'Total')} ¥${formatYuan(row.paid_fen)}`, cols[3] - 6, cell(total), 9.5);

  const basis = [...new Set(row.lines.map((l) => l.basis))].join('；');
  const basisText = safe(`${L('收费依据', 'Basis')}: ${basis}`);
  let y = top - tableRows * rowH - 16;
  let line = '';
  for (const ch of basisText) {
    if (font.widthOfTextAtSize(line + ch, 7.5) > W - 200) {
      text(line, 40, y, 7.5, GREY);
      y -= 10;
      line = '';
    }
    line += ch;
  }
  if (line) text(line, 40, y, 7.5, GREY);

  drawQr(page, receiptVerifyUrl(ctx, row.receipt_code), W - 128, 24, 88);
  text(L('扫码或凭校验码在 /verify/receipt 查验真伪', 'Scan, or enter the code at /verify/receipt, to verify'), 40, 40, 8, GREY);
  text(
    `${L('收款人', 'Collected by')}: ${row.gateway === 'local' ? L('统一公共支付平台（本地）', 'public payment platform (local)') : (row.gateway ?? '—')}  ${row.trade_no ?? ''}`,
    40,
    28,
    8,
    GREY,
  );
  if (row.status === 'refunded') {
    text(L('已退费', 'REFUNDED'), W / 2 - 40, H / 2 - 20, 28, RED);
  }
  return Buffer.from(await savePdf(doc));
}

/** The receipt PDF for the payer and the staff who reach the order. */
export async function getReceiptPdf(ctx: AppContext, actor: Actor, id: string): Promise<{ pdf: Buffer; name: string }> {
  const row = await repo.findOrder(ctx.db, id);
  if (!row) throw new AppError(PAYMENT_ERR.PAYMENT_NOT_FOUND);
  authorizePayment(actor, 'payment.view', row);
  return { pdf: await receiptPdf(ctx, row), name: `receipt-${row.receipt_no ?? row.order_no}.pdf` };
}

/** Public verification by the receipt's code: what the platform recorded, the payer's name masked. */
export async function verifyReceipt(ctx: AppContext, code: string): Promise<VerifyResult> {
  const row = await repo.findOrderByReceiptCode(ctx.db, code);
  if (!row || !row.receipt_no || !row.receipt_issued_at || row.paid_fen === null) return { valid: false, verdict: 'unknown', receipt: null };
  const payee = await repo.findDepartmentName(ctx.db, row.department_code);
  const name = [...row.payer_name];
  return {
    valid: row.status === 'paid',
    verdict: row.status === 'refunded' ? 'refunded' : 'valid',
    receipt: {
      number: row.receipt_no,
      orderNo: row.order_no,
      payer: `${name[0] ?? ''}${'*'.repeat(Math.max(0, name.length - 1))}`,
      payee: payee.zh,
      itemName: row.item_name,
      amountFen: row.paid_fen,
      amountCapitals: chineseCapitals(row.paid_fen),
      issuedAt: row.receipt_issued_at,
      lines: row.lines.filter((l) => l.dueFen > 0).map((l) => ({ name: l.name, amountFen: l.dueFen })),
    },
  };
}
