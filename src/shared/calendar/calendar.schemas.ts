import { z } from 'zod';
import { isIsoDate } from '../dates';
import { DAY_KINDS } from './calendar.enums';

/** The working-day calendar API: public date arithmetic and the admin's maintenance of the year. */

export { DAY_KINDS, type DayKind } from './calendar.enums';

// Bounded like the year endpoints: beyond them there is no schedule to consult, results past
// 9999-12-31 are not dates at all, and counting across millennia would tie up the server.
export const calendarDateParam = z.string().refine((v) => isIsoDate(v) && v >= '2000-01-01' && v <= '2100-12-31', {
  message: 'must be a real date YYYY-MM-DD from 2000-01-01 to 2100-12-31 / 须为 2000-01-01 至 2100-12-31 之间的有效日期 YYYY-MM-DD',
});

export const addWorkdaysQuery = z.strictObject({ from: calendarDateParam, days: z.coerce.number().int().min(0).max(3650) });
export const addWorkdaysResponse = z.object({ date: z.string(), published: z.boolean() });

export const countWorkdaysQuery = z.strictObject({ from: calendarDateParam, to: calendarDateParam });
export const countWorkdaysResponse = z.object({ workdays: z.number(), published: z.boolean() });

export const calendarDaySchema = z.object({ date: z.string(), workday: z.boolean(), kind: z.enum(DAY_KINDS), name: z.string().optional(), source: z.string() });
export const calendarYearSchema = z.object({ year: z.number(), published: z.boolean(), note: z.string().nullable(), days: z.array(calendarDaySchema) });

export const setDayBody = z.strictObject({ workday: z.boolean(), kind: z.enum(DAY_KINDS), name: z.string().trim().max(40).nullable().default(null) });
export const setYearBody = z.strictObject({ published: z.boolean(), note: z.string().trim().max(200).nullable().default(null) });
