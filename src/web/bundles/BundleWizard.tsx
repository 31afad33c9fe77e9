import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Form, type FormInstance } from 'antd';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { WizardSteps } from '../shared/WizardSteps';
import { newIdempotencyKey } from '../cases/shared/casesApi';
import { CaseFormFields, FormValuesView, showServerFormProblems, toFormPayload, type FormValues } from '../cases/shared/CaseForm';
import { formatPlainDate, localName } from '../cases/shared/format';
import type { Uploads } from '../cases/shared/MaterialUploader';
import type { BundleCaseDetail, BundleCaseRef, BundlePlan } from '../../shared/bundles/bundles.wire';
import { answerText, bundleMaterialRefs, missingUploads, problemTexts, toAnswers, toFormFields, uploadMaterials, withFieldNames } from './bundleForm';
import { BundleDelivery, DELIVERY_DEFAULTS, type DeliveryValues } from './BundleDelivery';
import { BundleMaterials } from './BundleMaterials';
import { BundlePlanView } from './BundlePlanView';
import { BundleQuestions } from './BundleQuestions';
import { getBundleCase, createBundleCase, planBundle, type BundleGuide } from './bundlesApi';
import { useBundlePrefill } from './useBundlePrefill';
import { checkedId, WalkInApplicant, type WalkInValues } from '../cases/window/WalkInApplicant';

/** Merged fields that say who applies, filled from the walk-in applicant the clerk entered (as the single-item intake does). */
const FROM_APPLICANT = {
  resident_id: { applicantName: 'name', idNumber: 'idNumber', mobile: 'mobile' },
  uscc: { entityName: 'name', uscc: 'idNumber', mobile: 'mobile' },
} as const;

function fillFromApplicant(form: FormInstance<FormValues>, plan: BundlePlan, applicant: WalkInValues): void {
  const map: Record<string, 'name' | 'idNumber' | 'mobile'> = FROM_APPLICANT[applicant.idType];
  const current = form.getFieldsValue(true) as FormValues;
  const values: FormValues = {};
  for (const f of plan.form) {
    const from = map[f.key];
    const value = from ? applicant[from]?.trim() : undefined;
    if (value && (current[f.key] === undefined || current[f.key] === null || current[f.key] === ''))
      values[f.key] = from === 'idNumber' ? value.toUpperCase() : value;
  }
  form.setFieldsValue(values);
}

const STEPS = ['questions', 'plan', 'form', 'materials', 'submit', 'done'] as const;
type Step = (typeof STEPS)[number];

type SubmitValues = DeliveryValues & { declared?: boolean };

/**
 * One guided application for a bundle ("一件事一次办", docs/domain.md S12/S13), in steps: the
 * questions; the items they select and why (and the promise, and the saving); the merged form once;
 * each material once; delivery, a check of the answers and the declaration; then the bundle number.
 * `walkIn`: a window clerk registers it for the applicant in front of them.
 */
export function BundleWizard({ guide, walkIn, progressPath }: { guide: BundleGuide; walkIn: boolean; progressPath: (id: string) => string }) {
  const t = useT();
  const { lang } = useLang();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('questions');
  const [questionsForm] = Form.useForm<Record<string, unknown>>();
  const [applicantForm] = Form.useForm<WalkInValues>();
  const [form] = Form.useForm<FormValues>();
  const [submitForm] = Form.useForm<SubmitValues>();
  const [plan, setPlan] = useState<BundlePlan | null>(null);
  const [uploads, setUploads] = useState<Uploads>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ step: Step; error: ApiError } | null>(null);
  const [done, setDone] = useState<{ ref: BundleCaseRef; detail: BundleCaseDetail | null } | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());
  const questions = useMemo(() => guide.questions ?? [], [guide.questions]);
  const fields = useMemo(() => toFormFields(plan?.form ?? []), [plan]);
  const index = STEPS.indexOf(step);

  const idType = Form.useWatch('idType', applicantForm) ?? 'resident_id';
  const idNumber = Form.useWatch('idNumber', applicantForm);
  const validId = walkIn ? checkedId({ idType, idNumber }, lang) : null;
  const prefill = useBundlePrefill(form, plan, walkIn ? (validId ? { idType, idNumber: validId } : null) : undefined);

  const go = (next: Step) => {
    setError(null);
    setStep(next);
  };

  const answers = () => toAnswers(questions, questionsForm.getFieldsValue(true));

  const toPlan = async () => {
    try {
      await Promise.all([questionsForm.validateFields(), walkIn ? applicantForm.validateFields() : Promise.resolve()]);
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await planBundle(guide.code, answers());
      setPlan(next);
      if (walkIn) fillFromApplicant(form, next, applicantForm.getFieldsValue(true));
      go('plan');
    } catch (err) {
      setError({ step: 'questions', error: toApiError(err) });
    } finally {
      setBusy(false);
    }
  };

  const toMaterials = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    go('materials');
  };

  const toSubmit = () => {
    if (!plan) return;
    const missing = missingUploads(plan, uploads);
    if (missing.length === 0) return go('submit');
    modal.confirm({
      title: t('bundles.materials.missingTitle'),
      content: t(walkIn ? 'bundles.materials.missingWindow' : 'bundles.materials.missing', { materials: missing.map((m) => m.name).join('、') }),
      okText: t('bundles.materials.continueAnyway'),
      cancelText: t('cases.apply.keepEditing'),
      onOk: () => go('submit'),
    });
  };

  const submit = async () => {
    if (!plan) return;
    let values: SubmitValues;
    try {
      values = await submitForm.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const applicant = walkIn ? applicantForm.getFieldsValue(true) : null;
      const ref = await createBundleCase(
        {
          bundleCode: guide.code,
          answers: answers(),
          form: toFormPayload(fields, form.getFieldsValue(true) as FormValues),
          materials: bundleMaterialRefs(plan, uploads),
          channel: walkIn ? 'window' : 'web',
          ...(applicant
            ? {
                applicant: {
                  idType: applicant.idType,
                  idNumber: (applicant.idNumber ?? '').trim().toUpperCase(),
                  name: (applicant.name ?? '').trim(),
                  mobile: (applicant.mobile ?? '').trim(),
                },
              }
            : {}),
          delivery: { timing: values.timing, mode: values.mode, ...(values.mode === 'express' && values.address ? { address: values.address.trim() } : {}) },
        },
        idempotencyKey.current,
      );
      idempotencyKey.current = newIdempotencyKey();
      const detail = await getBundleCase(ref.id).catch(() => null);
      setDone({ ref, detail });
      go('done');
    } catch (err) {
      const apiError = withFieldNames(toApiError(err));
      // A problem on a field or with the answers is shown where it can be put right.
      const address = (apiError.detailList ?? []).flatMap((p) => {
        const x = p as { field?: unknown; zh?: unknown; en?: unknown } | null;
        const text = x?.field === 'delivery.address' ? (lang === 'en-US' ? x.en : x.zh) : undefined;
        return typeof text === 'string' ? [text] : [];
      });
      if (address.length) submitForm.setFields([{ name: 'address', errors: address }]);
      if (showServerFormProblems(form, apiError, lang, fields)) {
        setStep('form');
        setError({ step: 'form', error: apiError });
      } else if (apiError.code === 'BUNDLE_NO_ITEMS') {
        setStep('questions');
        setError({ step: 'questions', error: apiError });
      } else setError({ step: 'submit', error: apiError });
    } finally {
      setBusy(false);
    }
  };

  const stepTitle = (s: Step) => t(`bundles.step.${s}`);
  const errorFor = (s: Step) =>
    error?.step === s ? (
      <div className="tb-apply-alert">
        <ErrorAlert error={error.error} />
        {problemTexts(error.error, lang).length > 0 && (
          <ul className="tb-bundle-problems">
            {problemTexts(error.error, lang).map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        )}
      </div>
    ) : null;

  const bar = (children: ReactNode) => <div className="tb-apply-bar tb-bundle-bar">{children}</div>;
  const back = (to: Step) => (
    <Button onClick={() => go(to)} disabled={busy}>
      {t('bundles.back')}
    </Button>
  );

  const selected = plan?.items.filter((i) => i.selected) ?? [];

  return (
    <div className="tb-bundle-wizard">
      {/* Earlier steps can be revisited until the bundle is submitted. */}
      <WizardSteps titles={STEPS.map(stepTitle)} current={index} locked={step === 'done'} onBack={(i) => go(STEPS[i])} />

      <div hidden={step !== 'questions'} data-step="questions">
        {walkIn && (
          <Card size="small" title={<h3 className="tb-card-title">{t('bundles.walkIn.applicant')}</h3>} className="tb-case-card">
            <WalkInApplicant form={applicantForm} name="walk-in" />
          </Card>
        )}
        <Card
          size="small"
          title={<h3 className="tb-card-title">{t(walkIn ? 'bundles.questions.titleWindow' : 'bundles.questions.title')}</h3>}
          className="tb-case-card"
        >
          <p className="tb-hint">{t('bundles.questions.lead')}</p>
          <Form form={questionsForm} layout="vertical" name="bundle-questions">
            <BundleQuestions questions={questions} />
          </Form>
        </Card>
        {errorFor('questions')}
        {bar(
          <Button type="primary" loading={busy} onClick={() => void toPlan()}>
            {t('bundles.questions.next')}
          </Button>,
        )}
      </div>

      {plan && (
        <div hidden={step !== 'plan'} data-step="plan">
          <BundlePlanView plan={plan} />
          {selected.length === 0 && <Alert type="warning" showIcon title={t('bundles.plan.nothing')} className="tb-apply-alert" />}
          {bar(
            <>
              {back('questions')}
              <Button type="primary" disabled={selected.length === 0} onClick={() => go('form')}>
                {t('bundles.plan.next')}
              </Button>
            </>,
          )}
        </div>
      )}

      {plan && (
        <div hidden={step !== 'form'} data-step="form">
          <Card size="small" title={<h3 className="tb-card-title">{t('bundles.form.title')}</h3>} className="tb-case-card">
            <p className="tb-hint">{t('bundles.form.lead', { n: fields.length, items: selected.length })}</p>
            <Form form={form} layout="vertical" name="bundle-form" scrollToFirstError onValuesChange={prefill.onValuesChange}>
              {fields.length === 0 ? <p className="tb-hint">{t('cases.apply.noForm')}</p> : <CaseFormFields fields={fields} hints={prefill.hints} />}
            </Form>
          </Card>
          {errorFor('form')}
          {bar(
            <>
              {back('plan')}
              <Button type="primary" onClick={() => void toMaterials()}>
                {t('bundles.form.next')}
              </Button>
            </>,
          )}
        </div>
      )}

      {plan && (
        <div hidden={step !== 'materials'} data-step="materials">
          <Card size="small" title={<h3 className="tb-card-title">{t('bundles.materials.title')}</h3>} className="tb-case-card">
            <p className="tb-hint">{t(walkIn ? 'bundles.materials.leadWindow' : 'bundles.materials.lead')}</p>
            <BundleMaterials plan={plan} value={uploads} onChange={setUploads} />
          </Card>
          {bar(
            <>
              {back('form')}
              <Button type="primary" onClick={toSubmit}>
                {t('bundles.materials.next')}
              </Button>
            </>,
          )}
        </div>
      )}

      {plan && (
        <div hidden={step !== 'submit'} data-step="submit">
          <Form form={submitForm} layout="vertical" name="bundle-submit" initialValues={DELIVERY_DEFAULTS}>
            <Card size="small" title={<h3 className="tb-card-title">{t('bundles.delivery.title')}</h3>} className="tb-case-card">
              <BundleDelivery />
            </Card>
            <Card size="small" title={<h3 className="tb-card-title">{t('bundles.review.title')}</h3>} className="tb-case-card">
              <Review
                walkIn={walkIn ? (applicantForm.getFieldsValue(true) as WalkInValues) : null}
                answersOf={() => questionsForm.getFieldsValue(true)}
                guide={guide}
                plan={plan}
                fields={fields}
                values={form.getFieldsValue(true) as FormValues}
                uploads={uploads}
                onEdit={go}
              />
            </Card>
            <Card size="small" title={<h3 className="tb-card-title">{t('bundles.declaration.title')}</h3>} className="tb-case-card">
              <Form.Item
                name="declared"
                valuePropName="checked"
                rules={[{ validator: async (_r, v: unknown) => (v === true ? undefined : Promise.reject(new Error(t('bundles.declaration.required')))) }]}
              >
                <Checkbox>{t(walkIn ? 'bundles.declaration.textWindow' : 'bundles.declaration.text')}</Checkbox>
              </Form.Item>
            </Card>
          </Form>
          {errorFor('submit')}
          {bar(
            <>
              {back('materials')}
              <Button type="primary" loading={busy} onClick={() => void submit()}>
                {t('bundles.submit')}
              </Button>
              <span className="tb-hint">{t('bundles.submitHint', { n: selected.length })}</span>
            </>,
          )}
        </div>
      )}

      {done && step === 'done' && (
        <Card className="tb-apply-done" data-step="done">
          <div className="tb-case-result" role="status">
            <CheckCircleFilled className="tb-case-result-icon" aria-hidden="true" />
            <h3 className="tb-case-result-heading">{t('bundles.done.title')}</h3>
            <p>{t('bundles.done.bundleNo')}</p>
            <p className="tb-case-no-big" data-testid="bundle-no">
              {done.ref.bundleNo}
            </p>
            <p className="tb-bundle-promise-date">
              {done.detail
                ? t('bundles.done.promise', { date: formatPlainDate(done.detail.promisedDue, lang), n: plan?.promisedWorkdays ?? 0 })
                : t('bundles.plan.promise', { n: plan?.promisedWorkdays ?? 0, count: done.ref.cases.length })}
            </p>
          </div>
          <h4 className="tb-subheading">{t('bundles.done.nextTitle')}</h4>
          <ol className="tb-bundle-next">
            <li>{t('bundles.done.next1', { n: done.ref.cases.length })}</li>
            <li>{t(walkIn ? 'bundles.done.next2Window' : 'bundles.done.next2')}</li>
            <li>
              {t('bundles.done.next3', {
                timing: t(`bundles.delivery.${submitForm.getFieldValue('timing') === 'as_ready' ? 'as_ready' : 'together'}`),
                mode: t(`bundles.delivery.${(submitForm.getFieldValue('mode') as DeliveryValues['mode'] | undefined) ?? 'e_licence'}`),
              })}
            </li>
          </ol>
          <ul className="tb-bundle-done-cases" aria-label={t('bundles.done.casesLabel')}>
            {done.ref.cases.map((c) => {
              const item = plan?.items.find((i) => i.itemCode === c.itemCode);
              return (
                <li key={c.id}>
                  <span className="tb-mono">{c.caseNo ?? '—'}</span> {item ? localName(lang, item.name, item.nameEn) : c.itemCode}
                </li>
              );
            })}
          </ul>
          <div className="tb-case-result-actions">
            <Button type="primary" onClick={() => navigate(progressPath(done.ref.id))}>
              {t(walkIn ? 'bundles.done.openWindow' : 'bundles.done.progress')}
            </Button>
          </div>
        </Card>
      )}
    </div>
  );
}

/** Check your answers: each part with a way back to change it. */
function Review({
  walkIn,
  answersOf,
  guide,
  plan,
  fields,
  values,
  uploads,
  onEdit,
}: {
  walkIn: WalkInValues | null;
  answersOf: () => Record<string, unknown>;
  guide: BundleGuide;
  plan: BundlePlan;
  fields: ReturnType<typeof toFormFields>;
  values: FormValues;
  uploads: Uploads;
  onEdit: (step: Step) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const answers = answersOf();
  const edit = (s: Step, what: string) => (
    <Button type="link" size="small" onClick={() => onEdit(s)} aria-label={t('bundles.review.changeWhat', { what })}>
      {t('bundles.review.change')}
    </Button>
  );
  const section = (title: string, s: Step, body: ReactNode) => (
    <section className="tb-bundle-review-part">
      <div className="tb-bundle-review-head">
        <h4 className="tb-subheading">{title}</h4>
        {edit(s, title)}
      </div>
      {body}
    </section>
  );
  const uploaded = uploadMaterials(plan);
  return (
    <div className="tb-bundle-review">
      {walkIn &&
        section(
          t('bundles.walkIn.applicant'),
          'questions',
          <dl className="tb-form-values">
            <div>
              <dt>{t(`cases.idType.${walkIn.idType}`)}</dt>
              <dd className="tb-mono">{(walkIn.idNumber ?? '').toUpperCase()}</dd>
            </div>
            <div>
              <dt>{walkIn.idType === 'uscc' ? t('cases.intake.entityName') : t('cases.intake.personName')}</dt>
              <dd>{walkIn.name}</dd>
            </div>
            <div>
              <dt>{t('cases.detail.mobile')}</dt>
              <dd>{walkIn.mobile}</dd>
            </div>
          </dl>,
        )}
      {(guide.questions ?? []).length > 0 &&
        section(
          t('bundles.questions.title'),
          'questions',
          <dl className="tb-form-values">
            {(guide.questions ?? []).map((q) => (
              <div key={q.key}>
                <dt>{localName(lang, q.text, q.textEn)}</dt>
                <dd>{answerText(q, answers[q.key], lang, { yes: t('bundles.yes'), no: t('bundles.no') })}</dd>
              </div>
            ))}
          </dl>,
        )}
      {section(
        t('bundles.review.items'),
        'plan',
        <ul className="tb-bundle-review-items">
          {plan.items
            .filter((i) => i.selected)
            .map((i) => (
              <li key={i.itemCode}>
                {localName(lang, i.name, i.nameEn)} <span className="tb-hint">· {i.departmentName}</span>
              </li>
            ))}
        </ul>,
      )}
      {section(t('bundles.form.title'), 'form', <FormValuesView fields={fields} values={values} />)}
      {section(
        t('bundles.materials.title'),
        'materials',
        <ul className="tb-bundle-review-items">
          {uploaded.map((m) => (
            <li key={m.key}>
              {m.name}：
              {(uploads[m.key]?.length ?? 0) > 0 ? t('cases.material.submitted', { n: uploads[m.key]?.length ?? 0 }) : t('cases.material.notSubmitted')}
            </li>
          ))}
          {plan.materials
            .filter((m) => m.provision !== 'upload')
            .map((m) => (
              <li key={m.key}>
                {m.name}：{t('cases.mianti.tag')}
              </li>
            ))}
        </ul>,
      )}
    </div>
  );
}
