import type { WireOf } from '../wire';
import type {
  indicatorSchema,
  periodicDetailSchema,
  periodicItemSchema,
  periodicListSchema,
  reportRowSchema,
  reportSchema,
  scoreRowSchema,
  scoresSchema,
  trendSchema,
  weightsSchema,
} from './reports.schemas';

/** The reports API's answers as the browser receives them (see wire.ts). */

export type ReportWire = WireOf<typeof reportSchema>;
export type TrendWire = WireOf<typeof trendSchema>;
export type ReportRowWire = WireOf<typeof reportRowSchema>;
export type IndicatorWire = WireOf<typeof indicatorSchema>;
export type PeriodicItemWire = WireOf<typeof periodicItemSchema>;
export type PeriodicListWire = WireOf<typeof periodicListSchema>;
export type PeriodicDetailWire = WireOf<typeof periodicDetailSchema>;

export type ScoresWire = WireOf<typeof scoresSchema>;
export type ScoreRowWire = WireOf<typeof scoreRowSchema>;
export type WeightsWire = WireOf<typeof weightsSchema>;
