import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../cases/shared/format';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { PeriodicItemWire } from '../../shared/reports/reports.wire';
import { getPeriodic, listPeriodic, periodicFileUrl } from './reportsApi';
import { ReportView } from './ReportView';
import './reports.css';

const PAGE_SIZE = 20;

/**
 * The periodic-report inbox (定期通报): the reports pushed to the signed-in account (supervisors:
 * all of them), newest first; a report opens on screen and downloads as xlsx or PDF. `?id=` opens
 * one directly (the message bell links it).
 */
export function PeriodicInboxPage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('reports.inbox.title'));
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const list = useApiQuery((signal) => listPeriodic({ page, pageSize: PAGE_SIZE }, signal), [page]);
  const openId = params.get('id');
  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('id', id);
    else next.delete('id');
    setParams(next, { replace: true });
  };
  const title = (r: PeriodicItemWire) => (lang === 'en-US' ? r.titleEn : r.titleZh);

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('reports.inbox.title')}
      </Typography.Title>
      <p className="tb-lead">{t('reports.inbox.lead')}</p>
      {list.status === 'error' && list.error.status === 403 && <Alert type="info" showIcon title={t('reports.forbidden')} />}
      {list.status === 'error' && list.error.status !== 403 && <ErrorAlert error={list.error} title={t('reports.error')} onRetry={list.reload} />}
      <Table<PeriodicItemWire>
        rowKey="id"
        loading={list.status === 'loading'}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.inbox.empty')} /> }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { key: 'title', title: t('reports.inbox.report'), render: (_, r) => title(r) },
          { key: 'kind', title: t('reports.period'), width: 90, render: (_, r) => <Tag color="blue">{t(`reports.period.${r.kind}`)}</Tag> },
          { key: 'range', title: t('reports.inbox.range'), width: 210, render: (_, r) => `${r.fromDate} – ${r.toDate}` },
          { key: 'generated', title: t('reports.inbox.generated'), width: 170, render: (_, r) => formatDateTime(r.generatedAt) },
          {
            key: 'actions',
            title: t('reports.inbox.actions'),
            width: 280,
            render: (_, r) => (
              <Space wrap>
                <Button size="small" icon={<EyeOutlined aria-hidden="true" />} onClick={() => open(r.id)} aria-label={`${t('reports.inbox.open')} ${title(r)}`}>
                  {t('reports.inbox.open')}
                </Button>
                <a className="ant-btn ant-btn-default ant-btn-sm" href={periodicFileUrl(r.id, 'xlsx')} download>
                  <DownloadOutlined aria-hidden="true" /> Excel
                </a>
                {r.hasPdf && (
                  <a className="ant-btn ant-btn-default ant-btn-sm" href={periodicFileUrl(r.id, 'pdf')} download>
                    <DownloadOutlined aria-hidden="true" /> PDF
                  </a>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Drawer open={!!openId} onClose={() => open(null)} size="large" width="min(1200px, 96vw)" title={t('reports.inbox.report')} destroyOnHidden>
        {openId && <PeriodicDetail id={openId} />}
      </Drawer>
    </div>
  );
}

function PeriodicDetail({ id }: { id: string }) {
  const t = useT();
  const { lang } = useLang();
  const load = useApiQuery((signal) => getPeriodic(id, signal), [id]);
  if (load.status === 'loading') return <Skeleton active paragraph={{ rows: 10 }} />;
  if (load.status === 'error') return <ErrorAlert error={load.error} title={t('reports.error')} onRetry={load.reload} />;
  const r = load.data;
  return (
    <div>
      <Typography.Title level={2} className="tb-page-title">
        {lang === 'en-US' ? r.titleEn : r.titleZh}
      </Typography.Title>
      <p className="tb-rp-range">
        {t('reports.range', { from: r.fromDate, to: r.toDate })} · {t('reports.inbox.generated')} {formatDateTime(r.generatedAt)}
      </p>
      <Space className="tb-rp-tools">
        <a className="ant-btn ant-btn-default" href={periodicFileUrl(r.id, 'xlsx')} download data-testid="periodic-xlsx">
          <DownloadOutlined aria-hidden="true" /> {t('reports.download.xlsx')}
        </a>
        {r.hasPdf && (
          <a className="ant-btn ant-btn-default" href={periodicFileUrl(r.id, 'pdf')} download data-testid="periodic-pdf">
            <DownloadOutlined aria-hidden="true" /> {t('reports.download.pdf')}
          </a>
        )}
      </Space>
      <ReportView report={r.report} />
    </div>
  );
}
