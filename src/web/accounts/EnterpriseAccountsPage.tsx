import { App, Button, Card, Descriptions, Empty, Form, Input, List, Tag, Typography } from 'antd';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { FullPageSpinner } from '../shared/FullPageSpinner';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { accountsApi, type EnterpriseWire } from './accountsApi';
import { accountRules } from './fields';
import { useAccountForm } from './useAccountForm';
import './accounts.css';

const STATUS_COLOR = { pending: 'blue', accepted: 'green', revoked: 'default' } as const;

/** `/account/enterprise`: the enterprise's registration and, for its administrator, staff invitations. */
export function EnterpriseAccountsPage() {
  const t = useT();
  const { lang } = useLang();
  const rules = accountRules(t, lang);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ personName: string; mobile: string }>();
  const account = useAccountForm();
  const query = useApiQuery<EnterpriseWire>('/api/v1/accounts/enterprise');
  useDocumentTitle(t('accounts.enterprise.title'));

  if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (!query.data) return <FullPageSpinner />;
  const e = query.data;

  return (
    <div className="tb-login">
      <Card className="tb-account-card">
        <Typography.Title level={1} className="tb-login-title">
          {e.name}
        </Typography.Title>
        <Descriptions column={1} size="small">
          <Descriptions.Item>{t('accounts.enterprise.uscc', { uscc: e.uscc })}</Descriptions.Item>
          <Descriptions.Item>{t('accounts.enterprise.legalRep', { name: e.legalRepName })}</Descriptions.Item>
        </Descriptions>
        {!e.isAdmin ? (
          <p className="tb-account-note">{t('accounts.enterprise.notAdmin')}</p>
        ) : (
          <>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('accounts.enterprise.inviteTitle')}
            </Typography.Title>
            <Form
              form={form}
              name="invite"
              layout="vertical"
              requiredMark={false}
              onFinish={(v) =>
                void account.run(async () => {
                  await accountsApi.invite(v);
                  void message.success(t('accounts.enterprise.invited'));
                  form.resetFields();
                  query.reload();
                })
              }
            >
              {account.feedback}
              <Form.Item label={t('accounts.enterprise.personName')} name="personName" rules={rules.name(t('accounts.enterprise.personName'))}>
                <Input maxLength={30} />
              </Form.Item>
              <Form.Item label={t('accounts.field.mobile')} name="mobile" rules={rules.mobile(t('accounts.field.mobile'))}>
                <Input inputMode="tel" maxLength={11} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={account.submitting}>
                {t('accounts.enterprise.invite')}
              </Button>
            </Form>
            <List
              className="tb-invite-list"
              header={t('accounts.enterprise.invites')}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accounts.enterprise.noInvites')} /> }}
              dataSource={e.invites}
              renderItem={(i) => (
                <List.Item
                  actions={
                    i.status === 'pending'
                      ? [
                          <Button
                            key="revoke"
                            size="small"
                            onClick={() =>
                              void accountsApi
                                .revokeInvite(i.id)
                                .then(() => {
                                  void message.success(t('accounts.enterprise.revoked'));
                                  query.reload();
                                })
                                .catch((err: unknown) => void message.error(toApiError(err).message))
                            }
                          >
                            {t('accounts.enterprise.revoke')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta
                    title={
                      <>
                        {i.personName} <Tag color={STATUS_COLOR[i.status]}>{t(`accounts.invite.status.${i.status}`)}</Tag>
                      </>
                    }
                    description={`${i.maskedMobile} · ${t('accounts.enterprise.expires', { date: i.expiresAt.slice(0, 10) })}`}
                  />
                </List.Item>
              )}
            />
          </>
        )}
      </Card>
    </div>
  );
}
