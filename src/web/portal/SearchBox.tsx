import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Grid, Input, Tag } from 'antd';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { api, isAbortError } from '../shared/api';
import type { Suggestion } from '../../shared/catalog/catalog.wire';
import { nameIn } from './catalogText';

const SUGGEST_DELAY_MS = 200;
const PICK = /^(item|bundle):(.+)$/;

interface Option {
  value: string;
  label: ReactNode;
}

/**
 * Service search form with suggestions as you type (items and "一件事" bundles; picking one opens
 * it). Enter without picking submits the text to `/search?q=`, with `prefer` when the visitor has
 * chosen 个人办事 or 法人办事 (their items then rank first). The label is for screen readers.
 */
export function SearchBox({
  initialQuery = '',
  size = 'large',
  autoFocus = false,
  prefer,
}: {
  initialQuery?: string;
  size?: 'middle' | 'large';
  autoFocus?: boolean;
  prefer?: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const inputId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [options, setOptions] = useState<Option[]>([]);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; controller?: AbortController }>({});
  // Enter on a highlighted suggestion both picks it and submits the form: the pick wins.
  const picked = useRef(0);

  // Follow the URL when the user moves through history on the results page.
  useEffect(() => setQuery(initialQuery), [initialQuery]);
  useEffect(
    () => () => {
      clearTimeout(pending.current.timer);
      pending.current.controller?.abort();
    },
    [],
  );

  const suggest = (text: string) => {
    clearTimeout(pending.current.timer);
    pending.current.controller?.abort();
    const q = text.trim();
    if (!q) {
      setOptions([]);
      return;
    }
    pending.current.timer = setTimeout(() => {
      const controller = new AbortController();
      pending.current.controller = controller;
      api
        .get<{ suggestions: Suggestion[] }>('/api/v1/items/suggest', { query: { q: q.slice(0, 100) }, signal: controller.signal })
        .then(({ suggestions }) =>
          setOptions(
            suggestions.map((s) => ({
              value: `${s.kind}:${s.code}`,
              label: (
                <span className="tb-suggestion">
                  <span className="tb-suggestion-name">{nameIn(lang, s)}</span>
                  <Tag className={`tb-suggestion-kind ${s.kind === 'bundle' ? 'tb-tag-gold' : 'tb-tag-blue'}`}>
                    {t(s.kind === 'bundle' ? 'catalog.search.kindBundle' : 'catalog.search.kindItem')}
                  </Tag>
                </span>
              ),
            })),
          ),
        )
        .catch((error: unknown) => {
          // Suggestions are a convenience: a failure just shows none.
          if (!isAbortError(error)) setOptions([]);
        });
    }, SUGGEST_DELAY_MS);
  };

  const onChange = (value: string) => {
    if (PICK.test(value)) return;
    setQuery(value);
    suggest(value);
  };

  const onSelect = (value: string) => {
    const match = PICK.exec(value);
    if (!match) return;
    picked.current = Date.now();
    setOptions([]);
    navigate(match[1] === 'bundle' ? `/bundles/${encodeURIComponent(match[2])}` : `/items/${encodeURIComponent(match[2])}`);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (Date.now() - picked.current < 500) return;
    setOptions([]);
    const next = new URLSearchParams({ q: query.trim() });
    if (prefer) next.set('prefer', prefer);
    navigate(`/search?${next.toString()}`);
  };

  const phone = Grid.useBreakpoint().md === false;
  return (
    <form role="search" className="tb-search-box" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="tb-visually-hidden">
        {t('home.search.label')}
      </label>
      <AutoComplete
        className="tb-search-autocomplete"
        value={query}
        options={options}
        onChange={onChange}
        onSelect={onSelect}
        defaultActiveFirstOption={false}
        popupMatchSelectWidth
      >
        <Input
          id={inputId}
          size={size}
          autoFocus={autoFocus}
          allowClear
          maxLength={100}
          // A phone's field (below antd's md) is too narrow for the long hint: it was cut mid-word.
          placeholder={t(phone ? 'home.search.placeholderShort' : 'home.search.placeholder')}
          prefix={<SearchOutlined aria-hidden="true" />}
        />
      </AutoComplete>
      <Button type="primary" htmlType="submit" size={size}>
        {t('home.search.button')}
      </Button>
    </form>
  );
}
