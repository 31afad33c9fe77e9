import type { AppContext } from '../../context';
import type { Actor } from '../../platform/auth/roles';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { classifyText } from './classifier/classifier.service';
import { generateDemoTickets, type DemoTicket } from './data/demo-tickets';
import { chance, mulberry32, pick, randomInt, shuffled, type Random } from './data/prng';
import { findCategory } from './data/taxonomy';
import { regionCentre } from './intake/hotline.geo';
import { performAction } from './tickets/tickets.actions';
import { createTicket } from './tickets/tickets.create';
import type { TicketRef } from './tickets/tickets.transition';

/**
 * Today's workload for the demo: about 150 open and recent tickets in every state — waiting for
 * dispatch, for signature (some late), in progress (some yellow, some red), returned, with an
 * extension request, replied and waiting for the return visit, reopened, closed, merged — made
 * through the same services as live tickets, back-dated, so every one has a true timeline.
 */

const MIN = 60_000;
const HOUR = 3_600_000;

type Scenario = 'pending' | 'dispatched' | 'processing' | 'joint' | 'returned' | 'extension' | 'replied' | 'reopened' | 'closed';

/** How many tickets of each kind, and how old they are (hours). */
const PLAN: ReadonlyArray<{ scenario: Scenario; count: number; age: [number, number] }> = [
  { scenario: 'pending', count: 20, age: [0.2, 6] },
  { scenario: 'dispatched', count: 22, age: [1, 20] },
  { scenario: 'processing', count: 38, age: [6, 9 * 24] },
  { scenario: 'joint', count: 6, age: [24, 5 * 24] },
  { scenario: 'returned', count: 8, age: [4, 40] },
  { scenario: 'extension', count: 6, age: [3 * 24, 7 * 24] },
  { scenario: 'replied', count: 22, age: [24, 5 * 24] },
  { scenario: 'reopened', count: 8, age: [3 * 24, 8 * 24] },
  { scenario: 'closed', count: 15, age: [24, 6 * 24] },
];
const MERGED_CHILDREN = 5;

/** A partner department for 多部门联动, by lead. */
const JOINT: Readonly<Record<string, string>> = {
  'urban-management': 'housing-construction',
  'housing-construction': 'urban-management',
  'ecology-environment': 'urban-management',
  'market-regulation': 'public-security',
  heating: 'housing-construction',
};

export interface WorkloadActors {
  agent: Actor;
  dispatcher: Actor;
  /** A handler per department code. */
  handlers: ReadonlyMap<string, Actor>;
}

function pickTickets(rng: Random): DemoTicket[] {
  const pool = shuffled(rng, generateDemoTickets({ seed: 2026, ticketsPerWeight: 4, minPerCategory: 3 }));
  // The demo handler account works for urban management: give that department a real queue.
  const urban = pool.filter((t) => t.departmentCode === 'urban-management').slice(0, 35);
  const rest = pool.filter((t) => t.departmentCode !== 'urban-management');
  const total = PLAN.reduce((n, p) => n + p.count, 0);
  return shuffled(rng, [...urban, ...rest.slice(0, total - urban.length)]);
}

/** Creates the workload; returns how many tickets were made. */
export async function seedWorkload(ctx: AppContext, cal: WorkCalendar, actors: WorkloadActors, now: Date): Promise<number> {
  const rng = mulberry32(4_711);
  const tickets = pickTickets(rng);
  let made = 0;
  const masters: Array<{ ticket: DemoTicket; ref: TicketRef; created: Date }> = [];
  for (const step of PLAN) {
    for (let i = 0; i < step.count; i++) {
      const t = tickets[made++];
      const created = new Date(now.getTime() - (step.age[0] + rng() * (step.age[1] - step.age[0])) * HOUR);
      const ref = await runScenario(ctx, cal, actors, rng, t, step.scenario, created, now);
      if (step.scenario === 'processing' && masters.length < MERGED_CHILDREN) masters.push({ ticket: t, ref, created });
    }
  }
  // Duplicates: another caller about the same place and matter, merged under the first ticket.
  for (const m of masters) {
    const created = new Date(Math.min(now.getTime() - 10 * MIN, m.created.getTime() + randomInt(rng, 2, 30) * HOUR));
    const child = await create(ctx, cal, actors, rng, { ...m.ticket, channel: 'phone' }, created);
    await performAction(ctx, actors.dispatcher, child.id, 'merge', { version: child.version, masterId: m.ref.id }, new Date(created.getTime() + 20 * MIN));
    made += 1;
  }
  return made;
}

async function create(ctx: AppContext, cal: WorkCalendar, actors: WorkloadActors, rng: Random, t: DemoTicket, created: Date): Promise<TicketRef> {
  const s = await classifyText(ctx.db, t.text);
  const centre = regionCentre(t.regionCode);
  const row = await ctx.db.transaction().execute((trx) =>
    createTicket(trx, {
      channel: t.channel,
      text: t.text,
      categoryCode: t.categoryCode,
      suggested: { categoryCode: s.category, confidence: s.confidence },
      callerName: `${pick(rng, ['王', '李', '张', '刘', '陈', '杨', '赵', '乌', '包'])}${pick(rng, ['先生', '女士'])}`,
      callerPhone: `13${randomInt(rng, 3, 9)}${String(randomInt(rng, 0, 99_999_999)).padStart(8, '0')}`,
      anonymous: chance(rng, 0.05),
      address: t.address,
      lat: centre.lat + (rng() - 0.5) * 0.03,
      lng: centre.lng + (rng() - 0.5) * 0.04,
      regionCode: t.regionCode,
      actor: t.channel === 'phone' ? actors.agent : null,
      now: created,
      cal,
      origin: 'demo',
    }),
  );
  return { id: row.id, ticketNo: row.ticket_no, status: row.status, version: row.version };
}

async function runScenario(
  ctx: AppContext,
  cal: WorkCalendar,
  actors: WorkloadActors,
  rng: Random,
  t: DemoTicket,
  scenario: Scenario,
  created: Date,
  now: Date,
): Promise<TicketRef> {
  let ref = await create(ctx, cal, actors, rng, t, created);
  if (scenario === 'pending') return ref;
  const span = now.getTime() - created.getTime();
  const at = (f: number) => new Date(created.getTime() + f * span);
  const lead = findCategory(t.categoryCode)!.departmentCode;
  const handler = actors.handlers.get(lead)!;
  const act = async (actor: Actor, action: Parameters<typeof performAction>[3], body: Record<string, unknown>, when: Date) => {
    ref = await performAction(ctx, actor, ref.id, action, { version: ref.version, ...body } as never, when);
  };
  const partner = scenario === 'joint' ? (JOINT[lead] ?? 'urban-management') : null;
  const departments =
    partner && partner !== lead
      ? [
          { departmentCode: lead, role: 'lead' },
          { departmentCode: partner, role: 'assist' },
        ]
      : undefined;
  await act(actors.dispatcher, 'dispatch', departments ? { departments, note: '请主办部门牵头，协办部门配合' } : {}, at(0.05));
  // Some departments sign late: the sign-on-time rate is a reported figure.
  if (scenario === 'dispatched') return ref;
  await act(handler, 'sign', {}, at(chance(rng, 0.85) ? 0.08 : 0.3));
  if (partner && partner !== lead) {
    const other = actors.handlers.get(partner);
    if (other) await act(other, 'sign', {}, at(0.12));
  }
  switch (scenario) {
    case 'processing':
    case 'joint':
      return ref;
    case 'returned':
      await act(handler, 'return', { reason: '经核实该问题不属于本单位职责范围，建议改派属地街道办事处' }, at(0.6));
      return ref;
    case 'extension':
      await act(handler, 'request_extension', { value: 5, unit: 'workdays', reason: '需协调产权单位和施工队，材料采购周期较长' }, at(0.7));
      return ref;
    default:
      break;
  }
  await act(
    handler,
    'reply',
    { reply: pick(rng, ['已派工作人员现场核实处理，问题已解决。', '已联系来电人并上门处理，后续将加强巡查。', '经现场查看，已督促责任单位整改完毕。']) },
    at(0.5),
  );
  if (scenario === 'replied') return ref;
  const unhappy = scenario === 'reopened';
  await act(
    actors.agent,
    'return_visit',
    { satisfaction: unhappy ? 'unsatisfied' : pick(rng, ['satisfied', 'satisfied', 'basically_satisfied']), resolved: !unhappy },
    at(0.8),
  );
  return ref;
}
