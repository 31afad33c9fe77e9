import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { AppContext } from '../../context';
import { findActorsByUsername } from '../../platform/auth/actors';
import type { Actor } from '../../platform/auth/roles';
import { addDays, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { AppError } from '../../platform/errors';
import { saveGeneratedFile } from '../../platform/files/files.save';
import { makeResidentId, makeUscc } from '../../platform/ids/generate';
import type { Job } from '../../platform/jobs/queue';
import type { DemoSeeder } from '../../seed/seed';
import { getPublishedItem, type PublishedItem } from '../catalog';
import { computeLines, INITIAL_CLOCK, type Light } from './cases.clock';
import { DEMO_APPLICANTS, DEMO_SCENARIOS, type DemoApplicant, type DemoScenario, type DemoStep } from './cases.demo.data';
import { findFinishedCaseIds } from './cases.facts';
import { clockLimits } from './cases.items';
import * as repo from './cases.repository';
import { performAction } from './cases.service';
import { afterSubmit } from './cases.after-submit';
import { createCase } from './cases.submit';
import type { CaseRef } from './cases.transition';
import { savePdf } from '../../platform/pdf/save';

/**
 * The living demo (docs/domain.md, "Demo data"): cases in every status and light, made by the same
 * services a person's clicks reach, at times relative to the day the demo is loaded. Runs as a
 * durable job after the server listens; each step is its own transaction, so requests interleave.
 */

export const CASES_DEMO_QUEUE = 'cases.demo';

const STAFF = ['citizen', 'enterprise', 'clerk', 'dispatcher', 'reviewer', 'approver'] as const;
type Staff = Record<(typeof STAFF)[number], Actor>;

/** The demo seeder: queues the demo cases once, when the database has no case yet. */
export const casesDemoSeeder: DemoSeeder = async (ctx) => {
  if (await repo.hasAnyCase(ctx.db)) return;
  await ctx.jobs.send(CASES_DEMO_QUEUE, {}, { singletonKey: 'cases-demo', maxAttempts: 1 });
};

/** Plays every scenario; returns how many cases were made (none when cases exist already). */
export async function loadDemoCases(ctx: AppContext, now: Date): Promise<number> {
  if (await repo.hasAnyCase(ctx.db)) return 0;
  const found = await findActorsByUsername(ctx.db, STAFF);
  if (STAFF.some((u) => !found.has(u))) return 0;
  const staff = Object.fromEntries(STAFF.map((u) => [u, found.get(u)!])) as Staff;
  const cal = await ctx.calendar.get();
  const files = new FileShelf(ctx);
  let made = 0;
  for (const [i, s] of DEMO_SCENARIOS.entries()) {
    const item = await getPublishedItem(ctx.db, s.item);
    const times = new StepClock(cal, startOf(s, item, cal, now), now);
    // Let waiting requests through between cases: the demo loads while people use the server.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      await playScenario(ctx, staff, files, item, s, times);
    } catch (err) {
      const details = err instanceof AppError ? ` ${JSON.stringify(err.details)}` : '';
      throw new Error(`demo scenario ${i} (${item.name}, ${s.steps.join(' → ') || 'submit'}): ${(err as Error).message}${details}`, { cause: err });
    }
    made++;
  }
  return made;
}

const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);

/**
 * When the scenario starts: for an open case with a light, the acceptance day that gives that
 * light now (searched with the same clock the cases use, so it holds on any day of the year).
 */
function startOf(s: DemoScenario, item: PublishedItem, cal: WorkCalendar, now: Date): Date {
  const today = toShanghaiDate(now);
  if (!s.light) {
    const start = at(cal.workdayBefore(today, s.daysAgo ?? 0), '09:05');
    return start.getTime() < now.getTime() ? start : new Date(now.getTime() - 3 * 3_600_000);
  }
  // n = 0: accepted earlier today (a 1-day promise is green only on its acceptance day): half an
  // hour ago, or just after midnight when the demo loads in the small hours.
  const recent = new Date(now.getTime() - 30 * 60_000);
  const earlierToday = toShanghaiDate(recent) === today ? recent : new Date(Math.max(at(today, '00:00').getTime(), now.getTime() - 2 * 60_000));
  for (let n = 0; n <= 60; n++) {
    const acceptedAt = n === 0 ? earlierToday : at(cal.workdayBefore(today, n), '10:00');
    if (lightOn(item, cal, acceptedAt, now) === s.light) return new Date(acceptedAt.getTime() - 50 * 60_000);
  }
  // No day gives that light now (a minute past midnight, a 1-day promise wants green): the case
  // still loads, accepted earlier today, with whatever light that gives. The demo never fails.
  return new Date(earlierToday.getTime() - 50 * 60_000);
}

function lightOn(item: PublishedItem, cal: WorkCalendar, acceptedAt: Date, now: Date): Light | null {
  return computeLines({ ...INITIAL_CLOCK, acceptedAt }, clockLimits(item), cal, now).light;
}

/** Hands out the time of each step: 25 minutes apart within the day, never after `now`. */
class StepClock {
  private t: Date;
  constructor(
    private readonly cal: WorkCalendar,
    start: Date,
    private readonly now: Date,
  ) {
    this.t = start;
  }

  current(): Date {
    return this.t;
  }

  /** The next step's time; a step that would fall after 17:30 moves to the next working morning. */
  next(): Date {
    let t = new Date(this.t.getTime() + 25 * 60_000);
    if (toShanghaiDate(t) !== toShanghaiDate(this.t) || t.getTime() > at(toShanghaiDate(this.t), '17:30').getTime()) {
      let day = addDays(toShanghaiDate(this.t), 1);
      while (!this.cal.isWorkday(day)) day = addDays(day, 1);
      t = at(day, '09:10');
    }
    // Never in the future: a scenario with many steps compresses into the time before now.
    this.t = t.getTime() < this.now.getTime() ? t : new Date(Math.max(this.t.getTime() + 60_000, this.now.getTime() - 60_000));
    return this.t;
  }
}

/**
 * One stored file per owner and material: a light scan-like page. (Rendering the materials' sample
 * forms embeds a CJK font, which takes the CPU for seconds per document and would stall requests.)
 */
class FileShelf {
  private readonly ids = new Map<string, string>();
  constructor(private readonly ctx: AppContext) {}

  async fileFor(owner: Actor, m: PublishedItem['materials'][number]): Promise<string> {
    const key = `${owner.id}|${m.name}`;
    const hit = this.ids.get(key);
    if (hit) return hit;
    const pdf = await scanPage(m.nameEn);
    const f = await saveGeneratedFile(this.ctx, owner, `${m.name}.pdf`, pdf);
    this.ids.set(key, f.id);
    return f.id;
  }
}

/** A one-page PDF standing for a scanned certificate (the demo has no scanner). */
async function scanPage(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(`Scanned copy: ${title}`, { x: 60, y: 760, size: 16, font });
  page.drawText('Tongban demo material', { x: 60, y: 730, size: 11, font });
  return savePdf(doc);
}

const ADDRESS_KEYS = new Set(['address', 'businessAddress', 'projectSite']);

/** A filled form: the applicant's identity, their business, and plausible values for the rest. */
export function demoForm(item: PublishedItem, a: DemoApplicant, prefilled: ReadonlySet<string>, today: string): Record<string, string | number> {
  const known: Record<string, string | number> = {
    applicantName: a.name,
    idNumber: a.idNumber,
    mobile: a.mobile,
    legalRepName: a.name,
    entityName: a.entity?.name ?? `${a.name}个体经营部`,
    uscc: a.entity?.uscc ?? '',
    tradeName: a.entity?.name.replace(/^包头市.{2,3}区|^包头市/, '') ?? `${a.name.slice(0, 1)}记小吃`,
    businessScope: '餐饮服务；预包装食品销售',
    registeredCapital: 100,
    area: 86,
    floorArea: 96.5,
    pharmacist: '韩雪梅',
    startDate: addDays(today, 20),
    projectName: '包头市昆都仑区阿尔丁大街北侧住宅小区二期',
    projectCode: '2026-150203-47-01-036518',
    contractor: '包头市鑫盛建筑安装工程有限公司',
    contractPrice: '8650',
    beds: '20',
    vehicles: '6',
    showName: '2026 鹿城之夜新年音乐会',
    fromCentre: '呼和浩特市住房公积金管理中心',
    fundAccount: '150200118836',
    landArea: '32600',
  };
  const form: Record<string, string | number> = {};
  for (const f of item.formFields) {
    // The signed-in applicant's own identity is prefilled by the service (智能填单).
    if (prefilled.has(f.key)) continue;
    if (f.type === 'select') form[f.key] = f.options?.[0]?.value ?? '';
    else if (ADDRESS_KEYS.has(f.key)) form[f.key] = f.key === 'businessAddress' ? (a.entity?.address ?? a.address) : a.address;
    else if (known[f.key] !== undefined && known[f.key] !== '') form[f.key] = known[f.key];
    else if (f.type === 'number') form[f.key] = 1;
    else if (f.type === 'date') form[f.key] = addDays(today, 20);
    else if (f.required) form[f.key] = '详见申请材料';
  }
  return form;
}

/** What the demo accounts applying online add to what their account prefills. */
const ACCOUNT_APPLICANT: Record<'citizen' | 'enterprise', { person: DemoApplicant; prefilled: ReadonlySet<string> }> = {
  citizen: {
    person: {
      name: '王晓明',
      idNumber: '',
      mobile: '13947201234',
      address: '昆都仑区钢铁大街 28 号',
      entity: { name: '包头市昆都仑区晓明小吃店', uscc: makeUscc('92150203MA0R3N6W8'), address: '昆都仑区友谊大街 45 号' },
    },
    prefilled: new Set(['applicantName', 'idNumber']),
  },
  enterprise: {
    person: {
      name: '赵建新',
      idNumber: makeResidentId('150203', '1976-08-15', 519),
      mobile: '13847205678',
      address: '昆都仑区阿尔丁大街 8 号',
      entity: { name: '包头市鹿城餐饮管理有限公司', uscc: '', address: '昆都仑区阿尔丁大街 8 号' },
    },
    prefilled: new Set(['entityName', 'uscc']),
  },
};

async function playScenario(ctx: AppContext, staff: Staff, files: FileShelf, item: PublishedItem, s: DemoScenario, clock: StepClock): Promise<void> {
  const online = typeof s.by === 'string';
  const applicantActor = online ? staff[s.by as 'citizen' | 'enterprise'] : staff.clerk;
  const account = online ? ACCOUNT_APPLICANT[s.by as 'citizen' | 'enterprise'] : null;
  const a = account?.person ?? DEMO_APPLICANTS[(s.by as { applicant: number }).applicant];
  const left = new Set(s.leaveOut ?? []);
  const refs: { materialCode: string; fileId: string }[] = [];
  for (const [i, m] of item.materials.entries()) {
    if (m.required && !left.has(i)) refs.push({ materialCode: m.code, fileId: await files.fileFor(applicantActor, m) });
  }
  const idType = a.entity?.uscc && !item.audience.includes('citizen') ? 'uscc' : 'resident_id';
  const applicant = online
    ? undefined
    : ({ name: idType === 'uscc' ? a.entity!.name : a.name, idType, idNumber: idType === 'uscc' ? a.entity!.uscc : a.idNumber, mobile: a.mobile } as const);
  let ref: CaseRef = await ctx.db.transaction().execute((trx) =>
    createCase(
      ctx,
      trx,
      applicantActor,
      {
        itemCode: item.code,
        draft: false,
        form: demoForm(item, a, account?.prefilled ?? new Set(), toShanghaiDate(clock.current())),
        materials: refs,
        ...(online ? { channel: 'web' as const } : { applicant }),
      },
      clock.current(),
    ),
  );
  // What the route does after a submission: 免提交 and, for an item with rules, 秒批.
  ref = await afterSubmit(ctx, ref, new Map(), clock.current());
  const owed = item.materials.map((m, i) => ({ m, i })).filter(({ m, i }) => m.required && left.has(i));
  for (const step of s.steps) ref = await playStep(ctx, staff, files, item, applicantActor, owed, ref, step, clock);
}

async function playStep(
  ctx: AppContext,
  staff: Staff,
  files: FileShelf,
  item: PublishedItem,
  applicant: Actor,
  owed: { m: PublishedItem['materials'][number]; i: number }[],
  ref: CaseRef,
  step: DemoStep,
  clock: StepClock,
): Promise<CaseRef> {
  const v = { version: ref.version };
  const act = <A extends Parameters<typeof performAction>[3]>(actor: Actor, action: A, body: Parameters<typeof performAction<A>>[4], when = clock.next()) =>
    performAction(ctx, actor, ref.id, action, body, when);
  switch (step) {
    case 'precheck':
      return act(staff.clerk, 'precheck', { ...v, opinion: '材料齐全，格式符合要求，待现场核验原件' });
    case 'accept':
      return act(staff.clerk, 'accept', { ...v, opinion: '材料齐全，予以受理' });
    case 'accept_with_deficiency':
      return act(staff.clerk, 'accept_with_deficiency', { ...v, opinion: '主要材料齐全，次要材料容缺后补' });
    case 'correct_at_window':
      return act(staff.clerk, 'request_correction', { ...v, items: owed.map(({ m }) => ({ materialCode: m.code, problem: `缺少${m.name}，请补充上传` })) });
    case 'route':
      return act(staff.dispatcher, 'route', v);
    case 'review':
      return act(staff.reviewer, 'review', { ...v, opinion: '经审查，申请材料真实有效，符合许可条件', recommendation: 'approve' });
    case 'approve':
      return act(staff.approver, 'approve', v);
    case 'deny':
      return act(staff.approver, 'deny', {
        ...v,
        reasons: ['经营场所与居住场所未有效隔离，不符合食品安全要求'],
        legalBasis: ['《食品经营许可和备案管理办法》第十二条'],
      });
    case 'special':
      return act(staff.reviewer, 'start_special', { ...v, procedure: '现场核查', limitDays: 10 });
    case 'special_overdue':
      // A two-day inspection started days ago and never ended: its timer fires as soon as jobs run.
      return act(staff.reviewer, 'start_special', { ...v, procedure: '现场核查', limitDays: 2 });
    case 'end_special':
      return act(staff.reviewer, 'end_special', { ...v, outcome: '现场核查符合要求' });
    case 'correct_in_review':
      return act(staff.reviewer, 'request_correction', {
        ...v,
        items: [{ materialCode: item.materials[0].code, problem: '申请书法定代表人签字与身份证件不一致，请重新签字后上传' }],
      });
    case 'resubmit': {
      const m = item.materials[0];
      return act(applicant, 'resubmit', { ...v, materials: [{ materialCode: m.code, fileId: await files.fileFor(applicant, m) }] });
    }
    case 'supply': {
      const materials = await Promise.all(
        owed.filter(({ m }) => !m.primary).map(async ({ m }) => ({ materialCode: m.code, fileId: await files.fileFor(applicant, m) })),
      );
      return act(applicant, 'supply_materials', { ...v, materials });
    }
    case 'complete':
      return act(item.caseKind === 'instant' ? staff.clerk : staff.approver, 'complete', v);
    case 'issue':
      return act(staff.clerk, 'issue', { ...v, mode: 'window', recipient: '申请人本人' });
    case 'issue_e_licence':
      // As an e-licence, so the applicant's wallet holds it; at the window when the department has no seal yet.
      try {
        return await act(staff.clerk, 'issue', { ...v, mode: 'e_licence' });
      } catch (err) {
        if (err instanceof AppError && err.code === 'NO_ACTIVE_SEAL') return act(staff.clerk, 'issue', { ...v, mode: 'window', recipient: '申请人本人' });
        throw err;
      }
    case 'reject':
      return act(staff.clerk, 'reject', { ...v, reasons: ['申请事项不属于本机关职权范围，请向旗县区市场监管部门申请'] });
    case 'withdraw':
      return act(applicant, 'withdraw', { ...v, reason: '经营场所变更，重新申请' });
    case 'return':
      return act(staff.dispatcher, 'return', { ...v, reasons: ['设备已在原使用地登记，应办理变更登记而非使用登记'] });
  }
}

const DEMO_WAIT_MS = 10_000;
const DEMO_MAX_WAITS = 60;

/**
 * For a demo that needs the demo cases in first (its own cases would otherwise make the demo cases
 * skip, since they load only into a database without cases): true once a demo case has finished;
 * until then the job queues itself again every 10 s, for up to ten minutes, and answers false.
 */
export async function demoCasesLoaded(ctx: AppContext, job: Job): Promise<boolean> {
  if ((await findFinishedCaseIds(ctx.db, 1)).length > 0) return true;
  const waits = Number(job.payload.waits ?? 0);
  if (waits >= DEMO_MAX_WAITS) return false;
  // Queue time, not business time: the queue compares run_at with the database's clock.
  const runAt = new Date(Date.now() + DEMO_WAIT_MS);
  await ctx.jobs.send(job.queue, { ...job.payload, waits: waits + 1 }, { runAt, singletonKey: `${job.queue}-${waits + 1}`, maxAttempts: 1 });
  return false;
}
