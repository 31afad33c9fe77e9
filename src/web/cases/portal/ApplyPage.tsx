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
import { createCase, getCase, getItemGuide, newIdempotencyKey, performAction, saveDraft } from '../shared/casesApi';
import { CaseFormFields, showServerFormProblems, toFormPayload, type FormValues } from '../shared/CaseForm';
import { localName } from '../shared/format';
import { MaterialUploader, toMaterialRefs, type UploadSlot, type Uploads } from '../shared/MaterialUploader';
import type { CaseDetail, CaseRef } from '../../../shared/cases/cases.wire';
import type { Guide as ItemGuide } from '../../../shared/catalog/catalog.wire';

/** Form fields the server fills from the signed-in applicant's verified identity when left empty. */
const AUTO_FILLED = { citizen: ['applicantName', 'idNumber', 'mobile'], enterprise: ['entityName', 'uscc', 'mobile'] } as const;

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

  useEffect(() => {
    if (draft) form.setFieldsValue(draft.form as FormValues);
  }, [draft, form]);

  const slots: UploadSlot[] = useMemo(
    () =>
      item.materials.map((m) => ({
        code: m.code,
        name: localName(lang, m.name, m.nameEn),
        required: m.required,
        primary: m.primary,
        existing: draft?.materials.find((x) => x.materialCode === m.code)?.files ?? [],
        note: m.acceptanceStandard ? t('cases.apply.standard', { text: m.acceptanceStandard }) : undefined,
      })),
    [item, draft, lang, t],
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

  const has = (code: string) => (uploads[code]?.length ?? 0) + (slots.find((s) => s.code === code)?.existing?.length ?? 0) > 0;
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
      const materials = toMaterialRefs(uploads);
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
      const materials = toMaterialRefs(uploads);
      const ref = draft
        ? await performAction(draft.id, 'submit', { version: draft.version, form: values, materials })
        : await createCase({ itemCode: item.code, channel: 'web', form: values, materials }, idempotencyKey.current);
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

      <Form form={form} layout="vertical" scrollToFirstError>
        <Card size="small" title={<h2 className="tb-card-title">{t('cases.apply.formTitle')}</h2>} className="tb-case-card">
          {item.formFields.length === 0 ? (
            <p className="tb-hint">{t('cases.apply.noForm')}</p>
          ) : (
            <CaseFormFields fields={item.formFields} autoFilled={autoFilled} />
          )}
        </Card>
      </Form>

      <Card size="small" title={<h2 className="tb-card-title">{t('cases.apply.materialsTitle')}</h2>} className="tb-case-card">
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
