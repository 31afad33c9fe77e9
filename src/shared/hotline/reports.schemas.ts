import { z } from 'zod';
import { REPORT_PERIODS, TICKET_CHANNELS } from './tickets.enums';

/** Schemas of the hotline reports (定期通报). */

const share = z.number().nullable().meta({ description: 'A share in 0..1; null when nothing was counted' });

export const reportQuery = z.strictObject({
  period: z.enum(REPORT_PERIODS).default('day'),
  date: z.iso
    .date()
    .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'a date from 2000 to 2100')
    .optional()
    .meta({ description: 'Any date in the period (Beijing time); default today' }),
});

export const summarySchema = z.object({
  from: z.date(),
  to: z.date(),
  tickets: z.number().int(),
  calls: z.object({ total: z.number().int(), answered: z.number().int(), abandoned: z.number().int() }),
  connectionRate: share.meta({ description: 'Calls answered / calls (接通率)' }),
  firstContactRate: share.meta({ description: 'Tickets answered at first contact / tickets (直接答复率)' }),
  repeatCallRate: share.meta({ description: 'Tickets from numbers seen in the 30 days before / tickets (重复来电率)' }),
  signOnTimeRate: share.meta({ description: 'Assignments signed by their signing deadline / assignments due (签收及时率)' }),
  completionOnTimeRate: share.meta({ description: 'Replies within the limit / replies (按时办结率)' }),
  satisfactionRate: share.meta({ description: '满意 + 基本满意 / return visits (满意率)' }),
  resolutionRate: share.meta({ description: 'Resolved / return visits (解决率)' }),
  replied: z.number().int(),
  visits: z.number().int(),
  overdueOpen: z.number().int().meta({ description: 'Open tickets past their limit now' }),
});

const named = { nameZh: z.string(), nameEn: z.string() };

export const reportSchema = z.object({
  period: z.enum(REPORT_PERIODS),
  date: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  regionCode: z.string().nullable(),
  summary: summarySchema,
  byChannel: z.array(z.object({ channel: z.enum(TICKET_CHANNELS), count: z.number().int() })),
  byCategory: z.array(z.object({ categoryCode: z.string(), ...named, count: z.number().int() })),
  byRegion: z.array(z.object({ regionCode: z.string(), tickets: z.number().int(), completionOnTimeRate: share, satisfactionRate: share })),
  departments: z.array(
    z.object({
      rank: z.number().int().nullable().meta({ description: 'null: nothing finished or overdue in the period, so not ranked' }),
      departmentCode: z.string(),
      ...named,
      assigned: z.number().int(),
      signOnTimeRate: share,
      replied: z.number().int(),
      completionOnTimeRate: share,
      visits: z.number().int(),
      satisfactionRate: share,
      resolutionRate: share,
      overdueOpen: z.number().int(),
      score: z
        .number()
        .nullable()
        .meta({ description: 'Weighted score 0–100 over the rates the department has (rankingWeights, renormalised); null when not ranked' }),
    }),
  ),
  hotSpots: z.object({
    places: z.array(z.object({ place: z.string(), count: z.number().int(), topCategory: z.string(), ...named })),
    categories: z.array(z.object({ categoryCode: z.string(), ...named, count: z.number().int() })),
  }),
  rankingWeights: z.object({ completionOnTime: z.number(), satisfaction: z.number(), resolution: z.number(), signOnTime: z.number() }),
});
