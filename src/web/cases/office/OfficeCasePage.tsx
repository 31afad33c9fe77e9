import { useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { SubjectOrdersCard } from '../../supervision/SubjectOrdersCard';
import { CaseView } from '../shared/CaseView';

/** `/office/cases/:id`: a case in the back office — form, materials, history — with review, decision and special procedures. */
export function OfficeCasePage() {
  const t = useT();
  const { id = '' } = useParams();
  return (
    <CaseView
      id={id}
      audience="staff"
      back={{ to: '/office/todo', label: t('cases.office.backToTodo') }}
      top={(c) => <SubjectOrdersCard kind="case" subjectId={id} label={c.detail.caseNo ?? id} />}
    />
  );
}
