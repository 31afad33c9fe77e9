import './ratings.css';
import { Button, Card, Input, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useNotifyError } from '../shared/useNotifyError';
import { formatDate, formatDateTime } from '../cases/shared/format';
import type { RatingChannel, RatingLevel } from '../../shared/ratings/ratings.enums';
import type { RatingWire, RectificationDetailWire } from '../../shared/ratings/ratings.wire';
import { LevelPicker } from './LevelPicker';
import { RatingForm } from './RatingForm';
import { actOnRectification, getCaseRating, rateCase, rerate } from './ratingsApi';

/**
 * "评价 / Rate this service" on the applicant's case page (docs/domain.md S9): for a finished,
 * unrated case the five levels, reasons and a comment; afterwards the rating, and for a 差评 its
 * rectification, which the applicant re-rates once the department has rectified it.
 */
export function RatingCard({ caseId, departmentName }: { caseId: string; departmentName: (code: string) => string }) {
  const t = useT();
  const load = useApiQuery((signal) => getCaseRating(caseId, signal), [caseId]);
  const title = (pad: boolean) => <h2 className="tb-card-title">{t(pad ? 'ratings.card.padTitle' : 'ratings.card.title')}</h2>;

  if (load.status === 'loading')
    return (
      <Card size="small" title={title(false)} className="tb-case-card">
        <Skeleton active paragraph={{ rows: 2 }} />
      </Card>
    );
  if (load.status === 'error') {
    // A case the caller may not rate (a staff member's view) simply has no card.
    if (load.error.status === 403 || load.error.status === 404) return null;
    return <ErrorAlert error={load.error} title={t('ratings.card.loadError')} onRetry={load.reload} />;
  }
  const { rateable, rateChannel, rating, rectification } = load.data;
  if (!rating && !rateable) return null;
  const pad = rateChannel === 'window_pad' || rating?.channel === 'window_pad';
  return (
    <Card size="small" title={title(pad)} className="tb-case-card tb-rating-card">
      {rating ? (
        <>
          <RatingSummary rating={rating} pad={pad} />
          {rectification && <RectificationPanel r={rectification} departmentName={departmentName} onChanged={load.reload} />}
        </>
      ) : (
        <RateForm caseId={caseId} channel={rateChannel ?? 'online'} onRated={load.reload} />
      )}
    </Card>
  );
}

function RateForm({ caseId, channel, onRated }: { caseId: string; channel: RatingChannel; onRated: () => void }) {
  const t = useT();
  return (
    <RatingForm
      lead={t(channel === 'window_pad' ? 'ratings.card.padLead' : 'ratings.card.lead')}
      onSubmit={async (input) => {
        await rateCase(caseId, { ...input, channel });
        onRated();
      }}
    />
  );
}

/** A given rating: its level (the applicant's, or as taken on the window's pad), reasons, comment and time. */
export function RatingSummary({ rating, pad }: { rating: RatingWire; pad: boolean }) {
  const t = useT();
  return (
    <>
      <p>
        <strong>{t(pad ? 'ratings.card.padRating' : 'ratings.card.yourRating', { level: t(`ratings.level.${rating.level}`) })}</strong>
      </p>
      {rating.defaulted && <p>{t('ratings.card.defaulted')}</p>}
      {rating.reasons.length > 0 && <p>{rating.reasons.map((r) => t(`ratings.reason.${r}`)).join('、')}</p>}
      {rating.comment && <p>{rating.comment}</p>}
      <p className="tb-cell-sub">{t('ratings.card.ratedAt', { time: formatDateTime(rating.ratedAt) })}</p>
    </>
  );
}

/** A 差评's rectification as the applicant follows it, with the re-rating once the department has rectified. */
export function RectificationPanel({
  r,
  departmentName,
  onChanged,
}: {
  r: RectificationDetailWire;
  departmentName: (code: string) => string;
  onChanged: () => void;
}) {
  const t = useT();
  const notifyError = useNotifyError();
  const [level, setLevel] = useState<RatingLevel | undefined>();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  async function send(kind: 'rerate' | 'decline') {
    setBusy(true);
    try {
      if (kind === 'rerate' && level) await rerate(r.id, { version: r.version, level, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      else if (kind === 'decline') await actOnRectification(r.id, 'decline', { version: r.version });
      onChanged();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="tb-rating-rect">
      <h3 className="tb-subheading">{t('ratings.card.rectification')}</h3>
      <p>
        {t(`ratings.status.${r.status}`)}
        {r.status !== 'closed' && r.status !== 'excluded' && (
          <> · {t('ratings.card.badNotice', { department: departmentName(r.departmentCode), due: formatDate(r.dueAt) })}</>
        )}
      </p>
      {r.visitNote && <p>{t('ratings.card.visitNote', { note: r.visitNote })}</p>}
      {r.rectifyNote && <p>{t('ratings.card.rectifyResult', { note: r.rectifyNote })}</p>}
      {r.rerateLevel && <p>{t('ratings.card.rerated', { level: t(`ratings.level.${r.rerateLevel}`) })}</p>}
      {r.availableActions.includes('rerate') && (
        <Space direction="vertical" size="small" className="tb-rating-form">
          <Typography.Paragraph>{t('ratings.card.rerateLead')}</Typography.Paragraph>
          <LevelPicker label={t('ratings.card.level')} value={level} onChange={setLevel} />
          <label className="tb-field">
            <span className="tb-field-label">{t('ratings.card.comment')}</span>
            <Input.TextArea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={500} rows={2} />
          </label>
          <Space>
            <Button type="primary" disabled={!level} loading={busy} onClick={() => void send('rerate')}>
              {t('ratings.card.rerateSubmit')}
            </Button>
            {r.availableActions.includes('decline') && (
              <Button loading={busy} onClick={() => void send('decline')}>
                {t('ratings.card.decline')}
              </Button>
            )}
          </Space>
        </Space>
      )}
    </div>
  );
}
