import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SmsCodePurpose } from '../../shared/accounts/accounts.enums';
import { useLang, useT } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { accountsApi } from './accountsApi';
import { accountRules } from './fields';
import { SmsCodeField } from './SmsCodeField';
import { useAccountForm } from './useAccountForm';
import './accounts.css';

interface Values {
  mobile: string;
  code: string;
  password: string;
}

/** Mobile, code and a new password: the reset form and the invitation form are the same three fields. */
function CodeAndPasswordForm({
  purpose,
  submitLabel,
  onSubmit,
}: {
  purpose: SmsCodePurpose;
  submitLabel: string;
  onSubmit: (v: Values, account: ReturnType<typeof useAccountForm>) => Promise<void>;
}) {
  const t = useT();
  const { lang } = useLang();
  const rules = accountRules(t, lang);
  const [form] = Form.useForm<Values>();
  const account = useAccountForm();
  return (
    <Form<Values>
      form={form}
      name={`account-${purpose}`}
      layout="vertical"
      requiredMark={false}
      size="large"
      onFinish={(v) => void account.run(() => onSubmit(v, account))}
    >
      {account.feedback}
      <Form.Item label={t('accounts.field.mobile')} name="mobile" rules={rules.mobile(t('accounts.field.mobile'))}>
        <Input inputMode="tel" autoComplete="tel" maxLength={11} />
      </Form.Item>
      <Form.Item label={t('accounts.field.code')} name="code" rules={rules.code(t('accounts.field.code'))}>
        <SmsCodeField purpose={purpose} getMobile={() => form.getFieldValue('mobile') as string | undefined} {...account.codeEvents} />
      </Form.Item>
      <Form.Item
        label={t('accounts.field.newPassword')}
        name="password"
        extra={t('accounts.field.passwordHelp')}
        rules={rules.password(t('accounts.field.newPassword'))}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={account.submitting}>
        {submitLabel}
      </Button>
    </Form>
  );
}

function AccountCard({ title, lead, children }: { title: string; lead: string; children: React.ReactNode }) {
  return (
    <div className="tb-login">
      <Card className="tb-account-card">
        <Typography.Title level={1} className="tb-login-title">
          {title}
        </Typography.Title>
        <p className="tb-login-subtitle">{lead}</p>
        {children}
      </Card>
    </div>
  );
}

/** `/reset-password`: a new password after an SMS code to the account's mobile. */
export function ResetPasswordPage() {
  const t = useT();
  const [done, setDone] = useState(false);
  useDocumentTitle(t('accounts.reset.title'));
  return (
    <AccountCard title={t('accounts.reset.title')} lead={t('accounts.reset.lead')}>
      {done ? (
        <Alert type="success" showIcon role="status" title={t('accounts.reset.done')} action={<Link to="/login">{t('accounts.register.signIn')}</Link>} />
      ) : (
        <CodeAndPasswordForm
          purpose="reset"
          submitLabel={t('accounts.reset.submit')}
          onSubmit={async (v) => {
            await accountsApi.resetPassword(v);
            setDone(true);
          }}
        />
      )}
    </AccountCard>
  );
}

/** `/register/invite`: a member of staff completes the account their enterprise's administrator invited. */
export function InviteAcceptPage() {
  const t = useT();
  useDocumentTitle(t('accounts.invite.title'));
  return (
    <AccountCard title={t('accounts.invite.title')} lead={t('accounts.invite.lead')}>
      <CodeAndPasswordForm
        purpose="invite"
        submitLabel={t('accounts.invite.submit')}
        onSubmit={async (v, account) => account.land(await accountsApi.acceptInvite(v))}
      />
    </AccountCard>
  );
}
