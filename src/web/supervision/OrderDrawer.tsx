import './supervision.css';
import { LoadingOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Input, Space, Timeline, Typography } from 'antd';
import { useRef, useState } from 'react';
import { inLanguage } from '../i18n/bilingual';
import { useLang, useT } from '../i18n/I18nProvider';
import { RecordDrawer } from '../shared/RecordDrawer';
import { useNotifyError } from '../shared/useNotifyError';
import { fileUrl, uploadFile } from '../cases/shared/casesApi';
import { formatDate, formatDateTime } from '../cases/shared/format';
import { ACCEPTED_FILE_TYPES } from '../cases/shared/validation';
import type { OrderAction } from '../../shared/supervision/supervision.enums';
import type { OrderDetailWire } from '../../shared/supervision/supervision.wire';
import { OrderLightBadge } from './OrderLightBadge';
import { actOnOrder, getOrder } from './supervisionApi';

/**
 * One supervision order in a drawer: what is wrong and demanded, the deadline and light, the
 * department's answer with its attachments, the timeline from the order's hash chain, and the
 * buttons the server says the user may take now (from the same rule table that checks them).
 */
export function OrderDrawer({
  id,
  onClose,
  onChanged,
  departmentName,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
  departmentName: (code: string) => string;
}) {
  const t = useT();
  return (
    <RecordDrawer
      id={id}
      fetch={getOrder}
      title={(d) => (d ? t('supervision.detail.title', { no: d.orderNo }) : t('supervision.title'))}
      errorTitle={t('supervision.loadError')}
      onClose={onClose}
      onChanged={onChanged}
    >
      {(d, changed) => <OrderBody d={d} departmentName={departmentName} onChanged={changed} />}
    </RecordDrawer>
  );
}

function OrderBody({ d, departmentName, onChanged }: { d: OrderDetailWire; departmentName: (code: string) => string; onChanged: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const none = t('supervision.none');
  const subject = d.subjectKind === 'department' ? departmentName(d.subjectId) : d.subjectLabel;
  return (
    <Space direction="vertical" size="large" className="tb-order-body">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('supervision.order.subject')}>{`${t(`supervision.kind.${d.subjectKind}`)} ${subject}`}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.problem')}>
          <span className="tb-order-note">{d.problem}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.demand')}>
          <span className="tb-order-note">{d.demand}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.department')}>{departmentName(d.departmentCode)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.opener')}>{`${d.openerName}（${formatDateTime(d.openedAt)}）`}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.status')}>{t(`supervision.status.${d.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.light')}>
          <OrderLightBadge light={d.light} />
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.due')}>{t('supervision.detail.due', { date: formatDate(d.dueAt), days: d.workdays })}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.escalation')}>{t(`supervision.level.${d.escalationLevel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.answer')}>
          {d.answer ? <span className="tb-order-note">{`${d.answer}（${d.answeredByName ?? ''} ${formatDateTime(d.answeredAt)}）`}</span> : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.order.files')}>
          {d.files.length === 0 ? (
            none
          ) : (
            <ul className="tb-plain-list">
              {d.files.map((f) => (
                <li key={f.id}>
                  <a href={fileUrl(f.id)} target="_blank" rel="noreferrer">
                    {f.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
        {d.returnReason && (
          <Descriptions.Item label={t('supervision.order.returnReason')}>{`${d.returnReason}（${formatDateTime(d.returnedAt)}）`}</Descriptions.Item>
        )}
      </Descriptions>
      {!d.schedulePublished && <Alert type="warning" showIcon title={t('supervision.scheduleWarning')} />}
      {d.availableActions.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('supervision.noActions')}</Typography.Paragraph>
      ) : (
        d.availableActions.map((a) => <ActionForm key={`${a}-${d.version}`} id={d.id} version={d.version} action={a} onDone={onChanged} />)
      )}
      <div>
        <Typography.Title level={3} className="tb-card-title">
          {t('supervision.detail.timeline')}
        </Typography.Title>
        <Timeline
          items={d.timeline.map((e, i) => ({
            key: `${i}-${e.action}`,
            content: (
              <div>
                <strong>{t(`supervision.event.${eventKey(e.action)}`, { level: e.level ?? '' })}</strong> · {inLanguage(e.actorName, lang)} ·{' '}
                {formatDateTime(e.at)}
                {e.note && <div className="tb-order-note">{e.note}</div>}
              </div>
            ),
          }))}
        />
      </div>
    </Space>
  );
}

const EVENT_KEYS = ['open', 'answer', 'accept', 'return', 'escalate'] as const;
function eventKey(action: string): (typeof EVENT_KEYS)[number] {
  const k = action.replace('supervision_order.', '');
  return (EVENT_KEYS as readonly string[]).includes(k) ? (k as (typeof EVENT_KEYS)[number]) : 'open';
}

/** One action with its text: the answer (with attachments), the reason for returning it, an optional note on acceptance. */
function ActionForm({ id, version, action, onDone }: { id: string; version: number; action: OrderAction; onDone: () => void }) {
  const t = useT();
  const notifyError = useNotifyError();
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<{ id: string; name: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const needsNote = action !== 'accept';
  async function pick(list: FileList | null) {
    if (!list || list.length === 0) return;
    setUploading(true);
    try {
      for (const f of Array.from(list)) {
        const up = await uploadFile(f);
        setFiles((prev) => [...prev, { id: up.fileId, name: f.name }]);
      }
    } catch (err) {
      notifyError(err);
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
    }
  }
  async function submit() {
    setBusy(true);
    try {
      await actOnOrder(id, action, { version, ...(note.trim() ? { note: note.trim() } : {}), fileIds: files.map((f) => f.id) });
      onDone();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="tb-order-action">
      <label className="tb-field">
        <span className="tb-field-label">{t(`supervision.actionNote.${action}`)}</span>
        <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} rows={action === 'answer' ? 4 : 2} />
      </label>
      {action === 'answer' && (
        <>
          <input
            ref={input}
            type="file"
            hidden
            multiple
            accept={ACCEPTED_FILE_TYPES}
            aria-label={t('supervision.attach')}
            onChange={(e) => void pick(e.target.files)}
          />
          <Button icon={uploading ? <LoadingOutlined /> : <UploadOutlined />} disabled={uploading} onClick={() => input.current?.click()}>
            {t('supervision.attach')}
          </Button>
        </>
      )}
      {files.length > 0 && (
        <ul className="tb-plain-list" aria-label={t('supervision.order.files')}>
          {files.map((f) => (
            <li key={f.id}>{f.name}</li>
          ))}
        </ul>
      )}
      <Button type={action === 'return' ? 'default' : 'primary'} loading={busy} disabled={needsNote && !note.trim()} onClick={() => void submit()}>
        {t(`supervision.action.${action}`)}
      </Button>
    </div>
  );
}
