import { useParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { BundleCaseView } from './BundleCaseView';
import { WindowBundleActions } from './WindowBundleActions';

/** `/portal/me/bundles/:id` (开办进度): the applicant's bundle, each member opening its own case page (where it is rated). */
export function BundleProgressPage() {
  const t = useT();
  const { id = '' } = useParams();
  return (
    <BundleCaseView
      id={id}
      audience="applicant"
      back={{ to: '/portal/me/bundles', label: t('bundles.mine.back') }}
      casePath={(caseId) => `/portal/me/cases/${caseId}`}
    />
  );
}

/** `/window/bundles/:id`: the clerk sees the bundle as one thing — accept, one correction notice, issue together. */
export function WindowBundlePage() {
  const t = useT();
  const { id = '' } = useParams();
  return (
    <BundleCaseView
      id={id}
      audience="window"
      back={{ to: '/window/bundles', label: t('bundles.window.backToList') }}
      casePath={(caseId) => `/window/cases/${caseId}`}
      actions={(c) => <WindowBundleActions detail={c.detail} plan={c.plan} onChanged={c.onChanged} />}
    />
  );
}
