import { Alert, Button, Card, Form, Skeleton, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { createCase, getItemGuide, getMaterialOffers, newIdempotencyKey, type MaterialOffer } from '../shared/casesApi';
import { CaseFormFields, showServerFormProblems, toFormPayload, type FormValues } from '../shared/CaseForm';
import { localName } from '../shared/format';
import { ItemPicker } from '../shared/ItemPicker';
import { MaterialUploader, toMaterialRefs, type Uploads } from '../shared/MaterialUploader';
import { OfferPanel } from '../shared/OfferPanel';
import { usePrefill } from '../shared/usePrefill';
import { checkedId, WalkInApplicant, type WalkInValues } from './WalkInApplicant';
import { getAppointment } from '../../halls/appointmentsApi';
import { slotTime } from '../../halls/slotText';

/** Form fields the server fills from the applicant the clerk entered, when left empty. */
const NO_OFFERS: MaterialOffer[] = [];

const FROM_APPLICANT = { resident_id: ['applicantName', 'idNumber', 'mobile'], uscc: ['entityName', 'uscc', 'mobile'] } as const;

/**
 * `/window/intake`: registering a walk-in application (前台综合受理) — the item, the applicant's
 * identity checked by its checksum, the item's form, and a scan of every material handed in. The
 * case is then checked and decided on its own page.
 */
export function IntakePage() {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Opened from 叫号 for the called person (docs/decisions.md D31): their item, and their appointment if they booked.
  const [code, setCode] = useState<string | undefined>(() => (/^[0-9]{12}$/.test(params.get('item') ?? '') ? params.get('item')! : undefined));
  const appointmentId = params.get('appointment');
  const appointment = useApiQuery((signal) => (appointmentId ? getAppointment(appointmentId, signal) : Promise.resolve(null)), [appointmentId]);
  const [applicantForm] = Form.useForm<WalkInValues>();
  const [form] = Form.useForm<FormValues>();
  const [uploads, setUploads] = useState<Uploads>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const key = useRef(newIdempotencyKey());
  const idType = Form.useWatch('idType', applicantForm) ?? 'resident_id';
  const idNumber = Form.useWatch('idNumber', applicantForm) ?? '';
  const load = useApiQuery((signal) => (code ? getItemGuide(code, signal) : Promise.resolve(null)), [code]);
  const { reload } = load;
  const guide = load.status === 'done' ? load.data : null;

  // 免提交 (docs/decisions.md D21): once the ID checks out, which of the item's materials the
  // department fetches or the applicant's e-licence stands in for — the clerk need not collect them.
  const validId = checkedId({ idType, idNumber }, lang);
  const offersQuery = useApiQuery(
    (signal) => (code && validId ? getMaterialOffers(code, { idType, idNumber: validId }, signal) : Promise.resolve(NO_OFFERS)),
    [code, idType, validId],
  );
  const offers = offersQuery.status === 'done' ? offersQuery.data : NO_OFFERS;
  // 智能填单 for the walk-in applicant, once the item's form is on the page and the ID checks out.
  const prefill = usePrefill(form, guide?.item.code ?? null, validId ? { idType, idNumber: validId } : null);

  const register = async () => {
    if (!guide) return;
    let applicant: WalkInValues;
    try {
      [applicant] = await Promise.all([applicantForm.validateFields(), form.validateFields()]);
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const ref = await createCase(
        {
          itemCode: guide.item.code,
          channel: 'window',
          form: toFormPayload(guide.item.formFields, form.getFieldsValue(true) as FormValues),
          materials: toMaterialRefs(uploads),
          applicant: {
            idType: applicant.idType,
            idNumber: (applicant.idNumber ?? '').trim().toUpperCase(),
            name: (applicant.name ?? '').trim(),
            mobile: (applicant.mobile ?? '').trim(),
          },
        },
        key.current,
      );
      key.current = newIdempotencyKey();
      navigate(`/window/cases/${ref.id}`);
    } catch (err) {
      const apiError = toApiError(err);
      showServerFormProblems(form, apiError, lang, guide.item.formFields);
      setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tb-intake">
      <Typography.Title level={1} className="tb-page-title">
        {t('cases.intake.title')}
      </Typography.Title>
      <p className="tb-lead">{t('cases.intake.lead')}</p>
      {appointment.status === 'done' && appointment.data && (
        <Alert
          className="tb-apply-alert"
          type="info"
          showIcon
          title={t('cases.intake.fromAppointment', { name: appointment.data.holderName, id: appointment.data.idNumber, time: slotTime(appointment.data) })}
          description={t('cases.intake.fromAppointmentHint')}
        />
      )}

      <Card size="small" title={<h2 className="tb-card-title">{t('cases.intake.step1')}</h2>} className="tb-case-card">
        <label htmlFor="intake-item" className="tb-field-label">
          {t('cases.intake.item')}
        </label>
        <ItemPicker
          id="intake-item"
          value={code}
          current={guide?.item}
          onChange={(next) => {
            setCode(next);
            setUploads({});
            form.resetFields();
          }}
        />
        {load.status === 'error' && <ErrorAlert error={load.error} onRetry={reload} />}
        {guide && (
          <p className="tb-hint tb-intake-item-facts">
            {localName(lang, guide.department.nameZh, guide.department.nameEn)} ·{' '}
            {guide.item.caseKind === 'instant' ? t('cases.caseKind.instant') : t('cases.apply.workdays', { n: guide.item.promisedLimit.value })}
          </p>
        )}
      </Card>

      <Card size="small" title={<h2 className="tb-card-title">{t('cases.intake.step2')}</h2>} className="tb-case-card">
        <WalkInApplicant form={applicantForm} />
        <p className="tb-hint">{t('cases.intake.lookupNote')}</p>
      </Card>

      {code && load.status === 'loading' && <Skeleton active />}
      {guide && (
        <>
          <Card size="small" title={<h2 className="tb-card-title">{t('cases.intake.step3')}</h2>} className="tb-case-card">
            <Form form={form} layout="vertical" onValuesChange={prefill.onValuesChange}>
              {guide.item.formFields.length ? (
                <CaseFormFields fields={guide.item.formFields} autoFilled={FROM_APPLICANT[idType]} hints={prefill.hints} />
              ) : (
                <p className="tb-hint">{t('cases.apply.noForm')}</p>
              )}
            </Form>
          </Card>
          <Card size="small" title={<h2 className="tb-card-title">{t('cases.intake.step4')}</h2>} className="tb-case-card">
            <p className="tb-hint">{t('cases.intake.scanHint')}</p>
            {offers.length > 0 && (
              <p className="tb-offer-count" role="status">
                {t('cases.mianti.windowCount', { n: offers.length })}
              </p>
            )}
            {offersQuery.status === 'error' && validId && <p className="tb-hint tb-offer-unavailable">{t('cases.mianti.windowOffersFailed')}</p>}
            <MaterialUploader
              slots={guide.item.materials.map((m) => {
                const name = localName(lang, m.name, m.nameEn);
                const offer = offers.find((o) => o.materialCode === m.code);
                return {
                  code: m.code,
                  name,
                  required: m.required,
                  primary: m.primary,
                  offer: offer && { covered: true, uploadToo: true, panel: <OfferPanel offer={offer} materialName={name} /> },
                };
              })}
              value={uploads}
              onChange={setUploads}
            />
          </Card>
          {error && (
            <div className="tb-apply-alert">
              <ErrorAlert error={error} />
            </div>
          )}
          <div className="tb-apply-bar">
            <Button type="primary" loading={busy} onClick={() => void register()}>
              {t('cases.intake.register')}
            </Button>
            <span className="tb-hint">{t('cases.intake.registerHint')}</span>
          </div>
        </>
      )}
      {!code && <Alert type="info" showIcon title={t('cases.intake.pickFirst')} />}
    </div>
  );
}
