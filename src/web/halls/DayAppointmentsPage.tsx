import { Button, Empty, Form, Input, Modal, Skeleton, Table, Tag, Typography, App, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { CHECK_IN_CODE_LENGTH } from '../../shared/appointments/appointments.enums';
import type { AppointmentWire } from '../../shared/appointments/appointments.wire';
import { actOn, listDay } from './appointmentsApi';
import { STATUS_COLOR } from './AppointmentFacts';
import { slotTime } from './slotText';
import { HallDayControls, useHallDay } from './HallDayControls';
import '../cases/cases.css';
import './halls.css';

/**
 * `/window/appointments` (今日预约, docs/decisions.md D28): a hall's bookings of a day per window
 * group for the clerk's region, in slot order; a clerk checks a person in with the code they show.
 */
export function DayAppointmentsPage() {
  const t = useT();
  const hallDay = useHallDay();
  const { place, date } = hallDay;
  const day = useApiQuery((signal) => (place ? listDay(place, date, signal) : Promise.resolve(null)), [place, date]);
  const [checking, setChecking] = useState<AppointmentWire | null>(null);

  const columns: TableColumnsType<AppointmentWire> = [
    { key: 'time', title: t('halls.day.col.time'), render: (_, a) => <span className="tb-nowrap">{slotTime(a)}</span> },
    { key: 'session', title: t('halls.day.col.session'), render: (_, a) => t(`halls.session.${a.session}`) },
    { key: 'item', title: t('halls.fact.item'), render: (_, a) => a.item.name },
    {
      key: 'holder',
      title: t('halls.day.col.holder'),
      render: (_, a) => (
        <>
          {a.holderName}
          <div className="tb-hint tb-mono">{a.idNumber}</div>
        </>
      ),
    },
    { key: 'channel', title: t('halls.day.col.channel'), render: (_, a) => t(`halls.channel.${a.channel}`) },
    { key: 'status', title: t('halls.day.col.status'), render: (_, a) => <Tag color={STATUS_COLOR[a.status]}>{t(`halls.status.${a.status}`)}</Tag> },
    {
      key: 'actions',
      title: <span className="tb-visually-hidden">{t('halls.day.col.actions')}</span>,
      render: (_, a) =>
        a.status === 'booked' ? (
          <Button size="small" onClick={() => setChecking(a)} aria-label={t('halls.day.checkInFor', { name: a.holderName, time: slotTime(a) })}>
            {t('halls.day.checkIn')}
          </Button>
        ) : null,
    },
  ];

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('halls.day.title')}
      </Typography.Title>
      <HallDayControls hallDay={hallDay} />
      {day.status === 'loading' && place && <Skeleton active paragraph={{ rows: 4 }} />}
      {day.status === 'error' && <ErrorAlert error={day.error} title={t('halls.day.loadError')} onRetry={day.reload} />}
      {day.status === 'done' && day.data && (
        <>
          {day.data.groups.every((g) => g.appointments.length === 0) && <Empty description={t('halls.day.empty')} />}
          {day.data.groups
            .filter((g) => g.appointments.length > 0)
            .map((g) => (
              <section key={g.group} aria-labelledby={`day-group-${g.group}`} className="tb-day-group">
                <h2 id={`day-group-${g.group}`} className="tb-subheading">
                  {t('halls.day.group', { group: g.group, windows: g.windows.join('、'), n: g.appointments.length })}
                </h2>
                <Table<AppointmentWire>
                  rowKey="id"
                  size="middle"
                  columns={columns}
                  dataSource={g.appointments}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                />
              </section>
            ))}
        </>
      )}
      {checking && (
        <CheckInDialog
          appointment={checking}
          onClose={() => setChecking(null)}
          onDone={() => {
            setChecking(null);
            day.reload();
          }}
        />
      )}
    </div>
  );
}

/** The clerk types the code the person shows (on the SMS or 我的预约); the server compares it. */
function CheckInDialog({ appointment: a, onClose, onDone }: { appointment: AppointmentWire; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    const { code } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await actOn(a.id, 'check_in', { version: a.version, code: code.trim().toUpperCase() });
      void message.success(t('halls.day.checkedIn', { name: a.holderName }));
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
      title={t('halls.day.checkInTitle', { name: a.holderName })}
      okText={t('halls.day.checkIn')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={submit}
      onCancel={onClose}
    >
      <p>
        {a.item.name} · {slotTime(a)}
      </p>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="code"
          label={t('halls.code.label')}
          rules={[
            { required: true, message: t('halls.day.codeRequired') },
            { len: CHECK_IN_CODE_LENGTH, message: t('halls.day.codeLength', { n: CHECK_IN_CODE_LENGTH }) },
          ]}
        >
          <Input className="tb-mono" maxLength={CHECK_IN_CODE_LENGTH} autoComplete="off" autoFocus />
        </Form.Item>
      </Form>
      {error && <ErrorAlert error={error} title={t('halls.day.checkInFailed')} />}
    </Modal>
  );
}
