import { useT } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { WorkbenchSection } from './workbenches';

/** A workbench section's page, under the section's name as the document title. */
export function SectionPage({ section }: { section: WorkbenchSection }) {
  const t = useT();
  useDocumentTitle(t(section.label));
  return <section.page />;
}
