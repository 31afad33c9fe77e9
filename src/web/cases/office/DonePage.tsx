import { Typography } from 'antd';
import { useAuth } from '../../app/auth';
import { useT } from '../../i18n/I18nProvider';
import { CaseTable } from '../shared/CaseTable';
import { doneStatuses } from './officeStatuses';

/** `/office/done`: cases past the user's step in their department. */
export function DonePage() {
  const t = useT();
  const { me } = useAuth();
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('cases.office.doneTitle')}
      </Typography.Title>
      <p className="tb-lead">{t('cases.office.doneLead')}</p>
      <CaseTable
        statuses={doneStatuses(me?.roles ?? [])}
        label={t('cases.office.doneTitle')}
        emptyText={t('cases.office.doneEmpty')}
        linkTo={(c) => `/office/cases/${c.id}`}
      />
    </div>
  );
}
