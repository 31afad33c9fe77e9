import { Alert, Typography } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { useT } from '../../i18n/I18nProvider';
import { CaseTable } from '../shared/CaseTable';
import { todoStatuses } from './officeStatuses';

/** `/office/todo`: the department's cases waiting for the user's step, most urgent first (light, then due date). */
export function TodoPage() {
  const t = useT();
  const { me } = useAuth();
  const statuses = todoStatuses(me?.roles ?? []);
  const dispatcherOnly = me?.roles.every((r) => r === 'dispatcher');
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('cases.office.todoTitle')}
      </Typography.Title>
      <p className="tb-lead">{me?.departmentName ? t('cases.office.todoLead', { department: me.departmentName }) : t('cases.office.todoLeadNoDept')}</p>
      {dispatcherOnly && (
        <Alert
          type="info"
          showIcon
          className="tb-apply-alert"
          title={
            <>
              {t('cases.office.dispatcherHint')} <Link to="/office/assign">{t('nav.office.assign')}</Link>
            </>
          }
        />
      )}
      <CaseTable statuses={statuses} label={t('cases.office.todoTitle')} emptyText={t('cases.office.todoEmpty')} linkTo={(c) => `/office/cases/${c.id}`} />
    </div>
  );
}
