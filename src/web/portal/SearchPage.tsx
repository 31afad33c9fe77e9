import { AppstoreOutlined } from '@ant-design/icons';
import { Button, Empty, Grid, Pagination, Select, Skeleton, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { AUDIENCES, HANDLING_MODES, ITEM_TYPES } from '../../shared/catalog/catalog.enums';
import type { OnlineRate, SearchResponse } from '../../shared/catalog/catalog.wire';
import { modeLabel, nameIn, topicLabel, TOPICS, typeLabel } from './catalogText';
import './catalog.css';
import { ItemResultList } from './ItemResultList';
import { SearchBox } from './SearchBox';
import { useApiQuery } from '../shared/useApiQuery';

/** The filters the results page understands, as URL parameters. */
const FILTERS = ['department', 'audience', 'type', 'mode', 'topic'] as const;
type Filter = (typeof FILTERS)[number];

function readPage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/**
 * `/search?q=&department=&audience=&type=&mode=&topic=&page=`: service items matching the query,
 * in relevance order (browse order without a query), filterable and paged. Matching "一件事"
 * bundles are offered above the first page.
 */
export function SearchPage() {
  const t = useT();
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const page = readPage(params.get('page'));
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || undefined])) as Record<Filter, string | undefined>;
  // 个人办事 / 法人办事: an explicit preference, or the audience filter the visitor came in with.
  const prefer = params.get('prefer') || filters.audience;
  const verbatim = params.get('verbatim') === '1' ? '1' : undefined;
  const result = useApiQuery<SearchResponse>('/api/v1/items', { q: q || undefined, ...filters, prefer: params.get('prefer') || undefined, verbatim, page });
  const departments = useApiQuery<OnlineRate>('/api/v1/stats/online-rate');
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;

  const corrected = result.data?.correctedFrom && result.data.suggestion ? result.data.suggestion.text : null;
  const heading = q
    ? t('search.resultsFor', { q: corrected ?? q })
    : filters.topic
      ? t('catalog.search.topicHeading', { topic: topicLabel(t, filters.topic) })
      : filters.audience === 'citizen' || filters.audience === 'enterprise'
        ? t(`search.audience.${filters.audience}`)
        : t('search.allItems');
  useDocumentTitle(heading);

  const update = (changes: Partial<Record<Filter | 'page', string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const activeFilters = FILTERS.filter((f) => filters[f]).length;
  /** The results page for another text, keeping the filters and the preference. */
  const searchFor = (text: string, extra: Record<string, string> = {}) => {
    const next = new URLSearchParams(params);
    next.set('q', text);
    for (const name of ['page', 'verbatim']) next.delete(name);
    for (const [name, value] of Object.entries(extra)) next.set(name, value);
    return `/search?${next.toString()}`;
  };

  const departmentOptions = (departments.data?.departments ?? []).map((d) => ({ value: d.departmentCode, label: d.departmentName }));
  const data = result.data;
  const filterFields = (
    <>
      <FilterSelect
        label={t('search.field.department')}
        value={filters.department}
        options={departmentOptions}
        loading={departments.pending}
        onChange={(department) => update({ department })}
      />
      <FilterSelect
        label={t('catalog.field.audience')}
        value={filters.audience}
        options={AUDIENCES.map((a) => ({ value: a, label: t(`catalog.audience.${a}`) }))}
        onChange={(audience) => update({ audience })}
      />
      <FilterSelect
        label={t('search.field.type')}
        value={filters.type}
        options={ITEM_TYPES.map((type) => ({ value: type, label: typeLabel(t, type) }))}
        onChange={(type) => update({ type })}
      />
      <FilterSelect
        label={t('search.field.modes')}
        value={filters.mode}
        options={HANDLING_MODES.map((mode) => ({ value: mode, label: modeLabel(t, mode) }))}
        onChange={(mode) => update({ mode })}
      />
      <FilterSelect
        label={t('catalog.field.topic')}
        value={filters.topic}
        options={TOPICS.map((topic) => ({ value: topic, label: topicLabel(t, topic) }))}
        onChange={(topic) => update({ topic })}
      />
      {activeFilters > 0 && (
        <Button block onClick={() => update(Object.fromEntries(FILTERS.map((f) => [f, undefined])))}>
          {t('catalog.search.clearFilters', { n: activeFilters })}
        </Button>
      )}
    </>
  );

  return (
    <div className="tb-container tb-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('search.title')}
      </Typography.Title>
      <SearchBox initialQuery={q} size="middle" prefer={prefer} />
      <div className="tb-search-layout">
        <aside className="tb-filters" aria-labelledby="search-filters-heading">
          <Typography.Title level={2} id="search-filters-heading" className={wide ? 'tb-filters-title' : 'tb-visually-hidden'}>
            {t('catalog.search.filters')}
          </Typography.Title>
          {wide ? (
            filterFields
          ) : (
            <details className="tb-filters-details" open={activeFilters > 0}>
              <summary>{t('catalog.search.showFilters')}</summary>
              <div className="tb-filters-body">{filterFields}</div>
            </details>
          )}
        </aside>

        <section aria-labelledby="search-results-heading" aria-busy={result.pending} className="tb-search-results-main">
          <Typography.Title level={2} id="search-results-heading" className="tb-section-title">
            {heading}
          </Typography.Title>
          {result.status === 'error' && (
            // Bad input (400) will not get better by retrying; an unreachable or failing server may.
            <ErrorAlert
              error={result.error}
              title={t('search.errorTitle')}
              onRetry={result.error.status >= 400 && result.error.status < 500 ? undefined : result.reload}
            />
          )}
          {result.status === 'loading' && !data && <Skeleton active paragraph={{ rows: 8 }} />}
          {result.status !== 'error' && data && (
            <>
              {data.correctedFrom && data.suggestion ? (
                <p className="tb-search-hint">
                  <Trans
                    text={t('catalog.search.corrected', { text: '\u0000' })}
                    link={
                      <Link to={searchFor(data.suggestion.text)} className="tb-search-hint-term">
                        {data.suggestion.text}
                      </Link>
                    }
                  />
                  <Link to={searchFor(data.correctedFrom, { verbatim: '1' })}>{t('catalog.search.searchInstead', { q: data.correctedFrom })}</Link>
                </p>
              ) : (
                data.suggestion && (
                  <p className="tb-search-hint">
                    {t('catalog.search.didYouMean')}
                    <Link to={searchFor(data.suggestion.text)} className="tb-search-hint-term">
                      {data.suggestion.text}
                    </Link>
                  </p>
                )
              )}
              {data.expandedQuery?.readAs && <p className="tb-muted">{t('catalog.search.readAs', { text: data.expandedQuery.readAs })}</p>}
              {data.expandedQuery && data.expandedQuery.synonyms.length > 0 && (
                <p className="tb-muted">{t('catalog.search.synonyms', { words: data.expandedQuery.synonyms.join(t('catalog.listSeparator')) })}</p>
              )}
              {page === 1 && data.bundles.length > 0 && (
                <div className="tb-bundle-hits" role="group" aria-label={t('catalog.search.bundleHits')}>
                  <AppstoreOutlined aria-hidden="true" className="tb-bundle-hits-icon" />
                  <span className="tb-bundle-hits-label">{t('catalog.search.bundleHits')}</span>
                  {data.bundles.map((b) => (
                    <Link key={b.code} to={`/bundles/${b.code}`} className="tb-chip">
                      {nameIn(lang, b)}
                    </Link>
                  ))}
                </div>
              )}
              {data.items.length === 0 ? (
                <Empty
                  className="tb-empty"
                  description={
                    <>
                      <strong className="tb-empty-title">{t('search.empty')}</strong>
                      <span className="tb-empty-hint">{activeFilters > 0 ? t('catalog.search.emptyFiltered') : t('search.emptyHint')}</span>
                    </>
                  }
                />
              ) : (
                <>
                  <p className="tb-result-count" role="status">
                    {t('search.total', { total: data.total })}
                  </p>
                  <ItemResultList items={data.items} headingLevel={3} />
                  {data.total > data.pageSize && (
                    <nav aria-label={t('search.pagination')} className="tb-pagination">
                      <Pagination
                        current={page}
                        total={Math.min(data.total, data.pageSize * 1000)}
                        pageSize={data.pageSize}
                        showSizeChanger={false}
                        onChange={(next) => {
                          update({ page: String(next) });
                          window.scrollTo({ top: 0 });
                        }}
                      />
                    </nav>
                  )}
                </>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}

/** A translated sentence with a link where the message has its placeholder (a NUL character). */
function Trans({ text, link }: { text: string; link: ReactNode }) {
  const [before, after = ''] = text.split('\u0000');
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}

/** A labelled single-choice filter; clearing it removes the filter. */
function FilterSelect({
  label,
  value,
  options,
  loading,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
  loading?: boolean;
  onChange: (value: string | undefined) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="tb-filter">
      <label htmlFor={id} className="tb-filter-label">
        {label}
      </label>
      <Select
        id={id}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('catalog.search.any')}
        value={value}
        options={options}
        loading={loading}
        onChange={(next?: string) => onChange(next || undefined)}
        style={{ width: '100%' }}
      />
    </div>
  );
}
