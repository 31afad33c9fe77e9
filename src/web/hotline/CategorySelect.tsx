import { Select } from 'antd';
import { useMemo } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { nameOf, type Reference } from './reference';

/** Two-level category picker: groups as option groups, leaves searchable by name or code. */
export function CategorySelect({
  id,
  reference,
  value,
  onChange,
  allowClear,
  placeholder,
  groupsSelectable,
  ariaLabel,
}: {
  id?: string;
  reference: Reference | null;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  /** Lists filter by a whole group too. */
  groupsSelectable?: boolean;
  ariaLabel?: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const options = useMemo(
    () =>
      (reference?.groups ?? []).map((group) => ({
        label: nameOf(group, lang),
        title: nameOf(group, lang),
        options: [
          ...(groupsSelectable ? [{ value: group.code, label: t('hotline.category.wholeGroup', { group: nameOf(group, lang) }) }] : []),
          ...group.categories.map((category) => ({ value: category.code, label: nameOf(category, lang) })),
        ],
      })),
    [reference, lang, groupsSelectable, t],
  );
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      placeholder={placeholder ?? t('hotline.category.placeholder')}
      value={value}
      onChange={(next: string | undefined) => onChange(next ?? undefined)}
      options={options}
      loading={!reference}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
