import type { AppContext } from '../../context';
import { addDays, dayOfWeek, startOfShanghaiDay } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import { getPublishedItem } from '../catalog';
import { RATING_ERR } from './ratings.errors';
import * as repo from './ratings.repository';
import { BAD_LEVELS, GOOD_LEVELS, type FiguresPeriod, type FiguresRow, type PublicFiguresQuery, type RatingLevel } from './ratings.schemas';

/**
 * The public figures of 好差评 (docs/domain.md S9, "results public"): per department or item and
 * period, the counted ratings per level, 好评率 (levels 4–5 over all counted), 差评 and how many
 * were rectified — of cases, 12345 tickets and "一件事" alike: a ticket counts under the department
 * that answers for it and under its category in the item cut, a bundle under its lead department
 * and under its own name in the item cut (docs/decisions.md D24). Nothing personal: counts only. A row with no rating says so (null), never a
 * perfect score; ratings whose appeal a supervisor upheld are left out and counted apart.
 */

const FORMATS: Record<FiguresPeriod, { re: RegExp; format: string }> = {
  day: { re: /^(\d{4})-(\d{2})-(\d{2})$/, format: 'YYYY-MM-DD' },
  week: { re: /^(\d{4})-(\d{2})-(\d{2})$/, format: 'YYYY-MM-DD (any day of the week)' },
  month: { re: /^(\d{4})-(\d{2})$/, format: 'YYYY-MM' },
  quarter: { re: /^(\d{4})-Q([1-4])$/, format: 'YYYY-Qn' },
  year: { re: /^(\d{4})$/, format: 'YYYY' },
};

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The period's first and last-plus-one days (Asia/Shanghai), or a 400 naming the expected format. */
export function periodRange(period: FiguresPeriod, date: string): { from: Date; to: Date } {
  const f = FORMATS[period];
  const m = f.re.exec(date);
  const bad = () => new AppError(RATING_ERR.FIGURES_DATE_INVALID, { date, period, format: f.format });
  if (!m) throw bad();
  const y = Number(m[1]);
  if (y < 2000 || y > 2100) throw bad();
  let first: string;
  let next: string;
  switch (period) {
    case 'day':
    case 'week': {
      if (!isRealDate(y, Number(m[2]), Number(m[3]))) throw bad();
      const d = `${m[1]}-${m[2]}-${m[3]}`;
      first = period === 'day' ? d : addDays(d, -((dayOfWeek(d) + 6) % 7));
      next = addDays(first, period === 'day' ? 1 : 7);
      break;
    }
    case 'month': {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) throw bad();
      first = `${y}-${pad(mo)}-01`;
      next = mo === 12 ? `${y + 1}-01-01` : `${y}-${pad(mo + 1)}-01`;
      break;
    }
    case 'quarter': {
      const q = Number(m[2]);
      first = `${y}-${pad(q * 3 - 2)}-01`;
      next = q === 4 ? `${y + 1}-01-01` : `${y}-${pad(q * 3 + 1)}-01`;
      break;
    }
    case 'year':
      first = `${y}-01-01`;
      next = `${y + 1}-01-01`;
      break;
  }
  return { from: startOfShanghaiDay(first), to: startOfShanghaiDay(next) };
}

/** The figures table for a cut and a period. */
export async function publicFigures(ctx: AppContext, q: PublicFiguresQuery) {
  const { from, to } = periodRange(q.period, q.date);
  const [cells, keys] = await Promise.all([repo.countRatings(ctx.db, q.by, from, to), repo.figuresKeys(ctx.db, q.by)]);
  const names = new Map(keys.map((k) => [k.key, k]));
  if (q.by === 'item') {
    // A case's item has its English name in the catalog; a ticket's category and a bundle brought their own.
    for (const k of keys.filter((x) => !x.ownName)) {
      const item = await getPublishedItem(ctx.db, k.key).catch(() => null);
      if (item) names.set(k.key, { ...k, nameEn: item.nameEn });
    }
  }
  const rows = new Map<string, FiguresRow>();
  const rowOf = (key: string): FiguresRow => {
    let r = rows.get(key);
    if (!r) {
      const n = names.get(key);
      r = {
        key,
        nameZh: n?.nameZh ?? key,
        nameEn: n?.nameEn ?? key,
        counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
        total: 0,
        goodRate: null,
        bad: 0,
        rectified: 0,
        rectifiedRate: null,
        appealsUpheld: 0,
        defaulted: 0,
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const k of keys) rowOf(k.key);
  for (const c of cells) {
    const r = rowOf(c.key);
    if (c.excluded) {
      r.appealsUpheld += c.n;
      continue;
    }
    r.counts[c.level as RatingLevel] += c.n;
    r.total += c.n;
    r.defaulted += c.defaulted;
    if (BAD_LEVELS.includes(c.level as RatingLevel)) {
      r.bad += c.n;
      r.rectified += c.rectified;
    }
  }
  for (const r of rows.values()) {
    const good = GOOD_LEVELS.reduce((s, l) => s + r.counts[l], 0);
    r.goodRate = r.total ? good / r.total : null;
    r.rectifiedRate = r.bad ? r.rectified / r.bad : null;
  }
  return { by: q.by, period: q.period, date: q.date, from, to, rows: [...rows.values()] };
}
