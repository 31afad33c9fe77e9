import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { HotlineAssignmentsTable, HotlineCallsTable, HotlineEmergencyTransfersTable, HotlineTicketsTable } from '../../db/tables/hotline';
import { CITY_REGION } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { maskMobile } from '../../platform/ids/mobile';
import { generateDemoTickets, type DemoTicket } from './data/demo-tickets';
import { generateEmergencyExamples } from './data/emergency-texts';
import { chance, mulberry32, pick, pickWeighted, randomInt, type Random } from './data/prng';
import { findCategory } from './data/taxonomy';
import { HISTORY_END } from './data/ticket-dates';
import { normalizeAddress, regionCentre } from './intake/hotline.geo';
import { computeLines, signDueAt } from './tickets/tickets.clock';
import { visitOutcome, type Satisfaction } from './tickets/tickets.state';

/**
 * The demo history: the labelled generator's tickets (3,139) as closed tickets with believable
 * outcomes — answered at first contact, dispatched, signed, replied (mostly on time), visited,
 * sometimes reopened once — plus the calls (some abandoned) and emergency transfers around them,
 * so that the reports have a year and a half of figures. Pure: rows in, the seeder inserts them.
 */

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Consultations an agent usually answers from the knowledge base. */
const CONSULTATIONS = new Set([
  'gov-services.consultation',
  'housing-fund.withdrawal',
  'housing-fund.loan',
  'social-insurance.pension',
  'social-insurance.contribution',
  'medical-insurance.reimbursement',
  'medical-insurance.enrolment',
  'public-security.household-registration',
  'public-security.exit-entry',
  'heating.fee',
  'water.fee',
  'power.fee',
  'education.enrolment',
  'housing.real-estate-registration',
  'veterans.benefits',
  'agriculture.subsidy',
]);
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '郑',
  '乌',
  '包',
  '白',
  '云',
];

export interface HistoryRows {
  tickets: Insertable<HotlineTicketsTable>[];
  assignments: Insertable<HotlineAssignmentsTable>[];
  calls: Insertable<HotlineCallsTable>[];
  transfers: Insertable<HotlineEmergencyTransfersTable>[];
}

/** The generator's dates end on HISTORY_END; later runs shift them by whole weeks so "last month" has data. */
export function historyShiftMs(now: Date): number {
  const end = Date.parse(`${HISTORY_END}T23:59:59+08:00`);
  return Math.max(0, Math.floor((now.getTime() - 8 * DAY - end) / (7 * DAY))) * 7 * DAY;
}

function phoneNumber(rng: Random): string {
  return `1${pick(rng, ['3', '5', '8', '9'])}${String(randomInt(rng, 0, 999_999_999)).padStart(9, '0')}`;
}

function satisfactionOf(rng: Random, late: boolean): Satisfaction {
  return pickWeighted(rng, [
    { value: 'satisfied' as const, weight: late ? 55 : 78 },
    { value: 'basically_satisfied' as const, weight: 14 },
    { value: 'unsatisfied' as const, weight: late ? 31 : 8 },
  ]);
}

const between = (from: Date, to: Date, f: number) => new Date(from.getTime() + f * (to.getTime() - from.getTime()));

/** Builds the history rows; `seq` hands out ticket sequence numbers in creation order. */
export function buildHistory(opts: { cal: WorkCalendar; now: Date; agentId: string | null; seq: number[]; generated?: DemoTicket[] }): HistoryRows {
  const { cal, now, agentId } = opts;
  const rng = mulberry32(20_201_128);
  const shift = historyShiftMs(now);
  const generated = (opts.generated ?? generateDemoTickets())
    .map((d) => ({ ...d, created: new Date(Date.parse(d.createdAt) + shift) }))
    .filter((d) => d.created.getTime() < now.getTime() - DAY)
    .sort((a, b) => a.created.getTime() - b.created.getTime());
  const out: HistoryRows = { tickets: [], assignments: [], calls: [], transfers: [] };
  const lastCall = new Map<string, number>();
  const phones: string[] = [];

  generated.forEach((d, i) => {
    const leaf = findCategory(d.categoryCode)!;
    const id = randomUUID();
    const created = d.created;
    const phone = phones.length > 20 && chance(rng, 0.07) ? pick(rng, phones.slice(-400)) : phoneNumber(rng);
    phones.push(phone);
    const repeat = (lastCall.get(phone) ?? -Infinity) >= created.getTime() - 30 * DAY;
    lastCall.set(phone, created.getTime());
    const lines = computeLines(cal, created, leaf.limit);
    const centre = regionCentre(d.regionCode);
    const point = chance(rng, 0.6) ? { lat: centre.lat + (rng() - 0.5) * 0.04, lng: centre.lng + (rng() - 0.5) * 0.05 } : { lat: null, lng: null };
    const base: Omit<Insertable<HotlineTicketsTable>, 'status'> = {
      id,
      ticket_no: `12345-${toShanghaiDate(created).replaceAll('-', '')}-${String(opts.seq[i]).padStart(6, '0')}`,
      channel: d.channel,
      origin: 'demo',
      caller_name: `${pick(rng, SURNAMES)}${pick(rng, ['先生', '女士'])}`,
      caller_phone: phone,
      anonymous: chance(rng, 0.04),
      repeat_call: repeat,
      text: d.text,
      address: d.address,
      address_norm: normalizeAddress(d.address),
      ...point,
      region_code: d.regionCode,
      category_code: leaf.code,
      suggested_category: leaf.code,
      suggested_confidence: Math.round((0.7 + rng() * 0.29) * 1e4) / 1e4,
      linked_hotline: leaf.linkedHotline ?? null,
      urgency: leaf.urgency,
      limit_value: leaf.limit.value,
      limit_unit: leaf.limit.unit,
      accepted_at: created,
      warn_at: lines.warnAt,
      due_at: lines.dueAt,
      created_by: d.channel === 'phone' ? agentId : null,
      created_at: created,
    };
    const answered = d.channel === 'phone' && (CONSULTATIONS.has(leaf.code) ? chance(rng, 0.55) : chance(rng, 0.04));
    if (d.channel === 'phone') {
      out.calls.push({
        caller_phone: phone,
        agent_id: agentId,
        answered: true,
        outcome: answered ? 'answered' : 'ticket',
        ticket_id: id,
        region_code: d.regionCode,
        origin: 'demo',
        started_at: new Date(created.getTime() - 3 * MIN),
      });
      if (chance(rng, 0.045))
        out.calls.push({
          caller_phone: phone,
          agent_id: null,
          answered: false,
          outcome: 'abandoned',
          region_code: d.regionCode,
          origin: 'demo',
          started_at: new Date(created.getTime() - randomInt(rng, 5, 60) * MIN),
        });
    }
    if (answered) {
      const at = new Date(created.getTime() + randomInt(rng, 2, 9) * MIN);
      out.tickets.push({
        ...base,
        status: 'closed',
        resolution: 'answered',
        reply: '坐席根据知识库当场答复',
        replied_at: at,
        replied_by: agentId,
        replied_on_time: true,
        closed_at: at,
        light: 'green',
        updated_at: at,
      });
      return;
    }
    const dispatched = new Date(created.getTime() + randomInt(rng, 5, 120) * MIN);
    const signDue = signDueAt(cal, dispatched, leaf.urgency);
    const signed = chance(rng, 0.9) ? between(dispatched, signDue, 0.1 + rng() * 0.8) : new Date(signDue.getTime() + randomInt(rng, 10, 240) * MIN);
    const late = chance(rng, 0.1);
    let replied = between(created, lines.dueAt, late ? 1 + rng() * 0.5 : 0.15 + rng() * 0.8);
    if (replied <= signed) replied = new Date(signed.getTime() + 30 * MIN);
    let satisfaction = satisfactionOf(rng, late);
    let resolved = satisfaction === 'unsatisfied' ? chance(rng, 0.35) : chance(rng, 0.96);
    let visited = new Date(replied.getTime() + randomInt(rng, 2, 30) * HOUR);
    const assignment = {
      ticket_id: id,
      department_code: leaf.departmentCode,
      region_code: CITY_REGION,
      role: 'lead' as const,
      assigned_at: dispatched,
      sign_due_at: signDue,
    };
    out.assignments.push({ ...assignment, status: 'replied', round: 1, signed_at: signed, replied_at: replied, reply: '已安排人员现场核实并处理完毕' });
    let reopened = 0;
    let acceptedAt = created;
    let l = lines;
    let closeNote: string | null = null;
    if (visitOutcome({ satisfaction, resolved }, 0) === 'reopen' && visited < now) {
      // 重办: a second round with a fresh limit from the visit.
      reopened = 1;
      acceptedAt = visited;
      l = computeLines(cal, visited, leaf.limit);
      replied = between(visited, l.dueAt, 0.2 + rng() * 0.9);
      out.assignments.push({
        ...assignment,
        assigned_at: visited,
        sign_due_at: visited,
        status: 'replied',
        round: 2,
        signed_at: visited,
        replied_at: replied,
        reply: '重办：再次现场处理并反馈',
      });
      satisfaction = pickWeighted(rng, [
        { value: 'satisfied' as const, weight: 50 },
        { value: 'basically_satisfied' as const, weight: 30 },
        { value: 'unsatisfied' as const, weight: 20 },
      ]);
      resolved = satisfaction !== 'unsatisfied' && chance(rng, 0.85);
      visited = new Date(replied.getTime() + randomInt(rng, 2, 30) * HOUR);
      if (visitOutcome({ satisfaction, resolved }, 1) === 'close_unresolved') closeNote = '重办后来电人仍不满意或问题未解决，按规定办结并记录在案';
    }
    const done = visited < now;
    out.tickets.push({
      ...base,
      status: done ? 'closed' : 'replied',
      resolution: 'handled',
      department_code: leaf.departmentCode,
      departments: [leaf.departmentCode],
      dispatched_at: dispatched,
      accepted_at: acceptedAt,
      warn_at: l.warnAt,
      due_at: l.dueAt,
      reopened_count: reopened,
      reply: reopened ? '重办：再次现场处理并反馈' : '已安排人员现场核实并处理完毕',
      replied_at: replied,
      replied_on_time: replied <= l.dueAt,
      light: replied <= l.warnAt ? 'green' : replied <= l.dueAt ? 'yellow' : 'red',
      satisfaction: done ? satisfaction : null,
      resolved: done ? resolved : null,
      visited_at: done ? visited : null,
      close_note: done ? closeNote : null,
      closed_at: done ? visited : null,
      updated_at: done ? visited : replied,
    });
  });

  const emergencies = generateEmergencyExamples({ perLine: 10 });
  const span = now.getTime() - DAY - Date.parse('2025-01-01T00:00:00+08:00');
  for (const e of emergencies) {
    const at = new Date(now.getTime() - DAY - Math.floor(rng() * span));
    out.transfers.push({
      line: e.line,
      reason: 'demo',
      text: e.text,
      channel: 'phone',
      caller_phone_masked: maskMobile(phoneNumber(rng)),
      agent_id: agentId,
      agent_name: '赵敏',
      region_code: e.regionCode,
      created_at: at,
    });
  }
  return out;
}
