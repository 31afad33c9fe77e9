// The package's own functions (isWorkday, getDayDetail, …) shift dates by one in time zones west
// of UTC (checked with chinese-days 1.5.7 under TZ=America/New_York), and they cannot list which
// years they know. Its JSON table — documented by the package for non-JS users — has neither flaw.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { dayOfWeek, isIsoDate } from './shanghai-date';
import { WorkCalendar, type CalendarDay } from './work-calendar';

/** One row of the calendar table, ready to be stored. */
export interface CalendarRow extends CalendarDay {
  date: string;
  name: string;
}

interface ChineseDaysTable {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const table: ChineseDaysTable = chineseDays;

/**
 * Calendar rows for every year `chinese-days` publishes: each statutory holiday (weekend days of a
 * holiday too, so they carry the holiday's name) and each make-up working day on a weekend.
 * Sorted by date. Names are the Chinese holiday names (元旦, 春节, …).
 */
export function calendarRowsFromChineseDays(): CalendarRow[] {
  const rows: CalendarRow[] = [];
  for (const [date, label] of Object.entries(table.holidays)) {
    rows.push({ date: checkedDate(date), workday: false, kind: 'holiday', name: holidayName(label) });
  }
  for (const [date, label] of Object.entries(table.workdays)) {
    const weekday = dayOfWeek(checkedDate(date));
    // A "working day" entry on Mon–Fri changes nothing, so it is not worth a row.
    if (weekday === 0 || weekday === 6) rows.push({ date, workday: true, kind: 'makeup', name: holidayName(label) });
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Years whose State Council holiday notice is in `chinese-days`. Every notice declares New Year's
 * Day, so a year is published iff its table has at least one holiday.
 */
export function publishedYearsFromChineseDays(): Set<number> {
  return new Set(Object.keys(table.holidays).map((date) => Number(date.slice(0, 4))));
}

/** A WorkCalendar straight from the package, for tests and for seeding an empty calendar table. */
export function workCalendarFromChineseDays(): WorkCalendar {
  const rows = calendarRowsFromChineseDays();
  return new WorkCalendar({
    days: new Map(rows.map(({ date, ...day }) => [date, day])),
    publishedYears: publishedYearsFromChineseDays(),
  });
}

/** Labels look like "National Day,国庆节,3": English name, Chinese name, holiday number. */
function holidayName(label: string): string {
  const [english, chinese] = label.split(',');
  return (chinese || english || label).trim();
}

function checkedDate(date: string): string {
  if (!isIsoDate(date)) throw new Error(`chinese-days has a malformed date: ${date}`);
  return date;
}
