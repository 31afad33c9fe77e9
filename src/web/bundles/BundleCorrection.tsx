import { Alert, Button, Card, Form } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { CaseFormFields, showServerFormProblems, toFormPayload, type FormValues } from '../cases/shared/CaseForm';
import { ActionError } from '../cases/shared/ConflictAlert';
import { MaterialUploader, type Uploads } from '../cases/shared/MaterialUploader';
import type { BundleCaseDetail, BundleCaseRef, BundlePlan } from '../../shared/bundles/bundles.wire';
import { PERSONAL_FIELD_TYPES } from '../../shared/catalog/catalog.enums';
import { problemTexts, toFormFields, withFieldNames } from './bundleForm';
import type { CorrectionLine } from './bundleCase';
import { performBundleAction } from './bundlesApi';

/**
 * The one 补正 notice across the bundle's members (每项都写明所属事项), and — when the applicant may
 * resubmit — one form answering all of it: the fields and materials named, by their merged keys.
 */
export function BundleCorrection({
  detail,
  plan,
  lines,
  onChanged,
}: {
  detail: BundleCaseDetail;
  plan: BundlePlan | null;
  lines: CorrectionLine[];
  onChanged: (ref: BundleCaseRef) => void;
}) {
  const t = useT();
  const canResubmit = detail.actions.includes('resubmit');
  return (
    <Card size="small" className="tb-case-card tb-bundle-correction" title={<h2 className="tb-card-title">{t('bundles.correction.title')}</h2>}>
      <Alert type="warning" showIcon title={t('bundles.correction.lead', { n: lines.length })} className="tb-apply-alert" />
      <ol className="tb-bundle-correction-list">
        {lines.map((l, i) => (
          <li key={i}>
            <span className="tb-bundle-correction-item">{l.itemName}</span>
            {l.what && <strong> · {l.what}</strong>}：{l.problem}
          </li>
        ))}
      </ol>
      {canResubmit && <ResubmitForm detail={detail} plan={plan} lines={lines} onChanged={onChanged} />}
    </Card>
  );
}

function ResubmitForm({
  detail,
  plan,
  lines,
  onChanged,
}: {
  detail: BundleCaseDetail;
  plan: BundlePlan | null;
  lines: CorrectionLine[];
  onChanged: (ref: BundleCaseRef) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<FormValues>();
  const [uploads, setUploads] = useState<Uploads>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fieldKeys = new Set(lines.flatMap((l) => (l.fieldKey ? [l.fieldKey] : [])));
  const materialKeys = new Set(lines.flatMap((l) => (l.materialKey ? [l.materialKey] : [])));
  const fields = toFormFields((plan?.form ?? []).filter((f) => fieldKeys.has(f.key)));
  const materials = (plan?.materials ?? []).filter((m) => materialKeys.has(m.key));
  // The fields named start from what the members hold; a personal field comes masked and is typed anew (D25).
  const initial = Object.fromEntries(fields.filter((f) => !PERSONAL_FIELD_TYPES.has(f.type)).map((f) => [f.key, detail.form[f.key] ?? undefined]));

  const send = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const values = toFormPayload(fields, form.getFieldsValue(true) as FormValues);
      const refs = Object.entries(uploads).flatMap(([key, files]) => files.map((f) => ({ key, fileId: f.fileId })));
      const ref = await performBundleAction(detail.id, 'resubmit', {
        version: detail.version,
        ...(Object.keys(values).length ? { form: values } : {}),
        ...(refs.length ? { materials: refs } : {}),
      });
      setUploads({});
      onChanged(ref);
    } catch (err) {
      const apiError = withFieldNames(toApiError(err));
      showServerFormProblems(form, apiError, lang, fields);
      setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="bundle-resubmit" className="tb-bundle-resubmit">
      <h3 className="tb-subheading" id="bundle-resubmit">
        {t('bundles.correction.resubmitTitle')}
      </h3>
      <p className="tb-hint">{t('bundles.correction.resubmitLead')}</p>
      {fields.length > 0 && (
        <Form form={form} layout="vertical" name="bundle-resubmit" initialValues={initial}>
          <CaseFormFields fields={fields} />
        </Form>
      )}
      {materials.length > 0 && (
        <MaterialUploader
          slots={materials.map((m) => ({
            code: m.key,
            name: m.name,
            required: m.required,
            primary: m.required,
            highlight: true,
            note: lines
              .filter((l) => l.materialKey === m.key)
              .map((l) => `${l.itemName}：${l.problem}`)
              .join('；'),
          }))}
          value={uploads}
          onChange={setUploads}
        />
      )}
      {error && (
        <div className="tb-apply-alert">
          <ActionError error={error} onReload={() => onChanged({ id: detail.id, bundleNo: detail.bundleNo, version: detail.version, cases: [] })} />
          {/* Each problem named, also those of a field this form does not show. */}
          {problemTexts(error, lang).length > 0 && (
            <ul className="tb-bundle-problems">
              {problemTexts(error, lang).map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <Button type="primary" loading={busy} onClick={() => void send()}>
        {t('bundles.correction.resubmit')}
      </Button>
    </section>
  );
}
