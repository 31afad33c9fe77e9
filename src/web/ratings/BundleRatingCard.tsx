import './ratings.css';
import { Card } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { useApiQuery } from '../shared/useApiQuery';
import type { RatingChannel } from '../../shared/ratings/ratings.enums';
import type { RatingWire } from '../../shared/ratings/ratings.wire';
import { RatingSummary, RectificationPanel } from './RatingCard';
import { RatingForm } from './RatingForm';
import { getRectification, rateBundle } from './ratingsApi';

/**
 * "评价这件事 / Rate this service" on a "一件事"'s progress page (docs/domain.md §10; docs/decisions.md
 * D24): once every member is done, the applicant rates the bundle as a whole with the one rating
 * form; afterwards the rating, and for a 差评 its rectification by the lead department, re-rated
 * here once rectified. Each member is rated on its own case page. The bundle's detail carries the
 * rating and whether the caller may give it, so this card asks for nothing but the rectification.
 */
export function BundleRatingCard({
  bundleCaseId,
  rating,
  mayRate,
  rateChannel,
  departmentName,
  onRated,
}: {
  bundleCaseId: string;
  rating: RatingWire | null;
  mayRate: boolean;
  rateChannel: RatingChannel | null;
  departmentName: (code: string) => string;
  /** Reloads the bundle, whose detail then carries the rating. */
  onRated: () => void;
}) {
  const t = useT();
  const rectificationId = rating?.rectificationId ?? null;
  // Only the applicant (and those who reach the department's task) may read the rectification; others see the rating alone.
  const task = useApiQuery((signal) => (rectificationId ? getRectification(rectificationId, signal) : Promise.resolve(null)), [rectificationId]);
  if (!rating && !mayRate) return null;
  const pad = rateChannel === 'window_pad' || rating?.channel === 'window_pad';
  return (
    <Card
      size="small"
      title={<h2 className="tb-card-title">{t(pad ? 'ratings.card.padTitle' : 'ratings.bundle.title')}</h2>}
      className="tb-case-card tb-rating-card"
      data-testid="bundle-rating"
    >
      {rating ? (
        <>
          <RatingSummary rating={rating} pad={pad} />
          {task.status === 'done' && task.data && <RectificationPanel r={task.data} departmentName={departmentName} onChanged={task.reload} />}
        </>
      ) : (
        <RatingForm
          lead={t(pad ? 'ratings.bundle.padLead' : 'ratings.bundle.lead')}
          onSubmit={async (input) => {
            await rateBundle(bundleCaseId, { ...input, channel: rateChannel ?? 'online' });
            onRated();
          }}
        />
      )}
    </Card>
  );
}
