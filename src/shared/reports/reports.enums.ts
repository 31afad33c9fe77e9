/**
 * The closed lists of the reports (定期通报, docs/domain.md S10) that the server and the web app
 * both use. They import nothing, so the web app uses them without bundling zod.
 */

/** Report periods, each in Asia/Shanghai: a day, an ISO week, a month, a quarter, a year. */
export const REPORT_PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/**
 * Cuts of a report's rows. `window` is the window clerk who accepted the case (前台受理) and
 * `person` the staff member who decided it (the approver, or the clerk who completed a 即办件)
 * — docs/decisions.md D15.
 */
export const REPORT_CUTS = ['department', 'region', 'item', 'window', 'person'] as const;
export type ReportCut = (typeof REPORT_CUTS)[number];

export const REPORT_FORMATS = ['json', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** How an indicator's value reads: a count, a share (0–1), or working days. */
export const INDICATOR_KINDS = ['count', 'rate', 'days', 'minutes'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** The date format each period expects, as people are told when they get it wrong. */
export const PERIOD_DATE_FORMATS: Record<ReportPeriod, string> = {
  day: 'YYYY-MM-DD',
  week: 'YYYY-Www',
  month: 'YYYY-MM',
  quarter: 'YYYY-Qn',
  year: 'YYYY',
};
