import { Card, Empty, Skeleton, Table } from 'antd';
import { useMemo } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { EChart, type ChartOption } from '../../shared/EChart';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { getDepartmentLoad } from '../shared/casesApi';
import { localName } from '../shared/format';
import type { DepartmentLoad as Load } from '../../../shared/cases/cases.wire';

type Row = Load['departments'][number];

/** Open back-office work per department (for routing): a stacked bar chart and the same figures as a table. */
export function DepartmentLoad({ refreshKey }: { refreshKey: number }) {
  const t = useT();
  const { lang } = useLang();
  const load = useApiQuery((signal) => getDepartmentLoad(signal), [refreshKey]);
  const { reload } = load;

  return (
    <Card size="small" title={<h2 className="tb-card-title">{t('cases.assign.loadTitle')}</h2>} className="tb-case-card tb-load-card">
      {load.status === 'loading' && <Skeleton active />}
      {load.status === 'error' && <ErrorAlert error={load.error} onRetry={reload} />}
      {load.status === 'done' && (
        <>
          <p className="tb-hint">{t('cases.assign.unrouted', { n: load.data.unrouted })}</p>
          {load.data.departments.length === 0 ? (
            <Empty description={t('cases.assign.loadEmpty')} />
          ) : (
            <>
              <LoadChart rows={load.data.departments} />
              <Table<Row>
                aria-label={t('cases.assign.loadTitle')}
                size="small"
                rowKey="departmentCode"
                pagination={false}
                dataSource={load.data.departments}
                scroll={{ x: 'max-content' }}
                columns={[
                  { key: 'dept', title: t('cases.assign.department'), render: (_v, r) => localName(lang, r.nameZh, r.nameEn) },
                  { key: 'review', title: t('cases.assign.pendingReview'), dataIndex: 'pendingReview', align: 'right' },
                  { key: 'decision', title: t('cases.assign.pendingDecision'), dataIndex: 'pendingDecision', align: 'right' },
                  { key: 'special', title: t('cases.assign.special'), dataIndex: 'special', align: 'right' },
                  { key: 'specialOverdue', title: t('cases.assign.specialOverdue'), dataIndex: 'specialOverdue', align: 'right' },
                  { key: 'yellow', title: t('cases.light.yellow'), dataIndex: 'yellow', align: 'right' },
                  { key: 'red', title: t('cases.light.red'), dataIndex: 'red', align: 'right' },
                  { key: 'overdue', title: t('cases.light.overdue'), dataIndex: 'overdue', align: 'right' },
                ]}
              />
            </>
          )}
        </>
      )}
    </Card>
  );
}

function LoadChart({ rows }: { rows: Row[] }) {
  const t = useT();
  const { lang } = useLang();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => localName(lang, r.nameZh, r.nameEn)), inverse: true },
      series: [
        {
          name: t('cases.assign.pendingReview'),
          type: 'bar',
          stack: 'load',
          barMaxWidth: 28,
          data: rows.map((r) => r.pendingReview),
          itemStyle: { color: '#0958d9' },
        },
        {
          name: t('cases.assign.pendingDecision'),
          type: 'bar',
          stack: 'load',
          barMaxWidth: 28,
          data: rows.map((r) => r.pendingDecision),
          itemStyle: { color: '#08979c' },
        },
        { name: t('cases.assign.special'), type: 'bar', stack: 'load', barMaxWidth: 28, data: rows.map((r) => r.special), itemStyle: { color: '#8c8c8c' } },
      ],
    }),
    [rows, lang, t],
  );
  // The table below carries the same figures for screen readers; the chart is a picture of it.
  return <EChart option={option} label={t('cases.assign.chartLabel')} className="tb-load-chart" height={Math.max(120, 48 + rows.length * 36)} />;
}
