import type { FormInstance } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { getPrefill } from './casesApi';
import type { FormValues } from './CaseForm';
import { prefillEmpty, type PrefillSource } from './mianti';

/**
 * 智能填单 (docs/decisions.md D21): once `itemCode` is set (and, at the window, the applicant named),
 * the form's empty fields are filled from what the government holds, each with a "来自：…" hint
 * until the user changes its value. Asked once per item and applicant — each exchange read is
 * logged on the applicant's data-usage record — and a failure leaves the form as it was.
 */
export function usePrefill(
  form: FormInstance<FormValues>,
  itemCode: string | null,
  applicant?: { idType: 'resident_id' | 'uscc'; idNumber: string } | null,
): { hints: Record<string, ReactNode>; onValuesChange: (changed: FormValues) => void } {
  const t = useT();
  const { lang } = useLang();
  const [prefilled, setPrefilled] = useState<Record<string, PrefillSource & { value: string | number }>>({});
  const idType = applicant?.idType;
  const idNumber = applicant?.idNumber;
  // At the window (`applicant` given) nothing is asked until the applicant's ID checks out.
  const ready = itemCode !== null && (applicant === undefined || !!idNumber);

  useEffect(() => {
    setPrefilled({});
    if (!ready || !itemCode) return;
    const ctl = new AbortController();
    getPrefill(itemCode, idType && idNumber ? { idType, idNumber } : undefined, ctl.signal).then(
      (p) => {
        const r = prefillEmpty(form.getFieldsValue(true) as Record<string, unknown>, p);
        form.setFieldsValue(r.values);
        setPrefilled(r.sources);
      },
      () => undefined,
    );
    return () => ctl.abort();
  }, [form, ready, itemCode, idType, idNumber]);

  const hints = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(prefilled).map(([key, source]) => [
          key,
          <span key={key} className="tb-prefill-hint" data-testid={`prefill-${key}`}>
            {t('cases.prefill.from', { label: lang === 'en-US' ? source.labelEn : source.label })}
          </span>,
        ]),
      ),
    [prefilled, lang, t],
  );

  const onValuesChange = (changed: FormValues) => {
    const edited = Object.keys(changed).filter((k) => prefilled[k] && changed[k] !== prefilled[k].value);
    if (edited.length) setPrefilled((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !edited.includes(k))));
  };
  return { hints, onValuesChange };
}
