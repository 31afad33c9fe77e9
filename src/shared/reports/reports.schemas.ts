import { z } from 'zod';
import { INDICATOR_KINDS, REPORT_CUTS, REPORT_FORMATS, REPORT_PERIODS } from './reports.enums';

export * from './reports.enums';

/**
 * The reports API's contract (docs/domain.md S10): the indicators of a period per cut, and the
 * periodic reports pushed to their subscribers. An indicator without data is null, never a
 * perfect score.
 */

/**
 * `period` and `by` are checked by the service rather than by an enum here, so an unknown one is
 * answered with a message naming the allowed values (the lists are in the descriptions).
 */
export const reportQuery = z.strictObject({
  period: z
    .string()
    .trim()
    .max(10)
    .describe(`One of ${REPORT_PERIODS.join(', ')}`),
  /** day 2026-11-30, week 2026-W48 (ISO week), month 2026-11, quarter 2026-Q4, year 2026. */
  date: z.string().trim().max(10).describe('day YYYY-MM-DD, week YYYY-Www (ISO), month YYYY-MM, quarter YYYY-Qn, year YYYY'),
  by: z
    .string()
    .trim()
    .max(12)
    .describe(`One of ${REPORT_CUTS.join(', ')}`),
  format: z.enum(REPORT_FORMATS).default('json'),
});
export type ReportQuery = z.infer<typeof reportQuery>;

export const indicatorSchema = z.object({
  key: z.string(),
  /** The source that computes it (cases, ratings, hotline …). */
  source: z.string(),
  zh: z.string(),
  en: z.string(),
  kind: z.enum(INDICATOR_KINDS),
});

const valuesSchema = z.record(z.string(), z.number().nullable());

export const reportRowSchema = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  values: valuesSchema,
});

/**
 * A table of its own a source adds below the indicators, keyed by something the cuts do not have
 * (the halls' figures per hall: docs/decisions.md D15).
 */
export const reportSectionSchema = z.object({
  key: z.string(),
  source: z.string(),
  zh: z.string(),
  en: z.string(),
  /** The first column's header (大厅 / Hall). */
  keyZh: z.string(),
  keyEn: z.string(),
  indicators: z.array(indicatorSchema),
  rows: z.array(reportRowSchema),
});

export const reportSchema = z.object({
  period: z.enum(REPORT_PERIODS),
  /** The period as asked, normalised (2026-W48, 2026-11 …). */
  periodKey: z.string(),
  by: z.enum(REPORT_CUTS),
  /** First and last day of the period (Asia/Shanghai). */
  fromDate: z.string(),
  toDate: z.string(),
  /** Null: city-wide; else the one region the caller sees. */
  regionCode: z.string().nullable(),
  generatedAt: z.date(),
  indicators: z.array(indicatorSchema),
  rows: z.array(reportRowSchema),
  total: z.object({ values: valuesSchema }),
  /** Reports stored before sections existed have none. */
  sections: z.array(reportSectionSchema).default([]),
});
export type Report = z.output<typeof reportSchema>;
export type ReportSection = z.output<typeof reportSectionSchema>;

/** The trend: the city's (or the caller's region's) totals for the `points` periods ending with `date`. */
export const trendQuery = z.strictObject({
  period: reportQuery.shape.period,
  date: reportQuery.shape.date,
  points: z.coerce.number().int().min(2).max(24).default(12),
});

export const trendSchema = z.object({
  period: z.enum(REPORT_PERIODS),
  regionCode: z.string().nullable(),
  indicators: z.array(indicatorSchema),
  /** Oldest first. */
  points: z.array(z.object({ periodKey: z.string(), fromDate: z.string(), toDate: z.string(), values: valuesSchema })),
});
export type Trend = z.output<typeof trendSchema>;
export type ReportRow = z.output<typeof reportRowSchema>;
export type Indicator = z.output<typeof indicatorSchema>;

export const periodicListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const periodicItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(REPORT_PERIODS),
  periodKey: z.string(),
  by: z.enum(REPORT_CUTS),
  fromDate: z.string(),
  toDate: z.string(),
  generatedAt: z.date(),
  titleZh: z.string(),
  titleEn: z.string(),
  hasPdf: z.boolean(),
});

export const periodicListSchema = z.object({
  items: z.array(periodicItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const periodicDetailSchema = periodicItemSchema.extend({ report: reportSchema });

/** 考评 (docs/domain.md S11): departments or regions scored by weighted report indicators. */
export const SCORE_LEVELS = ['department', 'region'] as const;

export const scoresQuery = z.strictObject({
  period: z
    .string()
    .trim()
    .max(10)
    .describe(`One of ${REPORT_PERIODS.join(', ')}`),
  date: z.string().trim().max(10).describe('As for /api/v1/reports'),
  level: z
    .string()
    .trim()
    .max(12)
    .describe(`One of ${SCORE_LEVELS.join(', ')}`),
});

export const scoreWeightSchema = z.object({
  indicator: z.string(),
  zh: z.string(),
  en: z.string(),
  /** 0–100; weights are renormalised over the indicators a row has data for. */
  weight: z.number(),
});

export const scoreRowSchema = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** Null: not ranked (nothing to judge its timeliness by). */
  rank: z.number().nullable(),
  /** 0–100, or null when there is no data to score. */
  score: z.number().nullable(),
  parts: z.array(z.object({ indicator: z.string(), weight: z.number(), value: z.number().nullable(), points: z.number().nullable() })),
});

export const scoresSchema = z.object({
  period: z.enum(REPORT_PERIODS),
  periodKey: z.string(),
  level: z.enum(SCORE_LEVELS),
  fromDate: z.string(),
  toDate: z.string(),
  regionCode: z.string().nullable(),
  weights: z.array(scoreWeightSchema),
  rows: z.array(scoreRowSchema),
});

export const weightsSchema = z.object({ weights: z.array(scoreWeightSchema) });

export const putWeightsBody = z.strictObject({
  weights: z
    .array(z.strictObject({ indicator: z.string().max(40), weight: z.number().min(0).max(100) }))
    .min(1)
    .max(50),
});
