import type { z } from 'zod';
import type { WireOf } from '../wire';
import type { calendarDaySchema, calendarYearSchema, setDayBody, setYearBody } from './calendar.schemas';

export type { DayKind } from './calendar.enums';

/** The calendar API's answers as the browser receives them, and the bodies it sends (see wire.ts). */

export type CalendarDay = WireOf<typeof calendarDaySchema>;
export type CalendarYear = WireOf<typeof calendarYearSchema>;
export type SetDayInput = z.input<typeof setDayBody>;
export type SetYearInput = z.input<typeof setYearBody>;
