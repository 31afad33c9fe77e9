import { assessmentDays, deadlineForLimit } from '../../platform/calendar/limit-deadline';
import { shanghaiEpochDay, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import type { TimeLimit } from '../catalog';

/**
 * The four lines of docs/domain.md S8 — 法定时限, 承诺时限, 考核时限 and the working time actually used —
 * computed from a case's events with the working-day calendar. Pure: the calendar is data and
 * `now` is a parameter, so fixed-date tests and property tests need no database.
 *
 * Rules (docs/domain.md §3): counting starts on the working day after acceptance; a deadline is the end
 * of its last day; working days spent paused (补正 after acceptance, 特别程序) are added back.
 * Natural-day limits count calendar days from the day after acceptance and, when the last day is
 * not a working day, end on the next working day (the civil-code rule for periods).
 */

export { assessmentDays };

export type Light = 'green' | 'yellow' | 'red' | 'overdue';

/** Ranks for sorting work queues: most urgent first, cases without a clock last. */
export const LIGHT_RANK: Readonly<Record<Light, number>> = { overdue: 0, red: 1, yellow: 2, green: 3 };

/** An item's limits as the clock reads them. */
export interface ClockLimits {
  statutory: TimeLimit;
  promised: TimeLimit;
  /** 考核时限 as a share of the promised limit (default 0.8); see `assessmentDays`. */
  assessmentRatio: number;
}

/** The clock's memory, folded from events and stored on the case row. */
export interface ClockState {
  acceptedAt: Date | null;
  pausedSince: Date | null;
  pauseKind: 'correction' | 'special' | null;
  /** Working days of pauses already ended. */
  pausedWorkdays: number;
  /** The same pauses in natural days. */
  pausedDays: number;
  /** Completion or closure: time stops counting. */
  stoppedAt: Date | null;
}

/** The clock of a case not yet accepted. */
export const INITIAL_CLOCK: ClockState = { acceptedAt: null, pausedSince: null, pauseKind: null, pausedWorkdays: 0, pausedDays: 0, stoppedAt: null };

/** What the clock needs of an event: its action and when it happened. */
export interface ClockEvent {
  action: string;
  at: Date;
}

const ACCEPT = new Set(['case.accept', 'case.accept_with_deficiency']);
const STOP = new Set(['case.complete', 'case.reject', 'case.withdraw', 'case.return', 'case.deficiency_expire']);

/** Whole working and natural days between two instants' dates, the start date not counted. */
function pauseLength(cal: WorkCalendar, from: Date, to: Date): { workdays: number; days: number } {
  const [a, b] = [toShanghaiDate(from), toShanghaiDate(to)];
  if (b <= a) return { workdays: 0, days: 0 };
  return { workdays: cal.countWorkdays(a, b), days: shanghaiEpochDay(to) - shanghaiEpochDay(from) };
}

function endPause(state: ClockState, cal: WorkCalendar, at: Date): ClockState {
  if (!state.pausedSince) return state;
  const len = pauseLength(cal, state.pausedSince, at);
  return { ...state, pausedSince: null, pauseKind: null, pausedWorkdays: state.pausedWorkdays + len.workdays, pausedDays: state.pausedDays + len.days };
}

/** Applies one event to the clock. Events that do not concern the clock leave it unchanged. */
export function foldClock(state: ClockState, e: ClockEvent, cal: WorkCalendar): ClockState {
  if (state.stoppedAt) return state;
  if (ACCEPT.has(e.action)) return state.acceptedAt ? state : { ...state, acceptedAt: e.at };
  if (!state.acceptedAt) return state;
  switch (e.action) {
    case 'case.request_correction':
      return state.pausedSince ? state : { ...state, pausedSince: e.at, pauseKind: 'correction' };
    case 'case.start_special':
      return state.pausedSince ? state : { ...state, pausedSince: e.at, pauseKind: 'special' };
    case 'case.resubmit':
    case 'case.end_special':
      return endPause(state, cal, e.at);
    default:
      return STOP.has(e.action) ? { ...endPause(state, cal, e.at), stoppedAt: e.at } : state;
  }
}

/** Folds a case's events, oldest first. */
export function clockFromEvents(events: readonly ClockEvent[], cal: WorkCalendar): ClockState {
  return events.reduce((s, e) => foldClock(s, e, cal), INITIAL_CLOCK);
}

/** The four lines and the light as a case shows them (docs/domain.md S8). */
export interface Lines {
  acceptedAt: Date | null;
  statutoryDue: Date | null;
  promisedDue: Date | null;
  assessmentDue: Date | null;
  /** Working days used so far (or until the clock stopped), paused days not counted. */
  workdaysUsed: number;
  /** Working days paused, including a pause still running. */
  pausedWorkdays: number;
  paused: boolean;
  light: Light | null;
  /** False when a due date relies on a year whose holiday schedule is not published yet. */
  schedulePublished: boolean;
  /** Years the due dates reach that have no published schedule. */
  unpublishedYears: number[];
  /** When the light will change next if nothing happens; null when paused, stopped or overdue. */
  nextLightChangeAt: Date | null;
}

/** The light at `at` given the three due instants: each line is passed once `at` is after it. */
export function lightAt(at: Date, due: { assessmentDue: Date; promisedDue: Date; statutoryDue: Date }): Light {
  const t = at.getTime();
  if (t > due.statutoryDue.getTime()) return 'overdue';
  if (t > due.promisedDue.getTime()) return 'red';
  if (t > due.assessmentDue.getTime()) return 'yellow';
  return 'green';
}

/** The first line not yet passed at `at` — when the light changes next — or null when overdue. */
export function nextLineAfter(at: Date, due: { assessmentDue: Date; promisedDue: Date; statutoryDue: Date }): Date | null {
  const ahead = [due.assessmentDue, due.promisedDue, due.statutoryDue].filter((d) => d.getTime() >= at.getTime());
  return ahead.length ? new Date(Math.min(...ahead.map((d) => d.getTime()))) : null;
}

/** The four lines, the light and the time used, at `now` (or when the clock stopped). */
export function computeLines(state: ClockState, limits: ClockLimits, cal: WorkCalendar, now: Date): Lines {
  if (!state.acceptedAt) {
    return {
      acceptedAt: null,
      statutoryDue: null,
      promisedDue: null,
      assessmentDue: null,
      workdaysUsed: 0,
      pausedWorkdays: 0,
      paused: false,
      light: null,
      schedulePublished: true,
      unpublishedYears: [],
      nextLightChangeAt: null,
    };
  }
  const ref = state.stoppedAt ?? now;
  const running = state.pausedSince ? pauseLength(cal, state.pausedSince, ref) : { workdays: 0, days: 0 };
  const pw = state.pausedWorkdays + running.workdays;
  const pn = state.pausedDays + running.days;
  const statutory = deadlineForLimit(cal, state.acceptedAt, limits.statutory, pw, pn);
  const promised = deadlineForLimit(cal, state.acceptedAt, limits.promised, pw, pn);
  const assessment = deadlineForLimit(
    cal,
    state.acceptedAt,
    { value: assessmentDays(limits.promised.value, limits.assessmentRatio), unit: limits.promised.unit },
    pw,
    pn,
  );
  const dues = { statutoryDue: statutory.due, promisedDue: promised.due, assessmentDue: assessment.due };
  const acceptedDate = toShanghaiDate(state.acceptedAt);
  const refDate = toShanghaiDate(ref);
  const elapsed = refDate > acceptedDate ? cal.countWorkdays(acceptedDate, refDate) : 0;
  const missing = [...new Set([...statutory.missing, ...promised.missing, ...assessment.missing])].sort();
  return {
    acceptedAt: state.acceptedAt,
    ...dues,
    workdaysUsed: Math.max(0, elapsed - pw),
    pausedWorkdays: pw,
    paused: !!state.pausedSince && !state.stoppedAt,
    light: lightAt(ref, dues),
    schedulePublished: missing.length === 0,
    unpublishedYears: missing,
    nextLightChangeAt: state.stoppedAt || state.pausedSince ? null : nextLineAfter(ref, dues),
  };
}
