import { Empty } from 'antd';
import { inLanguage } from '../i18n/bilingual';
import { useLang, useT, type Translate } from '../i18n/I18nProvider';
import { isMessageKey } from '../i18n/messages';
import { formatDateTime } from '../cases/shared/format';
import type { BundleCaseDetail } from '../../shared/bundles/bundles.wire';

const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** The event's name in the UI language; an action the UI does not know yet shows its code. */
function label(t: Translate, action: string): string {
  const key = `bundles.event.${action.replace(/^bundle\./, '')}`;
  return isMessageKey(key) ? t(key) : action;
}

function statusLabel(t: Translate, status: string): string {
  const key = `bundles.status.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

/** The bundle's own history, oldest first: who did what when, with the opinion, reason or problems given. */
export function BundleEvents({ events }: { events: BundleCaseDetail['events'] }) {
  const t = useT();
  const { lang } = useLang();
  if (events.length === 0) return <Empty description={t('cases.timeline.empty')} />;
  return (
    <ol className="tb-timeline">
      {events.map((e, i) => {
        const d = record(e.data);
        const items = Array.isArray(d?.items) ? d.items.map(record).filter((x) => x !== null) : [];
        return (
          <li key={`${e.at}-${i}`} className="tb-timeline-item">
            <span className="tb-timeline-dot" aria-hidden="true" />
            <div className="tb-timeline-head">
              <strong>{label(t, e.action)}</strong>
              <span className="tb-timeline-meta">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                {e.actorName && <> · {inLanguage(e.actorName, lang)}</>}
              </span>
            </div>
            {typeof d?.from === 'string' && typeof d.to === 'string' && isMessageKey(`bundles.status.${d.to}`) && (
              <div className="tb-timeline-detail">
                {statusLabel(t, d.from)} → {statusLabel(t, d.to)}
              </div>
            )}
            {typeof d?.opinion === 'string' && (
              <div className="tb-timeline-detail">
                <span className="tb-timeline-detail-label">{t('cases.timeline.opinion')}</span>
                {d.opinion}
              </div>
            )}
            {typeof d?.reason === 'string' && (
              <div className="tb-timeline-detail">
                <span className="tb-timeline-detail-label">{t('cases.timeline.reasons')}</span>
                {d.reason}
              </div>
            )}
            {items.length > 0 && (
              <div className="tb-timeline-detail">
                <span className="tb-timeline-detail-label">{t('cases.timeline.problems')}</span>
                {items.map((x) => String(x.problem ?? '')).join('；')}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
