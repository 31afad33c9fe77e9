import { Alert, Col, Row, Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { CallerHistory } from './CallerHistory';
import { CallFormPanel } from './CallFormPanel';
import { CallOutcome } from './CallOutcome';
import { maskPhone } from './format';
import { KnowledgeSearch } from './KnowledgeSearch';
import { useReference } from './reference';
import { useCallForm } from './useCallForm';
import './hotline.css';

/**
 * `/hotline/calls`: the agent console. The agent types what the caller says; the classifier
 * suggests a category as they type and flags emergencies at once; the caller's earlier tickets
 * and the knowledge base sit beside the form. The call ends as a ticket, as an answer given at
 * first contact (stored closed), or — for an emergency — as a logged transfer and no ticket.
 * The state lives in useCallForm; this page lays it out.
 */
export function CallConsolePage() {
  const t = useT();
  const refState = useReference();
  const reference = refState.status === 'done' ? refState.ref : null;
  useDocumentTitle(t('hotline.call.title'));
  const form = useCallForm(reference);
  const { outcome, topRef } = form.status;
  const { isHotlineStaff, phoneReady, history, kbQuery } = form.derived;

  return (
    <div className="tb-hl-page">
      <div ref={topRef} tabIndex={-1} className="tb-hl-focus-target">
        <Typography.Title level={1} className="tb-page-title">
          {t('hotline.call.title')}
        </Typography.Title>
      </div>

      {outcome && <CallOutcome outcome={outcome} reference={reference} onNext={form.actions.reset} />}

      {!isHotlineStaff && (
        <>
          <Alert type="info" showIcon title={t('hotline.call.notAgent')} className="tb-hl-alert" />
          <section className="tb-hl-panel">
            <KnowledgeSearch compact reference={reference} />
          </section>
        </>
      )}

      {!outcome && isHotlineStaff && (
        <Row gutter={[20, 20]}>
          <Col xs={24} xl={14}>
            <CallFormPanel form={form} reference={reference} />
          </Col>
          <Col xs={24} xl={10}>
            <div className="tb-hl-side">
              <CallerHistory phone={phoneReady ? maskPhone(form.values.phone) : ''} load={history} reference={reference} />
              <section className="tb-hl-panel">
                <KnowledgeSearch
                  compact
                  pageSize={5}
                  query={kbQuery}
                  onUse={form.actions.chooseArticle}
                  usedId={form.values.article?.id ?? null}
                  reference={reference}
                />
              </section>
            </div>
          </Col>
        </Row>
      )}
      {refState.status === 'error' && <ErrorAlert error={refState.error} title={t('hotline.reference.error')} onRetry={refState.retry} />}
    </div>
  );
}
