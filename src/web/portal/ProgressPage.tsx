import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { getProgress } from '../cases/shared/casesApi';
import { formatDate, formatDateTime } from '../cases/shared/format';
import { StatusTag } from '../cases/shared/StatusTag';
import type { Progress } from '../../shared/cases/cases.wire';
import '../cases/cases.css';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';

interface Query {
  caseNo: string;
  idTail: string;
}

/**
 * `/progress` (进度查询), no sign-in: the case number and the last four characters of the
 * applicant's ID give the status and its dates — nothing personal.
 */
export function ProgressPage() {
  const t = useT();
  useDocumentTitle(t('progress.title'));
  const [params] = useSearchParams();
  const [form] = Form.useForm<Query>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Progress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const query = async ({ caseNo, idTail }: Query) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await getProgress(caseNo.trim().toUpperCase(), idTail.trim().toUpperCase()));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tb-container tb-page tb-progress">
      <Typography.Title level={1} className="tb-page-title">
        {t('progress.title')}
      </Typography.Title>
      <p className="tb-lead">{t('cases.progress.lead')}</p>
      <Card className="tb-progress-card">
        <Form form={form} layout="vertical" onFinish={(v) => void query(v)} initialValues={{ caseNo: params.get('caseNo') ?? '' }}>
          <div className="tb-progress-fields">
            <Form.Item
              name="caseNo"
              label={t('cases.progress.caseNo')}
              rules={[{ required: true, whitespace: true, message: t('cases.progress.caseNoRequired') }, { max: 40 }]}
              className="tb-progress-caseno"
            >
              <Input placeholder="BT150203-20261128-000001" autoComplete="off" className="tb-mono" />
            </Form.Item>
            <Form.Item
              name="idTail"
              label={t('cases.progress.idTail')}
              extra={t('cases.progress.idTailHint')}
              rules={[
                { required: true, message: t('cases.progress.idTailRequired') },
                { pattern: /^[0-9A-Za-z]{4}$/, message: t('cases.progress.idTailPattern') },
              ]}
              className="tb-progress-tail"
            >
              <Input maxLength={4} autoComplete="off" className="tb-mono" />
            </Form.Item>
            <Form.Item label={<span className="tb-visually-hidden">{t('cases.progress.submit')}</span>} className="tb-progress-submit">
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={busy}>
                {t('cases.progress.submit')}
              </Button>
            </Form.Item>
          </div>
        </Form>
      </Card>

      <section aria-live="polite" className="tb-progress-result">
        {/* Not finding a case is the visitor's typo, not a fault to report: no request id. */}
        {error?.status === 404 && (
          <Alert type="warning" showIcon role="alert" title={t('cases.progress.notFound')} description={t('cases.progress.notFoundHint')} />
        )}
        {error && error.status !== 404 && <ErrorAlert error={error} />}
        {result && <ProgressResult result={result} />}
      </section>
    </div>
  );
}

function ProgressResult({ result }: { result: Progress }) {
  const t = useT();
  const steps = [
    { key: 'submitted', label: t('cases.progress.submitted'), at: result.submittedAt },
    { key: 'accepted', label: t('cases.progress.accepted'), at: result.acceptedAt },
    { key: 'completed', label: t('cases.progress.completed'), at: result.completedAt },
    { key: 'issued', label: t('cases.progress.issued'), at: result.issuedAt },
  ];
  return (
    <Card title={<h2 className="tb-card-title">{t('cases.progress.resultTitle', { caseNo: result.caseNo })}</h2>}>
      <dl className="tb-inline-facts">
        <div>
          <dt>{t('cases.progress.item')}</dt>
          <dd>{result.itemName}</dd>
        </div>
        <div>
          <dt>{t('cases.progress.status')}</dt>
          <dd>
            <StatusTag status={result.status} />
          </dd>
        </div>
        {result.promisedDue && (
          <div>
            <dt>{t('cases.progress.promised')}</dt>
            <dd>{t('cases.clock.promise', { date: formatDate(result.promisedDue) })}</dd>
          </div>
        )}
      </dl>
      <ol className="tb-progress-steps">
        {steps.map((s) => (
          <li key={s.key} className={s.at ? 'tb-progress-step tb-progress-step--done' : 'tb-progress-step'}>
            <span className="tb-progress-step-label">{s.label}</span>
            <span className="tb-progress-step-at">{s.at ? formatDateTime(s.at) : t('cases.progress.notYet')}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
