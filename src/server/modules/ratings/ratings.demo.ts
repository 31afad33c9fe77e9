import type { AppContext } from '../../context';
import { findActorsByUsername } from '../../platform/auth/actors';
import type { Actor } from '../../platform/auth/roles';
import { findCaseFacts, findFinishedCaseIds } from '../cases';
import { hasAnyRating } from './ratings.repository';
import { BAD_LEVELS, type RateCaseInput, type RatingLevel, type RatingReason } from './ratings.schemas';
import { performRectificationAction, rateCase } from './ratings.service';

/**
 * Demo ratings (docs/decisions.md D7: the demo is played through the services): once the demo
 * cases are in, their finished cases are rated — mostly 满意 / 非常满意, a few 差评 whose
 * rectifications stand in different states, one appeal waiting for the supervisor — so the
 * department and supervisor accounts find work on their first sign-in. Everything happens at
 * `now`, so no time of day can make it fail. The citizen account's own cases stay unrated for
 * the citizen to rate.
 */

const ACCOUNTS = ['citizen', 'enterprise', 'clerk', 'reviewer', 'approver', 'handler', 'supervisor'] as const;

/** Levels handed out in turn; a 差评 lands only where the department has a demo account to answer it. */
const LEVELS: readonly RatingLevel[] = [5, 4, 1, 5, 2, 4, 1, 5, 4, 3, 5, 4];

const GOOD_WORDS: Partial<Record<RatingLevel, { reasons: RatingReason[]; comment: string }>> = {
  5: { reasons: ['fast', 'one_trip'], comment: '窗口工作人员很耐心，一次就办好了' },
  4: { reasons: ['clear_guidance'], comment: '办事指南写得清楚' },
  3: { reasons: [], comment: '' },
};

/** What happens to each 差评's rectification, in turn. */
type Plan = 'open' | 'visited' | 'rectified' | 'appealed';
const PLANS: readonly Plan[] = ['open', 'appealed', 'visited', 'rectified'];

const BAD_WORDS: readonly { reasons: RatingReason[]; comment: string }[] = [
  { reasons: ['slow', 'repeated_trips'], comment: '前后跑了三次窗口，每次都说材料不全' },
  { reasons: ['attitude'], comment: '窗口人员态度生硬，不愿解释' },
  { reasons: ['unclear_materials'], comment: '网上写的材料清单和窗口要求的不一样' },
  { reasons: ['system_hard'], comment: '网上申请页面总是上传失败' },
];

export async function loadDemoRatings(ctx: AppContext, now: Date): Promise<number> {
  if (await hasAnyRating(ctx.db)) return 0;
  const a = await findActorsByUsername(ctx.db, ACCOUNTS);
  if (ACCOUNTS.some((u) => !a.has(u))) return 0;
  const citizen = a.get('citizen')!;
  const byId = new Map([a.get('enterprise')!].map((x) => [x.id, x]));
  const departmentStaff = new Map<string, Actor>();
  for (const u of ['reviewer', 'approver', 'handler'] as const) {
    const s = a.get(u)!;
    if (s.departmentCode && !departmentStaff.has(s.departmentCode)) departmentStaff.set(s.departmentCode, s);
  }
  let made = 0;
  let bad = 0;
  for (const id of await findFinishedCaseIds(ctx.db, 40)) {
    const c = await findCaseFacts(ctx.db, id);
    if (!c || c.applicantUserId === citizen.id) continue;
    const rater = c.applicantUserId ? byId.get(c.applicantUserId) : c.channel === 'window' ? a.get('clerk') : undefined;
    if (!rater) continue;
    const staff = departmentStaff.get(c.departmentCode);
    let level = LEVELS[made % LEVELS.length];
    if (BAD_LEVELS.includes(level) && !staff) level = 4;
    const words = BAD_LEVELS.includes(level) ? BAD_WORDS[bad % BAD_WORDS.length] : GOOD_WORDS[level]!;
    const input: RateCaseInput = {
      level,
      reasons: words.reasons,
      ...(words.comment ? { comment: words.comment } : {}),
      channel: c.applicantUserId ? 'online' : 'window_pad',
    };
    // Let waiting requests through between ratings: the demo loads while people use the server.
    await new Promise((resolve) => setImmediate(resolve));
    const rating = await rateCase(ctx, rater, c.id, input, now);
    made++;
    if (rating.rectificationId && staff) await playPlan(ctx, PLANS[bad % PLANS.length], rating.rectificationId, staff, now);
    if (rating.rectificationId) bad++;
  }
  return made;
}

async function playPlan(ctx: AppContext, plan: Plan, id: string, staff: Actor, now: Date): Promise<void> {
  if (plan === 'open') return;
  if (plan === 'appealed') {
    await performRectificationAction(ctx, staff, id, 'appeal', { version: 1, note: '经调取窗口录像核实，申请人当日未到本窗口办理，评价对象有误' }, now);
    return;
  }
  const visited = await performRectificationAction(
    ctx,
    staff,
    id,
    'visit',
    { version: 1, note: '已电话回访申请人，了解到多次往返的原因是材料清单前后不一致' },
    now,
  );
  if (plan === 'rectified') {
    await performRectificationAction(
      ctx,
      staff,
      id,
      'rectify',
      { version: visited.version, note: '已统一网上与窗口的材料清单，并对窗口人员开展一次性告知培训' },
      now,
    );
  }
}
