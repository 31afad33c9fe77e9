import { Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import './ratings.css';
import { FiguresTable } from './FiguresTable';
import { RectificationsTable } from './RectificationsTable';

/** `/supervision/ratings`: the 好差评 figures by department or item and period, and the appeals waiting for a decision. */
export function RatingsSupervisionPage() {
  const t = useT();
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('ratings.supervision.title')}
      </Typography.Title>
      <Typography.Title level={2} className="tb-section-title">
        {t('ratings.supervision.appeals')}
      </Typography.Title>
      <RectificationsTable label={t('ratings.supervision.appeals')} fixedStatus="appealed" emptyText={t('ratings.supervision.appealsEmpty')} />
      <Typography.Title level={2} className="tb-section-title tb-ratings-section">
        {t('ratings.figures.title')}
      </Typography.Title>
      <FiguresTable label={t('ratings.figures.title')} />
    </div>
  );
}
