import { PayCircleOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useLocation } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { useApiQuery } from '../../shared/useApiQuery';
import { CasePayment } from '../../payments/CasePayment';
import { getCasePayment } from '../../payments/paymentsApi';
import { formatYuan } from '../../../shared/payments/money';
import { kioskReturnPath } from './kioskServices';

/** A case's fee in 我的办件 at the kiosk: 缴费 with the amount while it is owed, 已缴费 once paid; nothing for an item that charges nothing. */
export function KioskCaseFee({ caseId, item, onPay }: { caseId: string; item: string; onPay: (caseId: string) => void }) {
  const t = useT();
  const load = useApiQuery((signal) => getCasePayment(caseId, signal), [caseId]);
  const order = load.status === 'done' ? load.data.order : null;
  if (!order) return null;
  if (order.status === 'paid') return <Tag color="green">{t('kiosk.paid')}</Tag>;
  if (order.status !== 'pending' || !order.actions.includes('checkout')) return null;
  return (
    <Button
      type="primary"
      icon={<PayCircleOutlined aria-hidden="true" />}
      aria-label={t('kiosk.payFor', { item, fen: formatYuan(order.amountFen) })}
      onClick={() => onPay(caseId)}
    >
      {t('kiosk.pay', { fen: formatYuan(order.amountFen) })}
    </Button>
  );
}

/**
 * 缴费 at the kiosk (docs/decisions.md D30, D32): the case's fee lines and 在线缴费, as on the case
 * page; the gateway's cashier sends the payer back to this kiosk, which opens this screen again and
 * follows the payment until it is paid (the receipt's verification code then shows).
 */
export function KioskPayment({ caseId, onBack }: { caseId: string; onBack: () => void }) {
  const t = useT();
  const { pathname, search } = useLocation();
  return (
    <section aria-label={t('kiosk.payTitle')} className="tb-kiosk-pay">
      <CasePayment caseId={caseId} caseVersion={0} onChanged={() => undefined} returnTo={kioskReturnPath(pathname, search, caseId)} kiosk />
      <Button className="tb-kiosk-go" onClick={onBack}>
        {t('kiosk.payBack')}
      </Button>
    </section>
  );
}
