import type { AppContext } from '../../context';
import { findActorsByUsername } from '../../platform/auth/actors';
import { findCaseFacts, findFinishedCaseIds } from '../cases';
import { escalateDueOrders } from './supervision.escalation';
import { nextEscalationAt, orderLines } from './supervision.lines';
import { hasAnyOrder } from './supervision.repository';
import type { CreateOrderInput } from './supervision.schemas';
import { createOrder, performOrderAction } from './supervision.service';

/**
 * Demo supervision orders (docs/decisions.md D7: the demo is played through the services), once
 * the demo cases are in: an open order still green, one answered and waiting for the
 * supervisor, one past its deadline and escalated to the department head, and one escalated on
 * to the city leadership — so the supervisor, reviewer, department head and leader accounts find
 * work on their first sign-in. The escalated ones are opened in the past and escalated by the
 * real sweep at past instants computed with the calendar, so no time of day can make it fail.
 */

const ACCOUNTS = ['supervisor', 'reviewer'] as const;
const DEPARTMENT = 'market-regulation';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Whether the demo cases the orders concern are in (the finished ones come with the cases demo). */
export async function demoCasesReady(ctx: AppContext): Promise<boolean> {
  return (await findFinishedCaseIds(ctx.db, 1)).length > 0;
}

export async function loadDemoOrders(ctx: AppContext, now: Date): Promise<number> {
  if (await hasAnyOrder(ctx.db)) return 0;
  const a = await findActorsByUsername(ctx.db, ACCOUNTS);
  if (ACCOUNTS.some((u) => !a.has(u))) return 0;
  const supervisor = a.get('supervisor')!;
  const reviewer = a.get('reviewer')!;
  if (reviewer.departmentCode !== DEPARTMENT) return 0;

  // The department's demo cases, so the reviewer and the department head can answer for them.
  const cases: string[] = [];
  for (const id of await findFinishedCaseIds(ctx.db, 60)) {
    const c = await findCaseFacts(ctx.db, id);
    if (c?.departmentCode === DEPARTMENT) cases.push(c.id);
  }
  const on = (i: number): Pick<CreateOrderInput, 'subjectKind' | 'subjectId'> =>
    cases[i] ? { subjectKind: 'case', subjectId: cases[i] } : { subjectKind: 'department', subjectId: DEPARTMENT };
  const cal = await ctx.calendar.get();
  const K = ctx.config.orderEscalationWorkdays;
  let made = 0;

  // Escalated to the city leadership: opened a month ago with one working day, escalated twice since.
  const longAgo = new Date(now.getTime() - 30 * DAY);
  const first = orderLines(cal, longAgo, 1).dueAt;
  const step1 = new Date(first.getTime() + MINUTE);
  const step2 = new Date(nextEscalationAt(cal, step1, K).getTime() + MINUTE);
  if (step2.getTime() < now.getTime()) {
    await createOrder(
      ctx,
      supervisor,
      {
        subjectKind: 'department',
        subjectId: DEPARTMENT,
        problem: '食品经营许可审批环节多次超过承诺时限，群众反映强烈',
        demand: '查明超时原因，压减审批环节，书面报告整改措施',
        workdays: 1,
      },
      longAgo,
    );
    await escalateDueOrders(ctx, step1);
    await escalateDueOrders(ctx, step2);
    made++;
  }

  // Escalated to the department head: its deadline is the last working-day end before now, so
  // the city leadership's turn (K working days later) has not come yet.
  for (let d = 1; d <= 20; d++) {
    const opened = new Date(now.getTime() - d * DAY);
    const due = orderLines(cal, opened, 1).dueAt;
    if (due.getTime() >= now.getTime()) continue;
    if (nextEscalationAt(cal, new Date(due.getTime() + MINUTE), K).getTime() <= now.getTime()) break;
    await createOrder(
      ctx,
      supervisor,
      { ...on(0), problem: '办件超过承诺时限仍未办结，申请人多次催办', demand: '立即办结，并说明超时原因', workdays: 1 },
      opened,
    );
    await escalateDueOrders(ctx, new Date(Math.min(now.getTime(), due.getTime() + MINUTE)));
    made++;
    break;
  }

  // Answered, waiting for the supervisor's review.
  const answered = await createOrder(
    ctx,
    supervisor,
    { ...on(1), problem: '一次性告知不到位，申请人往返窗口三次', demand: '核实情况，对窗口人员开展培训并回复', workdays: 5 },
    now,
  );
  await performOrderAction(
    ctx,
    reviewer,
    answered.id,
    'answer',
    { version: answered.version, note: '经核实，材料清单网上与窗口版本不一致，已统一清单并组织窗口人员培训', fileIds: [] },
    now,
  );
  made++;

  // Open and green: ten working days to go.
  await createOrder(ctx, supervisor, { ...on(2), problem: '审查意见未说明法律依据', demand: '补充审查依据并向申请人说明', workdays: 10 }, now);
  made++;
  return made;
}
