import { Select } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { useApiQuery } from '../../shared/useApiQuery';
import { useSettled } from '../../shared/useSettled';
import { searchItems } from './casesApi';
import { localName } from './format';
import type { ItemSummary } from '../../../shared/catalog/catalog.wire';

/** A searchable item select backed by the catalog search (Chinese or English words, or the code). */
export function ItemPicker({
  value,
  onChange,
  id,
  placeholder,
  allowClear = true,
  ariaLabel,
  current,
}: {
  value?: string;
  onChange: (code: string | undefined, item?: ItemSummary) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  ariaLabel?: string;
  /** The chosen item's names when it was chosen elsewhere (a link, 叫号), so the select shows its name and not its code. */
  current?: { code: string; name: string; nameEn?: string | null };
}) {
  const t = useT();
  const { lang } = useLang();
  const [q, setQ] = useState('');
  // Searched 250 ms after the last keystroke.
  const searched = useSettled(q, 250);
  const search = useApiQuery((signal) => searchItems(searched, signal), [searched]);
  const items: ItemSummary[] = search.status === 'error' ? [] : (search.data ?? []);
  const loading = search.pending;

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      className="tb-item-picker"
      value={value}
      allowClear={allowClear}
      placeholder={placeholder ?? t('cases.itemPicker.placeholder')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={loading}
      notFoundContent={loading ? t('common.loading') : t('cases.itemPicker.none')}
      onChange={(code: string | undefined) =>
        onChange(
          code,
          items.find((i) => i.code === code),
        )
      }
      options={[...(current && !items.some((i) => i.code === current.code) ? [current] : []), ...items].map((i) => ({
        value: i.code,
        label: `${localName(lang, i.name, i.nameEn)} (${i.code})`,
      }))}
    />
  );
}
