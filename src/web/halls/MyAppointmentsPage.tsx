import { CalendarOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Modal, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import type { AppointmentWire } from '../../shared/appointments/appointments.wire';
import { actOn, listMyAppointments } from './appointmentsApi';
import { AppointmentFacts, STATUS_COLOR } from './AppointmentFacts';
import { SlotPicker } from './SlotPicker';
import type { SlotWire } from './slotText';
import '../cases/cases.css';
import './halls.css';

const PAGE_SIZE = 10;

/**
 * `/portal/me/appointments` (我的预约, docs/decisions.md D28): the holder's bookings, the coming
 * ones with their check-in code; cancel or move one to another time until the cut-off.
 */
export function MyAppointmentsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const load = useApiQuery((signal) => listMyAppointments({ page, pageSize: PAGE_SIZE }, signal), [page]);
  const [moving, setMoving] = useState<AppointmentWire | null>(null);
  const [cancelling, setCancelling] = useState<AppointmentWire | null>(null);

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('halls.mine.title')}
      </Typography.Title>
      <p className="tb-lead">{t('halls.mine.lead')}</p>
      {load.status === 'loading' && <Skeleton active paragraph={{ rows: 4 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('halls.mine.loadError')} onRetry={load.reload} />}
      {load.status === 'done' && load.data.appointments.length === 0 && (
        <Empty description={t('halls.mine.empty')}>
          <Link to="/search">{t('halls.book.findItem')}</Link>
        </Empty>
      )}
      {load.status === 'done' && load.data.appointments.length > 0 && (
        <ul className="tb-appointment-list" aria-label={t('halls.mine.title')}>
          {load.data.appointments.map((a) => (
            <li key={a.id}>
              <Card size="small" className="tb-appointment-card" data-appointment={a.id}>
                <div className="tb-appointment-head">
                  <h2 className="tb-card-title">{a.item.name}</h2>
                  <Tag color={STATUS_COLOR[a.status]}>{t(`halls.status.${a.status}`)}</Tag>
                </div>
                <AppointmentFacts appointment={a} />
                {a.status === 'booked' && a.checkInCode && (
                  <p>
                    {t('halls.code.label')} <span className="tb-booked-code tb-mono">{a.checkInCode}</span>
                  </p>
                )}
                {a.status === 'booked' && new Date(a.changeableUntil).getTime() > Date.now() && (
                  <div className="tb-appointment-actions">
                    <Button onClick={() => setMoving(a)}>{t('halls.mine.reschedule')}</Button>
                    <Button danger onClick={() => setCancelling(a)}>
                      {t('halls.mine.cancel')}
                    </Button>
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
      {load.status === 'done' && load.data.total > PAGE_SIZE && (
        <Pagination
          className="tb-appointment-pager"
          current={page}
          pageSize={PAGE_SIZE}
          total={load.data.total}
          showSizeChanger={false}
          onChange={(p) => setParams({ page: String(p) })}
        />
      )}
      {moving && <RescheduleDialog appointment={moving} onClose={() => setMoving(null)} onDone={load.reload} />}
      {cancelling && <CancelDialog appointment={cancelling} onClose={() => setCancelling(null)} onDone={load.reload} />}
    </div>
  );
}

function RescheduleDialog({ appointment: a, onClose, onDone }: { appointment: AppointmentWire; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [slot, setSlot] = useState<SlotWire | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const submit = async () => {
    if (!slot) return;
    setBusy(true);
    setError(null);
    try {
      await actOn(a.id, 'reschedule', { version: a.version, start: slot.start });
      void message.success(t('halls.mine.rescheduled'));
      onDone();
      onClose();
    } catch (err) {
      const e = toApiError(err);
      setError(e);
      if (e.code === 'SLOT_FULL') {
        setSlot(null);
        setReloadKey((k) => k + 1);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('halls.mine.rescheduleTitle', { item: a.item.name })}
      okText={t('halls.mine.rescheduleOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !slot, loading: busy, icon: <CalendarOutlined aria-hidden="true" /> }}
      onOk={submit}
      onCancel={onClose}
    >
      <p className="tb-hint">{t('halls.mine.rescheduleLead', { place: a.place.name })}</p>
      <SlotPicker place={a.place.code} item={a.item.code} value={slot} onChange={setSlot} exclude={a.start} reloadKey={reloadKey} />
      {error && <ErrorAlert error={error} title={t('halls.mine.failed')} />}
    </Modal>
  );
}

function CancelDialog({ appointment: a, onClose, onDone }: { appointment: AppointmentWire; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await actOn(a.id, 'cancel', { version: a.version, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      void message.success(t('halls.mine.cancelled'));
      onDone();
      onClose();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('halls.mine.cancelTitle', { item: a.item.name })}
      okText={t('halls.mine.cancelOk')}
      cancelText={t('halls.mine.keep')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={submit}
      onCancel={onClose}
    >
      <AppointmentFacts appointment={a} />
      <label className="tb-field-label" htmlFor="cancel-reason">
        {t('halls.mine.reason')}
      </label>
      <Input.TextArea id="cancel-reason" maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} value={reason} onChange={(e) => setReason(e.target.value)} />
      {error && <ErrorAlert error={error} title={t('halls.mine.failed')} />}
    </Modal>
  );
}
