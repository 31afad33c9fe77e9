import { AimOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Pagination, Select, Skeleton, Tag } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { api, isAbortError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { CITY_REGION } from '../../shared/auth/roles';
import type { Region } from '../../shared/org/org.wire';
import type { PlaceLevel } from '../../shared/places/places.enums';
import type { PlaceDetail, PlacesResponse, PlaceSummary } from '../../shared/places/places.wire';
import { codeLabel, distanceText, hoursLines, REGION_CENTRES } from './catalogText';
import { PlaceMap } from './PlaceMap';
import { useApiQuery } from '../shared/useApiQuery';

export interface Origin {
  lat: number;
  lng: number;
  /** Where the point came from: the device, or the centre of a chosen region. */
  source: 'device' | 'region';
  regionCode?: string;
}

const ORIGIN_KEY = 'tongban.origin';

function readOrigin(): Origin | null {
  try {
    const raw = window.sessionStorage.getItem(ORIGIN_KEY);
    const value = raw ? (JSON.parse(raw) as Origin) : null;
    return value && Number.isFinite(value.lat) && Number.isFinite(value.lng) ? value : null;
  } catch {
    return null;
  }
}

function storeOrigin(origin: Origin | null): void {
  try {
    if (origin) window.sessionStorage.setItem(ORIGIN_KEY, JSON.stringify(origin));
    else window.sessionStorage.removeItem(ORIGIN_KEY);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
}

type Locating = { status: 'idle' } | { status: 'locating' } | { status: 'failed'; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' };

/** Details (hours) of the places shown, fetched once per place and language. */
function usePlaceDetails(codes: string[]): Map<string, PlaceDetail> {
  const { lang } = useLang();
  const cache = useRef(new Map<string, PlaceDetail>());
  const [, setVersion] = useState(0);
  const key = `${lang}|${codes.join(',')}`;
  const lastLang = useRef(lang);
  useEffect(() => {
    if (lastLang.current !== lang) {
      cache.current = new Map();
      lastLang.current = lang;
    }
    const missing = key
      .split('|')[1]
      .split(',')
      .filter((c) => c && !cache.current.has(c));
    if (!missing.length) return;
    const controller = new AbortController();
    Promise.all(
      missing.map((code) =>
        api
          .get<PlaceDetail>(`/api/v1/places/${encodeURIComponent(code)}`, { signal: controller.signal })
          .then((detail) => cache.current.set(code, detail))
          .catch((error: unknown) => {
            // Hours are an extra: the place is still listed without them.
            if (isAbortError(error)) throw error;
          }),
      ),
    )
      .then(() => setVersion((v) => v + 1))
      .catch(() => undefined);
    return () => controller.abort();
  }, [key, lang]);
  return cache.current;
}

/**
 * "Where can I do this near me?": places (of an item, or all) with distances from the visitor's
 * position (browser geolocation) or from the centre of a district they pick, nearest first,
 * paged, next to an offline map. Without a position, the "1+N+X" order.
 */
export function PlaceFinder({ itemCode, level, pageSize = 5 }: { itemCode?: string; level?: PlaceLevel; pageSize?: number }) {
  const t = useT();
  const { lang } = useLang();
  const regionSelectId = useId();
  const [origin, setOriginState] = useState<Origin | null>(readOrigin);
  const [locating, setLocating] = useState<Locating>({ status: 'idle' });
  const [page, setPage] = useState(1);
  const regions = useApiQuery<{ items: Region[] }>('/api/v1/regions');
  const places = useApiQuery<PlacesResponse>('/api/v1/places', {
    item: itemCode,
    level,
    near: origin ? `${origin.lat.toFixed(5)},${origin.lng.toFixed(5)}` : undefined,
    pageSize: 100,
  });

  const setOrigin = (next: Origin | null) => {
    storeOrigin(next);
    setOriginState(next);
    setPage(1);
  };

  useEffect(() => setPage(1), [itemCode, level]);

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setLocating({ status: 'failed', reason: 'unsupported' });
      return;
    }
    setLocating({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating({ status: 'idle' });
        setOrigin({ lat: position.coords.latitude, lng: position.coords.longitude, source: 'device' });
      },
      (error) => {
        const reason = error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable';
        setLocating({ status: 'failed', reason });
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  };

  const chooseRegion = (code?: string) => {
    if (!code) {
      setOrigin(null);
      return;
    }
    const centre = REGION_CENTRES[code];
    if (centre) setOrigin({ ...centre, source: 'region', regionCode: code });
  };

  const all: PlaceSummary[] = places.data?.places ?? [];
  const shown = all.slice((page - 1) * pageSize, page * pageSize);
  const details = usePlaceDetails(shown.map((p) => p.code));
  const regionName = (code?: string) => {
    const r = regions.data?.items.find((x) => x.code === code);
    return r ? (lang === 'en-US' ? r.nameEn : r.nameZh) : (code ?? '');
  };
  const regionOptions = (regions.data?.items ?? [])
    .filter((r) => REGION_CENTRES[r.code])
    .map((r) => ({ value: r.code, label: r.code === CITY_REGION ? t('catalog.places.cityCentre') : lang === 'en-US' ? r.nameEn : r.nameZh }));

  const status =
    locating.status === 'locating'
      ? t('catalog.places.locating')
      : origin?.source === 'device'
        ? t('catalog.places.sortedByDevice')
        : origin?.source === 'region'
          ? t('catalog.places.sortedByRegion', { region: origin.regionCode === CITY_REGION ? t('catalog.places.cityCentre') : regionName(origin.regionCode) })
          : t('catalog.places.noOrigin');

  return (
    <div className="tb-place-finder">
      <div className="tb-finder-controls">
        <Button type="primary" icon={<AimOutlined aria-hidden="true" />} onClick={locate} loading={locating.status === 'locating'}>
          {t('catalog.places.useMyLocation')}
        </Button>
        <span className="tb-finder-or">{t('catalog.places.or')}</span>
        <label htmlFor={regionSelectId} className="tb-finder-label">
          {t('catalog.places.chooseDistrict')}
        </label>
        <Select
          id={regionSelectId}
          allowClear
          className="tb-finder-region"
          placeholder={t('catalog.places.chooseDistrictPlaceholder')}
          value={origin?.source === 'region' ? origin.regionCode : undefined}
          options={regionOptions}
          loading={regions.pending}
          onChange={(code?: string) => chooseRegion(code)}
        />
        {origin && (
          <Button type="link" onClick={() => setOrigin(null)}>
            {t('catalog.places.clearOrigin')}
          </Button>
        )}
      </div>
      <p className="tb-finder-status" role="status" aria-live="polite">
        {status}
      </p>
      {locating.status === 'failed' && (
        <Alert
          type="warning"
          showIcon
          className="tb-finder-alert"
          title={t(`catalog.places.geo.${locating.reason}`)}
          description={t('catalog.places.geoFallback')}
        />
      )}

      {places.status === 'error' && <ErrorAlert error={places.error} onRetry={places.reload} />}
      {places.status === 'loading' && !places.data && <Skeleton active paragraph={{ rows: 5 }} />}
      {places.data && all.length === 0 && <Empty className="tb-empty" description={t('catalog.places.none')} />}
      {places.data && all.length > 0 && (
        <div className="tb-finder-body" aria-busy={places.pending}>
          <div className="tb-finder-list">
            <p className="tb-result-count">{t('catalog.places.count', { n: places.data.total })}</p>
            <ol className="tb-place-list" start={(page - 1) * pageSize + 1}>
              {shown.map((p, i) => {
                const detail = details.get(p.code);
                return (
                  <li key={p.code} className="tb-place">
                    <span className="tb-place-number" aria-hidden="true">
                      {(page - 1) * pageSize + i + 1}
                    </span>
                    <div className="tb-place-body">
                      <div className="tb-place-head">
                        <Link to={`/places/${encodeURIComponent(p.code)}`} className="tb-place-name">
                          {p.name}
                        </Link>
                        {p.distanceMetres !== undefined && (
                          <span className="tb-distance">
                            <EnvironmentOutlined aria-hidden="true" /> {t('catalog.places.distance', { d: distanceText(t, p.distanceMetres) })}
                          </span>
                        )}
                      </div>
                      <div className="tb-tags">
                        <Tag>{codeLabel(t, 'placeKind', p.kind)}</Tag>
                        <Tag className="tb-tag-geekblue">{p.regionName}</Tag>
                      </div>
                      <dl className="tb-place-facts">
                        <div>
                          <dt>{t('catalog.places.address')}</dt>
                          <dd>{p.address}</dd>
                        </div>
                        <div>
                          <dt>{t('catalog.places.phone')}</dt>
                          <dd>
                            <a href={`tel:${p.phone}`}>
                              <PhoneOutlined aria-hidden="true" /> {p.phone}
                            </a>
                          </dd>
                        </div>
                        <div>
                          <dt>{t('catalog.places.hours')}</dt>
                          <dd>{detail ? hoursLines(t, detail.hours).slice(0, 3).join(t('catalog.sentenceSeparator')) : t('common.loading')}</dd>
                        </div>
                      </dl>
                    </div>
                  </li>
                );
              })}
            </ol>
            {all.length > pageSize && (
              <nav aria-label={t('catalog.places.pagination')} className="tb-pagination">
                <Pagination size="small" current={page} pageSize={pageSize} total={all.length} showSizeChanger={false} onChange={setPage} />
              </nav>
            )}
          </div>
          <div className="tb-finder-map">
            <PlaceMap
              points={all}
              numbered={shown}
              firstNumber={(page - 1) * pageSize + 1}
              origin={origin}
              label={t('catalog.places.mapLabel', { n: shown.length, origin: origin ? t('catalog.places.mapWithOrigin') : '' })}
            />
            <p className="tb-map-note">{t('catalog.places.mapNote')}</p>
          </div>
        </div>
      )}
    </div>
  );
}
