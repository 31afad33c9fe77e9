import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedCase,
  createPaymentsTestApp,
  DRIVING_RENEWAL,
  ID_RENEWAL,
  LOCAL_SECRET,
  MORTGAGE,
  type GatewayCall,
} from '../../../../test/factories/payments';
import { act, createStaff, refuse, type Ref } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';
import { addDays, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { signNotification } from './payments.local-gateway';
import { reconcileDay } from './payments.reconcile';

/**
 * Payments through the HTTP API on a real database (PGlite by default, PostgreSQL when
 * DATABASE_URL is set): the order opened at acceptance from the item's fee lines, 出件 held until
 * paid, a payment started at the local gateway and confirmed by its signed asynchronous
 * notification (forged, wrong-amount and repeated notifications), the receipt and its public
 * verification, a waiver, a refund and the daily reconciliation (docs/decisions.md D30).
 */

let t: TestApp & { calls: GatewayCall[] };
let citizen: Session;
let clerk: Session;
let supervisor: Session;
let dispatcher: Session;

beforeAll(async () => {
  // Addresses from X-Forwarded-For, so the notification limit is tried from an address of its own.
  t = await createPaymentsTestApp({ TONGBAN_PAYMENT_NOTIFY_LIMIT: '20', TONGBAN_TRUST_PROXY: '127.0.0.1' });
  [citizen, clerk, supervisor, dispatcher] = await Promise.all(['citizen', 'clerk', 'supervisor', 'dispatcher'].map((u) => t.login(u)));
}, 120_000);
afterAll(() => t.close());

const paymentOf = async (caseId: string, s: Session = citizen) => {
  const res = await t.call('GET', `/api/v1/cases/${caseId}/payment`, { session: s });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const notify = (body: Record<string, string>) => t.call('POST', '/api/v1/payments/notify/local', { body });

/** A notification as the local gateway would sign it (with `secret`). */
function signed(fields: Record<string, string>, secret = LOCAL_SECRET): Record<string, string> {
  const body = { gateway: 'local', trade_status: 'SUCCESS', paid_at: new Date().toISOString(), notify_id: 'n1', sign_type: 'HMAC-SHA256', ...fields };
  return { ...body, sign: signNotification(body, secret) };
}

const eventsOf = async (orderId: string) => (await findChainEvents(t.ctx.db, `payment_order:${orderId}`)).map((e) => e.action);

describe('a fee-charging 即办件 (机动车驾驶证有效期满换证, 10 yuan at acceptance)', () => {
  let ref: Ref;
  let orderId: string;
  let tradeNo: string;

  it('opens an order at acceptance from the item’s fee lines, in fen, with the basis and a deadline', async () => {
    ref = await acceptedCase(t, clerk, DRIVING_RENEWAL);
    const p = await paymentOf(ref.id);
    expect(p).toMatchObject({ charged: true, chargePoint: 'acceptance' });
    const fee = DRIVING_RENEWAL.fee.items![0];
    expect(p.order).toMatchObject({
      status: 'pending',
      grossFen: 1000,
      amountFen: 1000,
      waivedFen: 0,
      blocksIssue: true,
      payer: { name: '王晓明', idNumber: expect.stringMatching(/^1502\*{10}\d{3}[\dX]$/) },
      lines: [{ name: fee.name, standard: fee.standard, basis: fee.basis, amountFen: 1000, dueFen: 1000, waiver: null }],
      actions: ['checkout'],
    });
    expect(p.order.orderNo).toMatch(/^JF\d{14}$/);
    expect(new Date(p.order.dueAt).getTime()).toBeGreaterThan(Date.now() + 7 * 86_400_000);
    orderId = p.order.id;
    // Staff who read the case read it too; the payer's message is queued.
    expect((await paymentOf(ref.id, clerk)).order.id).toBe(orderId);
    const msg = await t.ctx.db.selectFrom('notifications').select('body_zh').where('subject_id', '=', orderId).where('template', '=', 'payment.due').execute();
    expect(msg[0].body_zh).toContain('10.00 元');
  });

  it('holds 出件 until the fee is paid, saying why in both languages', async () => {
    ref = await act(t, clerk, ref, 'complete');
    const zh = await refuse(t, clerk, ref, 'issue', { mode: 'window' });
    expect(zh).toMatchObject({ status: 422, code: 'PAYMENT_OUTSTANDING' });
    expect(zh.body.message).toMatch(/缴款单 JF\d+ 尚有 10\.00 元未缴纳/);
    const en = await t.call('POST', `/api/v1/cases/${ref.id}/actions/issue`, {
      session: clerk,
      body: { version: ref.version, mode: 'window' },
      headers: { 'accept-language': 'en-US' },
    });
    expect(en.json().message).toMatch(/still has CNY 10\.00 to pay/);
  });

  it('does not offer 出件 on the case page while the fee is owed: held, with the amount, in the reader’s language', async () => {
    const detail = async (lang: string) => (await t.call('GET', `/api/v1/cases/${ref.id}`, { session: clerk, headers: { 'accept-language': lang } })).json();
    const zh = await detail('zh-CN');
    expect(zh.availableActions).not.toContain('issue');
    expect(zh.heldActions).toEqual([{ action: 'issue', code: 'PAYMENT_OUTSTANDING', message: expect.stringMatching(/缴款单 JF\d+ 尚有 10\.00 元未缴纳/) }]);
    expect((await detail('en-US')).heldActions[0].message).toMatch(/still has CNY 10\.00 to pay/);
    // The applicant could never issue: nothing is held for them.
    expect((await t.call('GET', `/api/v1/cases/${ref.id}`, { session: citizen })).json().heldActions).toEqual([]);
  });

  it('starts a payment at the local gateway for the payer', async () => {
    const order = (await paymentOf(ref.id)).order;
    expect(await t.call('POST', `/api/v1/payments/${orderId}/checkout`, { session: dispatcher, body: { version: order.version } })).toHaveProperty(
      'statusCode',
      403,
    );
    const res = await t.call('POST', `/api/v1/payments/${orderId}/checkout`, { session: citizen, body: { version: order.version } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ gateway: 'local', amountFen: 1000, cashierUrl: expect.stringContaining('/pay/local/LG') });
    tradeNo = res.json().tradeNo;
    const cashier = await t.call('GET', `/api/v1/gateways/local/cashier/${tradeNo}`);
    expect(cashier.json()).toMatchObject({ status: 'created', amountFen: 1000, merchant: expect.any(String) });
  });

  it('refuses a forged notification and one for the wrong amount, and audits both', async () => {
    const order = (await paymentOf(ref.id)).order;
    const forged = await notify(signed({ trade_no: tradeNo, out_trade_no: order.orderNo, amount_fen: '1000' }, 'not-the-secret-at-all-0123456789abcdef'));
    expect([forged.statusCode, forged.json().code]).toEqual([400, 'FAIL']);
    const unsigned = await notify({ trade_no: tradeNo, out_trade_no: order.orderNo, amount_fen: '1000', trade_status: 'SUCCESS' });
    expect(unsigned.statusCode).toBe(400);
    const short = await notify(signed({ trade_no: tradeNo, out_trade_no: order.orderNo, amount_fen: '1' }));
    expect([short.statusCode, short.json().code]).toEqual([400, 'FAIL']);
    expect((await paymentOf(ref.id)).order.status).toBe('pending');
    const outcomes = await t.ctx.db.selectFrom('payment_notifications').select('outcome').where('order_no', '=', order.orderNo).orderBy('id').execute();
    expect(outcomes.map((o) => o.outcome)).toEqual(['bad_signature', 'bad_signature', 'wrong_amount']);
    const audited = (await findChainEvents(t.ctx.db, 'payments')).filter((e) => e.action === 'payments.notification_rejected');
    expect(audited.map((e) => (e.data as { reason: string }).reason)).toEqual(['bad_signature', 'bad_signature', 'wrong_amount']);
  });

  it('is paid on the gateway’s cashier; the gateway’s signed callback confirms it asynchronously', async () => {
    const paid = await t.call('POST', `/api/v1/gateways/local/cashier/${tradeNo}/pay`, { session: citizen });
    expect(paid.statusCode, paid.body).toBe(200);
    // Nothing is confirmed until the gateway calls back.
    expect((await paymentOf(ref.id)).order.status).toBe('pending');
    await t.ctx.jobs.tick();
    expect(t.calls).toHaveLength(1);
    expect(t.calls[0]).toMatchObject({ url: expect.stringMatching(/\/api\/v1\/payments\/notify\/local$/), status: 200 });
    expect(t.calls[0].body).toMatchObject({ trade_no: tradeNo, amount_fen: '1000', sign: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.parse(t.calls[0].answer)).toEqual({ code: 'SUCCESS', message: 'confirmed' });
    const order = (await paymentOf(ref.id)).order;
    expect(order).toMatchObject({ status: 'paid', paidFen: 1000, tradeNo, blocksIssue: false, receipt: { number: expect.stringMatching(/^\d{14}$/) } });
  });

  it('takes a repeated notification as the same payment: answered SUCCESS, nothing changes', async () => {
    const before = await eventsOf(orderId);
    const again = await notify(t.calls[0].body);
    expect([again.statusCode, again.json().code]).toEqual([200, 'SUCCESS']);
    expect(await eventsOf(orderId)).toEqual(before);
    expect(before).toEqual(['payment_order.created', 'payment_order.checkout', 'payment_order.paid']);
    expect((await verifyChain(t.ctx.db, `payment_order:${orderId}`)).problems).toEqual([]);
  });

  it('then issues, and the receipt is a PDF whose code verifies publicly', async () => {
    const detail = (await t.call('GET', `/api/v1/cases/${ref.id}`, { session: clerk })).json();
    expect([detail.availableActions, detail.heldActions]).toEqual([['issue'], []]);
    ref = await act(t, clerk, ref, 'issue', { mode: 'window' });
    expect(ref.status).toBe('issued');
    const order = (await paymentOf(ref.id)).order;
    const pdf = await t.call('GET', `/api/v1/payments/${orderId}/receipt.pdf`, { session: citizen });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The PDF names its receipt number (document metadata), and the code it prints verifies.
    expect((await PDFDocument.load(pdf.rawPayload)).getSubject()).toBe(order.receipt.number);
    expect((await t.call('GET', `/api/v1/payments/${orderId}/receipt.pdf`, { session: dispatcher })).statusCode).toBe(200);
    const v = await t.call('POST', '/api/v1/payments/receipts/verify', { body: { code: order.receipt.code.toLowerCase() } });
    expect(v.json()).toMatchObject({
      valid: true,
      verdict: 'valid',
      receipt: { number: order.receipt.number, amountFen: 1000, amountCapitals: '壹拾元整', payer: '王**', lines: [{ amountFen: 1000 }] },
    });
    const unknown = await t.call('POST', '/api/v1/payments/receipts/verify', { body: { code: 'ABCDEFGHJK' } });
    expect(unknown.json()).toEqual({ valid: false, verdict: 'unknown', receipt: null });
  });

  it('is refunded by staff with a reason through the gateway, audited; the receipt then verifies as refunded', async () => {
    const order = (await paymentOf(ref.id)).order;
    const byCitizen = await t.call('POST', `/api/v1/payments/${orderId}/actions/refund`, {
      session: citizen,
      body: { version: order.version, reason: '多收' },
    });
    expect(byCitizen.statusCode).toBe(403);
    const noReason = await t.call('POST', `/api/v1/payments/${orderId}/actions/refund`, { session: clerk, body: { version: order.version } });
    expect(noReason.statusCode).toBe(400);
    const res = await t.call('POST', `/api/v1/payments/${orderId}/actions/refund`, {
      session: clerk,
      body: { version: order.version, reason: '驾驶证已由异地补发，申请人撤回' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'refunded',
      refund: { amountFen: 1000, reason: '驾驶证已由异地补发，申请人撤回', refundNo: expect.stringMatching(/^TK/) },
    });
    const trade = await t.ctx.db.selectFrom('local_gateway_trades').selectAll().where('trade_no', '=', tradeNo).executeTakeFirstOrThrow();
    expect([trade.status, trade.refund_fen]).toEqual(['refunded', 1000]);
    expect(await eventsOf(orderId)).toContain('payment_order.refund');
    const v = await t.call('POST', '/api/v1/payments/receipts/verify', { body: { code: order.receipt.code } });
    expect(v.json()).toMatchObject({ valid: false, verdict: 'refunded' });
  });

  it('reconciles the day with the gateway’s statement and lists a planted mismatch for supervisors', async () => {
    const today = toShanghaiDate(new Date());
    // The gateway booked a payment the platform never heard of.
    await t.ctx.db
      .insertInto('local_gateway_trades')
      .values({
        trade_no: 'LG20260101PLANTED0001',
        out_trade_no: 'JF20260101999999',
        subject: '测试',
        merchant: '测试',
        amount_fen: 5000,
        status: 'paid',
        notify_url: 'http://localhost/none',
        expires_at: new Date(Date.now() + 3_600_000),
        paid_at: new Date(),
      })
      .execute();
    const [r] = await reconcileDay(t.ctx, today, new Date(Date.now() + 86_400_000));
    expect(r.mismatches).toEqual([{ kind: 'missing_here', orderNo: 'JF20260101999999', tradeNo: 'LG20260101PLANTED0001', ourFen: null, gatewayFen: 5000 }]);
    expect(r.matched).toBe(2);
    const list = await t.call('GET', `/api/v1/payments/reconciliations?from=${addDays(today, -1)}&to=${today}&onlyMismatches=1`, { session: supervisor });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ date: today, gateway: 'local', mismatches: [{ kind: 'missing_here', gatewayFen: 5000 }] }] });
    expect((await t.call('GET', '/api/v1/payments/reconciliations', { session: citizen })).statusCode).toBe(403);
    const early = await t.call('POST', `/api/v1/payments/reconciliations/${today}/run`, { session: await t.login('admin') });
    expect([early.statusCode, early.json().code]).toEqual([422, 'DAY_NOT_OVER']);
  });
});

describe('waivers (减免)', () => {
  it('apply a category the fee standard exempts, with the evidence, and free the result for issue', async () => {
    const ref = await acceptedCase(t, clerk, ID_RENEWAL);
    const order = (await paymentOf(ref.id)).order;
    expect(order).toMatchObject({ amountFen: 2000, lines: [{ waivable: ['subsistence_allowance', 'extreme_poverty'] }] });
    expect(order.actions).toEqual(['checkout']);
    const clerkView = (await paymentOf(ref.id, clerk)).order;
    expect(clerkView.actions).toEqual(['checkout', 'waive']);
    const wrong = await t.call('POST', `/api/v1/payments/${order.id}/actions/waive`, {
      session: clerk,
      body: { version: order.version, category: 'small_micro_enterprise', evidence: '营业执照' },
      headers: { 'accept-language': 'en-US' },
    });
    expect([wrong.statusCode, wrong.json().code]).toEqual([422, 'WAIVER_NOT_APPLICABLE']);
    expect(wrong.json().message).toContain('small or micro enterprise');
    const res = await t.call('POST', `/api/v1/payments/${order.id}/actions/waive`, {
      session: clerk,
      body: { version: order.version, category: 'subsistence_allowance', evidence: '低保证 150203-2026-0031' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'waived',
      amountFen: 0,
      waivedFen: 2000,
      blocksIssue: false,
      waiver: { category: 'subsistence_allowance', evidence: '低保证 150203-2026-0031', by: expect.any(String) },
      lines: [{ amountFen: 2000, dueFen: 0, waiver: { category: 'subsistence_allowance', text: '城乡居民最低生活保障对象' } }],
    });
    const events = await findChainEvents(t.ctx.db, `payment_order:${order.id}`);
    expect(events.at(-1)).toMatchObject({ action: 'payment_order.waive', data: { category: 'subsistence_allowance', waivedFen: 2000, to: 'waived' } });
    const again = await t.call('POST', `/api/v1/payments/${order.id}/checkout`, { session: citizen, body: { version: res.json().version } });
    expect(again.statusCode).toBe(422);
  });

  it('cancel an order nothing was paid on when the case ends without a result', async () => {
    const ref = await acceptedCase(t, clerk, DRIVING_RENEWAL);
    const order = (await paymentOf(ref.id)).order;
    const withdrawn = await t.call('POST', `/api/v1/cases/${ref.id}/actions/withdraw`, { session: citizen, body: { version: ref.version, reason: '不办了' } });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await paymentOf(ref.id)).order).toMatchObject({ id: order.id, status: 'cancelled', blocksIssue: false });
    expect(await eventsOf(order.id)).toEqual(['payment_order.created', 'payment_order.cancelled']);
  });
});

describe('an item charged before issue (抵押权首次登记, 不动产登记费 80 yuan)', () => {
  it('opens no order at acceptance, one once the registration is approved, and holds 出件 until it is paid', async () => {
    let ref = await acceptedCase(t, clerk, MORTGAGE);
    expect(await paymentOf(ref.id)).toEqual({ charged: true, chargePoint: 'before_issue', order: null });
    const reviewer = await createStaff(t, 'nr-reviewer', ['reviewer'], 'natural-resources');
    const approver = await createStaff(t, 'nr-approver', ['approver'], 'natural-resources');
    ref = await act(t, dispatcher, ref, 'route');
    ref = await act(t, reviewer, ref, 'review', { opinion: '符合登记条件', recommendation: 'approve' });
    ref = await act(t, approver, ref, 'approve', { opinion: '准予登记' });
    expect((await paymentOf(ref.id)).order).toBeNull();
    ref = await act(t, approver, ref, 'complete');
    const order = (await paymentOf(ref.id)).order;
    expect(order).toMatchObject({
      status: 'pending',
      chargePoint: 'before_issue',
      amountFen: 8000,
      lines: [{ name: '不动产登记费（住宅类）', amountFen: 8000 }],
    });
    // The department that charges reads its order.
    expect((await t.call('GET', `/api/v1/payments/${order.id}`, { session: approver })).statusCode).toBe(200);
    expect(await refuse(t, clerk, ref, 'issue', { mode: 'window' })).toMatchObject({ status: 422, code: 'PAYMENT_OUTSTANDING' });
  });
});

describe('the gateway notification endpoint', () => {
  it('limits each address per minute: past TONGBAN_PAYMENT_NOTIFY_LIMIT a flood gets 429 before anything is verified or kept', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const forged = signed({ out_trade_no: 'JF00000000000000', trade_no: 'flood', total_fee: '100' }, 'not-the-secret-at-all-not-the-secret');
    const kept = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('payment_notifications')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    for (let i = 0; i < 20; i++) {
      const res = await t.call('POST', '/api/v1/payments/notify/local', { body: forged, headers: from('203.0.113.9') });
      expect(res.statusCode, res.body).toBe(400);
    }
    const before = await kept();
    const over = await t.call('POST', '/api/v1/payments/notify/local', { body: forged, headers: from('203.0.113.9') });
    expect([over.statusCode, over.json().code, Number(over.headers['retry-after']) > 0]).toEqual([429, 'RATE_LIMITED', true]);
    expect(await kept()).toBe(before);
    // Another address (the real gateway's) is not held up by the flood.
    expect((await t.call('POST', '/api/v1/payments/notify/local', { body: forged, headers: from('198.51.100.7') })).statusCode).toBe(400);
  });
});

describe('the API document', () => {
  it('lists every payment path, the local gateway’s cashier included', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    for (const p of [
      '/api/v1/cases/{id}/payment',
      '/api/v1/payments/{id}',
      '/api/v1/payments/{id}/checkout',
      '/api/v1/payments/{id}/actions/{action}',
      '/api/v1/payments/notify/{gateway}',
      '/api/v1/payments/{id}/receipt.pdf',
      '/api/v1/payments/receipts/verify',
      '/api/v1/payments/reconciliations',
      '/api/v1/payments/reconciliations/{date}/run',
      '/api/v1/gateways/local/cashier/{tradeNo}',
      '/api/v1/gateways/local/cashier/{tradeNo}/pay',
    ])
      expect(doc.paths[p], p).toBeDefined();
  });
});
