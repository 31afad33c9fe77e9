import {
  AutoComplete,
  Button,
  Checkbox,
  Descriptions,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
  App,
  type GetProps,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { useAuth } from '../app/auth';
import { formatDateTime, localName } from '../cases/shared/format';
import { useDepartments, useNames } from '../cases/shared/useCaseData';
import { useLang, useT } from '../i18n/I18nProvider';
import { isAbortError, toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PagedTable } from '../shared/PagedTable';
import { useApiQuery } from '../shared/useApiQuery';
import { useNotifyError } from '../shared/useNotifyError';
import type { ExchangeDirection, NeedAction } from '../../shared/exchange/exchange.enums';
import type { ExchangeQueryResultWire, GrantWire, NeedWire, ResourceWire, UsageListWire } from '../../shared/exchange/exchange.wire';
import { decideNeed, fileNeed, listGrants, listNeeds, listResources, listUsage, queryExchange, revokeGrant } from './exchangeApi';

/**
 * 数据共享 (共享交换, docs/domain.md S16; docs/decisions.md D20) in the department's workbench: the
 * resource catalog, the department's data needs (file; approve or refuse those it received), the
 * grants it holds or gave (revoke), a query through a grant, and who used its resources. The
 * server scopes every list to the caller's department; tabs a role cannot use are not shown.
 */

const PAGE_SIZE = 20;
const FILERS = ['reviewer', 'approver', 'dept_head'];
const DECIDERS = ['approver', 'dept_head'];

type Roles = readonly string[];
const any = (roles: Roles, of: readonly string[]) => roles.some((r) => of.includes(r));

/** Long cell text that wraps within `em` wide, so the lists fit the page rather than scroll sideways past their status and actions. */
const wrap = (text: string, em = 12) => <div style={{ whiteSpace: 'normal', minWidth: '6em', maxWidth: `${em}em` }}>{text}</div>;

function useDeptName(): (code: string | null) => string {
  const names = useNames(null, useDepartments());
  return (code) => (code ? names.department(code) : '—');
}

/** The zh/en labels of every resource's fields, for lists that carry field names only. */
function useFieldLabels(): (resource: string, fields: readonly string[]) => string {
  const { lang } = useLang();
  const resources = useApiQuery((signal) => listResources({ page: 1, pageSize: 100 }, signal), []);
  const byCode = useMemo(
    () => new Map((resources.data?.items ?? []).map((r) => [r.code, new Map(r.fields.map((f) => [f.name, localName(lang, f.labelZh, f.labelEn)]))])),
    [resources.data, lang],
  );
  return (resource, fields) => fields.map((f) => byCode.get(resource)?.get(f) ?? f).join('、');
}

/**
 * A field list to tick inside a Form.Item. The item marks its control `aria-required`, which a
 * checkbox group may not carry (axe: aria-allowed-attr); the requirement shows in the label and
 * the rule's message instead.
 */
function FieldChecks({ 'aria-required': _required, ...props }: GetProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  return <Checkbox.Group {...props} />;
}

function ResourcesTab({ mayFile, onFile }: { mayFile: boolean; onFile: (r: ResourceWire) => void }) {
  const t = useT();
  const { lang } = useLang();
  const { me } = useAuth();
  const dept = useDeptName();
  const [page, setPage] = useState(1);
  const load = useApiQuery((signal) => listResources({ page, pageSize: PAGE_SIZE }, signal), [page]);
  if (load.status === 'error') return <ErrorAlert error={load.error} title={t('exchange.error.load')} onRetry={load.reload} />;
  const columns: TableColumnsType<ResourceWire> = [
    { key: 'name', title: t('exchange.resource.name'), render: (_v, r) => localName(lang, r.nameZh, r.nameEn) },
    { key: 'owner', title: t('exchange.resource.owner'), render: (_v, r) => dept(r.ownerDepartmentCode) },
    {
      key: 'sharing',
      title: t('exchange.resource.sharing'),
      render: (_v, r) => (
        <Tag color={r.sharingType === 'none' ? 'red' : r.sharingType === 'unconditional' ? 'green' : 'blue'}>{t(`exchange.sharing.${r.sharingType}`)}</Tag>
      ),
    },
    { key: 'frequency', title: t('exchange.resource.frequency'), render: (_v, r) => t(`exchange.frequency.${r.updateFrequency}`) },
    {
      key: 'fields',
      title: t('exchange.resource.fields'),
      width: 320,
      render: (_v, r) => r.fields.map((f) => `${localName(lang, f.labelZh, f.labelEn)}${f.personal ? '*' : ''}`).join('、'),
    },
    { key: 'records', title: t('exchange.resource.records'), render: (_v, r) => r.records },
    {
      key: 'actions',
      title: t('exchange.actions'),
      render: (_v, r) =>
        mayFile && r.sharingType !== 'none' && r.ownerDepartmentCode !== me?.departmentCode ? (
          <Button size="small" onClick={() => onFile(r)}>
            {t('exchange.need.file')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <p className="tb-lead">{t('exchange.resource.personalNote')}</p>
      {/* A focusable region, so the wide table scrolls from the keyboard too (WCAG 2.1.1). */}
      <div tabIndex={0} role="region" aria-label={t('exchange.tab.resources')} style={{ overflowX: 'auto' }}>
        <Table<ResourceWire>
          aria-label={t('exchange.tab.resources')}
          rowKey="code"
          size="middle"
          columns={columns}
          loading={load.status === 'loading' || load.pending}
          dataSource={load.status === 'done' ? load.data.items : []}
          pagination={
            load.status === 'done' && load.data.total > PAGE_SIZE
              ? { current: page, pageSize: PAGE_SIZE, total: load.data.total, onChange: setPage, showSizeChanger: false }
              : false
          }
        />
      </div>
    </>
  );
}

function NeedForm({ resource, onClose, onFiled }: { resource: ResourceWire | null; onClose: () => void; onFiled: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const submit = async (v: { fields: string[]; purpose: string; itemCodes: string[]; validFrom: string; validUntil: string }) => {
    if (!resource) return;
    setBusy(true);
    try {
      const need = await fileNeed({ resource: resource.code, ...v });
      void message.success(t(need.status === 'approved' ? 'exchange.need.filedApproved' : 'exchange.need.filedDone'));
      form.resetFields();
      onFiled();
    } catch (e) {
      notify(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={!!resource}
      title={resource ? `${t('exchange.need.file')}：${localName(lang, resource.nameZh, resource.nameEn)}` : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {resource && (
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ validFrom: today, fields: [], itemCodes: [] }}>
          <Form.Item name="fields" label={t('exchange.need.fields')} rules={[{ required: true, message: t('exchange.need.fieldsRequired') }]}>
            <FieldChecks options={resource.fields.map((f) => ({ value: f.name, label: localName(lang, f.labelZh, f.labelEn) }))} />
          </Form.Item>
          <Form.Item
            name="purpose"
            label={t('exchange.need.purpose')}
            rules={[{ required: true, whitespace: true, message: t('exchange.need.purposeRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item
            name="itemCodes"
            label={t('exchange.need.items')}
            extra={t('exchange.need.itemsHelp')}
            rules={[{ required: true, message: t('exchange.need.itemsRequired') }]}
          >
            <Select mode="tags" tokenSeparators={[',', ' ', '，']} open={false} />
          </Form.Item>
          <Form.Item name="validFrom" label={t('exchange.need.validFrom')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="validUntil" label={t('exchange.need.validUntil')} rules={[{ required: true, message: t('exchange.need.untilRequired') }]}>
            <Input type="date" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('exchange.need.submit')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}

function DecideModal({
  need,
  action,
  onClose,
  onDone,
  labels,
}: {
  need: NeedWire | null;
  action: NeedAction;
  onClose: () => void;
  onDone: () => void;
  labels: (resource: string, fields: readonly string[]) => string;
}) {
  const t = useT();
  const notify = useNotifyError();
  const [busy, setBusy] = useState(false);
  const submit = async (v: { fields?: string[]; reason?: string }) => {
    if (!need) return;
    setBusy(true);
    try {
      await decideNeed(need.id, action, { version: need.version, ...v });
      onDone();
    } catch (e) {
      notify(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={!!need} title={t(`exchange.decide.${action}`)} onCancel={onClose} footer={null} destroyOnHidden>
      {need && (
        <Form layout="vertical" onFinish={submit} initialValues={{ fields: need.fields }}>
          {action === 'approve' ? (
            <Form.Item name="fields" label={t('exchange.decide.fields')} rules={[{ required: true, message: t('exchange.need.fieldsRequired') }]}>
              <FieldChecks options={need.fields.map((f) => ({ value: f, label: labels(need.resource, [f]) }))} />
            </Form.Item>
          ) : (
            <Form.Item
              name="reason"
              label={t('exchange.decide.reason')}
              rules={[{ required: true, whitespace: true, message: t('exchange.decide.reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={busy} danger={action === 'refuse'}>
            {t(`exchange.decide.${action}`)}
          </Button>
        </Form>
      )}
    </Modal>
  );
}

function NeedsTab({ roles, refreshKey }: { roles: Roles; refreshKey: number }) {
  const t = useT();
  const { lang } = useLang();
  const dept = useDeptName();
  const [direction, setDirection] = useState<ExchangeDirection>('filed');
  const [page, setPage] = useState(1);
  const [refresh, setRefresh] = useState(0);
  const [deciding, setDeciding] = useState<{ need: NeedWire; action: NeedAction } | null>(null);
  const labels = useFieldLabels();
  const load = useApiQuery((signal) => listNeeds({ direction, page, pageSize: PAGE_SIZE }, signal), [direction, page, refresh, refreshKey]);
  const mayDecide = any(roles, DECIDERS);
  const columns: TableColumnsType<NeedWire> = [
    { key: 'resource', title: t('exchange.resource.name'), render: (_v, n) => localName(lang, n.resourceNameZh, n.resourceNameEn) },
    {
      key: 'other',
      title: t(direction === 'filed' ? 'exchange.resource.owner' : 'exchange.need.consumer'),
      render: (_v, n) => dept(direction === 'filed' ? n.ownerDepartmentCode : n.consumerDepartmentCode),
    },
    { key: 'fields', title: t('exchange.need.fields'), render: (_v, n) => wrap(labels(n.resource, n.grantedFields ?? n.fields)) },
    { key: 'purpose', title: t('exchange.need.purpose'), render: (_v, n) => wrap(n.purpose) },
    { key: 'period', title: t('exchange.period'), render: (_v, n) => `${n.validFrom} – ${n.validUntil}` },
    {
      key: 'status',
      title: t('exchange.status'),
      render: (_v, n) => (
        <span>
          {t(`exchange.needStatus.${n.status}`)}
          {n.refusalReason ? `（${n.refusalReason}）` : ''}
        </span>
      ),
    },
    {
      key: 'actions',
      title: t('exchange.actions'),
      render: (_v, n) =>
        direction === 'received' && mayDecide && n.status === 'pending' ? (
          <span className="tb-actions">
            <Button size="small" type="primary" onClick={() => setDeciding({ need: n, action: 'approve' })}>
              {t('exchange.decide.approve')}
            </Button>{' '}
            <Button size="small" danger onClick={() => setDeciding({ need: n, action: 'refuse' })}>
              {t('exchange.decide.refuse')}
            </Button>
          </span>
        ) : null,
    },
  ];
  return (
    <>
      <Segmented<ExchangeDirection>
        value={direction}
        options={[
          { value: 'filed', label: t('exchange.direction.filed') },
          { value: 'received', label: t('exchange.direction.received') },
        ]}
        onChange={(v) => {
          setDirection(v);
          setPage(1);
        }}
      />
      <PagedTable<NeedWire>
        label={t('exchange.tab.needs')}
        columns={columns}
        load={load}
        errorTitle={t('exchange.error.load')}
        emptyText={t('exchange.need.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
      <DecideModal
        need={deciding?.need ?? null}
        action={deciding?.action ?? 'approve'}
        labels={labels}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          setRefresh((x) => x + 1);
        }}
      />
    </>
  );
}

function GrantsTab({ roles }: { roles: Roles }) {
  const t = useT();
  const { lang } = useLang();
  const { me } = useAuth();
  const { modal } = App.useApp();
  const notify = useNotifyError();
  const dept = useDeptName();
  const [page, setPage] = useState(1);
  const [refresh, setRefresh] = useState(0);
  const load = useApiQuery((signal) => listGrants({ page, pageSize: PAGE_SIZE }, signal), [page, refresh]);
  const labels = useFieldLabels();
  const revoke = (g: GrantWire) => {
    let reason = '';
    void modal.confirm({
      title: t('exchange.grant.revoke'),
      content: (
        <Input.TextArea
          aria-label={t('exchange.grant.revokeReason')}
          placeholder={t('exchange.grant.revokeReason')}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      okText: t('exchange.grant.revokeConfirm'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await revokeGrant(g.id, reason.trim() || t('exchange.grant.revokeDefault'));
          setRefresh((x) => x + 1);
        } catch (e) {
          notify(e);
        }
      },
    });
  };
  const columns: TableColumnsType<GrantWire> = [
    { key: 'resource', title: t('exchange.resource.name'), render: (_v, g) => localName(lang, g.resourceNameZh, g.resourceNameEn) },
    { key: 'consumer', title: t('exchange.need.consumer'), render: (_v, g) => dept(g.consumerDepartmentCode) },
    { key: 'owner', title: t('exchange.resource.owner'), render: (_v, g) => dept(g.ownerDepartmentCode) },
    { key: 'fields', title: t('exchange.need.fields'), render: (_v, g) => wrap(labels(g.resource, g.fields), 10) },
    { key: 'purpose', title: t('exchange.need.purpose'), render: (_v, g) => wrap(g.purpose, 10) },
    { key: 'items', title: t('exchange.need.items'), render: (_v, g) => wrap(g.itemCodes.join(', '), 7) },
    { key: 'period', title: t('exchange.period'), render: (_v, g) => wrap(`${g.validFrom} – ${g.validUntil}`, 6) },
    {
      key: 'status',
      title: t('exchange.status'),
      render: (_v, g) => <Tag color={g.status === 'active' ? 'green' : 'default'}>{t(`exchange.grantStatus.${g.status}`)}</Tag>,
    },
    {
      key: 'actions',
      title: t('exchange.actions'),
      render: (_v, g) =>
        any(roles, DECIDERS) && g.ownerDepartmentCode === me?.departmentCode && g.status !== 'revoked' ? (
          <Button size="small" danger onClick={() => revoke(g)}>
            {t('exchange.grant.revoke')}
          </Button>
        ) : null,
    },
  ];
  return (
    <PagedTable<GrantWire>
      label={t('exchange.tab.grants')}
      columns={columns}
      load={load}
      errorTitle={t('exchange.error.load')}
      emptyText={t('exchange.grant.empty')}
      page={page}
      pageSize={PAGE_SIZE}
      onPage={setPage}
    />
  );
}

function QueryTab() {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm();
  const resources = useApiQuery((signal) => listResources({ page: 1, pageSize: 100 }, signal), []);
  // The department's own grants in force, so the purpose can be picked rather than retyped.
  const grants = useApiQuery((signal) => listGrants({ direction: 'filed', status: 'active', page: 1, pageSize: 100 }, signal), []);
  const [result, setResult] = useState<ExchangeQueryResultWire | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = Form.useWatch<string | undefined>('resource', form);
  const byCode = useMemo(() => new Map((resources.data?.items ?? []).map((r) => [r.code, r])), [resources.data]);
  const purposes = [...new Set((grants.data?.items ?? []).filter((g) => g.resource === chosen).map((g) => g.purpose))];
  const submit = async (v: { resource: string; key: string; purpose: string; caseId?: string; fields?: string[] }) => {
    setBusy(true);
    setResult(null);
    setRefusal(null);
    try {
      setResult(
        await queryExchange({
          resource: v.resource,
          key: v.key.trim(),
          purpose: v.purpose.trim(),
          ...(v.caseId?.trim() ? { caseId: v.caseId.trim() } : {}),
          ...(v.fields?.length ? { fields: v.fields } : {}),
        }),
      );
    } catch (e) {
      // A refusal stays on the page (not a passing toast): the reason, and that it was logged.
      if (!isAbortError(e)) setRefusal(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const label = (resource: string, field: string) => {
    const f = byCode.get(resource)?.fields.find((x) => x.name === field);
    return f ? localName(lang, f.labelZh, f.labelEn) : field;
  };
  return (
    <>
      <p className="tb-lead">{t('exchange.query.lead')}</p>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Record<string, unknown>) => {
          if ('resource' in changed) form.setFieldValue('fields', []);
        }}
        style={{ maxWidth: 640 }}
      >
        <Form.Item name="resource" label={t('exchange.resource.name')} rules={[{ required: true, message: t('exchange.query.resourceRequired') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(resources.data?.items ?? [])
              .filter((r) => r.sharingType !== 'none')
              .map((r) => ({ value: r.code, label: localName(lang, r.nameZh, r.nameEn) }))}
          />
        </Form.Item>
        <Form.Item name="key" label={t('exchange.query.key')} rules={[{ required: true, whitespace: true, message: t('exchange.query.keyRequired') }]}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('exchange.need.purpose')}
          extra={t(purposes.length ? 'exchange.query.purposePick' : 'exchange.query.purposeHelp')}
          rules={[{ required: true, whitespace: true, message: t('exchange.need.purposeRequired') }]}
        >
          <AutoComplete options={purposes.map((p) => ({ value: p, label: p }))} maxLength={500} />
        </Form.Item>
        {chosen && byCode.get(chosen) && (
          <Form.Item name="fields" label={t('exchange.query.fields')} extra={t('exchange.query.fieldsHelp')}>
            <Checkbox.Group options={byCode.get(chosen)!.fields.map((f) => ({ value: f.name, label: localName(lang, f.labelZh, f.labelEn) }))} />
          </Form.Item>
        )}
        <Form.Item name="caseId" label={t('exchange.query.caseId')}>
          <Input maxLength={40} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('exchange.query.submit')}
        </Button>
      </Form>
      {refusal && (
        <div className="tb-exchange-outcome">
          <ErrorAlert error={refusal} title={t(refusal.status === 403 ? 'exchange.query.refused' : 'exchange.query.failed')} />
        </div>
      )}
      {result && (
        <Descriptions className="tb-exchange-result tb-exchange-outcome" bordered column={1} size="small" title={t('exchange.query.result')}>
          {result.fields.map((f) => (
            <Descriptions.Item key={f} label={label(result.resource, f)}>
              {String(result.record[f] ?? '—')}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </>
  );
}

/** The refusal codes the usage list explains (docs/decisions.md D20); others show as the code. */
const REFUSALS = ['NO_GRANT', 'PURPOSE_MISMATCH', 'GRANT_EXPIRED', 'GRANT_REVOKED', 'FIELDS_NOT_GRANTED', 'CASE_NOT_COVERED', 'KEY_INVALID'] as const;

function UsageTab() {
  const t = useT();
  const refusalText = (code: string) => ((REFUSALS as readonly string[]).includes(code) ? t(`exchange.refusal.${code as (typeof REFUSALS)[number]}`) : code);
  const { lang } = useLang();
  const dept = useDeptName();
  const [page, setPage] = useState(1);
  const load = useApiQuery((signal) => listUsage({ page, pageSize: PAGE_SIZE }, signal), [page]);
  const labels = useFieldLabels();
  type Usage = UsageListWire['items'][number];
  const columns: TableColumnsType<Usage> = [
    { key: 'at', title: t('exchange.usage.at'), render: (_v, u) => wrap(formatDateTime(u.at), 6) },
    { key: 'consumer', title: t('exchange.need.consumer'), render: (_v, u) => dept(u.consumerDepartmentCode) },
    { key: 'user', title: t('exchange.usage.user'), render: (_v, u) => u.userName },
    { key: 'resource', title: t('exchange.resource.name'), render: (_v, u) => wrap(localName(lang, u.resourceNameZh, u.resourceNameEn), 8) },
    { key: 'purpose', title: t('exchange.need.purpose'), render: (_v, u) => wrap(u.purpose) },
    {
      key: 'result',
      title: t('exchange.usage.result'),
      render: (_v, u) => (
        <>
          <Tag color={u.result === 'allowed' ? 'green' : u.result === 'refused' ? 'red' : 'default'}>{t(`exchange.result.${u.result}`)}</Tag>
          {u.refusalCode && <div className="tb-exchange-refusal">{wrap(refusalText(u.refusalCode), 8)}</div>}
        </>
      ),
    },
    { key: 'key', title: t('exchange.usage.subject'), render: (_v, u) => <span className="tb-mono">{u.keyMasked}</span> },
    { key: 'fields', title: t('exchange.need.fields'), render: (_v, u) => wrap(labels(u.resource, u.fields), 10) },
  ];
  return (
    <PagedTable<Usage>
      plainRows
      label={t('exchange.tab.usage')}
      columns={columns}
      load={load}
      errorTitle={t('exchange.error.load')}
      emptyText={t('exchange.usage.empty')}
      page={page}
      pageSize={PAGE_SIZE}
      onPage={setPage}
    />
  );
}

/** `/office/exchange` (数据共享). */
export function ExchangePage() {
  const t = useT();
  const { me } = useAuth();
  const roles: Roles = me?.roles ?? [];
  const mayFile = any(roles, FILERS);
  const [filing, setFiling] = useState<ResourceWire | null>(null);
  const [needsKey, setNeedsKey] = useState(0);
  const [tab, setTab] = useState('resources');
  const items = [
    { key: 'resources', label: t('exchange.tab.resources'), children: <ResourcesTab mayFile={mayFile} onFile={setFiling} /> },
    ...(mayFile ? [{ key: 'needs', label: t('exchange.tab.needs'), children: <NeedsTab roles={roles} refreshKey={needsKey} /> }] : []),
    { key: 'grants', label: t('exchange.tab.grants'), children: <GrantsTab roles={roles} /> },
    { key: 'query', label: t('exchange.tab.query'), children: <QueryTab /> },
    ...(mayFile ? [{ key: 'usage', label: t('exchange.tab.usage'), children: <UsageTab /> }] : []),
  ];
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('exchange.title')}
      </Typography.Title>
      <p className="tb-lead">{t('exchange.lead')}</p>
      <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
      <NeedForm
        resource={filing}
        onClose={() => setFiling(null)}
        onFiled={() => {
          setFiling(null);
          setNeedsKey((x) => x + 1);
          setTab('needs');
        }}
      />
    </div>
  );
}
