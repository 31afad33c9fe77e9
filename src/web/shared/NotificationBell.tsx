import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import '../cases/cases.css';
import { findNotifications, markNotificationRead } from '../cases/shared/casesApi';
import { formatDateTime } from '../cases/shared/format';
import type { Notification, NotificationPage } from '../../shared/notifications/notifications.wire';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from './api';
import { ErrorAlert } from './ErrorAlert';
import { useApiQuery } from './useApiQuery';

const POLL_MS = 60_000;
const SHOWN = 10;

/** Where a workbench opens a case a message is about; workbenches without case pages open nothing. */
const CASE_PAGE: Record<string, string> = { '/portal/me': '/portal/me/cases/', '/window': '/window/cases/', '/office': '/office/cases/' };
/** Where a workbench opens a periodic report (定期通报) a message links. */
const REPORT_PAGE: Record<string, string> = { '/oversight': '/oversight/inbox', '/supervision': '/supervision/periodic' };
/** Where a supervision order's message opens it: the workbench's 督办 list, with the order's drawer open. */
const ORDER_PAGE: Record<string, string> = {
  '/supervision': '/supervision/orders',
  '/office': '/office/orders',
  '/hotline': '/hotline/orders',
  '/leadership': '/leadership/orders',
};

/**
 * The header's bell: the unread count (polled every minute and on opening), the latest messages,
 * and marking them read; a message about a case opens it in the current workbench.
 */
export function NotificationBell({ basePath }: { basePath: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const notifications = useApiQuery<NotificationPage>((signal) => findNotifications({ pageSize: SHOWN }, signal), []);
  const { reload: refresh } = notifications;
  const page = notifications.data ?? null;
  // A failed mark-read shows until the next answer arrives.
  const [actionError, setActionError] = useState<ApiError | null>(null);
  useEffect(() => setActionError(null), [notifications.data]);
  const error = notifications.status === 'error' ? notifications.error : actionError;

  useEffect(() => {
    const timer = window.setInterval(refresh, POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const unread = page?.unread ?? 0;

  const markRead = async (n: Notification) => {
    if (n.readAt) return;
    try {
      await markNotificationRead(n.id);
    } catch (err) {
      setActionError(toApiError(err));
    }
  };

  const openMessage = async (n: Notification) => {
    await markRead(n);
    refresh();
    const prefix = CASE_PAGE[basePath];
    if (n.subjectType === 'case' && n.subjectId && prefix) {
      setOpen(false);
      navigate(`${prefix}${n.subjectId}`);
    }
    if (n.subjectType === 'periodic_report' && n.subjectId && REPORT_PAGE[basePath]) {
      setOpen(false);
      navigate(`${REPORT_PAGE[basePath]}?id=${encodeURIComponent(n.subjectId)}`);
    }
    if (n.subjectType === 'supervision_order' && n.subjectId && ORDER_PAGE[basePath]) {
      setOpen(false);
      navigate(`${ORDER_PAGE[basePath]}?order=${encodeURIComponent(n.subjectId)}`);
    }
  };

  const markAll = async () => {
    await Promise.all((page?.items ?? []).filter((n) => !n.readAt).map(markRead));
    refresh();
  };

  const content = (
    <div className="tb-bell-panel">
      <div className="tb-bell-head">
        <h2 className="tb-bell-title">{t('cases.bell.title')}</h2>
        {unread > 0 && (
          <Button size="small" type="link" onClick={() => void markAll()}>
            {t('cases.bell.markAll')}
          </Button>
        )}
      </div>
      {error && <ErrorAlert error={error} onRetry={refresh} />}
      {!page && notifications.status === 'loading' && <Spin />}
      {page && page.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.bell.empty')} />}
      {page && page.items.length > 0 && (
        <ul className="tb-bell-list">
          {page.items.map((n) => (
            <li key={n.id} className={n.readAt ? 'tb-bell-item' : 'tb-bell-item tb-bell-item--unread'}>
              <button type="button" className="tb-bell-button" onClick={() => void openMessage(n)}>
                <span className="tb-bell-item-title">
                  {!n.readAt && <span className="tb-visually-hidden">{t('cases.bell.unreadMark')}</span>}
                  {n.title}
                </span>
                <span className="tb-bell-item-body">{n.body}</span>
                <span className="tb-bell-item-time">{formatDateTime(n.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) refresh();
      }}
      content={content}
      arrow={false}
    >
      <Badge count={unread} size="small" className="tb-bell-badge">
        <Button
          ghost
          size="small"
          icon={<BellOutlined />}
          aria-label={unread > 0 ? t('cases.bell.labelUnread', { n: unread }) : t('cases.bell.label')}
          aria-haspopup="dialog"
          aria-expanded={open}
        >
          <span className="tb-bell-text">{t('cases.bell.short')}</span>
        </Button>
      </Badge>
    </Popover>
  );
}
