import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { VerifyResultWire } from '../../shared/licences/licences.wire';
import { MAX_PAYLOAD, payloadProblem, REASON_TEXT } from './format';
import { sealImageUrl, verifyLicence } from './licencesApi';
import '../cases/cases.css';
import './licences.css';

/**
 * `/verify` (证照核验), no sign-in: paste an e-licence's QR content or its JSON; the server checks
 * the SM2 signature against the seal's published key and the seal's and licence's status
 * (docs/decisions.md D17), and the page says valid in green or why not in red.
 */
export function VerifyPage() {
  const t = useT();
  useDocumentTitle(t('licences.verify.title'));
  const [form] = Form.useForm<{ payload: string }>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<VerifyResultWire | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async ({ payload }: { payload: string }) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await verifyLicence({ payload: payload.trim() }));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tb-container tb-page tb-verify">
      <Typography.Title level={1} className="tb-page-title">
        {t('licences.verify.title')}
      </Typography.Title>
      <p className="tb-lead">{t('licences.verify.lead')}</p>
      <Card>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ payload: '' }}>
          <Form.Item
            name="payload"
            label={t('licences.verify.payload')}
            extra={t('licences.verify.hint')}
            validateTrigger="onSubmit"
            rules={[
              {
                validator: (_, value: string | undefined) => {
                  const problem = payloadProblem(value ?? '');
                  return problem ? Promise.reject(new Error(t(`licences.verify.${problem}`))) : Promise.resolve();
                },
              },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 5, maxRows: 12 }} maxLength={MAX_PAYLOAD + 1000} spellCheck={false} className="tb-mono" />
          </Form.Item>
          <div className="tb-verify-actions">
            <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={busy}>
              {t('licences.verify.submit')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setResult(null);
                setError(null);
              }}
            >
              {t('licences.verify.clear')}
            </Button>
          </div>
        </Form>
      </Card>

      <section aria-live="polite" aria-label={t('licences.verify.result')} className="tb-verify-result">
        {error && <ErrorAlert error={error} title={t('licences.verify.error')} />}
        {result && <Verdict result={result} />}
      </section>
    </div>
  );
}

function Verdict({ result }: { result: VerifyResultWire }) {
  const t = useT();
  const { lang } = useLang();
  const { licence, seal } = result;
  const department = seal ? (lang === 'en-US' ? seal.departmentNameEn : seal.departmentNameZh) : '';
  return (
    <Card className={result.valid ? 'tb-verdict tb-verdict--valid' : 'tb-verdict tb-verdict--invalid'} data-verdict={result.reason}>
      <div className="tb-verdict-head">
        {result.valid ? (
          <CheckCircleFilled aria-hidden="true" className="tb-verdict-icon" />
        ) : (
          <CloseCircleFilled aria-hidden="true" className="tb-verdict-icon" />
        )}
        <div>
          <h2 className="tb-verdict-title">{result.valid ? t('licences.verify.valid') : t('licences.verify.invalid')}</h2>
          <p className="tb-verdict-reason">{t(REASON_TEXT[result.reason])}</p>
        </div>
      </div>
      {/* What an invalid licence claims is not to be trusted, so only a valid one is summarised. */}
      {result.valid && (
        <div className="tb-verdict-body">
          {licence ? (
            <dl className="tb-licence-facts" aria-label={t('licences.verify.summary')}>
              {[
                { key: 'type', label: t('licences.col.type'), value: licence.type },
                { key: 'number', label: t('licences.col.number'), value: licence.number },
                { key: 'holder', label: t('licences.verify.holderName'), value: licence.holderName },
                { key: 'issuer', label: t('licences.col.issuer'), value: licence.issuer },
                { key: 'issued', label: t('licences.col.issuedAt'), value: licence.issuedOn },
                { key: 'valid', label: t('licences.col.validUntil'), value: licence.validUntil ?? t('licences.longTerm') },
                { key: 'identifier', label: t('licences.detail.identifier'), value: <code className="tb-licence-identifier">{licence.identifier}</code> },
              ].map((f) => (
                <div key={f.key}>
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>{t('licences.verify.noLicence')}</p>
          )}
          {seal && (
            <figure className="tb-licence-seal">
              <img src={sealImageUrl(seal.sealId)} alt={t('licences.detail.sealAlt', { issuer: department, sealId: seal.sealId })} width={132} height={132} />
              <figcaption>{t('licences.verify.sealOf', { department, sealId: seal.sealId })}</figcaption>
            </figure>
          )}
        </div>
      )}
    </Card>
  );
}
