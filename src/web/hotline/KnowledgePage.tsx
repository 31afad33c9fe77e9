import { Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { KnowledgeSearch } from './KnowledgeSearch';
import { useReference } from './reference';
import './hotline.css';

/** `/hotline/knowledge`: search the knowledge base and read its answers. */
export function KnowledgePage() {
  const t = useT();
  const refState = useReference();
  useDocumentTitle(t('hotline.kb.pageTitle'));
  return (
    <div className="tb-hl-page tb-hl-kb-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('hotline.kb.pageTitle')}
      </Typography.Title>
      <p className="tb-lead">{t('hotline.kb.lead')}</p>
      {refState.status === 'error' && <ErrorAlert error={refState.error} title={t('hotline.reference.error')} onRetry={refState.retry} />}
      <KnowledgeSearch reference={refState.status === 'done' ? refState.ref : null} />
    </div>
  );
}
