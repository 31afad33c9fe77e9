import { EditOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { RatingCard } from '../../ratings/RatingCard';
import { CaseView } from '../shared/CaseView';

/** `/portal/me/cases/:id`: the applicant's view of one case, with 补正, 容缺 and withdrawal, and its rating once finished; a draft continues on the apply page. */
export function PortalCasePage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  return (
    <CaseView
      id={id}
      audience="applicant"
      back={{ to: '/portal/me/cases', label: t('cases.portal.backToList') }}
      exclude={(c) => (c.detail.status === 'draft' ? ['submit'] : [])}
      top={(c) => (c.detail.status === 'draft' ? null : <RatingCard caseId={c.detail.id} departmentName={c.names.department} />)}
      tools={(c) =>
        c.detail.status === 'draft' ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/portal/me/apply/${c.detail.item.code}?draft=${c.detail.id}`)}>
            {t('cases.portal.continueDraft')}
          </Button>
        ) : (
          // The notice of the case's stage (申请回执, 补正材料通知书, 受理通知书 …) as a PDF to keep or print (docs/decisions.md D34).
          <Button href={`/api/v1/cases/${c.detail.id}/notice.pdf`} target="_blank" icon={<FilePdfOutlined aria-hidden="true" />}>
            {t('cases.portal.noticePdf')}
          </Button>
        )
      }
    />
  );
}
