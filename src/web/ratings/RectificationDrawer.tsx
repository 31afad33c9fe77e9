import './ratings.css';
import { Alert, Button, Descriptions, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../app/auth';
import { useT } from '../i18n/I18nProvider';
import { RecordDrawer } from '../shared/RecordDrawer';
import { useNotifyError } from '../shared/useNotifyError';
import { formatDate, formatDateTime } from '../cases/shared/format';
import { LightBadge } from '../cases/shared/StatusTag';
import { useEnglishItemNames } from '../cases/shared/useCaseData';
import { RECTIFICATION_ROUTE_ACTIONS, type RectificationRouteAction } from '../../shared/ratings/ratings.enums';
import type { RectificationDetailWire } from '../../shared/ratings/ratings.wire';
import { actOnRectification, getRectification } from './ratingsApi';
import { subjectNo } from './ratingSubject';

const isRouteAction = (a: string): a is RectificationRouteAction => (RECTIFICATION_ROUTE_ACTIONS as readonly string[]).includes(a);

/**
 * One rectification in a drawer: the 差评, the return visit, the rectification, the appeal, and the
 * buttons the server says the user may take now (from the same rule table that checks them).
 */
export function RectificationDrawer({
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
      fetch={getRectification}
      title={(d) => (d ? t('ratings.rect.detailTitle', { caseNo: subjectNo(d) ?? '' }) : t('ratings.rect.title'))}
      errorTitle={t('ratings.rect.loadError')}
      onClose={onClose}
      onChanged={onChanged}
    >
      {(d, changed) => <RectificationBody d={d} departmentName={departmentName} onChanged={changed} />}
    </RecordDrawer>
  );
}

function RectificationBody({ d, departmentName, onChanged }: { d: RectificationDetailWire; departmentName: (code: string) => string; onChanged: () => void }) {
  const t = useT();
  const none = t('ratings.rect.none');
  const ticket = d.subject === 'ticket';
  const bundle = d.subject === 'bundle';
  // A ticket's category and a bundle are named as rated; a case's item has its English name in the catalog.
  const englishNames = useEnglishItemNames(d.subject === 'case' ? [d.itemCode] : []);
  const actions = d.availableActions.filter(isRouteAction);
  const { me } = useAuth();
  // The ticket page is in the hotline workbench; others see the number.
  const opensTickets = !!me?.roles.some((r) => r === 'hotline_agent' || r === 'dept_handler' || r === 'dispatcher');
  return (
    <Space direction="vertical" size="large" className="tb-rect-body">
      <Descriptions column={1} size="small" bordered>
        {ticket && (
          <Descriptions.Item label={t('ratings.rect.ticket')}>
            {opensTickets && d.ticketId ? <Link to={`/hotline/tickets?id=${d.ticketId}`}>{d.ticketNo}</Link> : d.ticketNo}
          </Descriptions.Item>
        )}
        {bundle && <Descriptions.Item label={t('ratings.rect.bundle')}>{d.bundleNo}</Descriptions.Item>}
        <Descriptions.Item label={t(ticket ? 'ratings.rect.category' : bundle ? 'ratings.rect.bundleName' : 'ratings.rect.item')}>
          {englishNames[d.itemCode] ?? d.itemName}
        </Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.department')}>{departmentName(d.departmentCode)}</Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.level')}>{t(`ratings.level.${d.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.reasons')}>
          {d.reasons.length ? d.reasons.map((r) => t(`ratings.reason.${r}`)).join('、') : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.comment')}>{d.comment ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.status')}>{t(`ratings.status.${d.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.light')}>
          <LightBadge light={d.light} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.opened')}>{formatDateTime(d.openedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.due')}>{formatDate(d.dueAt)}</Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.visit')}>{d.visitNote ? `${d.visitNote}（${formatDateTime(d.visitedAt)}）` : none}</Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.rectify')}>{d.rectifyNote ? `${d.rectifyNote}（${formatDateTime(d.rectifiedAt)}）` : none}</Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.appeal')}>{d.appealReason ? `${d.appealReason}（${formatDateTime(d.appealedAt)}）` : none}</Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.appealDecision')}>
          {d.appealDecision ? `${t(`ratings.rect.decision.${d.appealDecision}`)}${d.appealNote ? `：${d.appealNote}` : ''}` : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('ratings.rect.rerate')}>{d.rerateLevel ? t(`ratings.level.${d.rerateLevel}`) : none}</Descriptions.Item>
      </Descriptions>
      {!d.schedulePublished && <Alert type="warning" showIcon title={t('ratings.rect.scheduleWarning')} />}
      {actions.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('ratings.rect.noActions')}</Typography.Paragraph>
      ) : (
        actions.map((a) => <ActionForm key={`${a}-${d.version}`} id={d.id} version={d.version} action={a} onDone={onChanged} />)
      )}
    </Space>
  );
}

/** One action with the note it needs (return-visit record, rectification result, appeal reason, decision reason). */
function ActionForm({ id, version, action, onDone }: { id: string; version: number; action: RectificationRouteAction; onDone: () => void }) {
  const t = useT();
  const notifyError = useNotifyError();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    try {
      await actOnRectification(id, action, { version, ...(note.trim() ? { note: note.trim() } : {}) });
      onDone();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="tb-rect-action">
      <label className="tb-field">
        <span className="tb-field-label">{t(`ratings.actionNote.${action}`)}</span>
        <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} rows={2} />
      </label>
      <Button
        type={action === 'appeal' || action === 'reject_appeal' ? 'default' : 'primary'}
        loading={busy}
        disabled={!note.trim()}
        onClick={() => void submit()}
      >
        {t(`ratings.action.${action}`)}
      </Button>
    </div>
  );
}
