import { Col, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import type { ApiError } from '../../shared/api';
import { localName } from './format';
import type { FormField } from '../../../shared/catalog/catalog.wire';
import { checkFieldValue, MAX_TEXT } from './validation';

export type FormValues = Record<string, string | number | null | undefined>;

/** The form values as the API takes them: trimmed, empty fields left out. */
export function toFormPayload(fields: readonly FormField[], values: FormValues): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'number') out[f.key] = v;
    else if (v.trim() !== '') out[f.key] = f.type === 'idNumber' || f.type === 'uscc' ? v.trim().toUpperCase() : v.trim();
  }
  return out;
}

/** Puts the server's FORM_INVALID problems (every one at once) on their fields; true when it did. */
export function showServerFormProblems(form: FormInstance, error: ApiError, lang: 'zh-CN' | 'en-US', fields: readonly FormField[]): boolean {
  if (error.code !== 'FORM_INVALID' || !error.detailList) return false;
  const known = new Set(fields.map((f) => f.key));
  const problems = error.detailList.filter(
    (p): p is { field: string; zh: string; en: string } =>
      typeof p === 'object' && p !== null && 'field' in p && known.has(String((p as { field: unknown }).field)),
  );
  form.setFields(problems.map((p) => ({ name: p.field, errors: [lang === 'en-US' ? p.en : p.zh] })));
  return problems.length > 0;
}

/**
 * An item's application form rendered from its `formFields` (the same definition the server
 * validates against), with the server's rules checked as the user types. Fields in `autoFilled`
 * may be left empty: the server fills them from the applicant's verified identity.
 */
export function CaseFormFields({
  fields,
  autoFilled = [],
  disabled = false,
  hints = {},
}: {
  fields: readonly FormField[];
  autoFilled?: readonly string[];
  disabled?: boolean;
  /** A note under a field, in place of the auto-fill one (智能填单's "来自：…"). */
  hints?: Readonly<Record<string, ReactNode>>;
}) {
  const t = useT();
  const { lang } = useLang();
  const texts = {
    number: t('cases.form.notNumber'),
    tooLong: t('cases.form.tooLong', { max: MAX_TEXT }),
    date: t('cases.form.notDate'),
    option: t('cases.form.notOption'),
  };

  return (
    <Row gutter={16}>
      {fields.map((f) => {
        const label = localName(lang, f.labelZh, f.labelEn);
        const auto = autoFilled.includes(f.key);
        const rules: Rule[] = [
          { required: f.required && !auto, message: t('cases.form.required', { label }) },
          {
            validator: async (_rule, value: unknown) => {
              if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return;
              const r = checkFieldValue(f, value, lang, texts);
              if (!r.ok) throw new Error(r.message);
            },
          },
        ];
        const wide = f.type === 'address';
        return (
          <Col key={f.key} xs={24} md={wide ? 24 : 12}>
            <Form.Item name={f.key} label={label} rules={rules} extra={hints[f.key] ?? (auto ? t('cases.form.autoFilled') : undefined)} validateFirst>
              {renderInput(f, lang, disabled, auto ? t('cases.form.autoFilledPlaceholder') : undefined)}
            </Form.Item>
          </Col>
        );
      })}
    </Row>
  );
}

function renderInput(f: FormField, lang: 'zh-CN' | 'en-US', disabled: boolean, placeholder?: string) {
  switch (f.type) {
    case 'number':
      return <InputNumber className="tb-full-width" disabled={disabled} placeholder={placeholder} />;
    case 'date':
      return <Input type="date" disabled={disabled} />;
    case 'select':
      return (
        <Select disabled={disabled} allowClear options={(f.options ?? []).map((o) => ({ value: o.value, label: localName(lang, o.labelZh, o.labelEn) }))} />
      );
    case 'address':
      return <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={MAX_TEXT} disabled={disabled} placeholder={placeholder} />;
    case 'idNumber':
    case 'uscc':
      return <Input maxLength={18} disabled={disabled} placeholder={placeholder} autoComplete="off" className="tb-mono" />;
    case 'mobile':
      return <Input maxLength={11} inputMode="numeric" disabled={disabled} placeholder={placeholder} autoComplete="tel" />;
    default:
      return <Input maxLength={MAX_TEXT} disabled={disabled} placeholder={placeholder} />;
  }
}

/** The submitted form as a read-only list, labelled from the item's fields. */
export function FormValuesView({ fields, values }: { fields: readonly FormField[]; values: Record<string, unknown> }) {
  const t = useT();
  const { lang } = useLang();
  const known = new Set(fields.map((f) => f.key));
  const rows = [
    ...fields.map((f) => {
      const raw = values[f.key];
      const option = f.type === 'select' ? f.options?.find((o) => o.value === raw) : undefined;
      const text =
        raw === undefined || raw === null || raw === '' ? t('cases.form.empty') : option ? localName(lang, option.labelZh, option.labelEn) : String(raw);
      return { key: f.key, label: localName(lang, f.labelZh, f.labelEn), text };
    }),
    ...Object.keys(values)
      .filter((k) => !known.has(k))
      .map((k) => ({ key: k, label: k, text: String(values[k]) })),
  ];
  return (
    <dl className="tb-form-values">
      {rows.map((r) => (
        <div key={r.key}>
          <dt>{r.label}</dt>
          <dd>{r.text}</dd>
        </div>
      ))}
    </dl>
  );
}
