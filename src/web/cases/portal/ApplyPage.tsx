import { ArrowLeftOutlined, CheckCircleFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { useLang, useT } from '../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { createCase, getCase, getItemGuide, getMaterialOffers, newIdempotencyKey, performAction, saveDraft, type MaterialOffer } from '../shared/casesApi';
import { CaseFormFields, showServerFormProblems, toFormPayload, type FormValues } from '../shared/CaseForm';
import { localName } from '../shared/format';
import { MaterialUploader, toMaterialRefs, type UploadSlot, type Uploads } from '../shared/MaterialUploader';
import { coveredMaterials, initialChoices, licencePicks, uploadsToSend, type OfferChoices } from '../shared/mianti';
import { usePrefill } from '../shared/usePrefill';
import { OfferPanel } from '../shared/OfferPanel';
import type { CaseDetail, CaseRef } from '../../../shared/cases/cases.wire';
import type { Guide as ItemGuide } from '../../../shared/catalog/catalog.wire';

/** Form fields the server fills from the signed-in applicant's verified identity when left empty. */
const AUTO_FILLED = { citizen: ['applicantName', 'idNumber', 'mobile'], enterprise: ['entityName', 'uscc', 'mobile'] } as const;

const NO_OFFERS: MaterialOffer[] = [];

interface Loaded {
  guide: ItemGuide;
  draft: CaseDetail | null;
}

/**
 * `/portal/me/apply/:code[?draft=<id>]`: apply online for an item — its form rendered from the
 * catalog's field list, materials uploaded per material, saved as a draft to continue later, then
 * submitted for a case number.
 */
export function ApplyPage() {
  const t = useT();
  const { lang } = useLang();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const draftId = params.get('draft');
  const load = useApiQuery(
    async (signal): Promise<Loaded> => {
      const [guide, draft] = await Promise.all([getItemGuide(code, signal), draftId ? getCase(draftId, signal) : Promise.resolve(null)]);
      return { guide, draft };
    },
    [code, draftId],
  );
  const { reload } = load;
  const title =
    load.status === 'done'
      ? t('cases.apply.titleFor', { item: localName(lang, load.data.guide.item.name, load.data.guide.item.nameEn) })
      : t('cases.apply.title');
  useDocumentTitle(title);

  return (
    <div className="tb-apply">
      <Link to="/portal/me/cases" className="tb-case-back">
        <ArrowLeftOutlined aria-hidden="true" /> {t('cases.portal.backToList')}
      </Link>
      <Typography.Title level={1} className="tb-page-title">
        {title}
      </Typography.Title>
      {load.status === 'loading' && <Skeleton active paragraph={{ rows: 10 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('cases.apply.loadError')} onRetry={reload} />}
      {load.status === 'done' && (
        <ApplyForm
          key={load.data.draft?.id ?? 'new'}
          guide={load.data.guide}
          draft={load.data.draft}
          onDraftCreated={(id) => setParams({ draft: id }, { replace: true })}
          onDraftSaved={reload}
        />
      )}
    </div>
  );
}

function ApplyForm({
  guide,
  draft,
  onDraftCreated,
  onDraftSaved,
}: {
  guide: ItemGuide;
  draft: CaseDetail | null;
  onDraftCreated: (id: string) => void;
  onDraftSaved: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [uploads, setUploads] = useState<Uploads>({});
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [submitted, setSubmitted] = useState<CaseRef | null>(null);
  const [materialProblem, setMaterialProblem] = useState<string | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());
  const item = guide.item;
  const role = me?.roles.includes('enterprise') ? 'enterprise' : me?.roles.includes('citizen') ? 'citizen' : null;
  const autoFilled = role ? AUTO_FILLED[role] : [];
  const canApply = role !== null && guide.onlineApplication && item.audience.includes(role);
  // 免提交 (docs/decisions.md D21): what the applicant need not upload. When asking fails, every
  // material is uploaded as before and the form says so quietly.
  const offersQuery = useApiQuery((signal) => (canApply ? getMaterialOffers(item.code, undefined, signal) : Promise.resolve(NO_OFFERS)), [item.code, canApply]);
  const offers = offersQuery.status === 'done' ? offersQuery.data : NO_OFFERS;
  const [picked, setPicked] = useState<OfferChoices>({});
  const choices = useMemo<OfferChoices>(() => {
    const withFiles = new Set((draft?.materials ?? []).filter((m) => m.files.length > 0).map((m) => m.materialCode));
    return { ...initialChoices(offers, withFiles), ...picked };
  }, [offers, draft, picked]);
  const covered = useMemo(() => coveredMaterials(offers, choices), [offers, choices]);

  useEffect(() => {
    if (draft) form.setFieldsValue(draft.form as FormValues);
  }, [draft, form]);

  // 智能填单 (docs/decisions.md D21): the empty fields filled from the account, the applicant's
  // e-licences and shared data, each marked with its source.
  const prefill = usePrefill(form, canApply ? item.code : null);

  const slots: UploadSlot[] = useMemo(
    () =>
      item.materials.map((m) => {
        const name = localName(lang, m.name, m.nameEn);
        const offer = offers.find((o) => o.materialCode === m.code);
        return {
          code: m.code,
          name,
          required: m.required,
          primary: m.primary,
          existing: draft?.materials.find((x) => x.materialCode === m.code)?.files ?? [],
          note: m.acceptanceStandard ? t('cases.apply.standard', { text: m.acceptanceStandard }) : undefined,
          offer: offer && {
            covered: covered.has(m.code),
            panel: (
              <OfferPanel
                offer={offer}
                materialName={name}
                choice={choices[m.code]}
                onChoice={(next) => {
                  setPicked((p) => ({ ...p, [m.code]: next }));
                  // Files picked before the source took over again are dropped, not sent unseen.
                  if (next !== 'upload') setUploads((u) => Object.fromEntries(Object.entries(u).filter(([code]) => code !== m.code)));
                  setMaterialProblem(null);
                }}
              />
            ),
          },
        };
      }),
    [item, draft, lang, t, offers, choices, covered],
  );

  if (submitted) {
    return (
      <Card className="tb-apply-done">
        <div className="tb-case-result" role="status">
          <CheckCircleFilled className="tb-case-result-icon" aria-hidden="true" />
          <h2 className="tb-case-result-heading">{t('cases.apply.submittedTitle')}</h2>
          <p>{t('cases.apply.submittedBody', { caseNo: submitted.caseNo ?? '' })}</p>
          <p className="tb-case-no-big" data-testid="case-no">
            {submitted.caseNo}
          </p>
          <div className="tb-case-result-actions">
            <Button type="primary" onClick={() => navigate(`/portal/me/cases/${submitted.id}`)}>
              {t('cases.apply.viewCase')}
            </Button>
            <Button onClick={() => navigate('/portal/me/cases')}>{t('cases.portal.backToList')}</Button>
          </div>
        </div>
      </Card>
    );
  }

  const audienceOk = !role || item.audience.includes(role);
  if (!guide.onlineApplication || !audienceOk) {
    return (
      <Alert type="warning" showIcon title={!audienceOk ? t('cases.apply.notForYou') : t('cases.apply.notOnline')} description={t('cases.apply.goToWindow')} />
    );
  }

  const has = (code: string) => covered.has(code) || (uploads[code]?.length ?? 0) + (slots.find((s) => s.code === code)?.existing?.length ?? 0) > 0;
  const materialRefs = () => toMaterialRefs(uploadsToSend(uploads, covered));
  const picks = licencePicks(offers, choices);
  const missingPrimary = item.materials.filter((m) => m.required && m.primary && !has(m.code));
  const missingSecondary = item.materials.filter((m) => m.required && !m.primary && !has(m.code));

  const handleError = (err: unknown) => {
    const apiError = toApiError(err);
    showServerFormProblems(form, apiError, lang, item.formFields);
    setError(apiError);
  };

  const saveAsDraft = async () => {
    setError(null);
    setBusy('draft');
    try {
      const values = toFormPayload(item.formFields, form.getFieldsValue(true) as FormValues);
      const materials = materialRefs();
      if (draft) {
        await saveDraft(draft.id, { version: draft.version, form: values, materials });
        setUploads({});
        void message.success(t('cases.apply.draftSaved'));
        onDraftSaved();
      } else {
        const ref = await createCase({ itemCode: item.code, channel: 'web', draft: true, form: values, materials }, idempotencyKey.current);
        idempotencyKey.current = newIdempotencyKey();
        void message.success(t('cases.apply.draftSaved'));
        onDraftCreated(ref.id);
      }
    } catch (err) {
      handleError(err);
    } finally {
      setBusy(null);
    }
  };

  const send = async () => {
    setBusy('submit');
    setError(null);
    try {
      const values = toFormPayload(item.formFields, form.getFieldsValue(true) as FormValues);
      const materials = materialRefs();
      const licences = picks.length ? { licences: picks } : {};
      const ref = draft
        ? await performAction(draft.id, 'submit', { version: draft.version, form: values, materials, ...licences })
        : await createCase({ itemCode: item.code, channel: 'web', form: values, materials, ...licences }, idempotencyKey.current);
      idempotencyKey.current = newIdempotencyKey();
      setSubmitted(ref);
      window.scrollTo({ top: 0 });
    } catch (err) {
      handleError(err);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setMaterialProblem(null);
    try {
      await form.validateFields();
    } catch {
      setError(null);
      return;
    }
    if (missingPrimary.length) {
      setMaterialProblem(t('cases.apply.primaryMissing', { materials: missingPrimary.map((m) => localName(lang, m.name, m.nameEn)).join('、') }));
      return;
    }
    if (missingSecondary.length) {
      modal.confirm({
        title: t('cases.apply.secondaryMissingTitle'),
        content: t('cases.apply.secondaryMissing', { materials: missingSecondary.map((m) => localName(lang, m.name, m.nameEn)).join('、') }),
        okText: t('cases.apply.submitAnyway'),
        cancelText: t('cases.apply.keepEditing'),
        onOk: () => send(),
      });
      return;
    }
    await send();
  };

  const limit = item.promisedLimit;
  return (
    <>
      <Card size="small" className="tb-apply-summary">
        <dl className="tb-inline-facts">
          <div>
            <dt>{t('cases.apply.department')}</dt>
            <dd>{localName(lang, guide.department.nameZh, guide.department.nameEn)}</dd>
          </div>
          <div>
            <dt>{t('cases.apply.promised')}</dt>
            <dd>
              {limit.value === 0
                ? t('cases.apply.instant')
                : t(limit.unit === 'workday' ? 'cases.apply.workdays' : 'cases.apply.naturalDays', { n: limit.value })}
            </dd>
          </div>
          <div>
            <dt>{t('cases.apply.code')}</dt>
            <dd className="tb-mono">{item.code}</dd>
          </div>
          {draft && (
            <div>
              <dt>{t('cases.apply.draftState')}</dt>
              <dd>{t('cases.apply.draftContinuing')}</dd>
            </div>
          )}
        </dl>
      </Card>

      <Form form={form} layout="vertical" scrollToFirstError onValuesChange={prefill.onValuesChange}>
        <Card size="small" title={<h2 className="tb-card-title">{t('cases.apply.formTitle')}</h2>} className="tb-case-card">
          {item.formFields.length === 0 ? (
            <p className="tb-hint">{t('cases.apply.noForm')}</p>
          ) : (
            <CaseFormFields fields={item.formFields} autoFilled={autoFilled} hints={prefill.hints} />
          )}
        </Card>
      </Form>

      <Card size="small" title={<h2 className="tb-card-title">{t('cases.apply.materialsTitle')}</h2>} className="tb-case-card">
        {offersQuery.status === 'error' ? (
          <p className="tb-hint tb-offer-unavailable">{t('cases.mianti.offersFailed')}</p>
        ) : (
          covered.size > 0 && (
            <p className="tb-offer-count" role="status">
              {t('cases.mianti.count', { n: covered.size })}
            </p>
          )
        )}
        <MaterialUploader
          slots={slots}
          value={uploads}
          onChange={(next) => {
            setUploads(next);
            setMaterialProblem(null);
          }}
        />
      </Card>

      {materialProblem && <Alert type="error" role="alert" showIcon title={materialProblem} className="tb-apply-alert" />}
      {error && (
        <div className="tb-apply-alert">
          <ErrorAlert error={error} />
        </div>
      )}

      <div className="tb-apply-bar">
        <Button onClick={() => void saveAsDraft()} loading={busy === 'draft'} disabled={busy === 'submit'}>
          {t('cases.apply.saveDraft')}
        </Button>
        <Button type="primary" onClick={() => void submit()} loading={busy === 'submit'} disabled={busy === 'draft'}>
          {t('cases.apply.submit')}
        </Button>
        <span className="tb-hint">{t('cases.apply.draftHint')}</span>
      </div>
    </>
  );
}
