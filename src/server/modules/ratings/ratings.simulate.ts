import { randomUUID } from 'node:crypto';
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { RatingsTable, RectificationsTable } from '../../db/tables/ratings';
import type { DB } from '../../db/types';
import type { NewEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { SimulatedTime } from '../../platform/calendar/simulated-time';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { chance, pick, randomInt, weightedPicker, type Random } from '../../platform/random';
import type { SimulatedFinish } from '../cases';
import { rectificationLines } from './ratings.lines';
import {
  BAD_LEVELS,
  BAD_REASONS,
  GOOD_REASONS,
  type RatingLevel,
  type RatingReason,
  type RectificationAction,
  type RectificationStatus,
} from './ratings.schemas';
import { decideRectification, FINISHED_STATUSES } from './ratings.state';

/**
 * Ratings of a simulated city-year (`tongban simulate`, docs/decisions.md D19): the completed
 * cases the cases module simulated are rated as people rate — online by the applicant's account
 * (within the hour or days later), or on the window's pad when a walk-in collects the result —
 * mostly 满意 / 非常满意, more 差评 after a late or denied case. Each 差评 opens its rectification
 * with the service's due lines (`rectificationLines`) and goes as far as it would have by `now`:
 * return visit, rectification, re-rating or its refusal, now and then an appeal the supervisor
 * upholds or rejects; every step checked against the rule table and recorded as the event the
 * engine writes (`rating:<id>`, `rectification:<id>`). The caller inserts the rows and appends the
 * events in bulk with the batch's cases.
 */

export interface RatingSimulationSetup {
  cal: WorkCalendar;
  now: Date;
  /** Working days a department has for a rectification (TONGBAN_RECTIFICATION_WORKDAYS). */
  workdays: number;
  /** Who answers for a department's 差评 (its reviewers), and the supervisor who decides appeals. */
  departmentStaff: ReadonlyMap<string, readonly Actor[]>;
  supervisor: Actor;
}

export interface SimulatedRatingBatch {
  ratings: Insertable<RatingsTable>[];
  rectifications: Insertable<RectificationsTable>[];
  events: NewEvent[];
}

/** Shares of completed cases rated: online by the applicant, on the pad by a walk-in who collects at the window. */
export const RATING_RATES = { online: 0.55, windowPad: 0.8, appeal: 0.06, appealUpheld: 0.45 } as const;

const MINUTE = 60_000;

const levels = (l5: number, l4: number, l3: number, l2: number, l1: number) =>
  weightedPicker<RatingLevel>([
    { value: 5, weight: l5 },
    { value: 4, weight: l4 },
    { value: 3, weight: l3 },
    { value: 2, weight: l2 },
    { value: 1, weight: l1 },
  ]);
// About 3 % 差评 overall: a case decided on time and in the applicant's favour is rarely rated badly.
const LEVEL = { usual: levels(74, 19, 4.5, 1.6, 0.9), late: levels(45, 27, 14, 9, 5), denied: levels(30, 25, 22, 13, 10) };

const GOOD_COMMENTS = ['窗口工作人员很耐心，一次就办好了', '办事指南写得清楚，网上就办完了', '比预计的快', '服务态度好', '不用跑腿，很方便'];
const MIDDLING_COMMENTS = ['还可以，就是等的时间有点长', '材料要求有点多'];
const BAD_COMMENTS: Readonly<Record<(typeof BAD_REASONS)[number], string>> = {
  slow: '超过承诺时间才办完，中间也没人告知进度',
  repeated_trips: '前后跑了好几趟，每次都说材料不全',
  unclear_materials: '网上写的材料清单和窗口要求的不一样',
  attitude: '窗口人员态度生硬，不愿解释',
  system_hard: '网上申请页面总是上传失败',
};
const VISIT_NOTES = [
  '已电话回访申请人，了解不满意的原因并致歉',
  '已上门回访，听取申请人意见',
  '已电话回访，申请人反映等待时间过长',
  '已回访，就材料要求当面作了解释',
];
const RECTIFY_NOTES = [
  '已统一网上与窗口的材料清单，并对窗口人员开展一次性告知培训',
  '已调整窗口排班，高峰时段增开窗口',
  '已对相关工作人员批评教育并纳入月度考核',
  '已优化网上申报页面，修复上传问题',
];
const APPEAL_REASONS = ['经调取窗口录像核实，申请人当日未到本窗口办理，评价对象有误', '差评针对的是法定条件本身，办理过程合法合规，属非服务原因'];

/** One rectification played forward, like the engine runs it; stops at `now`. */
class RectificationRun {
  readonly events: NewEvent[] = [];
  frozen = false;
  last: number;

  constructor(
    private readonly now: number,
    readonly row: Insertable<RectificationsTable> & { id: string; status: RectificationStatus; version: number },
    opened: NewEvent,
  ) {
    this.events.push(opened);
    this.last = (opened.at as Date).getTime();
  }

  act(
    action: RectificationAction,
    actor: Actor,
    at: number,
    change: (when: Date) => { patch?: Updateable<RectificationsTable>; event?: Record<string, unknown> },
  ): boolean {
    if (this.frozen) return false;
    const when = Math.max(at, this.last + MINUTE);
    if (when > this.now) return !(this.frozen = true);
    const from = this.row.status;
    const d = decideRectification(from, action, actor.roles, { noteGiven: true, appealedBefore: !!this.row.appealed_at });
    if (!d.ok) throw new Error(`simulated rectification of ${this.row.case_no}: ${action} from ${from} refused (${d.error})`);
    const at_ = new Date(when);
    const c = change(at_);
    const to = d.to === 'resume' ? ((this.row.resume_status as RectificationStatus | null) ?? 'open') : d.to;
    Object.assign(this.row, c.patch ?? {}, { status: to, updated_at: at_ }, FINISHED_STATUSES.includes(to) ? { closed_at: at_ } : {});
    this.row.version += 1;
    this.events.push({
      chain: `rectification:${this.row.id}`,
      action: `rectification.${action}`,
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'rectification',
      subjectId: this.row.id,
      regionCode: this.row.region_code,
      data: { from, to, version: this.row.version, ...c.event },
      at: at_,
    });
    this.last = when;
    return true;
  }
}

/** Rates the completed cases of a batch and plays each 差评's rectification up to `now`. */
export function simulateRatings(setup: RatingSimulationSetup, rng: Random, finished: readonly SimulatedFinish[]): SimulatedRatingBatch {
  const time = new SimulatedTime(setup.cal);
  const now = setup.now.getTime();
  const out: SimulatedRatingBatch = { ratings: [], rectifications: [], events: [] };
  for (const f of finished) {
    // Who rates, and when: the account online (soon after, or days later), a walk-in on the pad at collection.
    const done = (f.issuedAt ?? f.completedAt).getTime();
    let rater: Actor;
    let channel: 'online' | 'window_pad';
    let at: number;
    if (f.applicant) {
      if (!chance(rng, RATING_RATES.online)) continue;
      [rater, channel] = [f.applicant, 'online'];
      at = chance(rng, 0.45) ? done + randomInt(rng, 2, 120) * MINUTE : time.onlineWorkdaysAfter(rng, done, randomInt(rng, 0, 8), done);
    } else {
      if (!f.collectedAtWindow || !chance(rng, RATING_RATES.windowPad)) continue;
      [rater, channel] = [f.clerk, 'window_pad'];
      at = done + randomInt(rng, 1, 4) * MINUTE;
    }
    if (at > now) continue;
    const level = (f.decision === 'denied' ? LEVEL.denied : f.late ? LEVEL.late : LEVEL.usual)(rng);
    const bad = BAD_LEVELS.includes(level);
    const reasons: RatingReason[] = bad
      ? [
          ...new Set([
            f.late
              ? 'slow'
              : channel === 'online'
                ? pick(rng, ['system_hard', 'unclear_materials', 'slow'] as const)
                : pick(rng, ['attitude', 'repeated_trips', 'unclear_materials'] as const),
            ...(chance(rng, 0.3) ? [pick(rng, BAD_REASONS)] : []),
          ]),
        ]
      : level >= 4
        ? [...new Set([pick(rng, GOOD_REASONS), ...(chance(rng, 0.4) ? [pick(rng, GOOD_REASONS)] : [])])]
        : chance(rng, 0.5)
          ? [pick(rng, GOOD_REASONS)]
          : [];
    const comment = bad
      ? chance(rng, 0.8)
        ? BAD_COMMENTS[reasons[0] as (typeof BAD_REASONS)[number]]
        : null
      : chance(rng, level >= 4 ? 0.25 : 0.3)
        ? pick(rng, level >= 4 ? GOOD_COMMENTS : MIDDLING_COMMENTS)
        : null;
    const ratedAt = new Date(at);
    const rating = {
      id: randomUUID(),
      case_id: f.id,
      case_no: f.caseNo,
      level,
      reasons,
      comment,
      channel,
      rater_user_id: f.applicantUserId,
      submitted_by: rater.id,
      department_code: f.departmentCode,
      item_code: f.itemCode,
      item_name: f.itemName,
      region_code: f.regionCode,
      rated_at: ratedAt,
      excluded: false,
      excluded_at: null as Date | null,
      defaulted: false,
    };
    out.ratings.push(rating);
    // rateCase's event (ratings.service.ts).
    out.events.push({
      chain: `rating:${rating.id}`,
      action: 'rating.submit',
      actorId: rater.id,
      actorName: rater.displayName,
      subjectType: 'rating',
      subjectId: rating.id,
      regionCode: f.regionCode,
      data: { caseId: f.id, level, reasons, channel, department: f.departmentCode, item: f.itemCode },
      at: ratedAt,
    });
    if (bad) {
      const run = rectify(setup, time, rng, now, f, rating, rater);
      out.rectifications.push(run.row);
      out.events.push(...run.events);
    }
  }
  return out;
}

/** Opens the 差评's rectification (as rateCase does) and plays it up to `now`. */
function rectify(
  setup: RatingSimulationSetup,
  time: SimulatedTime,
  rng: Random,
  now: number,
  f: SimulatedFinish,
  rating: Insertable<RatingsTable> & { id: string; excluded: boolean; excluded_at: Date | null },
  rater: Actor,
): RectificationRun {
  const openedAt = rating.rated_at as Date;
  const lines = rectificationLines(setup.cal, openedAt, setup.workdays);
  const row = {
    id: randomUUID(),
    rating_id: rating.id,
    case_id: f.id,
    case_no: f.caseNo,
    status: 'open' as RectificationStatus,
    resume_status: null as string | null,
    version: 1,
    level: rating.level,
    department_code: f.departmentCode,
    region_code: f.regionCode,
    item_code: f.itemCode,
    item_name: f.itemName,
    owner_id: f.applicantUserId,
    opened_at: openedAt,
    assessment_due: lines.assessmentDue,
    red_due: lines.redDue,
    due_at: lines.dueAt,
    schedule_published: lines.published,
    updated_at: openedAt,
  };
  const run = new RectificationRun(now, row, {
    chain: `rectification:${row.id}`,
    action: 'rectification.open',
    actorId: rater.id,
    actorName: rater.displayName,
    subjectType: 'rectification',
    subjectId: row.id,
    regionCode: f.regionCode,
    data: { to: 'open', version: 1, ratingId: rating.id, department: f.departmentCode, dueAt: lines.dueAt.toISOString(), workdays: setup.workdays },
    at: openedAt,
  });
  const staff = pick(rng, setup.departmentStaff.get(f.departmentCode)!);
  const office = (workdays: number) => time.officeWorkdaysAfter(rng, run.last, workdays, run.last);
  const note = (list: readonly string[]) => pick(rng, list);
  const visit = () => {
    const v = note(VISIT_NOTES);
    return run.act('visit', staff, office(chance(rng, 0.8) ? randomInt(rng, 0, 3) : randomInt(rng, 4, 9)), (when) => ({
      patch: { visit_note: v, visited_at: when },
      event: { note: v },
    }));
  };

  // An appeal now and then, before or after the return visit; the supervisor decides it.
  const appeal = chance(rng, RATING_RATES.appeal);
  const visitFirst = !appeal || chance(rng, 0.5);
  if (visitFirst && !visit()) return run;
  if (appeal) {
    const reason = note(APPEAL_REASONS);
    const appealed = run.act('appeal', staff, office(randomInt(rng, 0, 3)), (when) => ({
      patch: { appeal_reason: reason, appealed_at: when, resume_status: run.row.status },
      event: { reason },
    }));
    if (!appealed) return run;
    const upheld = chance(rng, RATING_RATES.appealUpheld);
    const decision = upheld ? '经核实，申诉理由成立' : '申诉理由不充分，请继续整改';
    const decided = run.act(upheld ? 'uphold_appeal' : 'reject_appeal', setup.supervisor, office(randomInt(rng, 1, 5)), (when) => ({
      patch: { appeal_decision: upheld ? 'upheld' : 'rejected', appeal_note: decision, decided_at: when, resume_status: null },
      event: upheld ? { reason: decision, ratingId: rating.id } : { reason: decision },
    }));
    if (!decided) return run;
    if (upheld) {
      // The rating leaves the public figures; its own chain says so (ratings.transition.ts).
      rating.excluded = true;
      rating.excluded_at = new Date(run.last);
      run.events.push({
        chain: `rating:${rating.id}`,
        action: 'rating.exclude',
        actorId: setup.supervisor.id,
        actorName: setup.supervisor.displayName,
        subjectType: 'rating',
        subjectId: rating.id,
        regionCode: f.regionCode,
        data: { rectificationId: row.id, reason: decision },
        at: new Date(run.last),
      });
      return run;
    }
    if (!visitFirst && !visit()) return run;
  }
  const done = note(RECTIFY_NOTES);
  const late = chance(rng, 0.1);
  const rectified = run.act('rectify', staff, office(late ? randomInt(rng, 12, 20) : randomInt(rng, 1, 8)), (when) => ({
    patch: { rectify_note: done, rectified_at: when },
    event: { note: done },
  }));
  if (!rectified) return run;
  // The applicant re-rates or declines online; a walk-in is asked on the return call, and the department records it.
  const roll = rng();
  if (f.applicant && roll < 0.55) {
    const level = pick(rng, [4, 4, 4, 5, 5, 3] as const);
    const comment = chance(rng, 0.3) ? '整改后满意' : null;
    run.act('rerate', f.applicant, time.onlineWorkdaysAfter(rng, run.last, randomInt(rng, 0, 5), run.last), () => ({
      patch: { rerate_level: level, rerate_comment: comment },
      event: { level, ...(comment ? { comment } : {}) },
    }));
  } else if (f.applicant && roll < 0.7) {
    run.act('decline', f.applicant, time.onlineWorkdaysAfter(rng, run.last, randomInt(rng, 0, 5), run.last), () => ({ event: {} }));
  } else {
    const declined = '回访时申请人表示不再评价';
    run.act('decline', staff, office(randomInt(rng, 1, 6)), () => ({ event: { note: declined } }));
  }
  return run;
}

/** Inserts a simulated batch's ratings and rectifications, one statement each (the rows as one JSON parameter). */
export async function insertSimulatedRatings(trx: Transaction<DB>, batch: SimulatedRatingBatch): Promise<void> {
  if (batch.ratings.length) {
    await sql`
      INSERT INTO ratings (${sql.join(RATING_COLUMNS.map((c) => sql.ref(c)))})
      SELECT ${sql.join(RATING_COLUMNS.map((c) => sql.ref(`r.${c}`)))} FROM jsonb_populate_recordset(NULL::ratings, ${JSON.stringify(batch.ratings)}::jsonb) r`.execute(
      trx,
    );
  }
  if (batch.rectifications.length) {
    await sql`
      INSERT INTO rectifications (${sql.join(RECTIFICATION_COLUMNS.map((c) => sql.ref(c)))})
      SELECT ${sql.join(RECTIFICATION_COLUMNS.map((c) => sql.ref(`r.${c}`)))} FROM jsonb_populate_recordset(NULL::rectifications, ${JSON.stringify(batch.rectifications)}::jsonb) r`.execute(
      trx,
    );
  }
}

const RATING_COLUMNS = [
  'id',
  'case_id',
  'case_no',
  'level',
  'reasons',
  'comment',
  'channel',
  'rater_user_id',
  'submitted_by',
  'department_code',
  'item_code',
  'item_name',
  'region_code',
  'rated_at',
  'excluded',
  'excluded_at',
  'defaulted',
] as const;
const RECTIFICATION_COLUMNS = [
  'id',
  'rating_id',
  'case_id',
  'case_no',
  'status',
  'resume_status',
  'version',
  'level',
  'department_code',
  'region_code',
  'item_code',
  'item_name',
  'owner_id',
  'opened_at',
  'assessment_due',
  'red_due',
  'due_at',
  'schedule_published',
  'visit_note',
  'visited_at',
  'rectify_note',
  'rectified_at',
  'appeal_reason',
  'appealed_at',
  'appeal_decision',
  'appeal_note',
  'decided_at',
  'rerate_level',
  'rerate_comment',
  'closed_at',
  'updated_at',
] as const;
