import { App, Button, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../shared/api';
import { IssueFields } from '../shared/ActionDialog';
import { performAction } from '../shared/casesApi';
import { CaseTable } from '../shared/CaseTable';
import { ActionError } from '../shared/ConflictAlert';
import type { CaseStatus, DeliveryMode } from '../../../shared/cases/cases.enums';
import type { CaseListItem } from '../../../shared/cases/cases.wire';

const READY: readonly CaseStatus[] = ['completed', 'approved', 'denied'];

interface IssueValues {
  mode: DeliveryMode;
  carrier?: string;
  trackingNo?: string;
  recipient?: string;
}

/**
 * `/window/delivery` (统一出件): decided cases waiting to be handed over. Issuing records how the
 * result was collected — at the window, by express with its tracking number, or as an e-licence;
 * a decided but not yet completed case is completed (办结) first.
 */
export function DeliveryPage() {
  const t = useT();
  const [issuing, setIssuing] = useState<CaseListItem | null>(null);
  const [refresh, setRefresh] = useState(0);
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('cases.delivery.title')}
      </Typography.Title>
      <p className="tb-lead">{t('cases.delivery.lead')}</p>
      <CaseTable
        statuses={READY}
        label={t('cases.delivery.title')}
        emptyText={t('cases.delivery.empty')}
        linkTo={(c) => `/window/cases/${c.id}`}
        refreshKey={refresh}
        action={{
          title: t('cases.delivery.column'),
          render: (c) => (
            <Button type="primary" size="small" onClick={() => setIssuing(c)} aria-label={t('cases.delivery.issueFor', { caseNo: c.caseNo ?? '' })}>
              {c.status === 'completed' ? t('cases.action.issue') : t('cases.delivery.completeAndIssue')}
            </Button>
          ),
        }}
      />
      {issuing && (
        <IssueDialog
          target={issuing}
          onClose={() => setIssuing(null)}
          onDone={() => {
            setIssuing(null);
            setRefresh((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}

function IssueDialog({ target, onClose, onDone }: { target: CaseListItem; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<IssueValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async () => {
    let v: IssueValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      let version = target.version;
      if (target.status !== 'completed') version = (await performAction(target.id, 'complete', { version })).version;
      await performAction(target.id, 'issue', {
        version,
        mode: v.mode,
        ...(v.mode === 'express' ? { trackingNo: v.trackingNo?.trim(), ...(v.carrier?.trim() ? { carrier: v.carrier.trim() } : {}) } : {}),
        ...(v.recipient?.trim() ? { recipient: v.recipient.trim() } : {}),
      });
      void message.success(t('cases.delivery.done', { caseNo: target.caseNo ?? '' }));
      onDone();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      className="tb-case-dialog"
      open
      title={t('cases.delivery.dialogTitle', { caseNo: target.caseNo ?? '' })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('cases.delivery.confirm')}
      cancelText={t('cases.dialog.cancel')}
      okButtonProps={{ loading: busy }}
      destroyOnHidden
    >
      <p className="tb-dialog-case">
        {target.itemName} · {target.applicantName}
      </p>
      {error && (
        <div className="tb-dialog-alert">
          <ActionError error={error} onReload={onDone} />
        </div>
      )}
      <Form form={form} layout="vertical" initialValues={{ mode: 'window', recipient: target.applicantName }}>
        <IssueFields />
      </Form>
    </Modal>
  );
}
