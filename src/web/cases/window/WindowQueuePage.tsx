import { FormOutlined } from '@ant-design/icons';
import { Button, Tabs, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { CaseTable } from '../shared/CaseTable';
import type { CaseStatus } from '../../../shared/cases/cases.enums';

const WAITING: readonly CaseStatus[] = ['submitted', 'prechecked'];
const CORRECTING: readonly CaseStatus[] = ['correction_requested'];
const FOLLOW_UP: readonly CaseStatus[] = ['accepted', 'routed', 'reviewed', 'special_procedure'];
const CLOSED: readonly CaseStatus[] = ['not_accepted', 'withdrawn', 'returned', 'issued'];

/** `/window/queue`: what waits at the window — applications to check and accept, corrections out, cases under way. */
export function WindowQueuePage() {
  const t = useT();
  const navigate = useNavigate();
  const table = (statuses: readonly CaseStatus[], label: string, empty: string) => (
    <CaseTable statuses={statuses} label={label} emptyText={empty} linkTo={(c) => `/window/cases/${c.id}`} />
  );
  return (
    <div className="tb-list-page">
      <div className="tb-page-head">
        <Typography.Title level={1} className="tb-page-title">
          {t('cases.window.queueTitle')}
        </Typography.Title>
        <Button type="primary" icon={<FormOutlined />} onClick={() => navigate('/window/intake')}>
          {t('cases.window.newIntake')}
        </Button>
      </div>
      <p className="tb-lead">{t('cases.window.queueLead')}</p>
      <Tabs
        items={[
          { key: 'waiting', label: t('cases.window.tabWaiting'), children: table(WAITING, t('cases.window.tabWaiting'), t('cases.window.emptyWaiting')) },
          {
            key: 'correcting',
            label: t('cases.window.tabCorrecting'),
            children: table(CORRECTING, t('cases.window.tabCorrecting'), t('cases.window.emptyCorrecting')),
          },
          { key: 'follow', label: t('cases.window.tabFollowUp'), children: table(FOLLOW_UP, t('cases.window.tabFollowUp'), t('cases.window.emptyFollowUp')) },
          { key: 'closed', label: t('cases.window.tabClosed'), children: table(CLOSED, t('cases.window.tabClosed'), t('cases.window.emptyClosed')) },
        ]}
      />
    </div>
  );
}
