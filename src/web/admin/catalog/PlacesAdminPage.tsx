import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, Typography } from 'antd';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { Region } from '../../../shared/org/org.wire';
import { PLACE_LEVELS } from '../../../shared/places/places.enums';
import type { PlacesResponse, PlaceSummary } from '../../../shared/places/places.wire';
import { codeLabel } from '../../portal/catalogText';
import '../../portal/catalog.css';
import './admin-catalog.css';
import { PlaceEditor } from './PlaceEditor';

/** `/admin/places`: the "1+N+X" places — list, then one place's address, position, hours, windows and items. */
export function PlacesAdminPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  const back = () => setParams({});
  return (
    <div className="tb-catalog-admin">
      {params.get('new') === '1' ? (
        <PlaceEditor key="new" code={null} onClose={back} onCreated={(c) => setParams({ code: c })} />
      ) : code ? (
        <PlaceEditor key={code} code={code} onClose={back} onCreated={(c) => setParams({ code: c })} />
      ) : (
        <PlaceList />
      )}
    </div>
  );
}

function PlaceList() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('catalog.admin.placesTitle'));
  const [params, setParams] = useSearchParams();
  const levelId = useId();
  const regionId = useId();
  const level = params.get('level') ?? undefined;
  const region = params.get('region') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const places = useApiQuery<PlacesResponse>('/api/v1/places', { level, region, page, pageSize: 50 });
  const regions = useApiQuery<{ items: Region[] }>('/api/v1/regions');
  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };

  return (
    <div>
      <Typography.Title level={1} className="tb-page-title">
        {t('catalog.admin.placesTitle')}
      </Typography.Title>
      <div className="tb-admin-toolbar">
        <label htmlFor={levelId} className="tb-filter-label">
          {t('catalog.places.level')}
        </label>
        <Select
          id={levelId}
          allowClear
          placeholder={t('catalog.places.level.all')}
          value={level}
          onChange={(v?: string) => update({ level: v })}
          options={PLACE_LEVELS.map((l) => ({ value: l, label: t(`catalog.places.level.${l}`) }))}
          style={{ minWidth: 150 }}
        />
        <label htmlFor={regionId} className="tb-filter-label">
          {t('catalog.admin.region')}
        </label>
        <Select
          id={regionId}
          allowClear
          placeholder={t('catalog.search.any')}
          value={region}
          onChange={(v?: string) => update({ region: v })}
          options={(regions.data?.items ?? []).map((r) => ({ value: r.code, label: lang === 'en-US' ? r.nameEn : r.nameZh }))}
          style={{ minWidth: 180 }}
        />
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setParams({ new: '1' })} className="tb-admin-toolbar-actions">
          {t('catalog.admin.createPlace')}
        </Button>
      </div>
      {places.status === 'error' && <ErrorAlert error={places.error} onRetry={places.reload} />}
      <Table<PlaceSummary>
        size="middle"
        rowKey="code"
        loading={places.pending}
        dataSource={places.data?.places ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: 50,
          total: places.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('catalog.places.count', { n }),
          onChange: (next) => update({ page: String(next) }),
        }}
        columns={[
          { title: t('catalog.admin.col.code'), dataIndex: 'code', width: 140 },
          { title: t('catalog.admin.col.name'), key: 'name', render: (_v, p) => <Link to={`/admin/places?code=${encodeURIComponent(p.code)}`}>{p.name}</Link> },
          { title: t('catalog.admin.placeKind'), dataIndex: 'kind', width: 200, render: (k: string) => codeLabel(t, 'placeKind', k) },
          { title: t('catalog.admin.region'), dataIndex: 'regionName', width: 150 },
          { title: t('catalog.places.phone'), dataIndex: 'phone', width: 140 },
          {
            title: t('catalog.admin.col.actions'),
            key: 'actions',
            width: 110,
            render: (_v, p) => (
              <Link to={`/places/${encodeURIComponent(p.code)}`} aria-label={t('catalog.admin.viewPublicOf', { name: p.name })}>
                {t('catalog.admin.viewPublicShort')}
              </Link>
            ),
          },
        ]}
      />
    </div>
  );
}
