import { Button, Card, Form, Input, Tabs, Typography, type FormInstance } from 'antd';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { accountsApi } from './accountsApi';
import { accountRules } from './fields';
import { SmsCodeField } from './SmsCodeField';
import { useAccountForm } from './useAccountForm';
import './accounts.css';

interface CitizenValues {
  name: string;
  idNumber: string;
  mobile: string;
  code: string;
  password: string;
  confirm: string;
}

interface EnterpriseValues extends Omit<CitizenValues, 'name' | 'idNumber'> {
  enterpriseName: string;
  uscc: string;
  legalRepName: string;
  legalRepIdNumber: string;
  adminName: string;
}

/** Mobile, SMS code, password and its confirmation: the tail of both registration forms. */
function AccountFields({ form, account }: { form: FormInstance; account: ReturnType<typeof useAccountForm> }) {
  const t = useT();
  const { lang } = useLang();
  const rules = accountRules(t, lang);
  return (
    <>
      <Form.Item label={t('accounts.field.mobile')} name="mobile" rules={rules.mobile(t('accounts.field.mobile'))}>
        <Input inputMode="tel" autoComplete="tel" maxLength={11} />
      </Form.Item>
      <Form.Item label={t('accounts.field.code')} name="code" rules={rules.code(t('accounts.field.code'))}>
        <SmsCodeField purpose="register" getMobile={() => form.getFieldValue('mobile') as string | undefined} {...account.codeEvents} />
      </Form.Item>
      <Form.Item
        label={t('accounts.field.password')}
        name="password"
        extra={t('accounts.field.passwordHelp')}
        rules={rules.password(t('accounts.field.password'))}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        label={t('accounts.field.confirm')}
        name="confirm"
        dependencies={['password']}
        rules={[
          rules.required(t('accounts.field.confirm')),
          ({ getFieldValue }) => ({
            validator: async (_r, v?: string) => {
              if (v && v !== getFieldValue('password')) throw new Error(t('accounts.field.confirmMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <p className="tb-account-note">{t('accounts.realName.note')}</p>
      <Button type="primary" htmlType="submit" block loading={account.submitting}>
        {t('accounts.register.submit')}
      </Button>
    </>
  );
}

function CitizenForm() {
  const t = useT();
  const { lang } = useLang();
  const rules = accountRules(t, lang);
  const [form] = Form.useForm<CitizenValues>();
  const account = useAccountForm();
  const submit = ({ confirm: _confirm, ...v }: CitizenValues) =>
    account.run(async () => account.land(await accountsApi.registerCitizen({ ...v, idNumber: v.idNumber.trim().toUpperCase() })));
  return (
    <Form<CitizenValues> form={form} name="register-citizen" layout="vertical" requiredMark={false} size="large" onFinish={(v) => void submit(v)}>
      {account.feedback}
      <Form.Item label={t('accounts.field.name')} name="name" extra={t('accounts.field.nameHelp')} rules={rules.name(t('accounts.field.name'))}>
        <Input autoComplete="name" maxLength={30} />
      </Form.Item>
      <Form.Item label={t('accounts.field.idNumber')} name="idNumber" rules={rules.residentId(t('accounts.field.idNumber'))}>
        <Input autoComplete="off" maxLength={18} spellCheck={false} />
      </Form.Item>
      <AccountFields form={form} account={account} />
    </Form>
  );
}

function EnterpriseForm() {
  const t = useT();
  const { lang } = useLang();
  const rules = accountRules(t, lang);
  const [form] = Form.useForm<EnterpriseValues>();
  const account = useAccountForm();
  const submit = ({ confirm: _confirm, ...v }: EnterpriseValues) =>
    account.run(async () =>
      account.land(
        await accountsApi.registerEnterprise({ ...v, uscc: v.uscc.trim().toUpperCase(), legalRepIdNumber: v.legalRepIdNumber.trim().toUpperCase() }),
      ),
    );
  return (
    <Form<EnterpriseValues> form={form} name="register-enterprise" layout="vertical" requiredMark={false} size="large" onFinish={(v) => void submit(v)}>
      {account.feedback}
      <Form.Item label={t('accounts.field.enterpriseName')} name="enterpriseName" rules={[rules.required(t('accounts.field.enterpriseName'))]}>
        <Input autoComplete="organization" maxLength={100} />
      </Form.Item>
      <Form.Item label={t('accounts.field.uscc')} name="uscc" rules={rules.uscc(t('accounts.field.uscc'))}>
        <Input autoComplete="off" maxLength={18} spellCheck={false} />
      </Form.Item>
      <Form.Item label={t('accounts.field.legalRepName')} name="legalRepName" rules={rules.name(t('accounts.field.legalRepName'))}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item label={t('accounts.field.legalRepId')} name="legalRepIdNumber" rules={rules.residentId(t('accounts.field.legalRepId'))}>
        <Input autoComplete="off" maxLength={18} spellCheck={false} />
      </Form.Item>
      <Form.Item label={t('accounts.field.adminName')} name="adminName" extra={t('accounts.field.adminHelp')} rules={rules.name(t('accounts.field.adminName'))}>
        <Input autoComplete="name" maxLength={30} />
      </Form.Item>
      <AccountFields form={form} account={account} />
    </Form>
  );
}

/** `/register`: a person or an enterprise registers with an SMS code and lands signed in. */
export function RegisterPage() {
  const t = useT();
  useDocumentTitle(t('accounts.register.title'));
  return (
    <div className="tb-login">
      <Card className="tb-account-card">
        <Typography.Title level={1} className="tb-login-title">
          {t('accounts.register.title')}
        </Typography.Title>
        <p className="tb-login-subtitle">{t('accounts.register.lead')}</p>
        <Tabs
          centered
          items={[
            { key: 'citizen', label: t('accounts.register.citizen'), children: <CitizenForm /> },
            { key: 'enterprise', label: t('accounts.register.enterprise'), children: <EnterpriseForm /> },
          ]}
        />
        <div className="tb-account-links">
          <span>
            {t('accounts.register.haveAccount')} <Link to="/login">{t('accounts.register.signIn')}</Link>
          </span>
        </div>
      </Card>
    </div>
  );
}
