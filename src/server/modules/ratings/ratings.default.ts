import type { AppContext } from '../../context';
import { appendEvents } from '../../platform/audit/events.repository';
import { SYSTEM_NAME } from '../../platform/workflow/engine';
import { findCasesFinishedBetween, type FinishedCase } from '../cases';
import * as repo from './ratings.repository';

/**
 * Default ratings (docs/domain.md §10): only when the city turns them on (TONGBAN_RATING_DEFAULT_DAYS
 * above 0), a finished case nobody rated within that many days is rated 满意 (4) by the system —
 * marked `defaulted`, channel `default`, no reasons, no submitting user, and an event on the
 * rating's chain saying so. A 满意 opens no rectification. Each run looks back 60 days past the line,
 * so a server that was down catches up; a case rated meanwhile keeps its own rating (the one rating
 * per case is a unique key).
 */

export const DEFAULT_RATINGS_QUEUE = 'ratings.default';
const DAY_MS = 86_400_000;
const LOOKBACK_DAYS = 60;
const PAGE = 500;

export async function giveDefaultRatings(ctx: AppContext, now: Date): Promise<number> {
  const days = ctx.config.ratingDefaultDays;
  if (days <= 0) return 0;
  const to = new Date(now.getTime() - days * DAY_MS);
  const from = new Date(to.getTime() - LOOKBACK_DAYS * DAY_MS);
  let given = 0;
  let after: { finishedAt: Date; id: string } | undefined;
  for (;;) {
    const page = await findCasesFinishedBetween(ctx.db, from, to, PAGE, after);
    if (page.length === 0) return given;
    after = { finishedAt: page.at(-1)!.finishedAt, id: page.at(-1)!.id };
    const rated = await repo.findRatedCaseIds(
      ctx.db,
      page.map((c) => c.id),
    );
    const unrated = page.filter((c) => !rated.has(c.id));
    if (unrated.length) given += await rateAsDefault(ctx, unrated, now);
    if (page.length < PAGE) return given;
  }
}

async function rateAsDefault(ctx: AppContext, cases: readonly FinishedCase[], now: Date): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const inserted = [];
    for (const c of cases) {
      const r = await repo.insertRating(
        trx,
        {
          case_id: c.id,
          case_no: c.caseNo,
          level: 4,
          reasons: [],
          comment: null,
          channel: 'default',
          defaulted: true,
          rater_user_id: c.applicantUserId,
          submitted_by: null,
          department_code: c.departmentCode,
          item_code: c.itemCode,
          item_name: c.itemName,
          region_code: c.regionCode,
          rated_at: now,
        },
        'case',
      );
      if (r) inserted.push({ r, c });
    }
    await appendEvents(
      trx,
      inserted.map(({ r, c }) => ({
        chain: `rating:${r.id}`,
        action: 'rating.default',
        actorName: SYSTEM_NAME,
        subjectType: 'rating',
        subjectId: r.id,
        regionCode: r.region_code,
        data: { caseId: c.id, level: 4, finishedAt: c.finishedAt.toISOString(), days: ctx.config.ratingDefaultDays },
        at: now,
      })),
    );
    return inserted.length;
  });
}
