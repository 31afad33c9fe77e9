import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { formatDateTime } from '../cases/shared/format';
import { formatYuan } from '../../shared/payments/money';
import type { CashierWire } from '../../shared/payments/payments.wire';
import { getCashier, payAtCashier, safeReturnPath } from './paymentsApi';
import './payments.css';

/**
 * `/pay/local/:tradeNo`: the cashier of the local payment gateway (docs/decisions.md D30) — the
 * gateway's own page, not the platform's, as a bank's or a wallet's would be. The payer confirms;
 * the gateway then tells the platform by its signed asynchronous notification, and the payer goes
 * back to the case, which shows the payment once that notification has arrived. A deployment with
 * a real gateway never shows this page.
 */
export function LocalCashierPage() {
  const t = useT();
  const { tradeNo = '' } = useParams();
  const [params] = useSearchParams();
  const back = safeReturnPath(params.get('return'));
  const load = useApiQuery((signal) => getCashier(tradeNo, signal), [tradeNo]);
  const [paid, setPaid] = useState<CashierWire | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useDocumentTitle(t('payments.cashier.title'));
  const c = paid ?? (load.status === 'done' ? load.data : null);

  const pay = async () => {
    setBusy(true);
    setError(null);
    try {
      setPaid(await payAtCashier(tradeNo));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="tb-cashier" id="main">
      <h1 className="tb-page-title">{t('payments.cashier.title')}</h1>
      <Alert type="warning" showIcon title={t('payments.cashier.local')} />
      {load.status === 'loading' && <Skeleton active paragraph={{ rows: 3 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('payments.cashier.loadError')} onRetry={load.reload} />}
      {c && (
        <Card className="tb-cashier-card" data-testid="cashier">
          <dl className="tb-inline-facts">
            <div>
              <dt>{t('payments.cashier.merchant')}</dt>
              <dd>{c.merchant}</dd>
            </div>
            <div>
              <dt>{t('payments.cashier.subject')}</dt>
              <dd>{c.subject}</dd>
            </div>
            <div>
              <dt>{t('payments.cashier.tradeNo')}</dt>
              <dd className="tb-mono">{c.tradeNo}</dd>
            </div>
          </dl>
          <p className="tb-cashier-amount">¥{formatYuan(c.amountFen)}</p>
          {c.status === 'created' && (
            <>
              <p className="tb-hint">{t('payments.cashier.expires', { time: formatDateTime(c.expiresAt) })}</p>
              <Button type="primary" size="large" loading={busy} onClick={pay}>
                {t('payments.cashier.pay', { fen: formatYuan(c.amountFen) })}
              </Button>
            </>
          )}
          {c.status === 'paid' && (
            <p className="tb-cashier-paid" role="status">
              <CheckCircleFilled aria-hidden="true" /> {t('payments.cashier.paid', { time: formatDateTime(c.paidAt) })}
            </p>
          )}
          {(c.status === 'closed' || c.status === 'refunded') && <p role="status">{t(`payments.cashier.${c.status}`)}</p>}
          {error && <ErrorAlert error={error} title={t('payments.failed')} />}
          {back && (
            <p>
              <Link to={back}>{t('payments.cashier.back')}</Link>
            </p>
          )}
        </Card>
      )}
    </main>
  );
}
