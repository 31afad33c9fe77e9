import { Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { RectificationsTable } from './RectificationsTable';

/** `/office/rectifications`: the department's 差评 to visit, rectify or appeal (docs/domain.md S9). */
export function RectificationsPage() {
  const t = useT();
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('ratings.rect.title')}
      </Typography.Title>
      <p className="tb-lead">{t('ratings.rect.lead')}</p>
      <RectificationsTable label={t('ratings.rect.title')} emptyText={t('ratings.rect.empty')} />
    </div>
  );
}
