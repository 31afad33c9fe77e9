import './ratings.css';
import { Button, Descriptions, Modal, Skeleton } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../app/auth';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { formatDate, formatDateTime } from '../cases/shared/format';
import { LightBadge } from '../cases/shared/StatusTag';
import { BAD_LEVELS } from '../../shared/ratings/ratings.enums';
import { RatingForm } from './RatingForm';
import { getTicketRating, rateTicket } from './ratingsApi';

/** Roles whose workbench has the rectification queue (整改) that opens a task. */
const QUEUE_PATHS: ReadonlyArray<[role: string, path: string]> = [
  ['dept_handler', '/hotline/rectifications'],
  ['hotline_agent', '/hotline/rectifications'],
  ['dispatcher', '/office/rectifications'],
];

/**
 * "好差评" on a 12345 ticket's page (docs/domain.md §10): the caller's rating once given — through
 * the SMS link or recorded on the return visit — with its rectification; for the hotline agent of
 * an answered, unrated ticket, "记录评价" records the five levels the caller gives on the return
 * visit. Hidden for those who do not reach the rating.
 */
export function TicketRatingCard({ ticketId, departmentName, refresh }: { ticketId: string; departmentName: (code: string) => string; refresh: number }) {
  const t = useT();
  const { me } = useAuth();
  const load = useApiQuery((signal) => getTicketRating(ticketId, signal), [ticketId, refresh]);
  const [recording, setRecording] = useState(false);
  const heading = (
    <h2 id="hl-rating-title" className="tb-card-title">
      {t('ratings.ticket.title')}
    </h2>
  );

  if (load.status === 'loading')
    return (
      <section className="tb-hl-panel" aria-labelledby="hl-rating-title">
        {heading}
        <Skeleton active paragraph={{ rows: 2 }} />
      </section>
    );
  if (load.status === 'error') {
    if (load.error.status === 403 || load.error.status === 404) return null;
    return <ErrorAlert error={load.error} title={t('ratings.card.loadError')} onRetry={load.reload} />;
  }
  const { rateable, rating, rectification } = load.data;
  const queue = QUEUE_PATHS.find(([role]) => me?.roles.includes(role as never))?.[1];
  return (
    <section className="tb-hl-panel tb-ticket-rating" aria-labelledby="hl-rating-title">
      {heading}
      {rating ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'level',
              label: t('ratings.ticket.level'),
              children: (
                <strong data-testid="ticket-rating-level">
                  {t(`ratings.level.${rating.level}`)}
                  {BAD_LEVELS.includes(rating.level) && ` · ${t('ratings.ticket.bad')}`}
                </strong>
              ),
            },
            { key: 'channel', label: t('ratings.ticket.channel'), children: t(`ratings.channel.${rating.channel}`) },
            ...(rating.reasons.length
              ? [{ key: 'reasons', label: t('ratings.card.reasons'), children: rating.reasons.map((r) => t(`ratings.reason.${r}`)).join('、') }]
              : []),
            ...(rating.comment ? [{ key: 'comment', label: t('ratings.ticket.comment'), children: rating.comment }] : []),
            { key: 'at', label: t('ratings.ticket.ratedAt'), children: formatDateTime(rating.ratedAt) },
            ...(rectification
              ? [
                  {
                    key: 'rect',
                    label: t('ratings.card.rectification'),
                    children: (
                      <span>
                        {t(`ratings.status.${rectification.status}`)} · {departmentName(rectification.departmentCode)} ·{' '}
                        {t('ratings.ticket.due', { due: formatDate(rectification.dueAt) })} <LightBadge light={rectification.light} />
                        {queue && (
                          <>
                            {' '}
                            <Link to={`${queue}?id=${rectification.id}`}>{t('ratings.ticket.openRectification')}</Link>
                          </>
                        )}
                      </span>
                    ),
                  },
                ]
              : rating.rectificationId
                ? [{ key: 'rect', label: t('ratings.card.rectification'), children: t('ratings.ticket.rectificationOpened') }]
                : []),
          ]}
        />
      ) : (
        <p className="tb-hl-muted">{t(rateable ? 'ratings.ticket.notYetAgent' : 'ratings.ticket.notYet')}</p>
      )}
      {!rating && rateable && (
        <Button type="primary" onClick={() => setRecording(true)}>
          {t('ratings.ticket.record')}
        </Button>
      )}
      <Modal open={recording} title={t('ratings.ticket.record')} onCancel={() => setRecording(false)} footer={null} destroyOnHidden rootClassName="tb-hl-modal">
        <RatingForm
          lead={t('ratings.ticket.recordLead')}
          submitLabel={t('ratings.ticket.recordSubmit')}
          onSubmit={async (input) => {
            await rateTicket(ticketId, input);
            setRecording(false);
            load.reload();
          }}
        />
      </Modal>
    </section>
  );
}
