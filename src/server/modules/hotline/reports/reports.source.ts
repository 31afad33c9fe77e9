import { rateOf, type ReportSource, type SourceInput, type Values } from '../../reports';
import * as q from './reports.repository';
import { getHotlineSummary } from './reports.service';

/**
 * The 12345 hotline's indicators for the reports (docs/domain.md S10, S18; docs/decisions.md D15),
 * from the hotline's own report queries: tickets (per department: assigned to it), on-time
 * completion of the replies, and satisfaction and resolution at the return visits. Tickets have
 * departments and regions but no items, windows or deciders, so only those two cuts apply.
 */

const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

async function compute({ db, period, by, regionCode, now }: SourceInput) {
  const r = { from: period.from, to: period.to, region: regionCode };
  const [summary, signing, completion, visits, regions] = await Promise.all([
    getHotlineSummary(db, period.from, period.to, { regionCode, now }),
    q.countSigning(db, r, now),
    q.countCompletion(db, r),
    q.countVisits(db, r),
    q.countBy(db, r, 'region_code'),
  ]);
  const dimension = (x: { department: string; region: string }) => (by === 'department' ? x.department : x.region);
  const keys = new Set<string>([
    ...completion.map(dimension),
    ...visits.map(dimension),
    ...(by === 'department' ? signing.map((s) => s.department) : regions.map((x) => x.key)),
  ]);
  keys.delete('-');
  const rows = [...keys].map((key) => {
    const c = completion.filter((x) => dimension(x) === key);
    const v = visits.filter((x) => dimension(x) === key);
    const tickets =
      by === 'department'
        ? sum(
            signing.filter((s) => s.department === key),
            (s) => s.due,
          )
        : (regions.find((x) => x.key === key)?.count ?? 0);
    const values: Values = {
      hotlineTickets: tickets,
      hotlineOnTimeRate: rateOf(
        sum(c, (x) => x.onTime),
        sum(c, (x) => x.replied),
      ),
      hotlineSatisfactionRate: rateOf(
        sum(v, (x) => x.satisfied),
        sum(v, (x) => x.visits),
      ),
      hotlineResolutionRate: rateOf(
        sum(v, (x) => x.resolved),
        sum(v, (x) => x.visits),
      ),
    };
    return { key, values };
  });
  const total: Values = {
    hotlineTickets: summary.tickets,
    hotlineOnTimeRate: summary.completionOnTimeRate,
    hotlineSatisfactionRate: summary.satisfactionRate,
    hotlineResolutionRate: summary.resolutionRate,
  };
  return { rows, total };
}

/** The hotline source of the reports (plugged in by src/server/modules.ts). */
export const hotlineReportSource: ReportSource = {
  key: 'hotline',
  cuts: ['department', 'region'],
  indicators: [
    { key: 'hotlineTickets', zh: '12345 工单（部门为派单）', en: '12345 tickets (departments: assignments)', kind: 'count' },
    { key: 'hotlineOnTimeRate', zh: '12345 按时办结率', en: '12345 on-time completion', kind: 'rate' },
    { key: 'hotlineSatisfactionRate', zh: '12345 满意率', en: '12345 satisfaction', kind: 'rate' },
    { key: 'hotlineResolutionRate', zh: '12345 解决率', en: '12345 resolution', kind: 'rate' },
  ],
  compute,
};
