import { useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { SubjectOrdersCard } from '../../supervision/SubjectOrdersCard';
import { CaseView } from '../shared/CaseView';

/** `/supervision/cases/:id`: a case as supervision sees it — four lines, materials, timeline; no actions of its own. */
export function SupervisionCasePage() {
  const t = useT();
  const { id = '' } = useParams();
  return (
    <CaseView
      id={id}
      audience="staff"
      back={{ to: '/supervision/efficiency', label: t('cases.supervision.back') }}
      top={(c) => <SubjectOrdersCard kind="case" subjectId={id} label={c.detail.caseNo ?? id} />}
    />
  );
}
