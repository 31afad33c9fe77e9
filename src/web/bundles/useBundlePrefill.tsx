import type { FormInstance } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { getPrefill } from '../cases/shared/casesApi';
import type { FormValues } from '../cases/shared/CaseForm';
import { prefillEmpty, type PrefillSource } from '../cases/shared/mianti';
import type { BundlePlan } from '../../shared/bundles/bundles.wire';
import { mergePrefills } from './bundleForm';

/**
 * 智能填单 on the merged form (docs/decisions.md D21): the selected members' prefills, asked once per
 * plan and applicant, fill the merged fields still empty, each with its "来自：…" hint until changed.
 * A member whose prefill fails is left out quietly; the applicant types those fields.
 */
export function useBundlePrefill(
  form: FormInstance<FormValues>,
  plan: BundlePlan | null,
  applicant?: { idType: 'resident_id' | 'uscc'; idNumber: string } | null,
): { hints: Record<string, ReactNode>; onValuesChange: (changed: FormValues) => void } {
  const t = useT();
  const { lang } = useLang();
  const [prefilled, setPrefilled] = useState<Record<string, PrefillSource & { value: string | number }>>({});
  const codes = plan ? plan.items.filter((i) => i.selected).map((i) => i.itemCode) : [];
  const key = codes.join(',');
  const idType = applicant?.idType;
  const idNumber = applicant?.idNumber;
  // At the window nothing is asked until the walk-in applicant's ID checks out.
  const ready = plan !== null && key !== '' && (applicant === undefined || !!idNumber);

  useEffect(() => {
    if (!ready || !plan) return;
    const ctl = new AbortController();
    const who = idType && idNumber ? { idType, idNumber } : undefined;
    void Promise.all(
      key.split(',').map((itemCode) =>
        getPrefill(itemCode, who, ctl.signal).then(
          (prefill) => ({ itemCode, prefill }),
          () => null,
        ),
      ),
    ).then((answers) => {
      if (ctl.signal.aborted) return;
      const merged = mergePrefills(
        plan.form,
        answers.filter((a) => a !== null),
      );
      const r = prefillEmpty(form.getFieldsValue(true) as Record<string, unknown>, merged);
      form.setFieldsValue(r.values);
      setPrefilled(r.sources);
    });
    return () => ctl.abort();
    // `key` stands for the plan's selected members; the merged form follows them.
  }, [form, ready, key, idType, idNumber]);

  const hints = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(prefilled).map(([k, source]) => [
          k,
          <span key={k} className="tb-prefill-hint" data-testid={`prefill-${k}`}>
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
