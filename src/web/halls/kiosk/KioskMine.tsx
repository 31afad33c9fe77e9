import { CalendarOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { StatusTag } from '../../cases/shared/StatusTag';
import { toShanghaiDate } from '../../../shared/dates';
import type { TicketWire } from '../../../shared/queue/queue.wire';
import { clockTime } from '../slotText';
import { checkIn, myBookings, myCases } from './kioskApi';
import { KioskCaseFee } from './KioskFee';
import { KioskPrintButton } from './KioskPrint';

/**
 * 我的办件 at the kiosk: the signed-in person's cases with their status, in large type
 * (docs/decisions.md D32); a submitted case's notice prints here, and a fee owed is paid through `onPay`.
 */
export function KioskMyCases({ onPay }: { onPay: (caseId: string) => void }) {
  const t = useT();
  const cases = useApiQuery((signal) => myCases(signal), []);
  return (
    <section aria-labelledby="kiosk-step">
      <h2 id="kiosk-step">{t('kiosk.mine')}</h2>
      {cases.status === 'loading' && <Skeleton active paragraph={{ rows: 4 }} />}
      {cases.status === 'error' && <ErrorAlert error={cases.error} title={t('kiosk.mineError')} onRetry={cases.reload} />}
      {cases.status === 'done' && cases.data.items.length === 0 && <p className="tb-kiosk-hint">{t('kiosk.mineEmpty')}</p>}
      {cases.status === 'done' && cases.data.items.length > 0 && (
        <ul className="tb-kiosk-list" data-testid="kiosk-cases">
          {cases.data.items.map((c) => (
            <li key={c.id}>
              <span className="tb-kiosk-list-name">{c.itemName}</span>
              <StatusTag status={c.status} />
              <span className="tb-kiosk-list-hint">{c.caseNo ? t('kiosk.caseNo', { no: c.caseNo }) : t('kiosk.draft')}</span>
              {c.caseNo && (
                <span className="tb-kiosk-case-actions">
                  <KioskCaseFee caseId={c.id} item={c.itemName} onPay={onPay} />
                  <KioskPrintButton caseId={c.id} label={t('kiosk.printFor', { no: c.caseNo })} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * 预约签到 without typing a code: the person's bookings at this hall today, each checked in with one
 * tap (the holder's own check-in, with the code their booking carries); the ticket goes to `onTicket`.
 */
export function KioskTodayBookings({ place, onTicket }: { place: string; onTicket: (ticket: TicketWire) => void }) {
  const t = useT();
  const bookings = useApiQuery((signal) => myBookings(signal), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const today = toShanghaiDate(new Date());
  const mine = bookings.data?.appointments.filter((a) => a.place.code === place && toShanghaiDate(new Date(a.start)) === today && a.checkInCode) ?? [];

  const go = async (a: (typeof mine)[number]) => {
    setBusy(a.id);
    setError(null);
    try {
      const r = await checkIn(a.id, a.version, a.checkInCode!);
      if (r.ticket) onTicket(r.ticket);
      else bookings.reload();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="kiosk-step">
      <h2 id="kiosk-step">{t('kiosk.today')}</h2>
      {error && <ErrorAlert error={error} title={t('halls.kiosk.failed')} />}
      {bookings.status === 'loading' && <Skeleton active paragraph={{ rows: 2 }} />}
      {bookings.status === 'error' && <ErrorAlert error={bookings.error} title={t('kiosk.todayError')} onRetry={bookings.reload} />}
      {bookings.status === 'done' && mine.length === 0 && <p className="tb-kiosk-hint">{t('kiosk.todayEmpty')}</p>}
      <div className="tb-kiosk-tiles">
        {mine.map((a) => (
          <Button
            key={a.id}
            className="tb-kiosk-tile"
            icon={<CalendarOutlined aria-hidden="true" />}
            loading={busy === a.id}
            disabled={busy !== null}
            aria-label={t('kiosk.checkInFor', { item: a.item.name })}
            onClick={() => void go(a)}
          >
            <span className="tb-kiosk-tile-name">{clockTime(a.start)}</span>
            <span className="tb-kiosk-tile-hint">{a.item.name}</span>
          </Button>
        ))}
      </div>
    </section>
  );
}
