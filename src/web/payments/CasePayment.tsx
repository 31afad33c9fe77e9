import { DownloadOutlined, PayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Skeleton, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { formatDateTime, formatPlainDate } from '../cases/shared/format';
import { formatYuan } from '../../shared/payments/money';
import { WAIVER_CATEGORIES, type PaymentStatus, type WaiverCategory } from '../../shared/payments/payments.enums';
import type { PaymentOrderWire } from '../../shared/payments/payments.wire';
import { checkout, getCasePayment, refund, waive } from './paymentsApi';
import './payments.css';

const STATUS_COLOR: Record<PaymentStatus, string> = { pending: 'orange', paid: 'green', waived: 'blue', refunded: 'default', cancelled: 'default' };
/** How often the card asks again while a started payment waits for the gateway's notification. */
const POLL_MS = 3_000;

/**
 * 缴费 on a case page (docs/decisions.md D30), for the applicant and for staff: what the item
 * charges, line by line with its basis and any waiver (减免), the total, the deadline, and the
 * state; the payer pays through the gateway's cashier and the card follows the gateway's
 * notification; once paid, the electronic receipt and its verification code. Staff waive with
 * the evidence they checked, or refund with a reason. Nothing shows for an item that charges nothing.
 * At the kiosk (`kiosk`, docs/decisions.md D32) the cashier returns to `returnTo`, and the receipt
 * shows its verification code without links that would leave the kiosk's screen.
 */
export function CasePayment({
  caseId,
  caseVersion,
  onChanged,
  returnTo,
  kiosk = false,
}: {
  caseId: string;
  caseVersion: number;
  onChanged: () => void;
  /** Where the cashier sends the payer back (a path of this site); this page by default. */
  returnTo?: string;
  kiosk?: boolean;
}) {
  const t = useT();
  const load = useApiQuery((signal) => getCasePayment(caseId, signal), [caseId, caseVersion]);
  const { reload } = load;
  const order = load.status === 'done' ? load.data.order : null;
  const waiting = order?.status === 'pending' && order.tradeNo !== null;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);

  if (load.status === 'loading') return <Skeleton active paragraph={{ rows: 2 }} />;
  if (load.status === 'error') return <ErrorAlert error={load.error} title={t('payments.loadError')} onRetry={reload} />;
  if (!load.data.charged) return null;
  return (
    <Card size="small" className="tb-case-card" title={<h2 className="tb-card-title">{t('payments.title')}</h2>} data-testid="case-payment">
      {order ? (
        <OrderView
          order={order}
          returnTo={returnTo}
          kiosk={kiosk}
          onChanged={() => {
            reload();
            onChanged();
          }}
        />
      ) : (
        <p className="tb-hint">{t(`payments.notYet.${load.data.chargePoint ?? 'acceptance'}`)}</p>
      )}
    </Card>
  );
}

function OrderView({ order: o, onChanged, returnTo, kiosk }: { order: PaymentOrderWire; onChanged: () => void; returnTo: string | undefined; kiosk: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [dialog, setDialog] = useState<'waive' | 'refund' | null>(null);

  const pay = async () => {
    setBusy(true);
    setError(null);
    try {
      const c = await checkout(o.id, o.version);
      // The gateway's cashier is its own page; it sends the payer back here.
      const url = new URL(c.cashierUrl, window.location.origin);
      url.searchParams.set('return', returnTo ?? `${window.location.pathname}${window.location.search}`);
      window.location.assign(url.toString());
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <div className="tb-payment">
      <p className="tb-payment-head">
        <Tag color={STATUS_COLOR[o.status]}>{t(`payments.status.${o.status}`)}</Tag>
        <span className="tb-mono">{o.orderNo}</span>
      </p>
      <ul className="tb-payment-lines">
        {o.lines.map((l) => (
          <li key={l.name}>
            <span className="tb-payment-line-name">{l.name}</span>
            <span className="tb-payment-amount">¥{formatYuan(l.dueFen)}</span>
            <span className="tb-hint">
              {l.standard}
              {l.basis && ` · ${t('payments.basis', { basis: l.basis })}`}
            </span>
            {l.waiver && <span className="tb-hint">{t('payments.lineWaived', { text: l.waiver.text, fen: formatYuan(l.amountFen - l.dueFen) })}</span>}
          </li>
        ))}
      </ul>
      <p className="tb-payment-total">
        {t('payments.total')} <strong>¥{formatYuan(o.amountFen)}</strong>
        {o.waivedFen > 0 && <span className="tb-hint"> {t('payments.waivedTotal', { fen: formatYuan(o.waivedFen) })}</span>}
      </p>
      {o.status === 'pending' && (
        <p className={o.overdue ? 'tb-payment-overdue' : 'tb-hint'}>
          {t(o.overdue ? 'payments.overdue' : 'payments.dueBy', { date: formatPlainDate(o.dueAt, lang) })}
          {o.blocksIssue && ` ${t('payments.blocksIssue')}`}
        </p>
      )}
      {o.status === 'pending' && o.tradeNo && (
        <Alert type="info" showIcon title={t('payments.waitingGateway')} description={t('payments.waitingGatewayHint')} role="status" />
      )}
      {o.status === 'paid' && o.paidAt && <p>{t('payments.paidAt', { time: formatDateTime(o.paidAt), fen: formatYuan(o.paidFen ?? o.amountFen) })}</p>}
      {o.waiver && <p>{t('payments.waiver', { category: t(`payments.category.${o.waiver.category}`), evidence: o.waiver.evidence })}</p>}
      {o.refund && <p>{t('payments.refunded', { fen: formatYuan(o.refund.amountFen), reason: o.refund.reason, time: formatDateTime(o.refund.at) })}</p>}
      {o.receipt && (
        <div className="tb-payment-receipt" data-testid="payment-receipt">
          <p>
            {t('payments.receipt', { number: o.receipt.number })} · {t('payments.receiptCode')} <span className="tb-mono">{o.receipt.code}</span>
          </p>
          {!kiosk && (
            <div className="tb-appointment-actions">
              <Button href={`/api/v1/payments/${o.id}/receipt.pdf`} target="_blank" icon={<DownloadOutlined aria-hidden="true" />}>
                {t('payments.receiptPdf')}
              </Button>
              <Button href={`/verify/receipt?code=${o.receipt.code}`}>{t('payments.verify')}</Button>
            </div>
          )}
        </div>
      )}
      <div className="tb-appointment-actions">
        {o.actions.includes('checkout') && (
          <Button type="primary" icon={<PayCircleOutlined aria-hidden="true" />} loading={busy} onClick={pay}>
            {o.tradeNo ? t('payments.payAgain', { fen: formatYuan(o.amountFen) }) : t('payments.pay', { fen: formatYuan(o.amountFen) })}
          </Button>
        )}
        {o.actions.includes('waive') && <Button onClick={() => setDialog('waive')}>{t('payments.waive')}</Button>}
        {o.actions.includes('refund') && (
          <Button danger onClick={() => setDialog('refund')}>
            {t('payments.refund')}
          </Button>
        )}
      </div>
      {error && <ErrorAlert error={error} title={t('payments.failed')} />}
      {dialog && (
        <StaffDialog
          kind={dialog}
          order={o}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

/** 减免 (with the category and the evidence checked) or 退费 (with the reason), through the order's rule table. */
function StaffDialog({ kind, order: o, onClose, onDone }: { kind: 'waive' | 'refund'; order: PaymentOrderWire; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ category?: WaiverCategory; text: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const waivable = [...new Set(o.lines.flatMap((l) => l.waivable))];
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      if (kind === 'waive') await waive(o.id, { version: o.version, category: v.category!, evidence: v.text.trim() });
      else await refund(o.id, { version: o.version, reason: v.text.trim() });
      void message.success(t(kind === 'waive' ? 'payments.waivedDone' : 'payments.refundDone'));
      onDone();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t(kind === 'waive' ? 'payments.waiveTitle' : 'payments.refundTitle', { no: o.orderNo })}
      okText={t(kind === 'waive' ? 'payments.waive' : 'payments.refund')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, danger: kind === 'refund' }}
      onOk={submit}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical">
        {kind === 'waive' && (
          <Form.Item name="category" label={t('payments.categoryLabel')} rules={[{ required: true, message: t('payments.categoryRequired') }]}>
            <Select options={(waivable.length ? waivable : [...WAIVER_CATEGORIES]).map((c) => ({ value: c, label: t(`payments.category.${c}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="text"
          label={t(kind === 'waive' ? 'payments.evidenceLabel' : 'payments.reasonLabel')}
          rules={[
            { required: true, whitespace: true, message: t('payments.textRequired') },
            { min: 2, max: 300, message: t('payments.textLength') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
        </Form.Item>
      </Form>
      {error && <ErrorAlert error={error} title={t('payments.failed')} />}
    </Modal>
  );
}
