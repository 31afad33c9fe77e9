import { defineErrors } from '../../platform/errors';

/** Error codes of the reports module (定期通报). */
export const REPORT_ERR = defineErrors({
  PERIOD_UNKNOWN: {
    kind: 'bad_input',
    zh: '未知的统计周期“{period}”（可选：day 日、week 周、month 月、quarter 季、year 年）',
    en: 'Unknown period “{period}” (one of day, week, month, quarter, year)',
  },
  CUT_UNKNOWN: {
    kind: 'bad_input',
    zh: '未知的统计维度“{by}”（可选：department 部门、region 区域、item 事项、window 窗口、person 人员）',
    en: 'Unknown cut “{by}” (one of department, region, item, window, person)',
  },
  DATE_INVALID: {
    kind: 'bad_input',
    zh: '日期“{date}”不符合统计周期“{period}”的格式（应为 {format}，如 {example}）',
    en: 'The date “{date}” does not fit the period “{period}” (expected {format}, e.g. {example})',
  },
  LEVEL_UNKNOWN: {
    kind: 'bad_input',
    zh: '未知的考评层级“{level}”（可选：department 部门、region 区域）',
    en: 'Unknown scoring level “{level}” (one of department, region)',
  },
  WEIGHT_INDICATOR_UNKNOWN: {
    kind: 'bad_input',
    zh: '“{indicator}”不是可考评的比率指标（可选：{allowed}）',
    en: '“{indicator}” is not a rate indicator that can be scored (one of {allowed})',
  },
  WEIGHTS_ALL_ZERO: { kind: 'bad_input', zh: '至少要有一项指标的权重大于 0', en: 'At least one indicator needs a weight above 0' },
  REPORT_NOT_FOUND: { kind: 'not_found', zh: '定期通报不存在', en: 'No such periodic report' },
  PDF_MISSING: { kind: 'not_found', zh: '该通报没有 PDF 文件', en: 'This report has no PDF file' },
});
