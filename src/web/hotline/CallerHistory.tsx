import { HistoryOutlined, WarningFilled } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import type { QueryState } from '../shared/useApiQuery';
import { formatTime, maskPhone } from './format';
import { StatusTag } from './labels';
import { categoryName, type Reference } from './reference';
import type { TicketSummary } from '../../shared/hotline/hotline.wire';

/** Days within which an earlier contact makes this a repeat call (the server's window). */
const REPEAT_DAYS = 30;

/** The caller's earlier tickets; a banner when they called within the last 30 days (重复来电). */
export function CallerHistory({ phone, load, reference }: { phone: string; load: QueryState<{ items: TicketSummary[] }> | null; reference: Reference | null }) {
  const t = useT();

  return (
    <section className="tb-hl-panel" aria-labelledby="hl-history-title">
      <h2 id="hl-history-title" className="tb-card-title">
        <HistoryOutlined aria-hidden="true" /> {t('hotline.history.title')}
      </h2>
      {!load && <p className="tb-hl-muted">{t('hotline.history.enterPhone')}</p>}
      {load?.status === 'loading' && <Skeleton active paragraph={{ rows: 2 }} />}
      {load?.status === 'error' && <ErrorAlert error={load.error} title={t('hotline.history.error')} />}
      {load?.status === 'done' && <HistoryList phone={phone} items={load.data.items} reference={reference} />}
    </section>
  );
}

function HistoryList({ items, phone: number, reference: ref }: { phone: string; items: TicketSummary[]; reference: Reference | null }) {
  const t = useT();
  const { lang: language } = useLang();
  if (items.length === 0) return <p className="tb-hl-muted">{t('hotline.history.none', { phone: maskPhone(number) })}</p>;
  const since = Date.now() - REPEAT_DAYS * 86_400_000;
  const recent = items.filter((item) => new Date(item.createdAt).getTime() >= since).length;
  return (
    <>
      {recent > 0 && (
        <div className="tb-hl-repeat" role="status" data-testid="repeat-banner">
          <WarningFilled aria-hidden="true" /> {t('hotline.history.repeat', { n: recent, days: REPEAT_DAYS })}
        </div>
      )}
      <ul className="tb-hl-history">
        {items.slice(0, 6).map((item) => (
          <li key={item.id}>
            <div className="tb-hl-history-head">
              <Link to={`/hotline/tickets?id=${item.id}`}>{item.ticketNo}</Link>
              <StatusTag status={item.status} />
            </div>
            <div className="tb-hl-history-meta">
              {formatTime(item.createdAt, language)} · {categoryName(ref, item.categoryCode, language)}
            </div>
            <div className="tb-hl-history-text">{item.text}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
