import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { formatDateTime } from '../cases/shared/format';
import { formatYuan } from '../../shared/payments/money';
import { RECEIPT_CODE_LENGTH } from '../../shared/payments/payments.enums';
import type { ReceiptVerifyWire } from '../../shared/payments/payments.wire';
import { verifyReceipt } from './paymentsApi';
import './payments.css';

/**
 * `/verify/receipt[?code=]` (电子票据查验, docs/decisions.md D30): anyone checks a receipt by its
 * verification code — what the platform recorded (payer masked), or that it was refunded or is unknown.
 */
export function ReceiptVerifyPage() {
  const t = useT();
  useDocumentTitle(t('payments.verifyPage.title'));
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<{ code: string }>();
  const [result, setResult] = useState<ReceiptVerifyWire | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const code = params.get('code');
  // A signed-in visitor's POST carries the session's CSRF token, known once the session is read.
  const { state } = useAuth();
  const ready = state.status !== 'loading';

  useEffect(() => {
    if (!code || !ready) return;
    form.setFieldsValue({ code });
    let live = true;
    setBusy(true);
    verifyReceipt(code).then(
      (r) => live && (setResult(r), setError(null), setBusy(false)),
      (err: unknown) => live && (setError(toApiError(err)), setBusy(false)),
    );
    return () => {
      live = false;
    };
  }, [code, form, ready]);

  const r = result?.receipt;
  return (
    <div className="tb-container tb-page tb-verify-receipt">
      <Typography.Title level={1} className="tb-page-title">
        {t('payments.verifyPage.title')}
      </Typography.Title>
      <p className="tb-lead">{t('payments.verifyPage.lead')}</p>
      <Form form={form} layout="inline" onFinish={({ code: c }) => setParams({ code: c.trim().toUpperCase() })}>
        <Form.Item
          name="code"
          label={t('payments.receiptCode')}
          rules={[
            { required: true, message: t('payments.verifyPage.required') },
            { len: RECEIPT_CODE_LENGTH, message: t('payments.verifyPage.length', { n: RECEIPT_CODE_LENGTH }) },
          ]}
        >
          <Input className="tb-mono" maxLength={RECEIPT_CODE_LENGTH} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('payments.verify')}
        </Button>
      </Form>
      {error && <ErrorAlert error={error} title={t('payments.failed')} />}
      {result && (
        <Card className="tb-case-card" data-testid="receipt-verdict">
          <Alert
            type={result.verdict === 'valid' ? 'success' : result.verdict === 'refunded' ? 'warning' : 'error'}
            showIcon
            title={t(`payments.verdict.${result.verdict}`)}
          />
          {r && (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'number', label: t('payments.verifyPage.number'), children: r.number },
                { key: 'payee', label: t('payments.verifyPage.payee'), children: r.payee },
                { key: 'payer', label: t('payments.verifyPage.payer'), children: r.payer },
                { key: 'item', label: t('payments.verifyPage.item'), children: r.itemName },
                { key: 'amount', label: t('payments.verifyPage.amount'), children: `¥${formatYuan(r.amountFen)}（${r.amountCapitals}）` },
                { key: 'at', label: t('payments.verifyPage.issuedAt'), children: formatDateTime(r.issuedAt) },
              ]}
            />
          )}
        </Card>
      )}
    </div>
  );
}
