import { Empty, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { SmsMessage, SmsPage, SmsStatus } from '../../../shared/notifications/notifications.wire';

const STATUS_COLOR: Record<SmsStatus, string> = { pending: 'gold', sent: 'green', failed: 'red' };

/** Admin: every SMS the platform sent or will send (the local gateway records instead of delivering). */
export function SmsOutboxPage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('admin.sms.title'));
  const [page, setPage] = useState(1);
  const q = useApiQuery<SmsPage>('/api/v1/admin/sms', { page, pageSize: 20 });
  return (
    <div>
      <Typography.Title level={1} className="tb-page-title">
        {t('admin.sms.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('admin.sms.lead')}</Typography.Paragraph>
      {q.status === 'error' && <ErrorAlert error={q.error} onRetry={q.reload} />}
      <Table<SmsMessage>
        rowKey="id"
        size="small"
        loading={q.pending}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.sms.empty')} /> }}
        pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('admin.sms.time'), dataIndex: 'createdAt', render: (v: string) => new Date(v).toLocaleString(lang) },
          { title: t('admin.sms.mobile'), dataIndex: 'mobile' },
          { title: t('admin.sms.body'), dataIndex: 'body' },
          { title: t('admin.sms.status'), dataIndex: 'status', render: (v: SmsStatus) => <Tag color={STATUS_COLOR[v]}>{t(`admin.sms.status.${v}`)}</Tag> },
          { title: t('admin.sms.gateway'), dataIndex: 'gateway', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </div>
  );
}
