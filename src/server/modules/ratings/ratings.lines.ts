import { assessmentDays, deadlineForLimit } from '../../platform/calendar/limit-deadline';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { lightAt } from '../cases';
import type { RectificationLight, RectificationStatus } from './ratings.schemas';

/**
 * A rectification's due date and light (docs/domain.md S9): due at the end of the N-th working
 * day after the 差评 (N = TONGBAN_RECTIFICATION_WORKDAYS, 15 by default), counted with the
 * working-day calendar like a case's promised line. Its light uses the cases' light rule with
 * three lines: yellow after the assessment line (80 % of N, as a case's 考核时限), red on the
 * last working day, overdue once the due date has passed. The lines are stored; the light is
 * read from them at `now`, so the queue needs no sweep job.
 */

export interface RectificationLines {
  assessmentDue: Date;
  redDue: Date;
  dueAt: Date;
  published: boolean;
}

/** The assessment line's share of the limit, as for cases (docs/decisions.md D5). */
const ASSESSMENT_RATIO = 0.8;

export function rectificationLines(cal: WorkCalendar, openedAt: Date, workdays: number): RectificationLines {
  const line = (n: number) => deadlineForLimit(cal, openedAt, { value: n, unit: 'workday' });
  const due = line(workdays);
  return {
    assessmentDue: line(assessmentDays(workdays, ASSESSMENT_RATIO)).due,
    redDue: line(Math.max(0, workdays - 1)).due,
    dueAt: due.due,
    published: due.published,
  };
}

/** The light at `now`; null once the task is finished. */
export function rectificationLight(
  status: RectificationStatus,
  lines: { assessmentDue: Date; redDue: Date; dueAt: Date },
  now: Date,
): RectificationLight | null {
  if (status === 'closed' || status === 'excluded') return null;
  return lightAt(now, { assessmentDue: lines.assessmentDue, promisedDue: lines.redDue, statutoryDue: lines.dueAt });
}
