import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';

/** Service search form: submits to `/search?q=`; the label is visible to screen readers only. */
export function SearchBox({ initialQuery = '', size = 'large', autoFocus = false }: { initialQuery?: string; size?: 'middle' | 'large'; autoFocus?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const inputId = useId();
  const [query, setQuery] = useState(initialQuery);

  // Follow the URL when the user moves through history on the results page.
  useEffect(() => setQuery(initialQuery), [initialQuery]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(query.trim())}`);
  };

  return (
    <form role="search" className="tb-search-box" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="tb-visually-hidden">
        {t('home.search.label')}
      </label>
      <Input
        id={inputId}
        size={size}
        value={query}
        autoFocus={autoFocus}
        allowClear
        maxLength={100}
        placeholder={t('home.search.placeholder')}
        onChange={(event) => setQuery(event.target.value)}
        prefix={<SearchOutlined aria-hidden="true" />}
      />
      <Button type="primary" htmlType="submit" size={size}>
        {t('home.search.button')}
      </Button>
    </form>
  );
}
