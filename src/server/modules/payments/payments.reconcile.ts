import type { z } from 'zod';
import type { AppContext } from '../../context';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { addDays, endOfShanghaiDay, startOfShanghaiDay, toEpochDay, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import { SYSTEM_NAME } from '../../platform/workflow/engine';
import type { MismatchKind } from '../../../shared/payments/payments.enums';
import type { reconciliationQuery, reconciliationSchema } from '../../../shared/payments/payments.schemas';
import { PAYMENTS_CHAIN } from './payments.callback';
import { PAYMENT_ERR } from './payments.errors';
import { gatewaysOf } from './payments.gateway';
import { authorizeReconcile, authorizeReconciliations } from './payments.policy';
import * as repo from './payments.repository';

/**
 * The daily reconciliation (对账, docs/decisions.md D30): for each configured gateway, the payments
 * and refunds the platform recorded on a Shanghai day against the gateway's statement of that day,
 * matched by the gateway's transaction id. Every difference is listed — a payment only one side
 * knows, an amount that differs, a refund only one side knows — and the day's result is stored
 * (a re-run replaces it) with an event on the `payments` chain. Supervisors and admins read them.
 */

export type Reconciliation = z.output<typeof reconciliationSchema>;
type Mismatch = Reconciliation['mismatches'][number];

const MAX_RANGE_DAYS = 366;

/** Compares one gateway's day. */
async function reconcileGateway(ctx: AppContext, code: string, day: string, now: Date): Promise<Reconciliation> {
  const gateway = gatewaysOf(ctx).get(code)!;
  const from = startOfShanghaiDay(day);
  const to = new Date(endOfShanghaiDay(day).getTime() + 1);
  const ours = await repo.findDayMovements(ctx.db, code, from, to);
  const statement = await gateway.statement(day);
  const mismatches: Mismatch[] = [];
  let matched = 0;
  const compare = (
    mine: Array<{ orderNo: string; tradeNo: string | null; fen: number }>,
    theirs: Array<{ outTradeNo: string; tradeNo: string; amountFen: number }>,
    kinds: { here: MismatchKind; there: MismatchKind },
  ) => {
    const byTrade = new Map(theirs.map((t) => [t.tradeNo, t]));
    for (const m of mine) {
      const t = m.tradeNo ? byTrade.get(m.tradeNo) : undefined;
      if (!t) mismatches.push({ kind: kinds.there, orderNo: m.orderNo, tradeNo: m.tradeNo, ourFen: m.fen, gatewayFen: null });
      else if (t.amountFen !== m.fen)
        mismatches.push({ kind: 'amount_differs', orderNo: m.orderNo, tradeNo: m.tradeNo, ourFen: m.fen, gatewayFen: t.amountFen });
      else matched += 1;
      if (t) byTrade.delete(t.tradeNo);
    }
    for (const t of byTrade.values()) mismatches.push({ kind: kinds.here, orderNo: t.outTradeNo, tradeNo: t.tradeNo, ourFen: null, gatewayFen: t.amountFen });
  };
  compare(
    ours.paid.map((p) => ({ orderNo: p.order_no, tradeNo: p.trade_no, fen: p.paid_fen ?? 0 })),
    statement.filter((s) => s.kind === 'payment'),
    { here: 'missing_here', there: 'missing_at_gateway' },
  );
  compare(
    ours.refunded.map((p) => ({ orderNo: p.order_no, tradeNo: p.trade_no, fen: p.refund_fen ?? 0 })),
    statement.filter((s) => s.kind === 'refund'),
    { here: 'refund_missing_here', there: 'refund_missing_at_gateway' },
  );
  const result: Reconciliation = {
    date: day,
    gateway: code,
    ranAt: now,
    orders: ours.paid.length + ours.refunded.length,
    statementRows: statement.length,
    matched,
    mismatches,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertReconciliation(trx, {
      day,
      gateway: code,
      ran_at: now,
      orders: result.orders,
      statement_rows: result.statementRows,
      matched,
      mismatch_count: mismatches.length,
      mismatches: JSON.stringify(mismatches),
    });
    await appendEvent(trx, {
      chain: PAYMENTS_CHAIN,
      action: 'payments.reconciled',
      actorId: null,
      actorName: SYSTEM_NAME,
      subjectType: 'payment_reconciliation',
      subjectId: `${day}:${code}`,
      data: { date: day, gateway: code, orders: result.orders, statementRows: result.statementRows, matched, mismatches: mismatches.length },
      at: now,
    });
  });
  if (mismatches.length) ctx.log.warn({ day, gateway: code, mismatches: mismatches.length }, 'payment reconciliation found mismatches');
  return result;
}

/** Reconciles a day that has ended with every configured gateway. */
export async function reconcileDay(ctx: AppContext, day: string, now: Date): Promise<Reconciliation[]> {
  if (toEpochDay(day) >= toEpochDay(toShanghaiDate(now))) throw new AppError(PAYMENT_ERR.DAY_NOT_OVER, { date: day });
  const out: Reconciliation[] = [];
  for (const code of gatewaysOf(ctx).keys()) out.push(await reconcileGateway(ctx, code, day, now));
  return out;
}

/** The job's step: yesterday, once per gateway (a day already reconciled is left as it is). */
export async function reconcileYesterday(ctx: AppContext, now: Date): Promise<number> {
  const day = addDays(toShanghaiDate(now), -1);
  let done = 0;
  for (const code of gatewaysOf(ctx).keys()) {
    const exists = await ctx.db.selectFrom('payment_reconciliations').select('day').where('day', '=', day).where('gateway', '=', code).executeTakeFirst();
    if (exists) continue;
    await reconcileGateway(ctx, code, day, now);
    done += 1;
  }
  return done;
}

/** An admin re-runs a day (after a correction at the gateway or here). */
export async function rerunReconciliation(ctx: AppContext, actor: Actor, day: string, now: Date): Promise<{ items: Reconciliation[] }> {
  authorizeReconcile(actor);
  return { items: await reconcileDay(ctx, day, now) };
}

/** Reconciliations of a period, newest day first, paged; supervisors and admins. */
export async function listReconciliations(ctx: AppContext, actor: Actor, q: z.output<typeof reconciliationQuery>, now: Date) {
  authorizeReconciliations(actor);
  const to = q.to ?? toShanghaiDate(now);
  const from = q.from ?? addDays(to, -30);
  if (to < from || toEpochDay(to) - toEpochDay(from) > MAX_RANGE_DAYS) throw new AppError(PAYMENT_ERR.RANGE_TOO_LONG, { days: MAX_RANGE_DAYS });
  const { rows, total } = await repo.findReconciliations(ctx.db, {
    from,
    to,
    onlyMismatches: q.onlyMismatches,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    items: rows.map((r) => ({
      date: r.day,
      gateway: r.gateway,
      ranAt: r.ran_at,
      orders: r.orders,
      statementRows: r.statement_rows,
      matched: r.matched,
      mismatches: r.mismatches as Mismatch[],
    })),
    total,
    page: q.page,
  };
}
