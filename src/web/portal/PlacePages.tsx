import { PhoneOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Descriptions, Input, Segmented, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { PLACE_LEVELS, type PlaceLevel, type WindowKind } from '../../shared/places/places.enums';
import type { PlaceDetail, PlaceWindow } from '../../shared/places/places.wire';
import { codeLabel, hoursLines, nameIn, windowKindLabel } from './catalogText';
import './catalog.css';
import { PlaceFinder } from './PlaceFinder';
import { PlaceMap } from './PlaceMap';
import { useApiQuery } from '../shared/useApiQuery';

/** Items listed before "show all" on a place's page. */
const ITEMS_SHOWN = 30;

const isLevel = (value: string | null): value is PlaceLevel => PLACE_LEVELS.some((l) => l === value);

/** `/places?level=`: the "1+N+X" places, nearest first from the visitor or a chosen district. */
export function PlacesPage() {
  const t = useT();
  useDocumentTitle(t('catalog.places.title'));
  const [params, setParams] = useSearchParams();
  const raw = params.get('level');
  const level = isLevel(raw) ? raw : undefined;
  return (
    <div className="tb-container tb-page">
      <Breadcrumb className="tb-breadcrumb" items={[{ title: <Link to="/">{t('catalog.nav.home')}</Link> }, { title: t('catalog.places.title') }]} />
      <Typography.Title level={1} className="tb-page-title">
        {t('catalog.places.title')}
      </Typography.Title>
      <p className="tb-lead">{t('catalog.places.lead')}</p>
      <div className="tb-level-filter" role="group" aria-label={t('catalog.places.level')}>
        <Segmented
          value={level ?? 'all'}
          options={[{ value: 'all', label: t('catalog.places.level.all') }, ...PLACE_LEVELS.map((l) => ({ value: l, label: t(`catalog.places.level.${l}`) }))]}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value === 'all') next.delete('level');
            else next.set('level', String(value));
            setParams(next, { replace: true });
          }}
        />
      </div>
      <section aria-labelledby="places-list">
        <Typography.Title level={2} id="places-list" className="tb-visually-hidden">
          {t('catalog.places.listHeading')}
        </Typography.Title>
        <PlaceFinder level={level} pageSize={8} />
      </section>
    </div>
  );
}

/** `/places/:code`: one place with address, phone, hours, windows and the items it handles. */
export function PlacePage() {
  const { code = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const [filter, setFilter] = useState('');
  const [showAll, setShowAll] = useState(false);
  const place = useApiQuery<PlaceDetail>(`/api/v1/places/${encodeURIComponent(code)}`);
  const data = place.data && place.data.code === code ? place.data : undefined;
  useDocumentTitle(data ? data.name : t('catalog.places.title'));

  if (place.status === 'error' && !data) {
    return (
      <div className="tb-container tb-page">
        <Typography.Title level={1} className="tb-page-title">
          {t('catalog.places.title')}
        </Typography.Title>
        <ErrorAlert error={place.error} onRetry={place.error.status === 404 ? undefined : place.reload} />
        <p className="tb-back-link">
          <Link to="/places">{t('catalog.places.back')}</Link>
        </p>
      </div>
    );
  }
  if (!data) {
    return (
      <div className="tb-container tb-page" aria-busy="true">
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }

  const needle = filter.trim().toLowerCase();
  const items = data.items.filter((i) => !needle || i.name.includes(filter.trim()) || i.nameEn.toLowerCase().includes(needle) || i.code.includes(needle));
  const note = lang === 'en-US' ? data.hours.noteEn : data.hours.noteZh;

  return (
    <div className="tb-container tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[{ title: <Link to="/">{t('catalog.nav.home')}</Link> }, { title: <Link to="/places">{t('catalog.places.title')}</Link> }, { title: data.name }]}
      />
      <Typography.Title level={1} className="tb-page-title">
        {data.name}
      </Typography.Title>
      <div className="tb-tags">
        <Tag className="tb-tag-blue">{codeLabel(t, 'placeKind', data.kind)}</Tag>
        <Tag>{t('catalog.places.tier', { tier: data.tier })}</Tag>
        <Tag className="tb-tag-geekblue">{data.regionName}</Tag>
        {data.branchHall && <Tag className="tb-tag-purple">{codeLabel(t, 'branchHall', data.branchHall)}</Tag>}
      </div>
      <div className="tb-place-detail">
        <div>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'address', label: t('catalog.places.address'), children: data.address },
              {
                key: 'phone',
                label: t('catalog.places.phone'),
                children: (
                  <a href={`tel:${data.phone}`}>
                    <PhoneOutlined aria-hidden="true" /> {data.phone}
                  </a>
                ),
              },
              {
                key: 'hours',
                label: t('catalog.places.hours'),
                children: (
                  <>
                    <ul className="tb-hours">
                      {hoursLines(t, data.hours).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                    {note && <p className="tb-muted">{note}</p>}
                  </>
                ),
              },
              { key: 'coords', label: t('catalog.places.coordinates'), children: `${data.lat.toFixed(4)}, ${data.lng.toFixed(4)}` },
              ...(data.parentCode
                ? [
                    {
                      key: 'parent',
                      label: t('catalog.places.parent'),
                      children: <Link to={`/places/${encodeURIComponent(data.parentCode)}`}>{data.parentCode}</Link>,
                    },
                  ]
                : []),
            ]}
          />
        </div>
        <div>
          <PlaceMap points={[data]} numbered={[data]} label={t('catalog.places.mapOne', { name: data.name })} />
        </div>
      </div>

      {data.windows.length > 0 && (
        <section aria-labelledby="place-windows" className="tb-guide-section">
          <Typography.Title level={2} id="place-windows" className="tb-section-title">
            {t('catalog.places.windows', { n: data.windows.length })}
          </Typography.Title>
          <Table<PlaceWindow>
            size="small"
            rowKey="code"
            dataSource={data.windows}
            pagination={data.windows.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
            columns={[
              { title: t('catalog.places.windowCode'), dataIndex: 'code', width: 90 },
              { title: t('catalog.places.windowName'), key: 'name', render: (_v, w) => nameIn(lang, w) },
              { title: t('catalog.places.windowKind'), dataIndex: 'kind', render: (k: WindowKind) => windowKindLabel(t, k) },
            ]}
          />
        </section>
      )}

      <section aria-labelledby="place-items" className="tb-guide-section">
        <Typography.Title level={2} id="place-items" className="tb-section-title">
          {t('catalog.places.items', { n: data.items.length })}
        </Typography.Title>
        {data.items.length > 10 && (
          <Input.Search
            className="tb-place-item-filter"
            aria-label={t('catalog.places.filterItems')}
            placeholder={t('catalog.places.filterItems')}
            allowClear
            onChange={(e) => setFilter(e.target.value)}
          />
        )}
        <ul className="tb-place-items">
          {(showAll || needle ? items : items.slice(0, ITEMS_SHOWN)).map((i) => (
            <li key={i.code}>
              <Link to={`/items/${i.code}`}>{nameIn(lang, i)}</Link>
            </li>
          ))}
        </ul>
        {!showAll && !needle && items.length > ITEMS_SHOWN && (
          <Button type="link" onClick={() => setShowAll(true)} className="tb-show-all">
            {t('catalog.places.showAllItems', { n: items.length })}
          </Button>
        )}
      </section>
      <p className="tb-back-link">
        <Link to="/places">{t('catalog.places.back')}</Link>
      </p>
    </div>
  );
}
