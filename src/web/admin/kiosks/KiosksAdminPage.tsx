import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import type { PlacesResponse } from '../../../shared/places/places.wire';
import type { CreatedKioskWire, KioskWire } from '../../../shared/kiosk/kiosk.wire';
import { createKiosk, listKiosks, revokeKiosk } from '../../halls/kiosk/kioskApi';

const STATUS_COLOR: Record<KioskWire['status'], string> = { pending: 'gold', enrolled: 'green', revoked: 'default' };

/** The address that enrols the kiosk machine it is opened on. */
function enrolUrl(k: CreatedKioskWire): string {
  return `${window.location.origin}/kiosk/${encodeURIComponent(k.placeCode)}?enrol=${k.enrolCode}`;
}

/**
 * `/admin/kiosks` (docs/decisions.md D32): enrol a hall's 24-hour kiosk (the code is shown once),
 * see which kiosks are enrolled and when they were last seen, and revoke one.
 */
export function KiosksAdminPage() {
  const t = useT();
  const { modal } = App.useApp();
  const kiosks = useApiQuery((signal) => listKiosks(signal), []);
  const city = useApiQuery<PlacesResponse>('/api/v1/places', { level: 'city', pageSize: 100 });
  const branch = useApiQuery<PlacesResponse>('/api/v1/places', { level: 'branch', pageSize: 100 });
  const halls = [...(city.data?.places ?? []), ...(branch.data?.places ?? [])];
  const [form] = Form.useForm<{ placeCode: string; name: string }>();
  const [created, setCreated] = useState<CreatedKioskWire | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const create = async (values: { placeCode: string; name: string }) => {
    setBusy(true);
    setError(null);
    try {
      setCreated(await createKiosk(values));
      form.resetFields(['name']);
      kiosks.reload();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const revoke = (k: KioskWire) =>
    modal.confirm({
      title: t('kiosk.admin.revokeFor', { name: k.name }),
      content: t('kiosk.admin.revokeConfirm'),
      okText: t('kiosk.admin.revoke'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await revokeKiosk(k.id);
          kiosks.reload();
        } catch (err) {
          setError(toApiError(err));
        }
      },
    });

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('kiosk.admin.title')}
      </Typography.Title>
      <p className="tb-lead">{t('kiosk.admin.lead')}</p>
      <Form form={form} layout="inline" onFinish={(v) => void create(v)} style={{ marginBottom: 16, rowGap: 12 }}>
        <Form.Item name="placeCode" label={t('kiosk.admin.place')} rules={[{ required: true }]}>
          <Select
            style={{ minWidth: 280 }}
            showSearch={{ optionFilterProp: 'label' }}
            loading={city.status === 'loading' || branch.status === 'loading'}
            options={halls.map((p) => ({ value: p.code, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('kiosk.admin.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input placeholder={t('kiosk.admin.namePlaceholder')} style={{ minWidth: 220 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden="true" />} loading={busy}>
          {t('kiosk.admin.create')}
        </Button>
      </Form>
      {error && <ErrorAlert error={error} title={t('kiosk.admin.failed')} />}
      {created && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setCreated(null) }}
          style={{ marginBottom: 16 }}
          title={t('kiosk.admin.codeTitle')}
          description={
            <div data-testid="kiosk-enrol-code">
              <p>{t('kiosk.admin.codeLead')}</p>
              <Typography.Text strong copyable className="tb-kiosk-code">
                {`${created.enrolCode.slice(0, 5)}-${created.enrolCode.slice(5)}`}
              </Typography.Text>
              <br />
              <Typography.Text copyable>{enrolUrl(created)}</Typography.Text>
            </div>
          }
        />
      )}
      {kiosks.status === 'error' && <ErrorAlert error={kiosks.error} title={t('kiosk.admin.loadError')} onRetry={kiosks.reload} />}
      <Table<KioskWire>
        rowKey="id"
        loading={kiosks.status === 'loading'}
        dataSource={kiosks.data?.kiosks ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kiosk.admin.empty')} /> }}
        columns={[
          { title: t('kiosk.admin.col.name'), dataIndex: 'name' },
          { title: t('kiosk.admin.col.place'), dataIndex: 'placeName' },
          {
            title: t('kiosk.admin.col.status'),
            dataIndex: 'status',
            render: (s: KioskWire['status']) => <Tag color={STATUS_COLOR[s]}>{t(`kiosk.admin.status.${s}`)}</Tag>,
          },
          { title: t('kiosk.admin.col.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string | null) => (v ? new Date(v).toLocaleString() : '—') },
          {
            title: t('kiosk.admin.col.actions'),
            key: 'actions',
            render: (_: unknown, k) =>
              k.status !== 'revoked' && (
                <Button danger icon={<StopOutlined aria-hidden="true" />} aria-label={t('kiosk.admin.revokeFor', { name: k.name })} onClick={() => revoke(k)}>
                  {t('kiosk.admin.revoke')}
                </Button>
              ),
          },
        ]}
      />
    </div>
  );
}
