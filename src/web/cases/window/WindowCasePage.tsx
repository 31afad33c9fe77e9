import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { RatingCard } from '../../ratings/RatingCard';
import { CaseView } from '../shared/CaseView';
import { ACCEPTANCE_ACTIONS } from './acceptance';
import { AcceptancePanel } from './AcceptancePanel';

const AT_WINDOW = ['submitted', 'prechecked'];

/** `/window/cases/:id`: the clerk's case — the acceptance checklist while it waits, then its notice, issuance and the rating pad. */
export function WindowCasePage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  return (
    <CaseView
      id={id}
      audience="staff"
      back={{ to: '/window/queue', label: t('cases.window.backToQueue') }}
      exclude={(c) => (AT_WINDOW.includes(c.detail.status) ? ACCEPTANCE_ACTIONS : [])}
      top={(c) =>
        AT_WINDOW.includes(c.detail.status) && c.detail.availableActions.some((a) => ACCEPTANCE_ACTIONS.includes(a)) ? (
          <AcceptancePanel detail={c.detail} guide={c.guide} departments={c.departments} names={c.names} onChanged={c.onChanged} />
        ) : c.detail.channel === 'window' && !AT_WINDOW.includes(c.detail.status) ? (
          // 一次一评: a walk-in applicant rates the finished service on the window's rating pad.
          <RatingCard caseId={c.detail.id} departmentName={c.names.department} />
        ) : null
      }
      tools={(c) =>
        c.detail.lines.acceptedAt && c.detail.status !== 'not_accepted' ? (
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => navigate(`/window/cases/${c.detail.id}/notice`)}>
            {t('cases.notice.print')}
          </Button>
        ) : null
      }
    />
  );
}
