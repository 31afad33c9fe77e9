import { createHash, randomUUID } from 'node:crypto';
import { sql, type Insertable, type Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { CaseLanesTable } from '../../db/tables/cases';
import type { DB } from '../../db/types';
import { canonicalJson } from '../../platform/audit/chain';
import type { NewEvent } from '../../platform/audit/events.repository';
import { CITY_REGION, type Actor } from '../../platform/auth/roles';
import { dayOf, SimulatedTime, startOfDay } from '../../platform/calendar/simulated-time';
import { fromEpochDay, toEpochDay, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { BAOTOU_DISTRICTS, makeBusiness, makePerson, pickDistrict, type MadeBusiness, type MadePerson } from '../../platform/ids/people';
import { chance, pick, randomInt, weightedPicker, type Random } from '../../platform/random';
import type { PublishedItem } from '../catalog';
import { DEFICIENCY_QUEUE, type Deficiency } from './cases.accept';
import { computeLines, foldClock, INITIAL_CLOCK, lightAt, nextLineAfter, type ClockState, type Light } from './cases.clock';
import { demoForm } from './cases.demo';
import type { DemoApplicant } from './cases.demo.data';
import type { FinishedCase } from './cases.facts';
import { clockLimits, DEFAULT_DEFICIENCY_DAYS } from './cases.items';
import type { CaseInsert } from './cases.repository';
import { STANDARD_SPECIAL_PROCEDURES } from './cases.review';
import { SPECIAL_QUEUE, type SpecialProcedure } from './cases.special';
import { CLOSED_STATUSES, decideTransition, resolveTarget, type CaseAction, type CaseStatus, type LaneStatus } from './cases.state';
import { clockColumns, SYSTEM_ACTOR } from './cases.transition';

/**
 * A simulated city-year of cases (`tongban simulate`, docs/decisions.md D19): each case is played
 * step by step in memory through the module's own rules — every step is asked of the rule table
 * (`decideTransition`), its target resolved like the engine's (`resolveTarget`, the 会签 join),
 * the clock folded and its four lines stored (`foldClock`, `computeLines`, `clockColumns`), the
 * light sweep's changes replayed between steps — and each step becomes the event the engine would
 * append (`case:<id>`, `case.<action>`, `{from, to, version, …}`). The caller inserts a batch of
 * cases in a few statements and appends all their events with the platform's bulk appender, so
 * the hash chains are the engine's own; the timers the handlers queue fire in the history (a 容缺
 * reminder, the deadline that closes a case, a special procedure's limit) or, still pending at
 * `now`, are queued. What a simulated history leaves out: uploaded files (no `case_materials`,
 * the submission event lists none) and notifications.
 *
 * Deterministic: the same seed, setup and `now` give the same cases (ids aside, which are random).
 */

/** The staff who handle simulated cases: window clerks and dispatchers per region, reviewers and approvers per department. */
export interface SimulationStaff {
  clerks: ReadonlyMap<string, readonly Actor[]>;
  dispatchers: ReadonlyMap<string, Actor>;
  reviewers: ReadonlyMap<string, readonly Actor[]>;
  approvers: ReadonlyMap<string, readonly Actor[]>;
}

/** An applicant's portal account (citizen or enterprise) and who stands behind it. */
export interface SimulationAccount {
  actor: Actor;
  person: MadePerson;
  business?: MadeBusiness;
}

export interface CaseSimulationSetup {
  items: readonly PublishedItem[];
  staff: SimulationStaff;
  accounts: { citizen: readonly SimulationAccount[]; enterprise: readonly SimulationAccount[] };
  cal: WorkCalendar;
  year: number;
  /** Nothing happens after this instant; cases still open then stay open (their lights as the sweep would leave them). */
  now: Date;
  /** Case numbers are this prefix and a 7-digit running number. */
  caseNoPrefix: string;
}

/** A completed simulated case, for the ratings module (a `FinishedCase` with how it went). */
export interface SimulatedFinish extends FinishedCase {
  completedAt: Date;
  issuedAt: Date | null;
  /** Issued at the window: a walk-in applicant can rate on the window's pad then. */
  collectedAtWindow: boolean;
  instant: boolean;
  decision: 'approved' | 'denied';
  /** Completed after the promised line. */
  late: boolean;
  /** Who applied online (the account that may rate), or null for a walk-in. */
  applicant: Actor | null;
  /** The window clerk who accepted the case (the rating pad's operator). */
  clerk: Actor;
}

export interface SimulatedCaseBatch {
  cases: CaseInsert[];
  lanes: Insertable<CaseLanesTable>[];
  events: NewEvent[];
  /** Durable timers still pending at `now` (容缺 deadlines, special-procedure limits), as the handlers queue them. */
  timers: Array<{ queue: string; payload: Record<string, unknown>; runAt: Date; singletonKey: string }>;
  finished: SimulatedFinish[];
}

/** How often things happen (shares of the cases that can have them). */
export const SIMULATION_RATES = {
  /** Window applications turned away (不予受理). */
  reject: 0.025,
  /** 补正 asked before acceptance, and after it in review. */
  correctionBeforeAcceptance: 0.05,
  correctionInReview: 0.07,
  /** Applicants who never answer a 补正. */
  correctionAbandoned: 0.08,
  /** 容缺 acceptances, of items with secondary materials; owed materials never supplied. */
  deficiency: 0.3,
  deficiencyExpired: 0.04,
  /** Online applications pre-checked before acceptance; withdrawn before acceptance or in review. */
  precheck: 0.35,
  withdraw: 0.012,
  /** 特别程序: of items listing one, of the others. */
  specialListed: 0.12,
  specialOther: 0.01,
  /** Completed after the promised line; decisions that deny; cases sent back (退件). */
  late: 0.08,
  deny: 0.04,
  return: 0.012,
} as const;

const MINUTE = 60_000;

// Popular departments get more applications (residence, social security, housing fund, business
// registration, real estate); every other item still gets its share.
const DEPARTMENT_WEIGHT: Readonly<Record<string, number>> = {
  'public-security': 3,
  'hr-social-security': 3,
  'housing-fund': 2.5,
  'market-regulation': 2.5,
  'natural-resources': 2,
  'medical-security': 2,
  'civil-affairs': 1.5,
  taxation: 1.5,
  'housing-construction': 1.2,
  transport: 1.2,
};
// Month by month, January and February (Spring Festival) and August are quieter.
const MONTH_WEIGHT = [0.85, 0.72, 1.05, 1.05, 1.05, 1.0, 0.95, 0.9, 1.05, 1.0, 1.1, 1.05];

const OPINIONS = {
  precheck: ['网上预审通过，材料齐全', '材料齐全，格式符合要求，待现场核验原件', '预审通过'],
  accept: ['材料齐全，予以受理', '申请材料齐全、符合法定形式，予以受理', '受理'],
  deficiency: '主要材料齐全，次要材料容缺后补',
  review: ['经审查，申请材料真实有效，符合许可条件', '材料齐全，符合法定形式，建议准予', '经核查符合条件，建议准予办理', '审查通过'],
  reviewDeny: '经审查，申请人不符合法定条件，建议不予许可',
  approve: ['同意', '准予许可', '同意办理'],
};
const REJECT_REASONS = [['申请事项不属于本机关职权范围，请向有管辖权的部门申请'], ['申请人不具备申请资格'], ['申请材料不齐全且申请人当场无法补正']];
const DENY_REASONS = [['经现场核查，经营场所不符合要求'], ['申请材料反映的情况与实际不符，不符合法定条件'], ['申请事项不符合相关规划要求']];
const RETURN_REASONS = [['申请类型选择错误，应办理变更登记'], ['该事项应由其他部门办理，已告知申请人'], ['申请人要求更改申请事项，退回重新申请']];
const WITHDRAW_REASONS = ['信息填写有误，重新申请', '经营计划调整', '已通过其他途径办理'];
const MATERIAL_PROBLEMS = ['扫描件不清晰，请重新上传', '缺少签字或盖章', '已超过有效期', '与申请表信息不一致'];
const SPECIAL_OUTCOMES = ['现场核查符合要求', '专家评审通过', '核查完毕，符合条件'];

type Channel = CaseInsert['channel'];

interface ItemPlan {
  item: PublishedItem;
  channel: (rng: Random) => Channel;
  secondary: PublishedItem['materials'];
  departments: string[];
}

/** What a run needs, computed once: weighted item and day pickers. */
export interface CaseSimulation {
  setup: CaseSimulationSetup;
  time: SimulatedTime;
  now: number;
  pickItem: (rng: Random) => ItemPlan;
  windowDay: (rng: Random) => number;
  anyDay: (rng: Random) => number;
  firstDay: number;
}

/** Prepares a run: item popularity, the days of the year so far, office hours. */
export function prepareCaseSimulation(setup: CaseSimulationSetup): CaseSimulation {
  const items = setup.items.filter((i) => i.audience.length > 0);
  if (items.length === 0) throw new Error('no published item to simulate cases of');
  const time = new SimulatedTime(setup.cal);
  const now = setup.now.getTime();
  const firstDay = toEpochDay(`${setup.year}-01-01`);
  const lastDay = Math.min(toEpochDay(`${setup.year}-12-31`), dayOf(now));
  if (lastDay < firstDay) throw new Error(`the year ${setup.year} has not begun`);
  const plans = items.map((item): { value: ItemPlan; weight: number } => {
    const online = item.modes.includes('online');
    const channels: Array<{ value: Channel; weight: number }> = online
      ? [
          { value: 'web', weight: 0.34 },
          { value: 'mobile', weight: 0.24 },
          { value: 'window', weight: 0.36 },
          ...(item.kiosk ? [{ value: 'kiosk' as const, weight: 0.06 }] : []),
        ]
      : [{ value: 'window', weight: 1 }];
    // A stable spread per item (not per seed): some services are asked for far more than others.
    const spread = Math.exp(2 * (parseInt(createHash('sha256').update(item.code).digest('hex').slice(0, 8), 16) / 0xffffffff - 0.5));
    return {
      value: {
        item,
        channel: weightedPicker(channels),
        secondary: item.materials.filter((m) => m.required && !m.primary),
        departments: [...new Set([item.departmentCode, ...(item.jointDepartments ?? [])])],
      },
      weight: (DEPARTMENT_WEIGHT[item.departmentCode] ?? 0.6) * (item.caseKind === 'instant' ? 1.5 : 1) * spread,
    };
  });
  const days: Array<{ value: number; weight: number; workday: boolean }> = [];
  for (let d = firstDay; d <= lastDay; d++) {
    const month = Number(fromEpochDay(d).slice(5, 7)) - 1;
    days.push({ value: d, weight: MONTH_WEIGHT[month], workday: time.isWorkday(d) });
  }
  const workdays = days.filter((d) => d.workday);
  return {
    setup,
    time,
    now,
    pickItem: weightedPicker(plans),
    // A year begun on a holiday has no working day yet: the windows' share then applies online.
    windowDay: weightedPicker(workdays.length ? workdays : days),
    anyDay: weightedPicker(days.map((d) => ({ value: d.value, weight: d.weight * (d.workday ? 1 : 0.3) }))),
    firstDay,
  };
}

/** One step's change, as a handler returns it. */
interface Change {
  patch?: Partial<CaseInsert>;
  event?: Record<string, unknown>;
  /** Lane statuses after the step (route, review, approve, deny). */
  lanes?: LaneStatus[];
}

/** A durable timer of the module (a 容缺 reminder or deadline, a special procedure's limit), fired in time order between steps. */
interface Timer {
  at: number;
  fire(at: number): void;
}

/**
 * One case played forward. `act` checks the step against the rule table, applies it like the
 * engine's store and records its event; before each step the light sweep and the module's timers
 * run as they would have in the meantime. Once a step falls after `now`, the case stops where it
 * is and every later step is ignored.
 */
class CaseRun {
  readonly events: NewEvent[] = [];
  readonly lanes = new Map<string, Insertable<CaseLanesTable>>();
  clock: ClockState = INITIAL_CLOCK;
  light: Light | null = null;
  lightNext: number | null = null;
  dues: { assessmentDue: Date; promisedDue: Date; statutoryDue: Date } | null = null;
  timers: Timer[] = [];
  last: number;
  /** A step fell after `now`, or a job closed the case: it stays as it is. */
  frozen = false;
  /** 容缺 materials owed. */
  owed: Deficiency | null = null;

  constructor(
    private readonly sim: CaseSimulation,
    readonly item: PublishedItem,
    readonly row: SimRow,
    first: NewEvent,
  ) {
    this.events.push(first);
    this.last = (first.at as Date).getTime();
  }

  get status(): CaseStatus {
    return this.row.status;
  }

  /** Takes `action` as `actor` at `at` (or just after the previous step); false once the case is frozen. */
  act(action: CaseAction, actor: Actor, at: number, change: (status: CaseStatus, when: Date) => Change): boolean {
    if (this.frozen) return false;
    const when = Math.max(at, this.last + MINUTE);
    this.catchUp(when);
    if (this.frozen || when > this.sim.now) return !(this.frozen = true);
    const status = this.status;
    const lane = actor.departmentCode ? this.lanes.get(actor.departmentCode) : undefined;
    const decision = decideTransition(status, action, actor.roles, {
      instant: this.row.case_kind === 'instant',
      deficiencyOutstanding: !!this.row.deficiency,
      missingRequired: action === 'accept_with_deficiency' ? (this.owed?.items.length ?? 0) : 0,
      missingPrimary: 0,
      laneStatus: (lane?.status as LaneStatus | undefined) ?? null,
    });
    if (!decision.ok) throw new Error(`simulated case ${this.row.case_no}: ${action} from ${status} refused (${decision.error})`);
    const c = change(status, new Date(when));
    const lanes = c.lanes ?? laneStatuses(this);
    const to = resolveTarget(decision.to, status, { resumeStatus: (this.row.resume_status as CaseStatus | null) ?? null, lanes });
    this.store(`case.${action}`, to, c, actor.id, actor.displayName, when);
    return true;
  }

  /** A change a job decides (the 容缺 deadline), stored like the engine's `commit`. */
  commitSystem(action: string, to: CaseStatus, c: Change, at: number): void {
    this.store(action, to, c, SYSTEM_ACTOR.id, SYSTEM_ACTOR.name, at);
  }

  /** An event a job appends without a transition (a reminder, a procedure's limit passed). */
  note(action: string, data: Record<string, unknown>, at: number): void {
    this.push(action, data, SYSTEM_ACTOR.id, SYSTEM_ACTOR.name, at);
  }

  private store(action: string, to: CaseStatus, c: Change, actorId: string | null, actorName: string, at: number): void {
    const from = this.status;
    const when = new Date(at);
    this.clock = foldClock(this.clock, { action, at: when }, this.sim.setup.cal);
    const lines = computeLines(this.clock, clockLimits(this.item), this.sim.setup.cal, when);
    Object.assign(this.row, c.patch ?? {}, clockColumns(this.clock, lines), { status: to, updated_at: when });
    if (CLOSED_STATUSES.includes(to)) this.row.closed_at = when;
    this.row.version += 1;
    this.light = lines.light;
    this.lightNext = lines.nextLightChangeAt?.getTime() ?? null;
    this.dues = lines.statutoryDue ? { assessmentDue: lines.assessmentDue!, promisedDue: lines.promisedDue!, statutoryDue: lines.statutoryDue } : null;
    this.push(action, { from, to, version: this.row.version, ...c.event }, actorId, actorName, at);
  }

  private push(action: string, data: Record<string, unknown>, actorId: string | null, actorName: string, at: number): void {
    this.events.push({
      chain: `case:${this.row.id}`,
      action,
      actorId,
      actorName,
      subjectType: 'case',
      subjectId: this.row.id,
      regionCode: this.row.region_code,
      data,
      at: new Date(at),
    });
    this.last = at;
  }

  /**
   * What runs on its own before `until` (and by `now`), in time order: the every-minute light
   * sweep (cases.jobs.ts `sweepLights`: a line passed, the light moves on with a
   * `case.light_change` event a few seconds later, unless a step came first and recomputed it)
   * and the module's timers.
   */
  catchUp(until: number): void {
    for (;;) {
      const sweepAt = this.lightNext !== null && this.dues ? this.lightNext + 1_000 + (Math.floor(this.lightNext / 1_000) % 59) * 1_000 : Infinity;
      const timer = this.timers.reduce<Timer | null>((a, b) => (!a || b.at < a.at ? b : a), null);
      const next = Math.min(sweepAt, timer?.at ?? Infinity);
      if (this.frozen || next >= until || next > this.sim.now) return;
      if (timer && timer.at === next) {
        this.timers = this.timers.filter((t) => t !== timer);
        timer.fire(Math.max(next, this.last + 1_000));
        continue;
      }
      const at = new Date(sweepAt);
      const light = lightAt(at, this.dues!);
      this.lightNext = nextLineAfter(at, this.dues!)?.getTime() ?? null;
      this.row.light = light;
      this.row.light_next_at = this.lightNext === null ? null : new Date(this.lightNext);
      if (light !== this.light) {
        this.push('case.light_change', { from: this.light, to: light }, SYSTEM_ACTOR.id, SYSTEM_ACTOR.name, sweepAt);
        this.light = light;
      }
    }
  }

  /** Runs what comes due up to `now` and returns the row as stored. */
  finish(): SimRow {
    this.catchUp(this.sim.now + 1);
    return this.row;
  }
}

type SimRow = CaseInsert & { id: string; case_no: string; status: CaseStatus; region_code: string; version: number; light?: Light | null };

/** A typed record as a jsonb column value. */
const asJson = (v: object) => v as Record<string, unknown>;

function laneStatuses(run: CaseRun): LaneStatus[] {
  return [...run.lanes.values()].map((l) => l.status as LaneStatus);
}

function person(p: MadePerson, business?: MadeBusiness): DemoApplicant {
  return {
    name: p.name,
    idNumber: p.idNumber,
    mobile: p.mobile,
    address: p.address,
    ...(business ? { entity: { name: business.name, uscc: business.uscc, address: business.address } } : {}),
  };
}

/** Generates `count` cases numbered from `firstNo` (1-based), all from `rng`. */
export function simulateCaseBatch(sim: CaseSimulation, rng: Random, firstNo: number, count: number): SimulatedCaseBatch {
  const out: SimulatedCaseBatch = { cases: [], lanes: [], events: [], timers: [], finished: [] };
  for (let n = firstNo; n < firstNo + count; n++) simulateCase(sim, rng, n, out);
  return out;
}

function simulateCase(sim: CaseSimulation, rng: Random, no: number, out: SimulatedCaseBatch): void {
  const { setup, time } = sim;
  // The first cases of a run go to each district in turn (a walk-in with a district's item), so
  // that a small run still has every region; the rest follow the districts' populations.
  const district = no <= BAOTOU_DISTRICTS.length ? BAOTOU_DISTRICTS[no - 1].code : null;
  let plan = sim.pickItem(rng);
  for (let k = 0; district && plan.item.level === 'city' && k < 50; k++) plan = sim.pickItem(rng);
  const { item } = plan;
  const channel = district ? 'window' : plan.channel(rng);
  const enterprise = item.audience.includes('enterprise') && (!item.audience.includes('citizen') || chance(rng, 0.3));
  const online = channel !== 'window';

  // Who applies, and where: an account online, a walk-in at the window; city-level items at the city hall.
  const account = online ? pick(rng, enterprise ? setup.accounts.enterprise : setup.accounts.citizen) : undefined;
  const home = account ? account.actor.regionCode : (district ?? pickDistrict(rng));
  const regionCode = item.level === 'city' ? CITY_REGION : home;
  const clerk = pick(rng, setup.staff.clerks.get(regionCode) ?? setup.staff.clerks.get(CITY_REGION)!);

  // When: windows in office hours on working days, online and kiosks at any hour, never after now.
  let submitted = 0;
  for (let attempt = 0; attempt < 8 && !(submitted > 0 && submitted < sim.now - MINUTE); attempt++) {
    submitted = channel === 'window' ? time.officeOn(rng, sim.windowDay(rng)) : time.onlineOn(rng, sim.anyDay(rng));
  }
  if (!(submitted > 0 && submitted < sim.now - MINUTE)) submitted = startOfDay(sim.firstDay) + rng() * Math.max(0, sim.now - MINUTE - startOfDay(sim.firstDay));
  const at = new Date(submitted);
  const today = toShanghaiDate(at);
  const walkIn = account ? undefined : enterprise ? makeBusiness(rng, today, home) : undefined;
  const applicant = account ? person(account.person, account.business) : person(walkIn?.legalRep ?? makePerson(rng, today, home), walkIn);
  const business = account?.business ?? walkIn;
  const applicantActor = account?.actor ?? clerk;

  const form = demoForm(item, applicant, new Set(), today);
  const id = randomUUID();
  const caseNo = `${setup.caseNoPrefix}${String(no).padStart(7, '0')}`;
  const row: SimRow = {
    // The clock of a case not yet accepted, as the engine would store it.
    ...clockColumns(INITIAL_CLOCK, computeLines(INITIAL_CLOCK, clockLimits(item), setup.cal, at)),
    id,
    case_no: caseNo,
    item_code: item.code,
    item_version: item.version,
    item_name: item.name,
    case_kind: item.caseKind,
    status: 'submitted',
    resume_status: null,
    version: 1,
    channel,
    region_code: regionCode,
    department_code: item.departmentCode,
    departments: [],
    applicant_user_id: account?.actor.id ?? null,
    applicant_type: enterprise ? 'enterprise' : 'citizen',
    applicant_name: enterprise ? business!.name : applicant.name,
    applicant_id_type: enterprise ? 'uscc' : 'resident_id',
    applicant_id_number: enterprise ? business!.uscc : applicant.idNumber,
    applicant_mobile: applicant.mobile,
    created_by: applicantActor.id,
    accepted_by: null,
    assignee_id: null,
    form,
    correction: null,
    deficiency: null,
    deficiency_due: null,
    special: null,
    decision: null,
    decision_data: null,
    delivery: null,
    submitted_at: at,
    created_at: at,
    updated_at: at,
  };
  // createCase's event: the form only as a hash (the log holds no personal data); no files here.
  const run = new CaseRun(sim, item, row, {
    chain: `case:${id}`,
    action: 'case.submit',
    actorId: applicantActor.id,
    actorName: applicantActor.displayName,
    subjectType: 'case',
    subjectId: id,
    regionCode,
    data: {
      from: null,
      to: 'submitted',
      version: 1,
      channel,
      itemCode: item.code,
      itemVersion: item.version,
      formSha256: createHash('sha256').update(canonicalJson(form)).digest('hex'),
      materials: [],
    },
    at,
  });

  play(sim, rng, run, { plan, clerk, applicantActor, online });

  const stored = run.finish();
  out.cases.push(stored);
  out.lanes.push(...run.lanes.values());
  out.events.push(...run.events);
  queueTimers(sim, run, out);
  if (stored.completed_at) {
    const completedAt = stored.completed_at as Date;
    const delivery = stored.delivery as { mode: string } | null;
    out.finished.push({
      id,
      caseNo,
      status: run.status,
      itemCode: item.code,
      itemName: item.name,
      departmentCode: item.departmentCode,
      regionCode,
      channel,
      applicantUserId: account?.actor.id ?? null,
      finishedAt: completedAt,
      completedAt,
      issuedAt: (stored.issued_at as Date | null | undefined) ?? null,
      collectedAtWindow: delivery?.mode === 'window',
      instant: item.caseKind === 'instant',
      decision: stored.decision === 'denied' ? 'denied' : 'approved',
      late: !!stored.promised_due && completedAt.getTime() > (stored.promised_due as Date).getTime(),
      applicant: account?.actor ?? null,
      clerk,
    });
  }
}

interface Who {
  plan: ItemPlan;
  clerk: Actor;
  /** Who answers for the applicant: the account online, the clerk for a walk-in. */
  applicantActor: Actor;
  online: boolean;
}

/** The case's life: acceptance, routing, review and decision, completion, issuance — or where it ends early. */
function play(sim: CaseSimulation, rng: Random, run: CaseRun, who: Who): void {
  const { time } = sim;
  const { item } = who.plan;
  const R = SIMULATION_RATES;
  const submitted = run.last;

  // Front office (前台综合受理): a walk-in is seen at once; online applications when the window opens.
  let t = who.online ? time.officeAfter(rng, time.nextOpening(submitted), 0, chance(rng, 0.6) ? 150 : 600) : time.officeAfter(rng, submitted, 4, 20);
  if (who.online && chance(rng, R.withdraw / 2)) {
    withdraw(sim, rng, run, who);
    return;
  }
  if (who.online && chance(rng, R.precheck)) {
    run.act('precheck', who.clerk, t, () => ({ event: { opinion: pick(rng, OPINIONS.precheck) } }));
    t = time.officeAfter(rng, t, 20, chance(rng, 0.7) ? 180 : 900);
  }
  if (chance(rng, R.reject)) {
    const reasons = pick(rng, REJECT_REASONS);
    run.act('reject', who.clerk, t, () => ({ patch: { decision_data: { notAcceptedReasons: reasons } }, event: { reasons } }));
    return;
  }
  if (chance(rng, R.correctionBeforeAcceptance)) {
    if (!correction(sim, rng, run, who, who.clerk, t)) return;
    t = time.officeAfter(rng, run.last, who.online ? 20 : 3, who.online ? 240 : 15);
  }

  const deficient = item.caseKind === 'promised' && who.plan.secondary.length > 0 && chance(rng, R.deficiency);
  if (deficient) {
    if (!acceptWithDeficiency(sim, rng, run, who, t)) return;
  } else if (!run.act('accept', who.clerk, t, () => ({ patch: { accepted_by: who.clerk.id }, event: { opinion: pick(rng, OPINIONS.accept) } }))) return;
  const accepted = run.last;
  const acceptedDay = dayOf(accepted);

  if (item.caseKind === 'instant') {
    // 即办件: decided on the spot and handed over.
    if (!run.act('complete', who.clerk, accepted + randomInt(rng, 3, 25) * MINUTE, (_, when) => complete(run, when, true))) return;
    issue(sim, rng, run, who, true);
    return;
  }

  // 容缺: the owed materials come in before the decision, or never (the deadline job closes the case).
  let supplyAt: number | null = null;
  if (deficient && !chance(rng, R.deficiencyExpired)) {
    const owed = run.owed!;
    const dueAt = new Date(owed.due).getTime();
    const planned = who.online
      ? time.onlineWorkdaysAfter(rng, accepted, randomInt(rng, 0, owed.days), accepted)
      : time.officeWorkdaysAfter(rng, accepted, randomInt(rng, 0, owed.days), accepted);
    supplyAt = Math.max(accepted + 5 * MINUTE, Math.min(planned, dueAt - randomInt(rng, 5, 600) * MINUTE));
  }

  const dispatcher = sim.setup.staff.dispatchers.get(run.row.region_code) ?? sim.setup.staff.dispatchers.get(CITY_REGION)!;
  const routeAt = chance(rng, 0.7) ? time.officeAfter(rng, accepted, 10, 150) : time.officeWorkdaysAfter(rng, accepted, 1, accepted);
  if (supplyAt !== null && supplyAt <= routeAt && !supply(run, who, supplyAt)) return;
  if (chance(rng, R.return / 2)) {
    returnCase(rng, run, dispatcher, routeAt);
    return;
  }
  const departments = who.plan.departments;
  const routed = run.act('route', dispatcher, routeAt, (_, when) => {
    for (const d of departments)
      run.lanes.set(d, { case_id: run.row.id, department_code: d, status: 'pending', region_code: run.row.region_code, routed_at: when });
    return { patch: { departments }, event: { departments }, lanes: departments.map(() => 'pending' as const) };
  });
  if (!routed) return;
  if (supplyAt !== null && supplyAt > routeAt && !supply(run, who, supplyAt)) return;

  // The back office: `used` working days of the promise (late now and then), counted from the
  // acceptance day with the working days paused added back, as the clock counts them.
  const promised = Math.max(1, item.promisedLimit.unit === 'workday' ? item.promisedLimit.value : Math.round((item.promisedLimit.value * 5) / 7));
  const used = chance(rng, R.late)
    ? promised + randomInt(rng, 1, Math.max(2, Math.ceil(promised * 0.4)))
    : Math.max(1, Math.min(promised, Math.round(promised * (0.25 + 0.75 * rng() ** 0.8))));
  const reviewDay = Math.round(used * (0.35 + 0.3 * rng()));
  const decideDay = Math.max(reviewDay, Math.round(used * (0.75 + 0.2 * rng())));
  const on = (offset: number) => time.officeWorkdaysAfter(rng, startOfDay(acceptedDay), offset + run.clock.pausedWorkdays, run.last);
  const reviewer = (d: string) => pick(rng, sim.setup.staff.reviewers.get(d)!);
  const approver = (d: string) => pick(rng, sim.setup.staff.approvers.get(d)!);
  const mainReviewer = reviewer(item.departmentCode);

  // A pause before the review: 补正 (the clock stops until the applicant answers) or 特别程序.
  if (chance(rng, R.correctionInReview) && !correction(sim, rng, run, who, mainReviewer, on(Math.max(0, reviewDay - 1)))) return;
  if (
    (item.specialProcedures?.length ? R.specialListed : R.specialOther) > rng() &&
    !specialProcedure(sim, rng, run, mainReviewer, on(Math.max(0, reviewDay - 1)))
  )
    return;
  if (chance(rng, R.return / 2)) {
    returnCase(rng, run, mainReviewer, on(reviewDay));
    return;
  }
  if (who.online && chance(rng, R.withdraw / 2)) {
    withdraw(sim, rng, run, who);
    return;
  }

  // 审查 of every lane (会签), then each lane's 决定; the case joins when the last one decides.
  const deny = chance(rng, R.deny);
  for (const d of departments) {
    const r = d === item.departmentCode ? mainReviewer : reviewer(d);
    const recommendation = deny && d === item.departmentCode ? 'deny' : 'approve';
    const opinion = recommendation === 'deny' ? OPINIONS.reviewDeny : pick(rng, OPINIONS.review);
    const ok = run.act('review', r, on(reviewDay), (_, when) => {
      Object.assign(run.lanes.get(d)!, {
        status: 'reviewed',
        reviewed_by: r.id,
        reviewed_at: when,
        opinion: { review: { opinion, recommendation, by: r.displayName } },
      });
      return { event: { opinion, department: d, recommendation }, lanes: laneStatuses(run) };
    });
    if (!ok) return;
  }
  // Materials never supplied: no decision is possible; the 容缺 deadline closes the case.
  if (deficient && supplyAt === null) return;
  const decided: Array<Record<string, unknown>> = [];
  const decider = approver(item.departmentCode);
  for (const d of departments) {
    const a = d === item.departmentCode ? decider : approver(d);
    const denied = deny && d === item.departmentCode;
    const reasons = denied ? pick(rng, DENY_REASONS) : undefined;
    const legalBasis = denied ? ['《中华人民共和国行政许可法》第三十八条第二款'] : undefined;
    const opinion = denied ? undefined : pick(rng, OPINIONS.approve);
    const ok = run.act(denied ? 'deny' : 'approve', a, on(decideDay), (_, when) => {
      const lane = run.lanes.get(d)!;
      const mine = {
        decision: denied ? 'denied' : 'approved',
        by: a.displayName,
        ...(opinion ? { opinion } : {}),
        ...(reasons ? { reasons, legalBasis } : {}),
      };
      Object.assign(lane, { status: mine.decision, decided_by: a.id, decided_at: when, opinion: { ...(lane.opinion as object), decision: mine } });
      decided.push({ department: d, ...mine });
      const statuses = laneStatuses(run);
      const done = statuses.every((s) => s === 'approved' || s === 'denied');
      const data = {
        lanes: decided,
        reasons: decided.flatMap((l) => (l.reasons as string[] | undefined) ?? []),
        legalBasis: decided.flatMap((l) => (l.legalBasis as string[] | undefined) ?? []),
        resultCode: null,
      };
      return {
        patch: done ? { decision: statuses.every((s) => s === 'approved') ? 'approved' : 'denied', decided_at: when, decision_data: data } : {},
        event: { ...(opinion ? { opinion } : {}), department: d, ...(reasons ? { reasons, legalBasis } : {}) },
        lanes: statuses,
      };
    });
    if (!ok) return;
  }
  const completeAt = chance(rng, 0.6) ? time.officeAfter(rng, run.last, 5, 90) : on(used);
  if (!run.act('complete', decider, completeAt, (_, when) => complete(run, when, false))) return;
  if (run.row.decision === 'approved') issue(sim, rng, run, who, false);
}

/** 容缺受理: every 主件 in, the required 辅件 owed by a deadline in working days; its reminder and deadline timers start. */
function acceptWithDeficiency(sim: CaseSimulation, rng: Random, run: CaseRun, who: Who, at: number): boolean {
  const days = run.item.deficiencyDays ?? DEFAULT_DEFICIENCY_DAYS;
  run.owed = { items: who.plan.secondary.map((m) => ({ materialCode: m.code, name: m.name })), days, due: '', dueDate: '' };
  return run.act('accept_with_deficiency', who.clerk, at, (_, when) => {
    const due = sim.setup.cal.deadlineAfter(when, days);
    const owed: Deficiency = { ...run.owed!, due: due.due.toISOString(), dueDate: due.dueDate };
    run.owed = owed;
    const owedCodes = owed.items.map((i) => i.materialCode);
    const still = () => !!run.row.deficiency && ['accepted', 'routed', 'reviewed', 'special_procedure'].includes(run.status);
    run.timers.push(
      {
        at: startOfDay(toEpochDay(owed.dueDate)) + 9 * 3_600_000 + randomInt(rng, 1, 50) * 1_000,
        fire: (t) => void (still() && run.note('case.deficiency_remind', { owed: owedCodes }, t)),
      },
      {
        at: due.due.getTime() + randomInt(rng, 1, 55) * 1_000,
        fire: (t) => {
          if (!still()) return;
          const materials = owed.items.map((i) => i.name).join('、');
          run.commitSystem(
            'case.deficiency_expire',
            'not_accepted',
            { patch: { decision_data: { notAcceptedReasons: [`逾期未补交容缺材料：${materials}`] } }, event: { owed: owedCodes, due: owed.due } },
            t,
          );
          run.frozen = true;
        },
      },
    );
    return {
      patch: { accepted_by: who.clerk.id, deficiency: asJson(owed), deficiency_due: due.due },
      event: { opinion: OPINIONS.deficiency, deficiency: owed },
    };
  });
}

/** 容缺 materials supplied in full: decisions are possible again. */
function supply(run: CaseRun, who: Who, at: number): boolean {
  const owed = run.owed!;
  return run.act('supply_materials', who.applicantActor, at, () => ({
    patch: { deficiency: null, deficiency_due: null },
    event: { supplied: owed.items.map((i) => i.materialCode), remaining: [] },
  }));
}

/** 办结 (the complete handler): a 即办件's decision is taken at the same moment. */
function complete(run: CaseRun, when: Date, instant: boolean): Change {
  const data = { ...(run.row.decision_data as Record<string, unknown> | null) };
  return {
    patch: { completed_at: when, decision_data: data, ...(instant ? { decision: 'approved' as const, decided_at: when } : {}) },
    event: { instant },
  };
}

/** 补正 and the applicant's answer; false when the case stays waiting for it (or `now` came first). */
function correction(sim: CaseSimulation, rng: Random, run: CaseRun, who: Who, by: Actor, at: number): boolean {
  const { item } = who.plan;
  const required = item.materials.filter((m) => m.required);
  const items = required.length
    ? [pick(rng, required)].map((m) => ({ materialCode: m.code, problem: `${m.name}${pick(rng, MATERIAL_PROBLEMS)}`, name: m.name }))
    : item.formFields.length
      ? [{ field: item.formFields[0].key, problem: '填写内容与证件信息不一致，请核对后重新填写' }]
      : [];
  if (items.length === 0) return true;
  const ok = run.act('request_correction', by, at, (status, when) => ({
    patch: { correction: { items, requestedAt: when.toISOString(), by: by.displayName }, resume_status: run.row.accepted_at ? status : 'submitted' },
    event: { items },
  }));
  if (!ok || chance(rng, SIMULATION_RATES.correctionAbandoned)) return false;
  const days = chance(rng, 0.8) ? randomInt(rng, 0, 4) : randomInt(rng, 5, 12);
  const answer = who.online ? sim.time.onlineWorkdaysAfter(rng, run.last, days, run.last) : sim.time.officeWorkdaysAfter(rng, run.last, days, run.last);
  return run.act('resubmit', who.applicantActor, answer, () => ({
    patch: { correction: null, resume_status: null },
    event: { materials: [], formChanged: false },
  }));
}

/** 特别程序 started by the reviewer and ended, now and then after its own limit (its timer marks it overdue). */
function specialProcedure(sim: CaseSimulation, rng: Random, run: CaseRun, by: Actor, at: number): boolean {
  const listed = run.item.specialProcedures ?? [];
  const procedure = pick(rng, listed.length ? listed : STANDARD_SPECIAL_PROCEDURES);
  const limitDays = randomInt(rng, 5, 20);
  let special: SpecialProcedure | null = null;
  const ok = run.act('start_special', by, at, (status, when) => {
    const due = sim.setup.cal.deadlineAfter(when, limitDays);
    const started: SpecialProcedure = {
      procedure,
      limitDays,
      startedAt: when.toISOString(),
      startedBy: by.id,
      due: due.due.toISOString(),
      dueDate: due.dueDate,
    };
    special = started;
    run.timers.push({
      at: due.due.getTime() + randomInt(rng, 1, 55) * 1_000,
      fire: (t) => {
        if (run.status !== 'special_procedure') return;
        run.row.special = asJson({ ...started, overdueAt: new Date(t).toISOString() });
        run.note('case.special_overdue', { procedure, limitDays, due: started.due }, t);
      },
    });
    return { patch: { special: asJson(started), resume_status: status }, event: { special: started } };
  });
  if (!ok || !special) return false;
  const end = sim.time.officeWorkdaysAfter(rng, run.last, chance(rng, 0.1) ? limitDays + randomInt(rng, 1, 4) : randomInt(rng, 2, limitDays), run.last);
  return run.act('end_special', by, end, () => ({ patch: { special: null, resume_status: null }, event: { procedure, outcome: pick(rng, SPECIAL_OUTCOMES) } }));
}

/** 退件 with its reasons. */
function returnCase(rng: Random, run: CaseRun, by: Actor, at: number): void {
  const reasons = pick(rng, RETURN_REASONS);
  run.act('return', by, at, () => ({ patch: { decision_data: { returnReasons: reasons } }, event: { reasons } }));
}

/** The applicant withdraws online, a day or two later. */
function withdraw(sim: CaseSimulation, rng: Random, run: CaseRun, who: Who): void {
  run.act('withdraw', who.applicantActor, sim.time.onlineWorkdaysAfter(rng, run.last, randomInt(rng, 0, 2), run.last), () => ({
    event: { reason: pick(rng, WITHDRAW_REASONS) },
  }));
}

/** 出件: at the window (walk-ins mostly), by express or as an e-licence (online applicants mostly); a few wait to be collected. */
function issue(sim: CaseSimulation, rng: Random, run: CaseRun, who: Who, onTheSpot: boolean): void {
  const roll = rng();
  const mode =
    onTheSpot && !who.online
      ? 'window'
      : who.online
        ? roll < 0.35
          ? 'e_licence'
          : roll < 0.8
            ? 'express'
            : 'window'
        : roll < 0.75
          ? 'window'
          : roll < 0.92
            ? 'express'
            : 'e_licence';
  if (mode === 'window' && !onTheSpot && chance(rng, 0.04)) return; // not collected yet
  const at = onTheSpot
    ? run.last + randomInt(rng, 1, 8) * MINUTE
    : mode === 'window'
      ? sim.time.officeWorkdaysAfter(rng, run.last, chance(rng, 0.3) ? 0 : randomInt(rng, 1, 6), run.last)
      : sim.time.officeAfter(rng, run.last, 10, 240);
  const express =
    mode === 'express'
      ? chance(rng, 0.7)
        ? { carrier: '顺丰速运', trackingNo: `SF${randomInt(rng, 1e11, 1e12 - 1)}` }
        : { carrier: '中国邮政 EMS', trackingNo: `1${randomInt(rng, 1e11, 1e12 - 1)}` }
      : null;
  const recipient = mode === 'window' ? (chance(rng, 0.9) ? '申请人本人' : '委托代理人') : null;
  run.act('issue', who.clerk, at, (_, when) => {
    const delivery = {
      mode,
      issuedAt: when.toISOString(),
      by: who.clerk.displayName,
      ...(express ?? {}),
      ...(recipient ? { recipient } : {}),
      ...(mode === 'e_licence' ? { licenceNo: null } : {}),
    };
    return { patch: { delivery, issued_at: when }, event: { delivery } };
  });
}

/** The timers a still-open case queued and that have not fired by `now` (the handlers queue them with the step). */
function queueTimers(sim: CaseSimulation, run: CaseRun, out: SimulatedCaseBatch): void {
  const row = run.row;
  if (row.deficiency && run.owed && ['accepted', 'routed', 'reviewed', 'special_procedure'].includes(row.status)) {
    const remindAt = new Date(startOfDay(toEpochDay(run.owed.dueDate)) + 9 * 3_600_000);
    if (remindAt.getTime() > sim.now)
      out.timers.push({ queue: DEFICIENCY_QUEUE, payload: { caseId: row.id, kind: 'remind' }, runAt: remindAt, singletonKey: `remind:${row.id}` });
    out.timers.push({
      queue: DEFICIENCY_QUEUE,
      payload: { caseId: row.id, kind: 'expire' },
      runAt: new Date(new Date(run.owed.due).getTime() + 1),
      singletonKey: `expire:${row.id}`,
    });
  }
  const special = row.special as SpecialProcedure | null;
  if (row.status === 'special_procedure' && special && !special.overdueAt) {
    out.timers.push({
      queue: SPECIAL_QUEUE,
      payload: { caseId: row.id, startedAt: special.startedAt },
      runAt: new Date(new Date(special.due).getTime() + 1),
      singletonKey: `special:${row.id}:${special.startedAt}`,
    });
  }
}

/**
 * Inserts a simulated batch's cases and lanes (one statement each, the rows passed as one JSON
 * parameter so a batch of thousands stays one round trip) and queues its pending timers. The
 * events are the caller's to append, with the other modules' events of the batch.
 */
export async function insertSimulatedCases(ctx: AppContext, trx: Transaction<DB>, batch: SimulatedCaseBatch): Promise<void> {
  if (batch.cases.length) {
    await sql`
      INSERT INTO cases (${sql.join(CASE_COLUMNS.map((c) => sql.ref(c)))})
      SELECT ${sql.join(CASE_COLUMNS.map((c) => sql.ref(`r.${c}`)))} FROM jsonb_populate_recordset(NULL::cases, ${JSON.stringify(batch.cases)}::jsonb) r`.execute(
      trx,
    );
  }
  if (batch.lanes.length) {
    await sql`
      INSERT INTO case_lanes (${sql.join(LANE_COLUMNS.map((c) => sql.ref(c)))})
      SELECT ${sql.join(LANE_COLUMNS.map((c) => sql.ref(`r.${c}`)))} FROM jsonb_populate_recordset(NULL::case_lanes, ${JSON.stringify(batch.lanes)}::jsonb) r`.execute(
      trx,
    );
  }
  for (const t of batch.timers) await ctx.jobs.send(t.queue, t.payload, { runAt: t.runAt, singletonKey: t.singletonKey }, trx);
}

// Every column a simulated case sets (light_rank is generated; the rest keep their defaults).
const CASE_COLUMNS = [
  'id',
  'case_no',
  'item_code',
  'item_version',
  'item_name',
  'case_kind',
  'status',
  'resume_status',
  'version',
  'channel',
  'region_code',
  'department_code',
  'departments',
  'applicant_user_id',
  'applicant_type',
  'applicant_name',
  'applicant_id_type',
  'applicant_id_number',
  'applicant_mobile',
  'created_by',
  'accepted_by',
  'assignee_id',
  'form',
  'correction',
  'deficiency',
  'deficiency_due',
  'special',
  'decision',
  'decision_data',
  'delivery',
  'submitted_at',
  'accepted_at',
  'paused_since',
  'pause_kind',
  'paused_workdays',
  'paused_days',
  'stopped_at',
  'statutory_due',
  'promised_due',
  'assessment_due',
  'schedule_published',
  'light',
  'light_next_at',
  'decided_at',
  'completed_at',
  'issued_at',
  'closed_at',
  'created_at',
  'updated_at',
] as const;
const LANE_COLUMNS = [
  'case_id',
  'department_code',
  'status',
  'region_code',
  'reviewed_by',
  'reviewed_at',
  'decided_by',
  'decided_at',
  'opinion',
  'routed_at',
] as const;
