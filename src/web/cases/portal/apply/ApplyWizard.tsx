import { Alert, Button, Card, Checkbox, Form, Skeleton } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../../shared/api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { WizardSteps } from '../../../shared/WizardSteps';
import { createCase, newIdempotencyKey, performAction, saveDraft } from '../../shared/casesApi';
import { CaseFormFields, showServerFormProblems, toFormPayload, type FormValues } from '../../shared/CaseForm';
import { localName } from '../../shared/format';
import { MaterialUploader } from '../../shared/MaterialUploader';
import { usePrefill } from '../../shared/usePrefill';
import { offeredDeliveryModes } from '../../../../shared/catalog/catalog.enums';
import type { CaseChannel } from '../../../../shared/cases/cases.enums';
import type { CaseDetail, CaseRef } from '../../../../shared/cases/cases.wire';
import type { Guide } from '../../../../shared/catalog/catalog.wire';
import { applySteps, stepAt, type StepKey } from './applySteps';
import { ApplyConfirmation } from './ApplyConfirmation';
import { CheckAnswers } from './CheckAnswers';
import { DeliveryStep, toDeliveryRequest, type DeliveryValues } from './DeliveryStep';
import { useApplyMaterials } from './useApplyMaterials';

/**
 * The guided online application (docs/decisions.md D27): one question group per page, the draft
 * saved on the server at every "continue", the step kept in the address, a check-your-answers page
 * with the declaration (承诺书), and a confirmation in plain words. The 24-hour kiosk hosts the same
 * wizard (docs/decisions.md D32) with its own channel and its own next steps on the confirmation.
 */
export function ApplyWizard({
  guide,
  draft,
  autoFilled,
  onDraftCreated,
  onDraftSaved,
  channel = 'web',
  confirmationActions,
}: {
  guide: Guide;
  draft: CaseDetail | null;
  autoFilled: readonly string[];
  onDraftCreated: (id: string, step: StepKey) => void;
  onDraftSaved: () => void;
  /** Where the application is made (a draft keeps the channel it was made with). */
  channel?: Exclude<CaseChannel, 'window'>;
  /** The confirmation's buttons instead of the portal's links to 我的办件. */
  confirmationActions?: (submitted: CaseRef) => ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const item = guide.item;
  const steps = useMemo(() => applySteps(item), [item]);
  const modes = useMemo(() => offeredDeliveryModes(item), [item]);
  const index = stepAt(steps, params.get('step'));
  const step = steps[index] ?? steps[steps.length - 1]!;
  const [form] = Form.useForm<FormValues>();
  const [deliveryForm] = Form.useForm<DeliveryValues>();
  const materials = useApplyMaterials(item, draft, true);
  const [version, setVersion] = useState(draft?.version ?? 0);
  const [declared, setDeclared] = useState(false);
  const [declarationProblem, setDeclarationProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [materialProblem, setMaterialProblem] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<{ ref: CaseRef; delivery: DeliveryValues } | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());

  useEffect(() => setVersion(draft?.version ?? 0), [draft?.version]);
  useEffect(() => {
    if (!draft) return;
    form.setFieldsValue(draft.form as FormValues);
    if (draft.deliveryRequest) deliveryForm.setFieldsValue(draft.deliveryRequest);
  }, [draft, form, deliveryForm]);

  // Express goes to the applicant unless they say otherwise: the recipient and mobile start from the form.
  useEffect(() => {
    if (step.key !== 'delivery') return;
    const v = form.getFieldsValue(true) as FormValues;
    const d = deliveryForm.getFieldsValue(true) as DeliveryValues;
    const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
    deliveryForm.setFieldsValue({
      recipient: d.recipient || text(v.applicantName) || text(v.legalRepName),
      mobile: d.mobile || text(v.mobile),
    });
  }, [step.key, form, deliveryForm]);

  // 智能填单 (docs/decisions.md D21): empty fields filled from the account and shared data.
  const prefill = usePrefill(form, item.code);

  const go = (key: StepKey) => {
    setError(null);
    setMaterialProblem(null);
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('step', key);
      return next;
    });
  };

  // The way chosen; when the item offers only the window there is nothing to choose.
  const deliveryValues = (): DeliveryValues => (modes.length > 1 ? (deliveryForm.getFieldsValue(true) as DeliveryValues) : { mode: 'window' });
  const payload = () => {
    const delivery = toDeliveryRequest(deliveryValues());
    return {
      form: toFormPayload(item.formFields, form.getFieldsValue(true) as FormValues),
      materials: materials.materialRefs(),
      ...(delivery ? { delivery } : {}),
    };
  };

  const fail = (err: unknown) => {
    const apiError = toApiError(err);
    // A field's problem is shown on its field, on the step that asks it.
    if (showServerFormProblems(form, apiError, lang, item.formFields)) {
      const on = steps.find((s) => s.fields.some((f) => form.getFieldError(f.key).length > 0));
      if (on && on.key !== step.key) go(on.key);
    }
    setError(apiError);
  };

  /** Saves the draft (made at the first "continue") and moves on. */
  const saveAndGo = async (next: StepKey) => {
    setBusy(true);
    setError(null);
    try {
      if (draft) {
        const ref = await saveDraft(draft.id, { version, ...payload() });
        setVersion(ref.version);
        materials.setUploads({});
        onDraftSaved();
        go(next);
      } else {
        const ref = await createCase({ itemCode: item.code, channel, draft: true, ...payload() }, idempotencyKey.current);
        idempotencyKey.current = newIdempotencyKey();
        onDraftCreated(ref.id, next);
      }
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const next = steps[index + 1]?.key;
  const continueFrom = async () => {
    if (!next) return;
    try {
      if (step.fields.length) await form.validateFields(step.fields.map((f) => f.key));
      if (step.key === 'delivery') await deliveryForm.validateFields();
    } catch {
      return;
    }
    if (step.key === 'materials' && materials.missingPrimary.length) {
      setMaterialProblem(t('cases.apply.primaryMissing', { materials: materials.missingPrimary.map((m) => localName(lang, m.name, m.nameEn)).join('、') }));
      return;
    }
    await saveAndGo(next);
  };

  const submit = async () => {
    if (!declared) {
      setDeclarationProblem(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const picks = materials.licencePicks();
      const body = { ...payload(), declaration: true as const, ...(picks.length ? { licences: picks } : {}) };
      const ref = draft
        ? await performAction(draft.id, 'submit', { version, ...body })
        : await createCase({ itemCode: item.code, channel, ...body }, idempotencyKey.current);
      idempotencyKey.current = newIdempotencyKey();
      setSubmitted({ ref, delivery: deliveryValues() });
      window.scrollTo({ top: 0 });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  if (submitted)
    return <ApplyConfirmation guide={guide} submitted={submitted.ref} delivery={submitted.delivery} actions={confirmationActions?.(submitted.ref)} />;

  const title = (key: StepKey) => t(`cases.apply.step.${key}`);
  return (
    <div className="tb-bundle-wizard tb-apply-wizard">
      <WizardSteps
        titles={steps.map((s) => title(s.key))}
        current={index}
        onBack={(i) => {
          const to = steps[i];
          if (to) go(to.key);
        }}
      />
      {draft && <p className="tb-hint">{t('cases.apply.savedAsDraft')}</p>}

      <Form form={form} layout="vertical" name="apply-form" onValuesChange={prefill.onValuesChange}>
        {step.fields.length > 0 && (
          <Card size="small" className="tb-case-card">
            <p className="tb-hint">{t(step.key === 'applicant' ? 'cases.apply.lead.applicant' : 'cases.apply.lead.details')}</p>
            <CaseFormFields fields={step.fields} autoFilled={autoFilled} hints={prefill.hints} />
          </Card>
        )}
      </Form>

      {step.key === 'materials' && (
        <Card size="small" className="tb-case-card">
          {materials.offersFailed ? (
            <p className="tb-hint tb-offer-unavailable">{t('cases.mianti.offersFailed')}</p>
          ) : (
            materials.covered.size > 0 && (
              <p className="tb-offer-count" role="status">
                {t('cases.mianti.count', { n: materials.covered.size })}
              </p>
            )
          )}
          {materials.offersLoading ? (
            <div aria-busy="true">
              <p className="tb-hint">{t('cases.mianti.checking')}</p>
              <Skeleton active paragraph={{ rows: 4 }} />
            </div>
          ) : (
            <MaterialUploader
              slots={materials.slots}
              value={materials.uploads}
              onChange={(v) => {
                materials.setUploads(v);
                setMaterialProblem(null);
              }}
            />
          )}
        </Card>
      )}

      <Form form={deliveryForm} layout="vertical" name="apply-delivery" hidden={step.key !== 'delivery'}>
        <Card size="small" className="tb-case-card">
          <DeliveryStep modes={modes} />
        </Card>
      </Form>

      {step.key === 'check' && (
        <>
          <Card size="small" className="tb-case-card">
            <CheckAnswers
              item={item}
              steps={steps}
              values={form.getFieldsValue(true) as FormValues}
              materials={materials}
              delivery={deliveryValues()}
              onChange={go}
            />
          </Card>
          <Card size="small" title={<h3 className="tb-card-title">{t('bundles.declaration.title')}</h3>} className="tb-case-card">
            <Checkbox
              checked={declared}
              onChange={(e) => {
                setDeclared(e.target.checked);
                setDeclarationProblem(false);
              }}
              data-testid="declaration"
            >
              {t('bundles.declaration.text')}
            </Checkbox>
            {declarationProblem && (
              <p className="tb-field-error" role="alert">
                {t('bundles.declaration.required')}
              </p>
            )}
          </Card>
        </>
      )}

      {materialProblem && <Alert type="error" role="alert" showIcon title={materialProblem} className="tb-apply-alert" />}
      {error && (
        <div className="tb-apply-alert">
          <ErrorAlert error={error} />
        </div>
      )}

      <div className="tb-apply-bar tb-bundle-bar">
        {index > 0 && (
          <Button onClick={() => go(steps[index - 1]!.key)} disabled={busy}>
            {t('bundles.back')}
          </Button>
        )}
        {step.key === 'check' ? (
          <Button type="primary" loading={busy} onClick={() => void submit()}>
            {t('cases.apply.submit')}
          </Button>
        ) : (
          <Button type="primary" loading={busy} onClick={() => void continueFrom()}>
            {t('cases.apply.continue')}
          </Button>
        )}
        <span className="tb-hint">{t(step.key === 'check' ? 'cases.apply.submitHint' : 'cases.apply.continueHint')}</span>
      </div>
    </div>
  );
}
