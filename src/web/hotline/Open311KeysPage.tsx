import { ApiOutlined, CopyOutlined, KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Empty, Form, Input, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useNotifyError } from '../shared/useNotifyError';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { formatTime } from './format';
import { findApiKeys, issueApiKey, revokeApiKey } from './hotlineApi';
import { ToneTag } from './labels';
import type { ApiKey, ApiKeyScope as Scope } from '../../shared/hotline/hotline.wire';
import './hotline.css';

/**
 * `/admin/open311`: API keys of Open311 GeoReport v2 clients and the SMS platform. A new key is
 * shown once, right after it is issued; the server keeps only its hash.
 */
export function Open311KeysPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  useDocumentTitle(t('hotline.keys.title'));
  const load = useApiQuery((signal) => findApiKeys(signal), []);
  const { reload } = load;
  const [name, setName] = useState('');
  const [account, setAccount] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['open311']);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [issued, setIssued] = useState<(ApiKey & { key: string }) | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);

  const issue = async () => {
    setTouched(true);
    if (!name.trim() || scopes.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const key = await issueApiKey({ name: name.trim(), accountId: account.trim() || undefined, scopes });
      setIssued(key);
      setName('');
      setAccount('');
      setTouched(false);
      reload();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (key: ApiKey) => {
    setRevoking(key.id);
    try {
      await revokeApiKey(key.id);
      void message.success(t('hotline.keys.revoked', { name: key.name }));
      reload();
    } catch (caught) {
      notifyError(caught);
    } finally {
      setRevoking(null);
    }
  };

  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      void message.success(t('hotline.keys.copied'));
    } catch {
      void message.info(t('hotline.keys.copyManually'));
    }
  };

  return (
    <div className="tb-hl-page tb-hl-keys">
      <Typography.Title level={1} className="tb-page-title">
        {t('hotline.keys.title')}
      </Typography.Title>
      <p className="tb-lead">
        {t('hotline.keys.lead')} <code>/open311/v2</code>
      </p>

      {issued && (
        <Alert
          type="success"
          showIcon
          icon={<KeyOutlined />}
          className="tb-hl-alert tb-hl-issued"
          role="alert"
          closable={{ 'aria-label': t('hotline.keys.dismiss'), onClose: () => setIssued(null) }}
          title={t('hotline.keys.issuedTitle', { name: issued.name })}
          description={
            <div className="tb-hl-new-key">
              <p>{t('hotline.keys.issuedOnce')}</p>
              <div className="tb-hl-key-row">
                <code data-testid="new-api-key" className="tb-hl-key">
                  {issued.key}
                </code>
                <Button icon={<CopyOutlined />} onClick={() => void copy(issued.key)}>
                  {t('hotline.keys.copy')}
                </Button>
              </div>
            </div>
          }
        />
      )}

      <section className="tb-hl-panel" aria-labelledby="hl-keys-new">
        <h2 id="hl-keys-new" className="tb-card-title">
          <ApiOutlined aria-hidden="true" /> {t('hotline.keys.issue')}
        </h2>
        <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()} className="tb-hl-keys-form">
          <Form.Item
            label={t('hotline.keys.name')}
            htmlFor="key-name"
            required
            validateStatus={touched && !name.trim() ? 'error' : undefined}
            help={touched && !name.trim() ? t('hotline.action.required') : undefined}
          >
            <Input id="key-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} placeholder={t('hotline.keys.namePlaceholder')} />
          </Form.Item>
          <Form.Item label={t('hotline.keys.account')} htmlFor="key-account" help={t('hotline.keys.accountHelp')}>
            <Input id="key-account" value={account} onChange={(e) => setAccount(e.target.value)} maxLength={100} />
          </Form.Item>
          <Form.Item
            label={t('hotline.keys.scopes')}
            required
            validateStatus={touched && scopes.length === 0 ? 'error' : undefined}
            help={touched && scopes.length === 0 ? t('hotline.action.required') : undefined}
          >
            <Checkbox.Group
              value={scopes}
              onChange={(value) => setScopes(value as Scope[])}
              options={[
                { value: 'open311', label: t('hotline.keys.scope.open311') },
                { value: 'sms', label: t('hotline.keys.scope.sms') },
              ]}
            />
          </Form.Item>
          {error && <ErrorAlert error={error} />}
          <Button type="primary" loading={busy} onClick={() => void issue()}>
            {t('hotline.keys.issueButton')}
          </Button>
        </Form>
      </section>

      <section className="tb-hl-panel" aria-labelledby="hl-keys-list">
        <h2 id="hl-keys-list" className="tb-card-title">
          {t('hotline.keys.list')}
        </h2>
        {load.status === 'error' && <ErrorAlert error={load.error} title={t('hotline.keys.error')} onRetry={reload} />}
        {load.status !== 'error' && (
          <Table<ApiKey>
            rowKey="id"
            size="middle"
            loading={load.pending}
            dataSource={load.status === 'done' ? load.data.items : []}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hotline.keys.empty')} /> }}
            columns={[
              { title: t('hotline.keys.name'), key: 'name', render: (_, k) => <strong>{k.name}</strong> },
              { title: t('hotline.keys.accountCol'), key: 'account', render: (_, k) => k.accountId },
              { title: t('hotline.keys.prefix'), key: 'prefix', render: (_, k) => <code>{k.keyPrefix}…</code> },
              {
                title: t('hotline.keys.scopes'),
                key: 'scopes',
                render: (_, k) =>
                  k.scopes.map((s) => (
                    <ToneTag key={s} tone="blue">
                      {s === 'open311' || s === 'sms' ? t(`hotline.keys.scope.${s}`) : s}
                    </ToneTag>
                  )),
              },
              { title: t('hotline.keys.created'), key: 'created', render: (_, k) => formatTime(k.createdAt, lang) },
              {
                title: t('hotline.keys.lastUsed'),
                key: 'used',
                render: (_, k) => (k.lastUsedAt ? formatTime(k.lastUsedAt, lang) : <span className="tb-hl-muted">{t('hotline.keys.never')}</span>),
              },
              {
                title: t('hotline.keys.state'),
                key: 'state',
                render: (_, k) =>
                  k.revokedAt ? (
                    <ToneTag tone="grey">{t('hotline.keys.stateRevoked', { at: formatTime(k.revokedAt, lang) })}</ToneTag>
                  ) : (
                    <ToneTag tone="green">{t('hotline.keys.stateActive')}</ToneTag>
                  ),
              },
              {
                title: <span className="tb-visually-hidden">{t('hotline.keys.actions')}</span>,
                key: 'actions',
                render: (_, k) =>
                  !k.revokedAt && (
                    <Popconfirm
                      title={t('hotline.keys.revokeConfirm', { name: k.name })}
                      okText={t('hotline.keys.revoke')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => revoke(k)}
                    >
                      <Button danger size="small" loading={revoking === k.id} aria-label={t('hotline.keys.revokeN', { name: k.name })}>
                        {t('hotline.keys.revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}
