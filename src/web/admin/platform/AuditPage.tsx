import { Alert, Button, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { inLanguage } from '../../i18n/bilingual';
import { api, toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { AuditEvent, AuditEventPage, VerifyResult } from '../../../shared/audit/audit.wire';

/** Admin/supervisor: the hash-chained event log, filterable, with a one-click integrity check. */
export function AuditPage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('admin.audit.title'));
  const [filters, setFilters] = useState({ action: '', chain: '' });
  const [page, setPage] = useState(1);
  const q = useApiQuery<AuditEventPage>('/api/v1/audit/events', {
    action: filters.action || undefined,
    chain: filters.chain || undefined,
    page,
    pageSize: 20,
  });
  const [verify, setVerify] = useState<{ running: boolean; result?: VerifyResult; error?: ApiError }>({ running: false });

  const runVerify = async () => {
    setVerify({ running: true });
    try {
      setVerify({ running: false, result: await api.post<VerifyResult>('/api/v1/audit/verify', {}) });
    } catch (e) {
      setVerify({ running: false, error: toApiError(e) });
    }
  };

  return (
    <div>
      <Typography.Title level={1} className="tb-page-title">
        {t('admin.audit.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('admin.audit.lead')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" loading={verify.running} onClick={runVerify}>
          {t('admin.audit.verify')}
        </Button>
        {verify.result && (
          <Alert
            type={verify.result.ok ? 'success' : 'error'}
            showIcon
            message={
              verify.result.ok
                ? t('admin.audit.verifyOk', { chains: verify.result.chains, rows: verify.result.rows })
                : t('admin.audit.verifyBroken', { n: verify.result.broken.length })
            }
            description={
              verify.result.broken.map((b) => `${b.chain}: ${b.problems.map((p) => `${p.kind}${'seq' in p ? ` #${p.seq}` : ''}`).join(', ')}`).join('; ') ||
              undefined
            }
          />
        )}
        {verify.error && <ErrorAlert error={verify.error} />}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('admin.audit.action')}
          placeholder={t('admin.audit.action')}
          allowClear
          onSearch={(action) => {
            setPage(1);
            setFilters((f) => ({ ...f, action }));
          }}
        />
        <Input.Search
          aria-label={t('admin.audit.chain')}
          placeholder={t('admin.audit.chain')}
          allowClear
          onSearch={(chain) => {
            setPage(1);
            setFilters((f) => ({ ...f, chain }));
          }}
        />
      </Space>
      {q.status === 'error' && <ErrorAlert error={q.error} onRetry={q.reload} />}
      <Table<AuditEvent>
        rowKey="id"
        size="small"
        loading={q.pending}
        dataSource={q.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('admin.audit.time'), dataIndex: 'createdAt', render: (v: string) => new Date(v).toLocaleString(lang) },
          { title: t('admin.audit.action'), dataIndex: 'action' },
          { title: t('admin.audit.actor'), dataIndex: 'actorName', render: (v: string | null) => (v ? inLanguage(v, lang) : '—') },
          { title: t('admin.audit.chain'), render: (_: unknown, r) => `${r.chain} #${r.seq}` },
          { title: t('admin.audit.subject'), render: (_: unknown, r) => (r.subjectType ? `${r.subjectType}:${r.subjectId ?? ''}` : '—') },
          { title: t('admin.audit.data'), dataIndex: 'data', render: (v: Record<string, unknown>) => <code className="tb-code">{JSON.stringify(v)}</code> },
          { title: t('admin.audit.hash'), dataIndex: 'hash', render: (v: string) => <code title={v}>{v.slice(0, 12)}…</code> },
        ]}
      />
    </div>
  );
}
