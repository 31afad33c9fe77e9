import { Button, Form, Input } from 'antd';
import { useSearchParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { accountsApi } from './accountsApi';
import { accountRules } from './fields';
import { SmsCodeField } from './SmsCodeField';
import { useAccountForm } from './useAccountForm';
import './accounts.css';

interface Values {
  mobile: string;
  code: string;
}

/** The sign-in page's "SMS code" tab: the same session as a password sign-in. */
export function SmsLoginForm() {
  const t = useT();
  const { lang } = useLang();
  const rules = accountRules(t, lang);
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const account = useAccountForm();
  return (
    <Form<Values>
      form={form}
      name="login-sms"
      layout="vertical"
      requiredMark={false}
      size="large"
      onFinish={(v) => void account.run(async () => account.land(await accountsApi.signInByCode(v), params.get('next')))}
    >
      {account.feedback}
      <Form.Item label={t('accounts.field.mobile')} name="mobile" extra={t('accounts.login.smsHelp')} rules={rules.mobile(t('accounts.field.mobile'))}>
        <Input inputMode="tel" autoComplete="tel" maxLength={11} />
      </Form.Item>
      <Form.Item label={t('accounts.field.code')} name="code" rules={rules.code(t('accounts.field.code'))}>
        <SmsCodeField purpose="login" getMobile={() => form.getFieldValue('mobile') as string | undefined} {...account.codeEvents} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={account.submitting}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
