import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import type { TicketWire } from '../../shared/queue/queue.wire';

/** The address the paper ticket's QR opens: the ticket's own page, with its place in line. */
export function ticketUrl(id: string): string {
  return `${window.location.origin}/q/${id}`;
}

/**
 * A queue ticket as the person takes it away: the number in large type, the group, how many are
 * ahead and the estimated wait, and a QR that opens the ticket's page on a phone (docs/decisions.md D31).
 */
export function TicketSlip({ ticket }: { ticket: TicketWire }) {
  const t = useT();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    toDataURL(ticketUrl(ticket.id), { margin: 1, width: 200 }).then(
      (url) => live && setQr(url),
      () => live && setQr(null),
    );
    return () => {
      live = false;
    };
  }, [ticket.id]);
  return (
    <div className="tb-ticket-slip" data-testid="ticket-slip">
      <p className="tb-ticket-place">{ticket.place.name}</p>
      <p className="tb-ticket-number">{ticket.number}</p>
      {ticket.priority && <p className="tb-ticket-priority">{t('halls.ticket.priority')}</p>}
      {ticket.item && <p>{ticket.item.name}</p>}
      {ticket.status === 'waiting' && (
        <p className="tb-ticket-ahead" role="status">
          {ticket.ahead === 0 ? t('halls.ticket.next') : t('halls.ticket.ahead', { n: ticket.ahead })}
          {ticket.estimatedWaitMinutes !== null && ticket.ahead > 0 && ` ${t('halls.ticket.wait', { n: ticket.estimatedWaitMinutes })}`}
        </p>
      )}
      {ticket.status === 'called' && ticket.window && (
        <p className="tb-ticket-ahead" role="status">
          {t('halls.ticket.called', { window: ticket.window.name })}
        </p>
      )}
      {(ticket.status === 'done' || ticket.status === 'skipped' || ticket.status === 'closed') && (
        <p role="status">{t(`halls.ticket.status.${ticket.status}`)}</p>
      )}
      {qr && <img className="tb-ticket-qr" src={qr} alt={t('halls.ticket.qr')} width={160} height={160} />}
    </div>
  );
}
