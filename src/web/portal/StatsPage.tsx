import { Breadcrumb, Progress, Skeleton, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { OnlineRate } from '../../shared/catalog/catalog.wire';
import { percent } from './catalogText';
import './catalog.css';
import { useApiQuery } from '../shared/useApiQuery';

type DepartmentRate = OnlineRate['departments'][number];
type Category = OnlineRate['cityWide']['categories'][number];

/** A rate as a bar with its figure; the figure is the text, the bar is decoration. */
function RateBar({ rate, target }: { rate: number; target?: number }) {
  const below = target !== undefined && rate < target;
  return (
    <span className="tb-rate-bar">
      <Progress percent={Math.round(rate * 1000) / 10} showInfo={false} size="small" strokeColor={below ? '#ad4e00' : '#237804'} aria-hidden="true" />
      <span className={below ? 'tb-rate-below' : undefined}>{percent(rate)}</span>
    </span>
  );
}

/**
 * `/stats`: 网上可办率 (items that can be applied for online ÷ all items) overall and per
 * department against the 80 % target, the share done fully online, and the 全市通办 share.
 */
export function StatsPage() {
  const t = useT();
  useDocumentTitle(t('catalog.stats.title'));
  const stats = useApiQuery<OnlineRate>('/api/v1/stats/online-rate');
  const data = stats.data;

  return (
    <div className="tb-container tb-page">
      <Breadcrumb className="tb-breadcrumb" items={[{ title: <Link to="/">{t('catalog.nav.home')}</Link> }, { title: t('catalog.stats.title') }]} />
      <Typography.Title level={1} className="tb-page-title">
        {t('catalog.stats.title')}
      </Typography.Title>
      <p className="tb-lead">{t('catalog.stats.lead')}</p>
      {stats.status === 'error' && <ErrorAlert error={stats.error} onRetry={stats.reload} />}
      {stats.status === 'loading' && !data && <Skeleton active paragraph={{ rows: 10 }} />}
      {data && (
        <>
          <section aria-labelledby="stats-overall" className="tb-stats-cards">
            <Typography.Title level={2} id="stats-overall" className="tb-visually-hidden">
              {t('catalog.stats.overall')}
            </Typography.Title>
            <div className="tb-stat-card">
              <p className="tb-stat-label">{t('catalog.stats.onlineRate')}</p>
              <p className="tb-stat-figure">{percent(data.overall.onlineRate)}</p>
              <p className="tb-stat-sub">{t('catalog.stats.onlineOfTotal', { online: data.overall.online, total: data.overall.total })}</p>
              <p className={data.overall.onlineRate >= data.overall.target ? 'tb-stat-ok' : 'tb-stat-warn'}>
                {data.overall.onlineRate >= data.overall.target
                  ? t('catalog.stats.targetMet', { target: percent(data.overall.target) })
                  : t('catalog.stats.targetMissed', { target: percent(data.overall.target) })}
              </p>
            </div>
            <div className="tb-stat-card">
              <p className="tb-stat-label">{t('catalog.stats.fullyOnlineRate')}</p>
              <p className="tb-stat-figure">{percent(data.overall.fullyOnlineRate)}</p>
              <p className="tb-stat-sub">{t('catalog.stats.fullyOfTotal', { n: data.overall.fullyOnline, total: data.overall.total })}</p>
            </div>
            <div className="tb-stat-card">
              <p className="tb-stat-label">{t('catalog.stats.cityWide')}</p>
              <p className="tb-stat-figure">{percent(data.cityWide.rate)}</p>
              <p className="tb-stat-sub">{t('catalog.stats.cityWideOf', { n: data.cityWide.cityWide, total: data.cityWide.total })}</p>
              <p className={data.cityWide.rate >= data.cityWide.target ? 'tb-stat-ok' : 'tb-stat-warn'}>
                {data.cityWide.rate >= data.cityWide.target
                  ? t('catalog.stats.targetMet', { target: percent(data.cityWide.target) })
                  : t('catalog.stats.targetMissed', { target: percent(data.cityWide.target) })}
              </p>
            </div>
          </section>

          <section aria-labelledby="stats-departments" className="tb-guide-section">
            <Typography.Title level={2} id="stats-departments" className="tb-section-title">
              {t('catalog.stats.byDepartment')}
            </Typography.Title>
            <Table<DepartmentRate>
              size="small"
              rowKey="departmentCode"
              dataSource={data.departments}
              pagination={false}
              scroll={{ x: 720 }}
              columns={[
                {
                  title: t('search.field.department'),
                  dataIndex: 'departmentName',
                  render: (name: string, d) => <Link to={`/search?department=${d.departmentCode}`}>{name}</Link>,
                },
                { title: t('catalog.stats.items'), dataIndex: 'total', align: 'right', sorter: (a, b) => a.total - b.total },
                { title: t('catalog.stats.online'), dataIndex: 'online', align: 'right' },
                {
                  title: t('catalog.stats.onlineRate'),
                  dataIndex: 'onlineRate',
                  width: 200,
                  defaultSortOrder: undefined,
                  sorter: (a, b) => a.onlineRate - b.onlineRate,
                  render: (rate: number) => <RateBar rate={rate} target={data.overall.target} />,
                },
                {
                  title: t('catalog.stats.fullyOnlineRate'),
                  dataIndex: 'fullyOnlineRate',
                  width: 200,
                  sorter: (a, b) => a.fullyOnlineRate - b.fullyOnlineRate,
                  render: (rate: number) => <RateBar rate={rate} />,
                },
              ]}
            />
          </section>

          <section aria-labelledby="stats-citywide" className="tb-guide-section">
            <Typography.Title level={2} id="stats-citywide" className="tb-section-title">
              {t('catalog.stats.cityWideTitle')}
            </Typography.Title>
            <p className="tb-muted">{t('catalog.stats.cityWideLead', { target: percent(data.cityWide.target) })}</p>
            <Table<Category>
              size="small"
              rowKey="key"
              dataSource={data.cityWide.categories}
              pagination={false}
              columns={[
                { title: t('catalog.stats.category'), dataIndex: 'name' },
                { title: t('catalog.stats.items'), dataIndex: 'total', align: 'right' },
                { title: t('catalog.stats.cityWideItems'), dataIndex: 'cityWide', align: 'right' },
                {
                  title: t('catalog.stats.share'),
                  dataIndex: 'rate',
                  width: 220,
                  render: (rate: number) => <RateBar rate={rate} target={data.cityWide.target} />,
                },
              ]}
            />
          </section>
        </>
      )}
    </div>
  );
}
