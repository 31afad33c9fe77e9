import { Alert, Button, Empty, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { inLanguage } from '../../i18n/bilingual';
import { api, toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { AuditEvent, AuditEventPage, VerifyResult } from '../../../shared/audit/audit.wire';
import { AuditEventDetails, AuditFacts } from './AuditEventDetails';
import { actionLabel, actionOptions, AUDIT_ACTIONS } from './auditActions';
import { formatInstant, shortChain, subjectText, verifyProblems } from './auditText';

const PAGE_SIZE = 20;
const CODE = /^[a-z_]+(\.[a-z_]+)+$/;

/** Admin/supervisor: the hash-chained event log in words, filterable, with a one-click integrity check. */
export function AuditPage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('admin.audit.title'));
  const [filters, setFilters] = useState({ action: '', chain: '' });
  const [actionSearch, setActionSearch] = useState('');
  const [page, setPage] = useState(1);
  const q = useApiQuery<AuditEventPage>('/api/v1/audit/events', {
    action: filters.action || undefined,
    chain: filters.chain || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const [verify, setVerify] = useState<{ running: boolean; result?: VerifyResult; error?: ApiError }>({ running: false });

  // The known actions, plus a code typed in (or chosen before) that the page does not know yet.
  const options = useMemo(() => {
    const extra = [...new Set([actionSearch.trim(), filters.action])].filter((c) => CODE.test(c) && !AUDIT_ACTIONS.includes(c));
    const known = actionOptions(t);
    return extra.length
      ? [{ label: t('admin.audit.code'), options: extra.map((c) => ({ value: c, label: t('admin.audit.byCode', { code: c }) })) }, ...known]
      : known;
  }, [t, actionSearch, filters.action]);

  const filter = (patch: Partial<typeof filters>) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...patch }));
  };

  const runVerify = async () => {
    setVerify({ running: true });
    try {
      setVerify({ running: false, result: await api.post<VerifyResult>('/api/v1/audit/verify', {}) });
    } catch (e) {
      setVerify({ running: false, error: toApiError(e) });
    }
  };
  const problems = verify.result ? verifyProblems(t, lang, verify.result) : [];

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
            title={
              verify.result.ok
                ? t('admin.audit.verifyOk', { chains: verify.result.chains, rows: verify.result.rows })
                : t('admin.audit.verifyBroken', { n: verify.result.broken.length + verify.result.missingChains.length })
            }
            description={problems.length ? problems.map((line, i) => <div key={i}>{line}</div>) : undefined}
          />
        )}
        {verify.error && <ErrorAlert error={verify.error} />}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('admin.audit.action')}
          placeholder={t('admin.audit.actionFilter')}
          allowClear
          style={{ minWidth: 280 }}
          popupMatchSelectWidth={false}
          value={filters.action || undefined}
          options={options}
          showSearch={{ optionFilterProp: ['label', 'value'], onSearch: setActionSearch }}
          onChange={(action?: string) => {
            setActionSearch('');
            filter({ action: action ?? '' });
          }}
        />
        <Input.Search
          aria-label={t('admin.audit.chain')}
          placeholder={t('admin.audit.chain')}
          allowClear
          onSearch={(chain) => filter({ chain: chain.trim() })}
        />
      </Space>
      {q.status === 'error' && <ErrorAlert error={q.error} title={t('admin.audit.loadError')} onRetry={q.reload} />}
      <Table<AuditEvent>
        rowKey="id"
        size="small"
        loading={q.pending}
        dataSource={q.data?.items ?? []}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(
                q.status === 'loading'
                  ? 'common.loading'
                  : q.status === 'error'
                    ? 'admin.audit.loadError'
                    : filters.action || filters.chain
                      ? 'admin.audit.emptyFiltered'
                      : 'admin.audit.empty',
              )}
            />
          ),
        }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        expandable={{ expandedRowRender: (r) => <AuditEventDetails event={r} /> }}
        columns={[
          // The action's code and the hash are in the expanded row: the columns keep to what a person reads.
          { title: t('admin.audit.time'), dataIndex: 'createdAt', width: 170, render: (v: string) => <time dateTime={v}>{formatInstant(v, lang)}</time> },
          { title: t('admin.audit.action'), width: 170, render: (_: unknown, r) => <span title={r.action}>{actionLabel(t, r.action)}</span> },
          { title: t('admin.audit.actor'), dataIndex: 'actorName', width: 140, render: (v: string | null) => (v ? inLanguage(v, lang) : '—') },
          { title: t('admin.audit.subject'), width: 150, render: (_: unknown, r) => <Subject event={r} /> },
          { title: t('admin.audit.data'), render: (_: unknown, r) => <AuditFacts event={r} /> },
          {
            title: t('admin.audit.chain'),
            width: 150,
            render: (_: unknown, r) => (
              <Tooltip title={r.chain}>
                <span>{`${shortChain(r.chain)} #${r.seq}`}</span>
              </Tooltip>
            ),
          },
        ]}
      />
    </div>
  );
}

/** 办件 8b1c2d3e: the kind in words and a short reference (the full id is in the expanded row). */
function Subject({ event }: { event: AuditEvent }) {
  const t = useT();
  const s = subjectText(t, event);
  if (!s) return <>—</>;
  return (
    <>
      {s.kind}
      {s.ref && (
        <>
          {' '}
          <Typography.Text code className="tb-nowrap">
            {s.ref}
          </Typography.Text>
        </>
      )}
    </>
  );
}
