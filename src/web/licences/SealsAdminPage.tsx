import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Input, Modal, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { localName } from '../cases/shared/format';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { idProblemMessage } from '../../shared/ids/messages';
import { checkUscc } from '../../shared/ids/uscc';
import { SEAL_KINDS } from '../../shared/licences/seals.schemas';
import type { CreateSealRequest, SealWire } from '../../shared/licences/licences.wire';
import type { Department } from '../../shared/org/org.wire';
import { createSeal, listSeals, revokeSeal } from './licencesApi';
import '../cases/cases.css';
import './licences.css';

type SealForm = CreateSealRequest;

/** The seal's image; a revoked seal's under its own address, so the struck-through image replaces a cached one at once. */
const imageOf = (s: SealWire) => (s.status === 'revoked' ? `${s.imageUrl}?revoked=1` : s.imageUrl);

/**
 * `/admin/seals` (电子印章): every department's e-seals with their impression, validity and status;
 * an administrator makes one (a new SM2 key pair on the server) or revokes one with a reason, after
 * which the licences it signed verify as signed by a revoked seal (docs/decisions.md D17).
 */
export function SealsAdminPage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('licences.seals.title'));
  const load = useApiQuery((signal) => listSeals(signal), []);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<SealWire | null>(null);
  const [filter, setFilter] = useState<string | undefined>();
  const department = (s: SealWire) => localName(lang, s.departmentNameZh, s.departmentNameEn);
  // Newest first (a seal's code ends in a serial), so a seal just made is at the top.
  const all = [...(load.data?.items ?? [])].sort((a, b) => b.sealId.localeCompare(a.sealId));
  const seals = filter ? all.filter((s) => s.departmentCode === filter) : all;
  const departmentOptions = [...new Map(all.map((s) => [s.departmentCode, department(s)])).entries()]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

  const columns: TableColumnsType<SealWire> = [
    {
      key: 'image',
      title: t('licences.seals.image'),
      render: (_, s) => <img src={imageOf(s)} alt={t('licences.seals.imageAlt', { name: s.name, code: s.sealId })} width={56} height={56} loading="lazy" />,
    },
    { key: 'department', title: t('licences.seals.department'), render: (_, s) => department(s) },
    {
      key: 'name',
      title: t('licences.seals.name'),
      render: (_, s) => (
        <>
          <strong>{s.name}</strong>
          {s.name !== t(`licences.seals.kind.${s.kind}`) && <div className="tb-cell-sub">{t(`licences.seals.kind.${s.kind}`)}</div>}
        </>
      ),
    },
    {
      key: 'code',
      title: t('licences.seals.code'),
      render: (_, s) => (
        <>
          <span className="tb-mono">{s.sealId}</span>
          <div className="tb-cell-sub tb-mono">{s.holderUscc}</div>
        </>
      ),
    },
    { key: 'validity', title: t('licences.seals.validity'), render: (_, s) => `${s.validFrom} – ${s.validTo}` },
    {
      key: 'status',
      title: t('licences.seals.status'),
      render: (_, s) => (
        <>
          <Tag color={s.status === 'active' ? 'green' : 'red'}>{t(`licences.seals.status.${s.status}`)}</Tag>
          {s.status === 'revoked' && (
            <div className="tb-cell-sub">{t('licences.seals.revokedOn', { date: (s.revokedAt ?? '').slice(0, 10), reason: s.revokedReason ?? '' })}</div>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      title: <span className="tb-visually-hidden">{t('licences.seals.actions')}</span>,
      render: (_, s) =>
        s.status === 'active' && (
          <Button danger size="small" onClick={() => setRevoking(s)} aria-label={t('licences.seals.revokeN', { code: s.sealId })}>
            {t('licences.seals.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <div className="tb-list-page">
      <div className="tb-page-head">
        <Typography.Title level={1} className="tb-page-title">
          {t('licences.seals.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('licences.seals.new')}
        </Button>
      </div>
      <p className="tb-lead">{t('licences.seals.lead')}</p>
      <Select
        className="tb-seals-filter"
        aria-label={t('licences.seals.filter')}
        placeholder={t('licences.seals.filter')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filter}
        onChange={setFilter}
        options={departmentOptions}
      />
      {load.status === 'error' ? (
        <ErrorAlert error={load.error} title={t('licences.seals.loadError')} onRetry={load.reload} />
      ) : (
        <Table<SealWire>
          aria-label={t('licences.seals.list')}
          rowKey="sealId"
          size="middle"
          columns={columns}
          loading={load.status === 'loading' || load.pending}
          dataSource={seals}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: load.status === 'loading' ? ' ' : <Empty description={t('licences.seals.empty')} /> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (n) => t('licences.seals.count', { n }) }}
        />
      )}
      <CreateSealDialog open={creating} onClose={() => setCreating(false)} onCreated={load.reload} />
      <RevokeSealDialog seal={revoking} departmentName={revoking ? department(revoking) : ''} onClose={() => setRevoking(null)} onRevoked={load.reload} />
    </div>
  );
}

function CreateSealDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<SealForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const departments = useApiQuery<{ items: Department[] }>(open ? '/api/v1/departments' : null);

  const submit = async (values: SealForm) => {
    setBusy(true);
    setError(null);
    try {
      const seal = await createSeal({ ...values, holderUscc: values.holderUscc.trim().toUpperCase() });
      void message.success(t('licences.seals.created', { department: localName(lang, seal.departmentNameZh, seal.departmentNameEn), code: seal.sealId }));
      form.resetFields();
      onCreated();
      onClose();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('licences.seals.createTitle')}
      okText={t('licences.seals.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<SealForm>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ name: t('licences.seals.kind.licence'), kind: 'licence', validFrom: '', validTo: '', maker: '', holderUscc: '' }}
      >
        {departments.status === 'error' && <ErrorAlert error={departments.error} title={t('licences.seals.departmentsError')} onRetry={departments.reload} />}
        <Form.Item name="departmentCode" label={t('licences.seals.department')} rules={[{ required: true, message: t('licences.seals.departmentRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={departments.status === 'loading'}
            options={(departments.data?.items ?? []).map((d) => ({ value: d.code, label: localName(lang, d.nameZh, d.nameEn) }))}
          />
        </Form.Item>
        <Form.Item
          name="holderUscc"
          label={t('licences.seals.uscc')}
          rules={[
            { required: true, whitespace: true, message: t('licences.seals.usccRequired') },
            {
              validator: (_, value: string | undefined) => {
                const text = (value ?? '').trim();
                if (!text) return Promise.resolve();
                const check = checkUscc(text);
                return check.ok
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('licences.seals.usccInvalid', { problem: idProblemMessage(check.reason, lang) })));
              },
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" className="tb-mono" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('licences.seals.name')}
          rules={[{ required: true, whitespace: true, min: 2, max: 40, message: t('licences.seals.nameRequired') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="kind" label={t('licences.seals.kind')} rules={[{ required: true, message: t('licences.seals.kindRequired') }]}>
          <Select options={SEAL_KINDS.map((k) => ({ value: k, label: t(`licences.seals.kind.${k}`) }))} />
        </Form.Item>
        <div className="tb-seal-dates">
          <Form.Item name="validFrom" label={t('licences.seals.validFrom')} rules={[{ required: true, message: t('licences.seals.validFromRequired') }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="validTo"
            label={t('licences.seals.validTo')}
            dependencies={['validFrom']}
            rules={[
              { required: true, message: t('licences.seals.validToRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) => {
                  const from = getFieldValue('validFrom') as string | undefined;
                  return !value || !from || value >= from ? Promise.resolve() : Promise.reject(new Error(t('licences.seals.validityOrder')));
                },
              }),
            ]}
          >
            <Input type="date" />
          </Form.Item>
        </div>
        <Form.Item
          name="maker"
          label={t('licences.seals.maker')}
          extra={t('licences.seals.makerHint')}
          rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('licences.seals.makerRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        {error && <ErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}

function RevokeSealDialog({
  seal,
  departmentName,
  onClose,
  onRevoked,
}: {
  seal: SealWire | null;
  departmentName: string;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async ({ reason }: { reason: string }) => {
    if (!seal) return;
    setBusy(true);
    setError(null);
    try {
      await revokeSeal(seal.sealId, reason.trim());
      void message.success(t('licences.seals.revoked', { code: seal.sealId }));
      form.resetFields();
      onRevoked();
      onClose();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!seal}
      title={seal ? t('licences.seals.revokeTitle', { code: seal.sealId }) : ''}
      okText={t('licences.seals.confirmRevoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      forceRender
    >
      {seal && (
        <Alert type="warning" showIcon title={t('licences.seals.revokeWarning', { department: departmentName, name: seal.name })} className="tb-seal-warning" />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          label={t('licences.seals.reason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('licences.seals.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
        {error && <ErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}
