/**
 * The reports module's only door (定期通报 and the indicator reports, docs/domain.md S10): the
 * composition root imports from here, never from the module's files (docs/architecture.md).
 * Modules with figures implement `ReportSource` (docs/decisions.md D15).
 */
export { createReportsRoutes } from './reports.routes';
export { registerReportsJobs } from './reports.jobs';
export { reportsDemoSeeder } from './reports.demo';
export {
  rateOf,
  meanOf,
  percentileOf,
  addSums,
  countInto,
  histogramMean,
  histogramPercentile,
  type KeySums,
  type ReportSource,
  type RollupEntry,
  type RollupInput,
  type SourceInput,
  type SourceResult,
  type SourceRollup,
  type SourceSection,
  type SourceRow,
  type Sums,
  type Values,
} from './reports.source';
export { invalidateRollups, rollUpSettledDays } from './reports.rollups';
