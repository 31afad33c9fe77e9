import { Empty, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLang, useT, type Translate } from '../i18n/I18nProvider';
import { isMessageKey } from '../i18n/messages';
import { api, isAbortError, toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { SearchBox } from './SearchBox';

/** One service item as `GET /api/v1/items` lists it (the fields this page shows). */
export interface ItemSummary {
  code: string;
  name: string;
  nameEn?: string;
  departmentCode: string;
  departmentName?: string | null;
  type: string;
  modes: string[];
}

export interface ItemPage {
  items: ItemSummary[];
  total: number;
  pageSize?: number;
}

/** Page size assumed when the server does not say. */
const DEFAULT_PAGE_SIZE = 20;

const AUDIENCES = ['citizen', 'enterprise'] as const;
type Audience = (typeof AUDIENCES)[number];
const isAudience = (value: string | null): value is Audience => AUDIENCES.some((audience) => audience === value);

type Load = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; result: ItemPage };

function readPage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** A known code's label, else the code itself (the catalog may add codes before the UI knows them). */
function labelOf(t: Translate, prefix: 'itemType' | 'mode', code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** `/search?q=&page=&audience=citizen|enterprise`: service items matching the query, paged. */
export function SearchPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const page = readPage(params.get('page'));
  const rawAudience = params.get('audience');
  const audience = isAudience(rawAudience) ? rawAudience : undefined;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const heading = q
    ? t('search.resultsFor', { q })
    : audience
      ? t(`search.audience.${audience}`)
      : t('search.allItems');
  useDocumentTitle(heading);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    api
      .get<ItemPage>('/api/v1/items', { query: { q, page, audience }, signal: controller.signal })
      .then((result) => setLoad({ status: 'done', result }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setLoad({ status: 'error', error: toApiError(error) });
      });
    return () => controller.abort();
  }, [q, page, audience, attempt]);

  const goToPage = (next: number) => {
    const updated = new URLSearchParams(params);
    updated.set('page', String(next));
    setParams(updated);
    window.scrollTo({ top: 0 });
  };

  return (
    <div className="tb-container tb-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('search.title')}
      </Typography.Title>
      <SearchBox initialQuery={q} size="middle" />
      <section aria-labelledby="search-results-heading" aria-busy={load.status === 'loading'} className="tb-search-results">
        <Typography.Title level={2} id="search-results-heading" className="tb-section-title">
          {heading}
        </Typography.Title>
        {load.status === 'loading' && <Skeleton active paragraph={{ rows: 6 }} />}
        {load.status === 'error' && (
          <ErrorAlert error={load.error} title={t('search.errorTitle')} onRetry={() => setAttempt((n) => n + 1)} />
        )}
        {load.status === 'done' && <SearchResults result={load.result} page={page} onPage={goToPage} />}
      </section>
    </div>
  );
}

function SearchResults({ result, page, onPage }: { result: ItemPage; page: number; onPage: (page: number) => void }) {
  const t = useT();
  const { lang } = useLang();
  if (result.items.length === 0) {
    return (
      <Empty
        className="tb-empty"
        description={
          <>
            <strong className="tb-empty-title">{t('search.empty')}</strong>
            <span className="tb-empty-hint">{t('search.emptyHint')}</span>
          </>
        }
      />
    );
  }
  return (
    <>
      <p className="tb-result-count" role="status">
        {t('search.total', { total: result.total })}
      </p>
      <ol className="tb-result-list">
        {result.items.map((item) => (
          <li key={item.code} className="tb-result">
            <Typography.Title level={3} className="tb-result-name">
              {lang === 'en-US' && item.nameEn ? item.nameEn : item.name}
            </Typography.Title>
            <dl className="tb-result-meta">
              <div>
                <dt>{t('search.field.code')}</dt>
                <dd>{item.code}</dd>
              </div>
              <div>
                <dt>{t('search.field.department')}</dt>
                <dd>{item.departmentName ?? item.departmentCode}</dd>
              </div>
              <div>
                <dt>{t('search.field.type')}</dt>
                <dd>{labelOf(t, 'itemType', item.type)}</dd>
              </div>
              {item.modes.length > 0 && (
                <div>
                  <dt>{t('search.field.modes')}</dt>
                  <dd>
                    {item.modes.map((mode) => (
                      <Tag key={mode} color="blue">
                        {labelOf(t, 'mode', mode)}
                      </Tag>
                    ))}
                  </dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ol>
      {result.total > (result.pageSize ?? DEFAULT_PAGE_SIZE) && (
        <nav aria-label={t('search.pagination')} className="tb-pagination">
          <Pagination
            current={page}
            total={result.total}
            pageSize={result.pageSize ?? DEFAULT_PAGE_SIZE}
            showSizeChanger={false}
            onChange={onPage}
          />
        </nav>
      )}
    </>
  );
}
