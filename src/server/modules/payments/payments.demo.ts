import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { AppContext } from '../../context';
import { findActorsByUsername } from '../../platform/auth/actors';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { saveGeneratedFile } from '../../platform/files/files.save';
import { makeResidentId } from '../../platform/ids/generate';
import { LOCAL_GATEWAY } from '../../../shared/payments/payments.enums';
import type { Job } from '../../platform/jobs/queue';
import type { DemoSeeder } from '../../seed/seed';
import { createCase, demoCasesLoaded, performActionIn } from '../cases';
import { findPublishedItems, type PublishedItem } from '../catalog';
import { checkoutOrder, waiveOrder } from './payments.actions';
import { handleNotification } from './payments.callback';
import { gatewaysOf } from './payments.gateway';
import type { LocalGateway } from './payments.local-gateway';
import * as repo from './payments.repository';
import { savePdf } from '../../platform/pdf/save';

/**
 * Demo payments (docs/decisions.md D7: played through the services; D30): the demo citizen 王晓明
 * renews an expiring driving licence at the city hall window and pays the 10-yuan 工本费 on the
 * local gateway's cashier (the gateway's signed notification confirms it and the receipt is
 * issued); renews his resident ID card (20 yuan), an order still waiting for payment in his
 * portal; and a replacement ID card for a subsistence-allowance recipient is waived on the 低保证.
 * Real Baotou items and the national fee standards of the catalog. Loaded once (none when any
 * payment order exists); an item missing from the catalog is skipped.
 */

interface DemoPayment {
  item: string;
  applicant: { name: string; idNumber: string; mobile: string };
  then: 'pay' | 'leave' | 'waive';
}

const CITIZEN = { name: '王晓明', idNumber: '', mobile: '13947201234' };
const DEMO_PAYMENTS: readonly DemoPayment[] = [
  { item: '机动车驾驶证有效期满换证', applicant: CITIZEN, then: 'pay' },
  { item: '居民身份证换领', applicant: CITIZEN, then: 'leave' },
  { item: '居民身份证补领', applicant: { name: '刘桂兰', idNumber: makeResidentId('150203', '1962-03-15', 62), mobile: '13604721876' }, then: 'waive' },
];

async function scan(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(`Scanned copy: ${title}`, { x: 60, y: 760, size: 16, font });
  return savePdf(doc);
}

/** The item's form with the applicant's identity and plain values for the rest. */
function formOf(item: PublishedItem, a: DemoPayment['applicant']): Record<string, string | number> {
  const form: Record<string, string | number> = {};
  for (const f of item.formFields) {
    if (f.key === 'applicantName') form[f.key] = a.name;
    else if (f.type === 'idNumber') form[f.key] = a.idNumber;
    else if (f.type === 'mobile') form[f.key] = a.mobile;
    else if (f.type === 'select') form[f.key] = f.options?.[0]?.value ?? '';
    else if (f.type === 'number') form[f.key] = 1;
    else if (f.type === 'date') form[f.key] = '2026-01-05';
    else if (f.type === 'address') form[f.key] = '昆都仑区钢铁大街 28 号';
    else if (f.required) form[f.key] = '详见申请材料';
  }
  return form;
}

/** A window case for the applicant with every material, accepted: the order opens at acceptance. */
async function acceptAtWindow(ctx: AppContext, clerk: Actor, item: PublishedItem, a: DemoPayment['applicant'], now: Date): Promise<string> {
  const materials: { materialCode: string; fileId: string }[] = [];
  for (const m of item.materials) {
    if (!m.required) continue;
    const f = await saveGeneratedFile(ctx, clerk, `${m.name}.pdf`, await scan(m.nameEn));
    materials.push({ materialCode: m.code, fileId: f.id });
  }
  const cal = await ctx.calendar.get();
  return ctx.db.transaction().execute(async (trx) => {
    const ref = await createCase(
      ctx,
      trx,
      clerk,
      { itemCode: item.code, draft: false, applicant: { idType: 'resident_id', ...a }, form: formOf(item, a), materials },
      now,
    );
    await performActionIn(ctx, { trx, cal }, clerk, ref.id, 'accept', { version: ref.version }, now);
    return ref.id;
  });
}

/** Plays the demo payments once; returns how many orders were made. */
export async function loadDemoPayments(ctx: AppContext, now: Date): Promise<number> {
  if (await ctx.db.selectFrom('payment_orders').select('id').limit(1).executeTakeFirst()) return 0;
  const actors = await findActorsByUsername(ctx.db, ['clerk', 'citizen']);
  const clerk = actors.get('clerk');
  const citizen = actors.get('citizen');
  const account = citizen && (await ctx.db.selectFrom('users').select('id_number').where('id', '=', citizen.id).executeTakeFirst());
  if (!clerk || !citizen || !account?.id_number) return 0;
  const published = await findPublishedItems(ctx.db);
  let made = 0;
  for (const d of DEMO_PAYMENTS) {
    const item = published.find((i) => i.name === d.item);
    if (!item?.fee.charged) continue;
    const applicant = d.applicant === CITIZEN ? { ...CITIZEN, idNumber: account.id_number } : d.applicant;
    try {
      const caseId = await acceptAtWindow(ctx, clerk, item, applicant, now);
      const order = await repo.findOrderOfCase(ctx.db, caseId);
      if (!order) continue;
      made += 1;
      if (d.then === 'waive') {
        await waiveOrder(
          ctx,
          clerk,
          order.id,
          { version: order.version, category: 'subsistence_allowance', evidence: '低保证 150203-2025-0417（昆都仑区民政局）' },
          now,
        );
      } else if (d.then === 'pay') {
        const local = gatewaysOf(ctx).get(LOCAL_GATEWAY) as LocalGateway | undefined;
        if (!local) continue;
        const started = await checkoutOrder(ctx, citizen, order.id, { version: order.version }, now);
        await local.pay(started.tradeNo, now);
        // The gateway's notification, as its job will post it; the job's own post later is a repeat the platform answers SUCCESS.
        const n = await local.notificationOf(started.tradeNo);
        if (n) await handleNotification(ctx, LOCAL_GATEWAY, n.body, now);
      }
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      ctx.log.warn({ item: d.item, code: err.code }, 'demo payment skipped');
    }
  }
  return made;
}

/** The demo seeder: three orders at start-up (a few statements each). */
/** The demo payments' job: its cases come after the demo cases, which load only into a database without cases. */
export const PAYMENTS_DEMO_QUEUE = 'payments.demo';

/** Demo mode: queues the demo payments unless an order exists. */
export const paymentsDemoSeeder: DemoSeeder = async (ctx) => {
  if (await ctx.db.selectFrom('payment_orders').select('id').limit(1).executeTakeFirst()) return;
  await ctx.jobs.send(PAYMENTS_DEMO_QUEUE, { waits: 0 }, { singletonKey: `${PAYMENTS_DEMO_QUEUE}-0`, maxAttempts: 1 });
};

/** Runs the demo payments' job once the demo cases are in. */
export async function runPaymentsDemoJob(ctx: AppContext, job: Job): Promise<void> {
  if (!(await demoCasesLoaded(ctx, job))) return;
  const made = await loadDemoPayments(ctx, ctx.clock.now());
  if (made) ctx.log.info({ orders: made }, 'demo payment orders made');
}
