import { Breadcrumb, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { FiguresTable } from './FiguresTable';

/** `/ratings`: the public 好差评 figures, no sign-in (docs/domain.md S9, "results public"). */
export function PublicRatingsPage() {
  const t = useT();
  useDocumentTitle(t('ratings.figures.title'));
  return (
    <div className="tb-container tb-page">
      <Breadcrumb className="tb-breadcrumb" items={[{ title: <Link to="/">{t('catalog.nav.home')}</Link> }, { title: t('ratings.figures.title') }]} />
      <Typography.Title level={1} className="tb-page-title">
        {t('ratings.figures.title')}
      </Typography.Title>
      <p className="tb-lead">{t('ratings.figures.lead')}</p>
      <FiguresTable label={t('ratings.figures.title')} />
    </div>
  );
}
