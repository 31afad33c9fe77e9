import { useT } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { useAuth } from './auth';
import { ForbiddenPage } from './ForbiddenPage';
import type { WorkbenchSection } from './workbenches';

/** A workbench section's page, under the section's name as the document title; 403 for a user the entry is not for. */
export function SectionPage({ section }: { section: WorkbenchSection }) {
  const t = useT();
  const { me } = useAuth();
  useDocumentTitle(t(section.label));
  // An entry only some of the workbench's users see is closed to the others who type its address.
  if (section.roles && !section.roles.some((role) => me?.roles.includes(role))) return <ForbiddenPage />;
  return <section.page />;
}
