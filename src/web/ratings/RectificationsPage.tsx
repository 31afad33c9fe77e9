import { Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { RectificationsTable } from './RectificationsTable';

/**
 * `/office/rectifications` and `/hotline/rectifications`: the department's 差评 — of cases and of
 * 12345 tickets — to visit, rectify or appeal (docs/domain.md S9); `?id=` opens one task.
 */
export function RectificationsPage() {
  const t = useT();
  const [params] = useSearchParams();
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('ratings.rect.title')}
      </Typography.Title>
      <p className="tb-lead">{t('ratings.rect.lead')}</p>
      <RectificationsTable label={t('ratings.rect.title')} emptyText={t('ratings.rect.empty')} initialOpenId={params.get('id')} />
    </div>
  );
}
