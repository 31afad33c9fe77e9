import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Select, Skeleton, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { REPORT_CUTS, type ReportCut } from '../../shared/reports/reports.enums';
import { lastMonth } from './period';
import { PeriodControls, periodFromParams } from './PeriodControls';
import { getReport, reportFileUrl, type ReportParams } from './reportsApi';
import { ReportView } from './ReportView';
import { TrendChart } from './TrendChart';
import './reports.css';

/**
 * `/supervision/reports` (统计通报): the indicators of any period by department, region, item,
 * window or person, with the trend of the last twelve periods, the ranking and rating charts, the table and its totals, and the xlsx
 * and PDF downloads. The choice lives in the URL, so a report can be linked.
 */
export function ReportsPage() {
  const t = useT();
  useDocumentTitle(t('reports.title'));
  const [params, setParams] = useSearchParams();
  const { period, date } = periodFromParams(params, lastMonth());
  const rawBy = params.get('by');
  const by: ReportCut = (REPORT_CUTS as readonly string[]).includes(rawBy ?? '') ? (rawBy as ReportCut) : 'department';
  const query: ReportParams = { period, date, by };
  const load = useApiQuery((signal) => getReport(query, signal), [period, date, by]);
  const report = load.status === 'error' ? undefined : load.data;

  const set = (changes: Partial<ReportParams>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ ...query, ...changes })) next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('reports.title')}
      </Typography.Title>
      <div className="tb-rp-tools" role="group" aria-label={t('reports.controls')}>
        <PeriodControls period={period} date={date} onChange={set} />
        <Select<ReportCut>
          aria-label={t('reports.by')}
          value={by}
          style={{ width: 150 }}
          onChange={(value) => set({ by: value })}
          options={REPORT_CUTS.map((c) => ({ value: c, label: t('reports.byOption', { cut: t(`reports.cut.${c}`) }) }))}
        />
        {report && (
          <span className="tb-rp-range" role="status">
            {t('reports.range', { from: report.fromDate, to: report.toDate })}
            {report.regionCode ? ` · ${t('reports.region', { code: report.regionCode })}` : ` · ${t('reports.cityWide')}`}
          </span>
        )}
        <span className="tb-rp-downloads">
          <a className="ant-btn ant-btn-default" href={reportFileUrl(query, 'xlsx')} download data-testid="report-xlsx">
            <DownloadOutlined aria-hidden="true" /> {t('reports.download.xlsx')}
          </a>
          <a className="ant-btn ant-btn-default" href={reportFileUrl(query, 'pdf')} download data-testid="report-pdf">
            <DownloadOutlined aria-hidden="true" /> {t('reports.download.pdf')}
          </a>
        </span>
      </div>
      {load.status === 'loading' && !report && <Skeleton active paragraph={{ rows: 12 }} />}
      {load.status === 'error' && load.error.status === 403 && <Alert type="info" showIcon title={t('reports.forbidden')} />}
      {load.status === 'error' && load.error.status !== 403 && <ErrorAlert error={load.error} title={t('reports.error')} onRetry={load.reload} />}
      {report && <TrendChart period={period} date={date} />}
      {report && <ReportView report={report} busy={load.pending} />}
    </div>
  );
}
