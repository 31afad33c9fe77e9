import type { AppContext } from '../../context';
import { authorize } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { SCORE_LEVELS } from '../../../shared/reports/reports.schemas';
import { REPORT_ERR } from './reports.errors';
import { parsePeriod } from './reports.period';
import { reportsPolicy } from './reports.policy';
import * as repo from './reports.repository';
import { buildReport } from './reports.service';
import type { ReportSource } from './reports.source';

/**
 * 考评 (docs/domain.md S11): each department or region of a period gets a score of 0–100, the
 * weighted mean of its report shares (on time, 好评率, online, rectified, 12345 on time …) with the
 * admin's weights, renormalised over the shares it has data for. A row with no timeliness to judge
 * (no case completed in the period) gets no score and no rank: doing nothing is never rewarded.
 */

type Level = (typeof SCORE_LEVELS)[number];

/** Rate indicators of the sources: the only ones a score may weigh. */
function scorable(sources: readonly ReportSource[]) {
  return sources.flatMap((s) => s.indicators.filter((i) => i.kind === 'rate'));
}

/** The weights with their indicators' names, in the sources' order. */
export async function findWeights(ctx: AppContext, sources: readonly ReportSource[]) {
  const stored = new Map((await repo.findScoreWeights(ctx.db)).map((w) => [w.indicator, Number(w.weight)]));
  return scorable(sources).map((i) => ({ indicator: i.key, zh: i.zh, en: i.en, weight: stored.get(i.key) ?? 0 }));
}

export async function getWeights(ctx: AppContext, sources: readonly ReportSource[], actor: Actor) {
  authorize(actor, reportsPolicy, 'scores.weights.view');
  return { weights: await findWeights(ctx, sources) };
}

/** Replaces the weights given (admins only); others keep theirs. */
export async function setWeights(ctx: AppContext, sources: readonly ReportSource[], actor: Actor, weights: readonly { indicator: string; weight: number }[]) {
  authorize(actor, reportsPolicy, 'scores.weights.edit');
  const allowed = scorable(sources).map((i) => i.key);
  for (const w of weights) {
    if (!allowed.includes(w.indicator)) throw new AppError(REPORT_ERR.WEIGHT_INDICATOR_UNKNOWN, { indicator: w.indicator, allowed: allowed.join(', ') });
  }
  const next = new Map((await findWeights(ctx, sources)).map((w) => [w.indicator, w.weight]));
  for (const w of weights) next.set(w.indicator, w.weight);
  if (![...next.values()].some((v) => v > 0)) throw new AppError(REPORT_ERR.WEIGHTS_ALL_ZERO);
  await repo.saveScoreWeights(ctx.db, weights, actor.id);
  return { weights: await findWeights(ctx, sources) };
}

/** The score of one row: weighted mean of its shares, or null without timeliness data. */
export function scoreOf(values: Record<string, number | null>, weights: readonly { indicator: string; weight: number }[]) {
  const parts = weights.map((w) => {
    const value = values[w.indicator] ?? null;
    return { indicator: w.indicator, weight: w.weight, value, points: null as number | null };
  });
  const counted = parts.filter((p) => p.value !== null && p.weight > 0);
  const total = counted.reduce((s, p) => s + p.weight, 0);
  if (values.onTimePromisedRate === null || values.onTimePromisedRate === undefined || total === 0) return { score: null, parts };
  for (const p of counted) p.points = Math.round((p.weight / total) * p.value! * 100 * 100) / 100;
  return { score: Math.round(counted.reduce((s, p) => s + (p.weight / total) * p.value! * 100, 0) * 10) / 10, parts };
}

/** Scores and ranking of a period by department or region. */
export async function computeScores(
  ctx: AppContext,
  sources: readonly ReportSource[],
  q: { period: string; date: string; level: string; regionCode: string | null },
  now: Date,
) {
  const period = parsePeriod(q.period, q.date);
  if (!(SCORE_LEVELS as readonly string[]).includes(q.level)) throw new AppError(REPORT_ERR.LEVEL_UNKNOWN, { level: q.level });
  const level = q.level as Level;
  const [report, weights] = await Promise.all([buildReport(ctx, sources, { period, by: level, regionCode: q.regionCode }, now), findWeights(ctx, sources)]);
  const scored = report.rows.map((r) => ({ key: r.key, nameZh: r.nameZh, nameEn: r.nameEn, ...scoreOf(r.values, weights) }));
  const ranked = scored.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score! || a.key.localeCompare(b.key));
  const unranked = scored.filter((r) => r.score === null);
  return {
    period: period.kind,
    periodKey: period.key,
    level,
    fromDate: period.fromDate,
    toDate: period.toDate,
    regionCode: q.regionCode,
    weights,
    rows: [...ranked.map((r, i) => ({ ...r, rank: i + 1 })), ...unranked.map((r) => ({ ...r, rank: null }))],
  };
}
