import { Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { NotAvailable } from '../shared/NotAvailable';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { WorkbenchSection } from './workbenches';

/** A workbench section: its own page when it has one, else the "not available yet" placeholder. */
export function SectionPage({ section }: { section: WorkbenchSection }) {
  const t = useT();
  useDocumentTitle(t(section.label));
  if (section.page) return <section.page />;
  return (
    <>
      <Typography.Title level={1} className="tb-page-title">
        {t(section.label)}
      </Typography.Title>
      <NotAvailable />
    </>
  );
}
