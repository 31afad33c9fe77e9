import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { accountRules } from '../accounts/fields';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { getItemGuide } from '../cases/shared/casesApi';
import { ItemPicker } from '../cases/shared/ItemPicker';
import type { AppointmentWire } from '../../shared/appointments/appointments.wire';
import { book } from './appointmentsApi';
import { AppointmentFacts } from './AppointmentFacts';
import { chosenPlace, HallSlotChooser, usePlacesFor } from './HallSlotChooser';
import type { SlotWire } from './slotText';
import '../cases/cases.css';
import './halls.css';

interface Caller {
  name: string;
  idNumber: string;
  mobile: string;
}

/**
 * `/hotline/appointments` (代为预约, docs/decisions.md D28): a 12345 agent books a hall visit for a
 * caller — the item, who the caller is (the resident ID's checksum checked), the hall and the
 * time — and reads the check-in code back; the caller gets it by SMS too.
 */
export function AgentBookingPage() {
  const t = useT();
  const { lang } = useLang();
  const rules = accountRules(t, lang);
  const [form] = Form.useForm<Caller>();
  const [itemCode, setItemCode] = useState<string | null>(null);
  const [place, setPlace] = useState<string | null>(null);
  const [slot, setSlot] = useState<SlotWire | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [booked, setBooked] = useState<AppointmentWire | null>(null);
  const guide = useApiQuery((signal) => (itemCode ? getItemGuide(itemCode, signal) : Promise.resolve(null)), [itemCode]);
  const places = usePlacesFor(itemCode);
  const bookable = guide.status === 'done' && guide.data?.item.appointment === true;
  const hall = chosenPlace(places.status === 'done' ? places.data.places : [], place);
  const label = { name: t('halls.agent.callerName'), idNumber: t('halls.agent.callerId'), mobile: t('halls.agent.callerMobile') };

  const submit = async () => {
    const caller = await form.validateFields();
    if (!itemCode || !hall || !slot) return;
    setBusy(true);
    setError(null);
    try {
      const trimmed = { name: caller.name.trim(), idNumber: caller.idNumber.trim().toUpperCase(), mobile: caller.mobile.trim() };
      setBooked(await book({ place: hall.code, item: itemCode, start: slot.start, caller: trimmed }));
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

  const startOver = () => {
    form.resetFields();
    setItemCode(null);
    setPlace(null);
    setSlot(null);
    setError(null);
    setBooked(null);
  };

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('halls.agent.title')}
      </Typography.Title>
      <p className="tb-lead">{t('halls.agent.lead')}</p>
      {booked ? (
        <Card className="tb-booked" data-testid="appointment-booked">
          <Alert
            type="success"
            showIcon
            title={t('halls.agent.done', { name: booked.holderName })}
            description={t('halls.agent.readBack', { mobile: booked.mobile ?? '' })}
          />
          <p className="tb-booked-code-label">{t('halls.code.label')}</p>
          <p className="tb-booked-code tb-mono">{booked.checkInCode}</p>
          <AppointmentFacts appointment={booked} />
          <Button className="tb-booked-again" onClick={startOver}>
            {t('halls.agent.another')}
          </Button>
        </Card>
      ) : (
        <>
          <Card size="small" className="tb-case-card" title={<h2 className="tb-card-title">{t('halls.agent.itemTitle')}</h2>}>
            <label className="tb-field-label" htmlFor="agent-item">
              {t('halls.fact.item')}
            </label>
            <ItemPicker
              id="agent-item"
              value={itemCode ?? undefined}
              onChange={(code) => {
                setItemCode(code ?? null);
                setPlace(null);
                setSlot(null);
                setError(null);
              }}
            />
            {guide.status === 'error' && <ErrorAlert error={guide.error} title={t('halls.book.loadError')} onRetry={guide.reload} />}
            {guide.status === 'done' && guide.data && !bookable && (
              <Alert className="tb-apply-alert" type="warning" showIcon title={t('halls.book.notBookable')} />
            )}
          </Card>
          <Card size="small" className="tb-case-card" title={<h2 className="tb-card-title">{t('halls.agent.callerTitle')}</h2>}>
            <Form form={form} layout="vertical" name="agent-caller">
              <Form.Item name="name" label={label.name} rules={rules.name(label.name)}>
                <Input maxLength={40} autoComplete="off" />
              </Form.Item>
              <Form.Item name="idNumber" label={label.idNumber} rules={rules.residentId(label.idNumber)}>
                <Input maxLength={18} autoComplete="off" />
              </Form.Item>
              <Form.Item name="mobile" label={label.mobile} rules={rules.mobile(label.mobile)} extra={t('halls.agent.mobileHint')}>
                <Input maxLength={11} inputMode="numeric" autoComplete="off" />
              </Form.Item>
            </Form>
          </Card>
          {itemCode && bookable && (
            <HallSlotChooser itemCode={itemCode} places={places} place={place} onPlace={setPlace} slot={slot} onSlot={setSlot} reloadKey={reloadKey} />
          )}
          {error && <ErrorAlert error={error} title={t('halls.book.failed')} />}
          <div className="tb-apply-bar">
            <Button
              type="primary"
              size="large"
              icon={<CalendarOutlined aria-hidden="true" />}
              disabled={!bookable || !hall || !slot}
              loading={busy}
              onClick={submit}
            >
              {t('halls.book.submit')}
            </Button>
            {bookable && hall && !slot && <span className="tb-hint">{t('halls.book.pickFirst')}</span>}
          </div>
        </>
      )}
    </div>
  );
}
