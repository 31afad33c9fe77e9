import { ArrowLeftOutlined, CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { getItemGuide } from '../cases/shared/casesApi';
import { localName } from '../cases/shared/format';
import type { AppointmentWire } from '../../shared/appointments/appointments.wire';
import { book } from './appointmentsApi';
import { AppointmentFacts } from './AppointmentFacts';
import { chosenPlace, HallSlotChooser, usePlacesFor } from './HallSlotChooser';
import '../cases/cases.css';
import '../bundles/bundles.css';
import type { SlotWire } from './slotText';

/**
 * `/portal/me/appointments/new?item=<code>[&place=<code>]` (预约办理, docs/decisions.md D28): pick
 * the hall (those that handle the item), a day and a time — evening, lunch-time and weekend
 * sessions included — and book; the confirmation shows the check-in code, also sent by SMS.
 */
export function BookAppointmentPage() {
  const t = useT();
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const itemCode = params.get('item') ?? '';
  const placeCode = params.get('place');
  const guide = useApiQuery((signal) => getItemGuide(itemCode, signal), [itemCode]);
  const places = usePlacesFor(itemCode);
  const [slot, setSlot] = useState<SlotWire | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [booked, setBooked] = useState<AppointmentWire | null>(null);
  const itemName = guide.status === 'done' ? localName(lang, guide.data.item.name, guide.data.item.nameEn) : '';
  useDocumentTitle(itemName ? t('halls.book.titleFor', { item: itemName }) : t('halls.book.title'));

  const place = chosenPlace(places.status === 'done' ? places.data.places : [], placeCode);

  const submit = async () => {
    if (!place || !slot) return;
    setBusy(true);
    setError(null);
    try {
      setBooked(await book({ place: place.code, item: itemCode, start: slot.start }));
    } catch (err) {
      const e = toApiError(err);
      setError(e);
      // Someone took the last seat meanwhile: show the slots as they are now.
      if (e.code === 'SLOT_FULL') {
        setSlot(null);
        setReloadKey((k) => k + 1);
      }
    } finally {
      setBusy(false);
    }
  };

  const header = (
    <>
      <Link to="/portal/me/appointments" className="tb-case-back">
        <ArrowLeftOutlined aria-hidden="true" /> {t('halls.book.back')}
      </Link>
      <Typography.Title level={1} className="tb-page-title">
        {itemName ? t('halls.book.titleFor', { item: itemName }) : t('halls.book.title')}
      </Typography.Title>
    </>
  );

  if (booked) {
    return (
      <div className="tb-apply">
        {header}
        <Card className="tb-booked" data-testid="appointment-booked">
          <Alert type="success" showIcon title={t('halls.book.done')} description={t('halls.book.smsSent')} />
          <p className="tb-booked-code-label">{t('halls.code.label')}</p>
          <p className="tb-booked-code tb-mono">{booked.checkInCode}</p>
          <AppointmentFacts appointment={booked} />
          <h2 className="tb-subheading">{t('halls.book.nextTitle')}</h2>
          <ol className="tb-bundle-next">
            <li>{t('halls.book.next1')}</li>
            <li>{t('halls.book.next2')}</li>
            <li>{t('halls.book.next3')}</li>
          </ol>
          <Link to="/portal/me/appointments">{t('halls.book.toMine')}</Link>
        </Card>
      </div>
    );
  }

  if (!/^[0-9]{12}$/.test(itemCode)) {
    return (
      <div className="tb-apply">
        {header}
        <Empty description={t('halls.book.noItem')}>
          <Link to="/search">{t('halls.book.findItem')}</Link>
        </Empty>
      </div>
    );
  }

  return (
    <div className="tb-apply">
      {header}
      {guide.status === 'error' && <ErrorAlert error={guide.error} title={t('halls.book.loadError')} onRetry={guide.reload} />}
      {guide.status === 'done' && !guide.data.item.appointment && <Alert type="warning" showIcon title={t('halls.book.notBookable')} />}
      <HallSlotChooser
        itemCode={itemCode}
        places={places}
        place={placeCode}
        onPlace={(code) => {
          setError(null);
          setParams((p) => {
            const next = new URLSearchParams(p);
            next.set('place', code);
            return next;
          });
        }}
        slot={slot}
        onSlot={setSlot}
        reloadKey={reloadKey}
      />
      {error && <ErrorAlert error={error} title={t('halls.book.failed')} />}
      <div className="tb-apply-bar">
        <Button type="primary" size="large" icon={<CalendarOutlined aria-hidden="true" />} disabled={!place || !slot} loading={busy} onClick={submit}>
          {t('halls.book.submit')}
        </Button>
        {place && !slot && <span className="tb-hint">{t('halls.book.pickFirst')}</span>}
      </div>
    </div>
  );
}
