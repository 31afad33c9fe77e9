import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { AppContext } from '../../context';
import { findActorsByUsername } from '../../platform/auth/actors';
import type { Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { saveGeneratedFile } from '../../platform/files/files.save';
import { makeUscc } from '../../platform/ids/generate';
import type { DemoSeeder } from '../../seed/seed';
import type { CreateBundleCaseInput } from '../../../shared/bundles/bundles.schemas';
import { afterSubmit, findBundleMemberCases, performActionIn } from '../cases';
import { planFor, type Answers } from '../catalog';
import { performBundleAction, type BundleAction } from './bundles.actions';
import { createBundleCase } from './bundles.create';
import { runHandover } from './bundles.handover';
import * as repo from './bundles.repository';
import { savePdf } from '../../platform/pdf/save';

/**
 * The demo's "一件事" (docs/domain.md, "Demo data"; docs/decisions.md D24): the demo citizen 王晓明
 * turns his snack shop into a restaurant company — 开办饭店 applied for three working days ago, the
 * registration decided and its licence collected the same day, the later members accepted the next
 * morning and now with their departments (the food permit waiting for the approver) — and has just
 * applied for 企业开办 for a second company, waiting for the window to accept it. Both are played
 * through the module's own services (createBundleCase, the bundle actions, the cases engine and the
 * hand-over), at times relative to the day the demo is loaded, so 开办进度, 我的一件事 and the
 * window's 一件事受理 have something to show on a fresh start.
 */

export const BUNDLES_DEMO_QUEUE = 'bundles.demo';

const STAFF = ['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'] as const;
type Staff = Record<(typeof STAFF)[number], Actor>;

/** The restaurant company's unified social credit code (昆都仑区 150203), the registration's result. */
export const DEMO_RESTAURANT_USCC = makeUscc('91150203MA0R5T8K2');

interface DemoBundle {
  code: string;
  answers: Answers;
  form: Record<string, string | number>;
  delivery: NonNullable<CreateBundleCaseInput['delivery']>;
}

/** 开办饭店: a 360 ㎡ restaurant on gas, so the fire-safety inspection and the gas connection join in. */
const RESTAURANT: DemoBundle = {
  code: 'open-restaurant',
  answers: { entityType: 'company', floorArea: 360, usesGas: true },
  form: {
    entityName: '包头市晓明餐饮有限公司',
    registeredCapital: 50,
    businessScope: '餐饮服务；食品销售；烟酒零售',
    businessAddress: '昆都仑区友谊大街 45 号 1–2 层',
    legalRepName: '王晓明',
    area: 360,
    mainBusiness: 'catering',
    signSize: '8.0×1.5',
    volume: '12',
    floorArea: 360,
    address: '昆都仑区钢铁大街 28 号',
    use: 'catering',
  },
  // The licence is collected at the window as soon as it is ready; the rest follows as each is done.
  delivery: { timing: 'as_ready', mode: 'window' },
};

/** 企业开办: a food trading company with three first employees, results collected together. */
function opening(submitted: string): DemoBundle {
  const [y, m] = submitted.split('-').map(Number);
  const nextMonth = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return {
    code: 'enterprise-opening',
    answers: { employees: 3, generalTaxpayer: false },
    form: {
      proposedName: '包头市晓明食品商贸有限公司',
      industry: '食品销售',
      entityName: '包头市晓明食品商贸有限公司',
      registeredCapital: 100,
      businessScope: '食品销售；日用百货销售；农副产品销售',
      businessAddress: '昆都仑区钢铁大街 28 号 3 号底商',
      legalRepName: '王晓明',
      sealSet: 'company',
      sealMaker: '包头市昆都仑区诚信印章刻制有限公司',
      financeContact: '李秀梅',
      accountingSystem: '小企业会计准则',
      invoiceType: 'digital',
      monthlyLimit: '100000',
      payrollContact: '李秀梅',
      rate: '8',
      bank: 'ccb',
      startDate: nextMonth,
    },
    delivery: { timing: 'together', mode: 'window' },
  };
}

/** The demo seeder: queues the demo bundles once, when the database has none yet. */
export const bundlesDemoSeeder: DemoSeeder = async (ctx) => {
  if (await hasAnyBundle(ctx)) return;
  await ctx.jobs.send(BUNDLES_DEMO_QUEUE, { waits: 0 }, { singletonKey: 'bundles-demo-0', maxAttempts: 1 });
};

async function hasAnyBundle(ctx: AppContext): Promise<boolean> {
  return (await repo.listBundleCases(ctx.db, { page: 1, pageSize: 1 })).total > 0;
}

/** Plays both bundles; returns how many were made (none when bundles exist already or an account is missing). */
export async function loadDemoBundles(ctx: AppContext, now: Date): Promise<number> {
  if (await hasAnyBundle(ctx)) return 0;
  const found = await findActorsByUsername(ctx.db, STAFF);
  if (STAFF.some((u) => !found.has(u))) return 0;
  const staff = Object.fromEntries(STAFF.map((u) => [u, found.get(u)!])) as Staff;
  const cal = await ctx.calendar.get();
  const today = toShanghaiDate(now);
  await playRestaurant(ctx, cal, staff, (n, hhmm) => at(cal.workdayBefore(today, n), hhmm));
  const submitted = justNow(cal, now);
  await apply(ctx, cal, staff.citizen, opening(toShanghaiDate(submitted)), submitted);
  return 2;
}

/**
 * 开办饭店, three working days in: the window accepts what it can, the registration is routed,
 * reviewed and approved with the new company's credit code and its licence collected that day; the
 * hand-over gives the later members the licence and the code; next morning they are accepted (the
 * shop-sign filing is done on the spot and issued) and routed to market regulation, water affairs,
 * fire and rescue and the gas company; yesterday the food permit was reviewed.
 */
async function playRestaurant(ctx: AppContext, cal: WorkCalendar, s: Staff, day: (workdaysAgo: number, hhmm: string) => Date): Promise<void> {
  const id = await apply(ctx, cal, s.citizen, RESTAURANT, day(3, '09:12'));
  const bundle = (actor: Actor, action: BundleAction, body: Record<string, unknown>, when: Date) => bundleAct(ctx, id, actor, action, body, when);
  const member = (actor: Actor, itemName: string, action: string, body: Record<string, unknown>, when: Date) =>
    memberAct(ctx, cal, id, actor, itemName, action, body, when);
  const REG = '公司设立登记';

  await bundle(s.clerk, 'accept', { opinion: '设立登记材料齐全，予以受理；其余事项待营业执照核发后受理' }, day(3, '09:40'));
  await member(s.dispatcher, REG, 'route', {}, day(3, '10:05'));
  await member(s.reviewer, REG, 'review', { opinion: '名称、住所、股东出资及章程符合《公司登记管理条例》规定', recommendation: 'approve' }, day(3, '10:50'));
  await member(s.approver, REG, 'approve', { resultCode: DEMO_RESTAURANT_USCC }, day(3, '14:10'));
  await member(s.approver, REG, 'complete', {}, day(3, '14:15'));
  // The hand-over job's work, at the time it would have run.
  await runHandover(ctx, id, day(3, '14:16'));
  await bundle(s.clerk, 'issue', { opinion: '营业执照正副本由申请人本人领取' }, day(3, '15:30'));

  await bundle(s.clerk, 'accept', { opinion: '营业执照已核发，后续事项材料齐全，予以受理' }, day(2, '09:20'));
  await bundle(s.clerk, 'issue', { opinion: '户外招牌设置备案回执当场交申请人' }, day(2, '09:35'));
  for (const item of ['食品经营许可证核发', '城镇污水排入排水管网许可', '公众聚集场所投入使用、营业前消防安全检查', '燃气报装'])
    await member(s.dispatcher, item, 'route', {}, day(2, '10:00'));
  await member(
    s.reviewer,
    '食品经营许可证核发',
    'review',
    { opinion: '经现场核查，经营场所布局合理，设备设施符合要求', recommendation: 'approve' },
    day(1, '15:20'),
  );
}

/**
 * Applies online as `applicant`: each required material uploaded once (those shared data may stand in
 * for too: the demo has no record to fetch for a company not yet registered), then what the route does
 * after a submission (免提交, 秒批).
 */
async function apply(ctx: AppContext, cal: WorkCalendar, applicant: Actor, b: DemoBundle, when: Date): Promise<string> {
  const { plan } = await planFor(ctx.db, b.code, b.answers, 'zh-CN');
  const materials: Array<{ key: string; fileId: string }> = [];
  for (const m of plan.materials.filter((x) => x.required && x.provision !== 'in_bundle'))
    materials.push({ key: m.key, fileId: await scan(ctx, applicant, m.name) });
  const ref = await ctx.db
    .transaction()
    .execute((trx) =>
      createBundleCase(
        ctx,
        { trx, cal },
        applicant,
        { bundleCode: b.code, answers: b.answers, form: b.form, materials, delivery: b.delivery, channel: 'web' },
        when,
      ),
    );
  for (const c of ref.cases) await afterSubmit(ctx, { id: c.id, caseNo: c.caseNo, status: 'submitted', version: 1 }, new Map(), when);
  return ref.id;
}

async function bundleAct(ctx: AppContext, id: string, actor: Actor, action: BundleAction, body: Record<string, unknown>, when: Date): Promise<void> {
  // Let waiting requests through between steps: the demo loads while people use the server.
  await new Promise((resolve) => setImmediate(resolve));
  const row = await repo.findBundleCase(ctx.db, id);
  await performBundleAction(ctx, actor, id, action, { version: row!.version, ...body } as never, when);
}

async function memberAct(
  ctx: AppContext,
  cal: WorkCalendar,
  bundleId: string,
  actor: Actor,
  itemName: string,
  action: string,
  body: Record<string, unknown>,
  when: Date,
): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const m = (await findBundleMemberCases(ctx.db, bundleId)).find((x) => x.itemName === itemName);
  if (!m) throw new Error(`demo bundle: no member ${itemName}`);
  await ctx.db.transaction().execute((trx) => performActionIn(ctx, { trx, cal }, actor, m.id, action as never, { version: m.version, ...body } as never, when));
}

/** A one-page PDF standing for a scanned material (the demo has no scanner; no CJK font, so it stays cheap). */
async function scan(ctx: AppContext, owner: Actor, name: string): Promise<string> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Scanned copy', { x: 60, y: 760, size: 16, font });
  page.drawText('Tongban demo material', { x: 60, y: 730, size: 11, font });
  return (await saveGeneratedFile(ctx, owner, `${name}.pdf`, await savePdf(doc))).id;
}

const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);

/** "Just submitted": 35 minutes ago on a working day's office hours, else the last working day's afternoon. */
function justNow(cal: WorkCalendar, now: Date): Date {
  const today = toShanghaiDate(now);
  const t = new Date(now.getTime() - 35 * 60_000);
  if (cal.isWorkday(today) && toShanghaiDate(t) === today && t.getTime() >= at(today, '08:30').getTime()) return t;
  return at(cal.workdayBefore(today, 1), '16:20');
}
