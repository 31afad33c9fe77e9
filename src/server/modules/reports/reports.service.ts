import type { AppContext } from '../../context';
import { REPORT_CUTS, type Indicator, type Report, type ReportCut, type ReportRow, type Trend } from '../../../shared/reports/reports.schemas';
import { AppError } from '../../platform/errors';
import { REPORT_ERR } from './reports.errors';
import { addDays } from '../../platform/calendar/shanghai-date';
import { parsePeriod, periodKeyOf, type Period } from './reports.period';
import { computeSource } from './reports.rollups';
import type { ReportSource, SourceRow, Values } from './reports.source';

/**
 * One report: every source's indicators for a period, one row per key of the cut and a totals
 * row (docs/domain.md S10; docs/decisions.md D15). A key a source has no row for gets 0 for its
 * counts and null for its shares and days; a source that cannot cut that way gives null for every
 * row and still its totals. Null reads "no data" (暂无数据), never a perfect score.
 */

export function isReportCut(v: string): v is ReportCut {
  return (REPORT_CUTS as readonly string[]).includes(v);
}

/** Checks a period, its date and a cut, throwing a 400 naming what is allowed. */
export function parseReportRequest(period: string, date: string, by: string): { period: Period; by: ReportCut } {
  const p = parsePeriod(period, date);
  if (!isReportCut(by)) throw new AppError(REPORT_ERR.CUT_UNKNOWN, { by });
  return { period: p, by };
}

const NAMELESS = { nameZh: '（未归属）', nameEn: '(none)' };

/** Builds the report for an already authorised scope (null region: city-wide). */
export async function buildReport(
  ctx: AppContext,
  sources: readonly ReportSource[],
  q: { period: Period; by: ReportCut; regionCode: string | null },
  now: Date,
): Promise<Report> {
  const { calendar: cal, fingerprint } = await ctx.calendar.versioned();
  const indicators: Indicator[] = sources.flatMap((s) => s.indicators.map((i) => ({ ...i, source: s.key })));
  const results = await Promise.all(
    sources.map(async (s) => {
      const applies = s.cuts.includes(q.by);
      const r = await computeSource(s, {
        db: ctx.db,
        cal,
        calendarFingerprint: fingerprint,
        now,
        period: q.period,
        by: applies ? q.by : s.cuts[0],
        regionCode: q.regionCode,
      });
      return { source: s, applies, rows: applies ? new Map(r.rows.map((x) => [x.key, x])) : new Map<string, SourceRow>(), total: r.total };
    }),
  );

  const names = await orgNames(ctx, q.by);
  const keys = new Map<string, { nameZh: string; nameEn: string }>();
  for (const r of results) {
    for (const row of r.rows.values()) {
      const known = names.get(row.key);
      const name =
        known ?? (row.nameZh ? { nameZh: row.nameZh, nameEn: row.nameEn ?? row.nameZh } : row.key === '-' ? NAMELESS : { nameZh: row.key, nameEn: row.key });
      if (!keys.has(row.key) || (!known && row.nameZh)) keys.set(row.key, name);
    }
  }
  const rows: ReportRow[] = [...keys].map(([key, name]) => {
    const values: Values = {};
    for (const r of results) {
      const row = r.rows.get(key);
      for (const i of r.source.indicators) values[i.key] = !r.applies ? null : row ? (row.values[i.key] ?? null) : i.kind === 'count' ? 0 : null;
    }
    return { key, ...name, values };
  });
  const order = [...names.keys()];
  const firstCount = indicators.find((i) => i.kind === 'count')?.key;
  rows.sort((a, b) => {
    const [ia, ib] = [order.indexOf(a.key), order.indexOf(b.key)];
    if (ia >= 0 && ib >= 0) return ia - ib;
    if (ia >= 0 !== ib >= 0) return ia >= 0 ? -1 : 1;
    const [va, vb] = firstCount ? [a.values[firstCount] ?? 0, b.values[firstCount] ?? 0] : [0, 0];
    return vb - va || a.key.localeCompare(b.key);
  });
  const total: Values = {};
  for (const r of results) for (const i of r.source.indicators) total[i.key] = r.total[i.key] ?? null;
  const sections = await Promise.all(
    sources
      .filter((s) => s.section)
      .map(async (s) => {
        const { compute, indicators: columns, ...head } = s.section!;
        const found = await compute({ db: ctx.db, cal, now, period: q.period, by: q.by, regionCode: q.regionCode });
        return {
          ...head,
          source: s.key,
          indicators: columns.map((i) => ({ ...i, source: s.key })),
          rows: found.map((row) => ({ key: row.key, nameZh: row.nameZh ?? row.key, nameEn: row.nameEn ?? row.nameZh ?? row.key, values: row.values })),
        };
      }),
  );
  return {
    period: q.period.kind,
    periodKey: q.period.key,
    by: q.by,
    fromDate: q.period.fromDate,
    toDate: q.period.toDate,
    regionCode: q.regionCode,
    generatedAt: now,
    indicators,
    rows,
    total: { values: total },
    sections,
  };
}

/** Department and region names in their official order; other cuts name their rows themselves. */
async function orgNames(ctx: AppContext, by: ReportCut): Promise<Map<string, { nameZh: string; nameEn: string }>> {
  if (by !== 'department' && by !== 'region') return new Map();
  const table = by === 'department' ? 'departments' : 'regions';
  const rows = await ctx.db.selectFrom(table).select(['code', 'name_zh', 'name_en']).orderBy('sort').orderBy('code').execute();
  return new Map(rows.map((r) => [r.code, { nameZh: r.name_zh, nameEn: r.name_en }]));
}

/**
 * The totals of the `points` periods of the same kind ending with `period`, oldest first: the
 * trend chart. Each is a report by region (its rows are a handful), read from the rollups (D16).
 */
export async function buildTrend(
  ctx: AppContext,
  sources: readonly ReportSource[],
  q: { period: Period; points: number; regionCode: string | null },
  now: Date,
): Promise<Trend> {
  const periods: Period[] = [q.period];
  while (periods.length < q.points) periods.unshift(parsePeriod(q.period.kind, periodKeyOf(q.period.kind, addDays(periods[0].fromDate, -1))));
  const reports = [];
  // One after another: each already runs its sources in parallel, and the reads go through the heavy gate once.
  for (const p of periods) reports.push(await buildReport(ctx, sources, { period: p, by: 'region', regionCode: q.regionCode }, now));
  return {
    period: q.period.kind,
    regionCode: q.regionCode,
    indicators: reports[0].indicators,
    points: reports.map((r) => ({ periodKey: r.periodKey, fromDate: r.fromDate, toDate: r.toDate, values: r.total.values })),
  };
}
