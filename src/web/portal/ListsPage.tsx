import { DownloadOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Empty, Pagination, Select, Skeleton, Typography } from 'antd';
import { useId } from 'react';
import { Link, Navigate, NavLink, useParams, useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { LISTS, type ListName as ListCode } from '../../shared/catalog/catalog.enums';
import type { ListResponse, OnlineRate } from '../../shared/catalog/catalog.wire';
import { modeLabel } from './catalogText';
import './catalog.css';
import { ItemResultList } from './ItemResultList';
import { useApiQuery } from '../shared/useApiQuery';

const isList = (value: string | undefined): value is ListCode => LISTS.some((l) => l === value);

/**
 * `/lists/:list?department=&page=`: one of the four public lists 马上办 / 网上办 / 就近办 / 一次办,
 * filterable by department, paged, with the whole list (or the department's part) as xlsx.
 */
export function ListsPage() {
  const { list } = useParams();
  const t = useT();
  const [params, setParams] = useSearchParams();
  const departmentId = useId();
  const department = params.get('department') || undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const valid = isList(list);
  const result = useApiQuery<ListResponse>(valid ? `/api/v1/lists/${list}` : null, { department, page });
  const departments = useApiQuery<OnlineRate>('/api/v1/stats/online-rate');
  useDocumentTitle(valid ? t('catalog.lists.pageTitle', { name: modeLabel(t, list) }) : t('catalog.lists.title'));
  if (!valid) return <Navigate to="/lists/immediate" replace />;

  const exportUrl = `/api/v1/lists/${list}/export.xlsx${department ? `?department=${encodeURIComponent(department)}` : ''}`;
  const setFilter = (next: { department?: string; page?: number }) => {
    const updated = new URLSearchParams(params);
    if ('department' in next) {
      if (next.department) updated.set('department', next.department);
      else updated.delete('department');
      updated.delete('page');
    }
    if (next.page) updated.set('page', String(next.page));
    setParams(updated);
  };
  const data = result.data;

  return (
    <div className="tb-container tb-page">
      <Breadcrumb className="tb-breadcrumb" items={[{ title: <Link to="/">{t('catalog.nav.home')}</Link> }, { title: t('catalog.lists.title') }]} />
      <Typography.Title level={1} className="tb-page-title">
        {t('catalog.lists.pageTitle', { name: modeLabel(t, list) })}
      </Typography.Title>
      <nav aria-label={t('catalog.lists.title')} className="tb-list-tabs">
        <ul>
          {LISTS.map((l) => (
            <li key={l}>
              <NavLink to={`/lists/${l}${department ? `?department=${encodeURIComponent(department)}` : ''}`} className="tb-list-tab">
                {modeLabel(t, l)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <p className="tb-lead">{t(`catalog.lists.desc.${list}`)}</p>
      <div className="tb-list-toolbar">
        <label htmlFor={departmentId} className="tb-filter-label">
          {t('search.field.department')}
        </label>
        <Select
          id={departmentId}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          className="tb-list-department"
          placeholder={t('catalog.search.any')}
          value={department}
          loading={departments.pending}
          options={(departments.data?.departments ?? []).map((d) => ({ value: d.departmentCode, label: d.departmentName }))}
          onChange={(value?: string) => setFilter({ department: value })}
        />
        <Button href={exportUrl} icon={<DownloadOutlined aria-hidden="true" />} className="tb-export-link" download>
          {t('catalog.lists.export')}
        </Button>
      </div>
      <section aria-labelledby="list-results" aria-busy={result.pending}>
        <Typography.Title level={2} id="list-results" className="tb-visually-hidden">
          {t('catalog.lists.results')}
        </Typography.Title>
        {result.status === 'error' && <ErrorAlert error={result.error} onRetry={result.reload} />}
        {result.status === 'loading' && !data && <Skeleton active paragraph={{ rows: 8 }} />}
        {data && result.status !== 'error' && (
          <>
            <p className="tb-result-count" role="status">
              {t('catalog.lists.total', { n: data.total })}
            </p>
            {data.items.length === 0 ? (
              <Empty className="tb-empty" description={t('catalog.lists.empty')} />
            ) : (
              <ItemResultList items={data.items} headingLevel={3} />
            )}
            {data.total > data.pageSize && (
              <nav aria-label={t('search.pagination')} className="tb-pagination">
                <Pagination
                  current={page}
                  total={data.total}
                  pageSize={data.pageSize}
                  showSizeChanger={false}
                  onChange={(next) => {
                    setFilter({ page: next });
                    window.scrollTo({ top: 0 });
                  }}
                />
              </nav>
            )}
          </>
        )}
      </section>
    </div>
  );
}
