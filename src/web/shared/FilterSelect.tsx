import { Select } from 'antd';

/** One labelled filter of a list (status, light …): a clearable select over a closed list of values. */
export function FilterSelect<T extends string>({
  label,
  placeholder,
  value,
  values,
  labelOf,
  onChange,
}: {
  label: string;
  /** Shown when nothing is chosen ("all statuses"). */
  placeholder: string;
  value: T | undefined;
  values: readonly T[];
  labelOf: (v: T) => string;
  onChange: (v: T | undefined) => void;
}) {
  return (
    <label className="tb-case-filter">
      <span>{label}</span>
      <Select
        allowClear
        value={value}
        placeholder={placeholder}
        onChange={(v: T | undefined) => onChange(v)}
        options={values.map((v) => ({ value: v, label: labelOf(v) }))}
        aria-label={label}
      />
    </label>
  );
}
