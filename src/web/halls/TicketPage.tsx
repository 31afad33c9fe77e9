import { Skeleton } from 'antd';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { getTicket } from './queueApi';
import { TicketSlip } from './TicketSlip';
import './halls.css';

/** How often the page asks again while the person waits. */
const REFRESH_MS = 15_000;

/**
 * `/q/:id` (排队进度, docs/decisions.md D31): what the paper ticket's QR opens on a phone — the
 * number, how many are ahead and the estimated wait, then the window when it is called; it asks
 * again every 15 seconds, so a person can wait outside the hall.
 */
export function TicketPage() {
  const t = useT();
  const { id = '' } = useParams();
  const load = useApiQuery((signal) => getTicket(id, signal), [id]);
  const { reload } = load;
  const live = load.status !== 'done' || load.data.status === 'waiting' || load.data.status === 'called';
  useDocumentTitle(load.status === 'done' ? t('halls.ticket.titleFor', { number: load.data.number }) : t('halls.ticket.title'));
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [live, reload]);
  return (
    <main className="tb-ticket-page" id="main">
      <h1 className="tb-page-title">{t('halls.ticket.title')}</h1>
      {load.status === 'loading' && <Skeleton active paragraph={{ rows: 3 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('halls.ticket.loadError')} onRetry={reload} />}
      {load.status === 'done' && <TicketSlip ticket={load.data} />}
    </main>
  );
}
