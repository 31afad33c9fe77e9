import { Alert, App, Button, Form, Input, Modal, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { FilterSelect } from '../shared/FilterSelect';
import { PagedTable } from '../shared/PagedTable';
import { RecordDrawer } from '../shared/RecordDrawer';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { useNotifyError } from '../shared/useNotifyError';
import { LICENCE_STATUSES } from '../../shared/licences/licences.schemas';
import type { LicenceWire } from '../../shared/licences/licences.wire';
import { LicenceCertificate } from './LicenceCertificate';
import { ACTIONS_BY_STATUS, licenceVersion, mayChangeLicences, REASON_MAX, reasonProblem, STATUS_COLOR, type LicenceStatus, type ReasonAction } from './format';
import { changeLicence, getLicence, listDepartmentLicences, renewLicence, type DepartmentLicenceWire } from './licencesApi';
import '../cases/cases.css';
import './licences.css';

const PAGE_SIZE = 20;

const isStatus = (value: string | null): value is LicenceStatus => (LICENCE_STATUSES as readonly string[]).includes(value ?? '');

/** A renewal just made in this drawer: the new version's id and the old version's number. */
interface Renewal {
  id: string;
  oldVersion: number | null;
}

/**
 * `/office/licences` (证照管理, docs/domain.md S16): the e-licences the signed-in officer's
 * department issued, filtered by status and found by the holder's name, the number or the
 * identifier (page and filters kept in the URL); `?id=` opens one as a certificate in a drawer with
 * the actions its status allows — valid: suspend (暂扣), renew (延续), revoke (注销); suspended:
 * resume (恢复). Only approvers and administrators see the actions (the API refuses anyone else).
 */
export function LicenceAdminPage() {
  const t = useT();
  const { me } = useAuth();
  useDocumentTitle(t('licences.admin.title'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const q = params.get('q')?.trim() || undefined;
  const openId = params.get('id');
  const canChange = mayChangeLicences(me?.roles ?? []);
  const [search, setSearch] = useState(q ?? '');
  const [renewal, setRenewal] = useState<Renewal | null>(null);
  const load = useApiQuery((signal) => listDepartmentLicences({ status, q, page, pageSize: PAGE_SIZE }, signal), [status, q, page]);

  // Back and forward change the URL: the search box follows it.
  useEffect(() => setSearch(q ?? ''), [q]);

  const update = (changes: Record<string, string | null | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  const open = (id: string | null) => update({ id });
  const withId = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('id', id);
    return { search: `?${next.toString()}` };
  };

  const columns: TableColumnsType<DepartmentLicenceWire> = [
    { key: 'type', title: t('licences.col.type'), render: (_, l) => <strong>{l.type.name}</strong> },
    {
      key: 'number',
      title: t('licences.col.number'),
      render: (_, l) => {
        const version = licenceVersion(l.identifier);
        return (
          <>
            <span className="tb-mono">{l.number}</span>
            {version !== null && <div className="tb-cell-sub">{t('licences.admin.version', { n: version })}</div>}
          </>
        );
      },
    },
    { key: 'holder', title: t('licences.detail.holder'), render: (_, l) => l.holderName },
    { key: 'issuedAt', title: t('licences.col.issuedAt'), render: (_, l) => l.issuedAt },
    { key: 'validUntil', title: t('licences.col.validUntil'), render: (_, l) => l.validUntil ?? t('licences.longTerm') },
    {
      key: 'status',
      title: t('licences.col.status'),
      render: (_, l) => {
        const reason = l.status === 'suspended' ? l.suspendedReason : l.status === 'revoked' ? l.revokedReason : null;
        return (
          <>
            <Tag color={STATUS_COLOR[l.status]}>{t(`licences.status.${l.status}`)}</Tag>
            {reason && (
              <div className="tb-cell-sub tb-licence-reason" title={reason}>
                {reason}
              </div>
            )}
          </>
        );
      },
    },
    {
      key: 'actions',
      title: <span className="tb-visually-hidden">{t('licences.col.actions')}</span>,
      render: (_, l) => (
        <Button size="small" onClick={() => open(l.id)} aria-label={t('licences.viewN', { name: l.type.name, number: l.number })}>
          {t('licences.view')}
        </Button>
      ),
    },
  ];

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('licences.admin.title')}
      </Typography.Title>
      <p className="tb-lead">{t('licences.admin.lead')}</p>
      {!canChange && <Alert type="info" showIcon title={t('licences.admin.readOnly')} className="tb-licence-readonly" />}
      <div className="tb-case-filters" role="group">
        <FilterSelect<LicenceStatus>
          label={t('licences.col.status')}
          placeholder={t('licences.admin.allStatuses')}
          value={status}
          values={LICENCE_STATUSES}
          labelOf={(v) => t(`licences.status.${v}`)}
          onChange={(v) => update({ status: v, page: null })}
        />
        <div className="tb-case-filter tb-case-filter--wide">
          <label htmlFor="licence-search">{t('licences.admin.search')}</label>
          <Input.Search
            id="licence-search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => update({ q: value.trim(), page: null })}
            placeholder={t('licences.admin.searchPlaceholder')}
            allowClear
            maxLength={60}
            enterButton={t('licences.admin.searchButton')}
          />
        </div>
      </div>
      <PagedTable<DepartmentLicenceWire>
        label={t('licences.admin.title')}
        columns={columns}
        load={load}
        errorTitle={t('licences.admin.loadError')}
        emptyText={t('licences.admin.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(p) => update({ page: String(p) })}
        showTotal={(n) => t('licences.wallet.total', { n })}
      />
      <RecordDrawer
        id={openId}
        fetch={getLicence}
        title={(l) => (l ? t('licences.detail.certificate', { type: l.type.name }) : t('licences.detail.title'))}
        errorTitle={t('licences.detail.loadError')}
        onClose={() => {
          setRenewal(null);
          open(null);
        }}
        onChanged={load.reload}
      >
        {(licence, changed) => (
          <div className="tb-licence-manage">
            {renewal?.id === licence.id && (
              <Alert
                type="success"
                showIcon
                title={t('licences.detail.renewed', { version: licenceVersion(licence.identifier) ?? '', old: renewal.oldVersion ?? '' })}
              />
            )}
            {canChange && (
              <LicenceActions
                licence={licence}
                onChanged={changed}
                onRenewed={(next) => {
                  setRenewal({ id: next.id, oldVersion: licenceVersion(licence.identifier) });
                  load.reload();
                  open(next.id);
                }}
              />
            )}
            <LicenceCertificate licence={licence} newerVersion={withId} />
          </div>
        )}
      </RecordDrawer>
    </div>
  );
}

/** The buttons the licence's status allows, the reason dialog and the renewal confirmation. */
function LicenceActions({ licence, onChanged, onRenewed }: { licence: LicenceWire; onChanged: () => void; onRenewed: (next: LicenceWire) => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const notifyError = useNotifyError();
  const [asking, setAsking] = useState<ReasonAction | null>(null);
  const actions = ACTIONS_BY_STATUS[licence.status];
  if (actions.length === 0) return null;

  const renew = () => {
    const version = licenceVersion(licence.identifier);
    void modal.confirm({
      title: t('licences.action.renew.title', { number: licence.number }),
      content: t('licences.action.renew.body', { next: version === null ? '' : version + 1 }),
      okText: t('licences.action.renew.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const next = await renewLicence(licence.id);
          void message.success(t('licences.action.renew.done', { number: next.number, version: licenceVersion(next.identifier) ?? '' }));
          onRenewed(next);
        } catch (caught) {
          notifyError(caught);
          // A 409 means someone changed it meanwhile: show it as it now is.
          onChanged();
        }
      },
    });
  };

  return (
    <>
      <Space wrap role="group" aria-label={t('licences.admin.actions')} className="tb-licence-actions">
        {actions.map((action) =>
          action === 'renew' ? (
            <Button key={action} onClick={renew}>
              {t('licences.action.renew')}
            </Button>
          ) : (
            <Button key={action} danger={action === 'revoke'} type={action === 'resume' ? 'primary' : 'default'} onClick={() => setAsking(action)}>
              {t(`licences.action.${action}`)}
            </Button>
          ),
        )}
      </Space>
      <ReasonDialog licence={licence} action={asking} onClose={() => setAsking(null)} onDone={onChanged} />
    </>
  );
}

/** Asks the reason for a suspension, a resumption or a revocation (2–500 characters) and confirms it. */
function ReasonDialog({ licence, action, onClose, onDone }: { licence: LicenceWire; action: ReasonAction | null; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async ({ reason }: { reason: string }) => {
    if (!action) return;
    setBusy(true);
    setError(null);
    try {
      await changeLicence(licence.id, action, reason.trim());
      void message.success(t(`licences.action.${action}.done`, { number: licence.number }));
      close();
      onDone();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!action}
      title={action ? t(`licences.action.${action}.title`, { number: licence.number }) : ''}
      okText={action ? t(`licences.action.${action}.confirm`) : ''}
      okButtonProps={{ danger: action !== 'resume' }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
    >
      {action && <Alert type={action === 'resume' ? 'info' : 'warning'} showIcon title={t(`licences.action.${action}.warning`)} className="tb-seal-warning" />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          required
          label={action ? t(`licences.action.${action}.reason`) : ''}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                reasonProblem(value) ? Promise.reject(new Error(t('licences.action.reasonRequired'))) : Promise.resolve(),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={REASON_MAX} showCount />
        </Form.Item>
        {error && <ErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}
