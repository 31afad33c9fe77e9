import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Tabs, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { SmsLoginForm } from '../accounts/SmsLoginForm';
import { useT, type Translate } from '../i18n/I18nProvider';
import { ApiError, toApiError } from '../shared/api';
import { FullPageSpinner } from '../shared/FullPageSpinner';
import { RequestId } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { useAuth } from './auth';
import { resolvePostLoginPath } from './workbenches';

interface Credentials {
  username: string;
  password: string;
}

/** Seconds until a locked or rate-limited sign-in may be retried, from the 429 details. */
function retryAfterSeconds(error: ApiError): number | null {
  const seconds = Number(error.details?.retryAfterSeconds);
  return error.status === 429 && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}

function formatWait(t: Translate, seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? t('login.minutesSeconds', { m, s }) : t('login.seconds', { s });
}

/** Counts down to `until` (epoch ms) once a second; 0 when passed or unset. */
function useSecondsLeft(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

/** `/login?next=`: username + password; shows the server's reason when sign-in fails. */
export function LoginPage() {
  const t = useT();
  const { state, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Credentials>();
  const passwordRef = useRef<InputRef>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const secondsLeft = useSecondsLeft(lockedUntil);
  useDocumentTitle(t('login.title'));

  if (state.status === 'loading') return <FullPageSpinner />;
  // Already signed in (e.g. the back button): go on instead of asking again.
  if (state.status === 'authenticated' && !submitting) {
    return <Navigate to={resolvePostLoginPath(state.me.roles, params.get('next'))} replace />;
  }

  const onFinish = async ({ username, password }: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      const me = await login(username.trim(), password);
      navigate(resolvePostLoginPath(me.roles, params.get('next')), { replace: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      const wait = retryAfterSeconds(apiError);
      setError(apiError);
      setLockedUntil(wait === null ? null : Date.now() + wait * 1000);
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="tb-login">
      <Card className="tb-login-card">
        <Typography.Title level={1} className="tb-login-title">
          {t('login.title')}
        </Typography.Title>
        <p className="tb-login-subtitle">{t('login.subtitle')}</p>
        <Tabs
          centered
          items={[
            {
              key: 'password',
              label: t('accounts.login.passwordTab'),
              children: (
                <>
                  {error && (
                    <Alert
                      className="tb-login-error"
                      type="error"
                      showIcon
                      role="alert"
                      title={error.message}
                      description={
                        <>
                          {secondsLeft > 0 && <div>{t('login.retryAfter', { time: formatWait(t, secondsLeft) })}</div>}
                          {error.requestId && <RequestId id={error.requestId} />}
                        </>
                      }
                    />
                  )}
                  <Form<Credentials> form={form} name="login" layout="vertical" requiredMark={false} size="large" onFinish={(values) => void onFinish(values)}>
                    <Form.Item label={t('login.username')} name="username" rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
                      <Input
                        prefix={<UserOutlined aria-hidden="true" />}
                        autoComplete="username"
                        autoFocus
                        autoCapitalize="none"
                        spellCheck={false}
                        maxLength={64}
                      />
                    </Form.Item>
                    <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
                      <Input.Password ref={passwordRef} prefix={<LockOutlined aria-hidden="true" />} autoComplete="current-password" maxLength={128} />
                    </Form.Item>
                    <Button type="primary" htmlType="submit" block loading={submitting} disabled={secondsLeft > 0}>
                      {t('login.submit')}
                    </Button>
                  </Form>
                </>
              ),
            },
            { key: 'sms', label: t('accounts.login.smsTab'), children: <SmsLoginForm /> },
          ]}
        />
        <div className="tb-account-links">
          <Link to="/reset-password">{t('accounts.login.forgot')}</Link>
          <span>
            {t('accounts.login.noAccount')} <Link to="/register">{t('accounts.register.link')}</Link>
          </span>
        </div>
      </Card>
    </div>
  );
}
