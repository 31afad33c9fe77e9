import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { FormValuesView, type FormValues } from '../../shared/CaseForm';
import { localName } from '../../shared/format';
import type { Guide } from '../../../../shared/catalog/catalog.wire';
import type { ApplyStep, StepKey } from './applySteps';
import type { DeliveryValues } from './DeliveryStep';
import type { ApplyMaterials } from './useApplyMaterials';

/**
 * Check your answers (GOV.UK's pattern): every answer of every step, each part with a link back
 * to change it, before the declaration and the submission.
 */
export function CheckAnswers({
  item,
  steps,
  values,
  materials,
  delivery,
  onChange,
}: {
  item: Guide['item'];
  steps: readonly ApplyStep[];
  values: FormValues;
  materials: ApplyMaterials;
  delivery: DeliveryValues;
  onChange: (step: StepKey) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const has = (key: StepKey) => steps.some((s) => s.key === key);
  const section = (key: StepKey, body: ReactNode) => {
    const title = t(`cases.apply.step.${key}`);
    return (
      <section className="tb-bundle-review-part" key={key}>
        <div className="tb-bundle-review-head">
          <h3 className="tb-subheading">{title}</h3>
          {has(key) && (
            <Button type="link" size="small" onClick={() => onChange(key)} aria-label={t('bundles.review.changeWhat', { what: title })}>
              {t('bundles.review.change')}
            </Button>
          )}
        </div>
        {body}
      </section>
    );
  };
  const mode = delivery.mode ?? 'window';
  return (
    <div className="tb-bundle-review" data-testid="check-answers">
      {steps
        .filter((s) => s.fields.length > 0)
        .map((s) =>
          section(
            s.key,
            <FormValuesView
              fields={s.fields}
              values={pick(
                values,
                s.fields.map((f) => f.key),
              )}
            />,
          ),
        )}
      {item.materials.length > 0 &&
        section(
          'materials',
          <>
            <ul className="tb-bundle-review-items">
              {item.materials.map((m) => {
                const n = materials.fileCount(m.code);
                return (
                  <li key={m.code}>
                    {localName(lang, m.name, m.nameEn)}
                    {lang === 'en-US' ? ': ' : '：'}
                    {materials.covered.has(m.code)
                      ? t('cases.mianti.tag')
                      : n > 0
                        ? t('cases.material.submitted', { n })
                        : t(m.required ? 'cases.apply.check.missing' : 'cases.material.notSubmitted')}
                  </li>
                );
              })}
            </ul>
            {materials.missingSecondary.length > 0 && (
              <Alert
                type="warning"
                showIcon
                className="tb-apply-alert"
                title={t('cases.apply.check.secondaryMissing', {
                  materials: materials.missingSecondary.map((m) => localName(lang, m.name, m.nameEn)).join('、'),
                })}
              />
            )}
          </>,
        )}
      {section(
        'delivery',
        <dl className="tb-form-values">
          <div>
            <dt>{t('cases.apply.delivery.question')}</dt>
            <dd>{t(`cases.apply.delivery.${mode}`)}</dd>
          </div>
          {mode === 'express' && (
            <>
              <div>
                <dt>{t('cases.apply.delivery.recipient')}</dt>
                <dd>{delivery.recipient}</dd>
              </div>
              <div>
                <dt>{t('cases.apply.delivery.mobile')}</dt>
                <dd>{delivery.mobile}</dd>
              </div>
              <div>
                <dt>{t('cases.apply.delivery.address')}</dt>
                <dd>{delivery.address}</dd>
              </div>
            </>
          )}
        </dl>,
      )}
    </div>
  );
}

function pick(values: FormValues, keys: readonly string[]): FormValues {
  return Object.fromEntries(keys.map((k) => [k, values[k]]));
}
