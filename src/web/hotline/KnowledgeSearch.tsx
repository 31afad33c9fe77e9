import { BookOutlined, CheckOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Pagination, Skeleton } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { searchKnowledge } from './hotlineApi';
import { ToneTag } from './labels';
import { categoryName, departmentName, type Reference } from './reference';
import type { KbArticle } from '../../shared/hotline/hotline.wire';

const DEFAULT_PAGE_SIZE = 10;

/**
 * Searches the knowledge base and reads articles. In the agent console (`onUse` given) an article
 * can be chosen as the answer given at first contact; on the knowledge page it is only read.
 */
export function KnowledgeSearch({
  query: externalQuery,
  onUse,
  usedId,
  reference,
  compact = false,
  pageSize = DEFAULT_PAGE_SIZE,
}: {
  /** A query suggested from outside (the caller's words); the user may still type their own. */
  query?: string;
  onUse?: (article: KbArticle) => void;
  usedId?: number | null;
  reference: Reference | null;
  compact?: boolean;
  pageSize?: number;
}) {
  const t = useT();
  const { lang } = useLang();
  const [input, setInput] = useState(externalQuery ?? '');
  const [query, setQuery] = useState(externalQuery ?? '');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<number | null>(null);
  const headingId = useId();

  // Follow the caller's words until the agent types a query of their own.
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (typed || externalQuery === undefined) return;
    setInput(externalQuery);
    setQuery(externalQuery);
    setPage(1);
  }, [externalQuery, typed]);

  const load = useApiQuery((signal) => searchKnowledge(query.trim(), page, pageSize, signal), [query.trim(), page, pageSize]);
  // The last results stay on screen while the next search runs (an error replaces them).
  const results = load.status === 'error' ? undefined : load.data;

  const submit = (value: string) => {
    setTyped(true);
    setQuery(value);
    setPage(1);
  };

  return (
    <section className={compact ? 'tb-hl-kb tb-hl-kb-compact' : 'tb-hl-kb'} aria-labelledby={headingId}>
      <h2 id={headingId} className={compact ? 'tb-card-title tb-hl-kb-title' : 'tb-visually-hidden'}>
        <BookOutlined aria-hidden="true" /> {t('hotline.kb.title')}
      </h2>
      <Input.Search
        value={input}
        onChange={(event) => {
          setTyped(true);
          setInput(event.target.value);
        }}
        onSearch={submit}
        placeholder={t('hotline.kb.placeholder')}
        aria-label={t('hotline.kb.search')}
        enterButton={t('hotline.kb.searchButton')}
        allowClear
      />
      <div className="tb-hl-kb-results" aria-busy={load.pending} aria-live="polite">
        {load.status === 'loading' && !results && <Skeleton active paragraph={{ rows: 3 }} />}
        {load.status === 'error' && <ErrorAlert error={load.error} title={t('hotline.kb.error')} />}
        {results && results.items.length === 0 && <Empty className="tb-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hotline.kb.empty')} />}
        {results && results.items.length > 0 && (
          <>
            <ol className="tb-hl-kb-list">
              {results.items.map((article) => {
                const open = openId === article.id;
                return (
                  <li key={article.id} className={open ? 'tb-hl-kb-item tb-hl-kb-item-open' : 'tb-hl-kb-item'}>
                    <button type="button" className="tb-hl-kb-toggle" aria-expanded={open} onClick={() => setOpenId(open ? null : article.id)}>
                      <span className="tb-hl-kb-item-title">{article.title}</span>
                      <span className="tb-hl-kb-item-question">{article.question}</span>
                    </button>
                    {open && (
                      <div className="tb-hl-kb-article">
                        <p className="tb-hl-kb-answer">{article.answer}</p>
                        <div className="tb-hl-kb-meta">
                          {article.categoryCode && <ToneTag tone="grey">{categoryName(reference, article.categoryCode, lang)}</ToneTag>}
                          {article.departmentCode && <ToneTag tone="blue">{departmentName(reference, article.departmentCode, lang)}</ToneTag>}
                          {typeof article.uses === 'number' && <span>{t('hotline.kb.uses', { n: article.uses })}</span>}
                        </div>
                        {onUse && (
                          <Button
                            type={usedId === article.id ? 'primary' : 'default'}
                            icon={usedId === article.id ? <CheckOutlined /> : undefined}
                            onClick={() => onUse(article)}
                          >
                            {usedId === article.id ? t('hotline.kb.used') : t('hotline.kb.use')}
                          </Button>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
            {results.total > pageSize && (
              <nav aria-label={t('hotline.kb.pagination')} className="tb-pagination">
                <Pagination size="small" current={page} total={results.total} pageSize={pageSize} showSizeChanger={false} onChange={setPage} />
              </nav>
            )}
          </>
        )}
      </div>
    </section>
  );
}
