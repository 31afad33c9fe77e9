import { Button, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { SmsCodePurpose } from '../../shared/accounts/accounts.enums';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { accountsApi } from './accountsApi';
import { isMobile } from './fields';

interface Props {
  purpose: SmsCodePurpose;
  /** Reads the mobile number from the form when the button is pressed. */
  getMobile: () => string | undefined;
  /** Told when a code went out (the masked number) or sending failed. */
  onSent: (maskedMobile: string) => void;
  onError: (error: ApiError) => void;
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * The 6-digit code input with its "send code" button and the resend countdown. Numeric keypad and
 * one-time-code autofill on phones; the button keeps its width so the row does not jump.
 */
export function SmsCodeField({ purpose, getMobile, onSent, onError, id, value, onChange }: Props) {
  const t = useT();
  const [sending, setSending] = useState(false);
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((until - now) / 1000));

  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);

  const send = async () => {
    const mobile = getMobile()?.trim();
    if (!isMobile(mobile)) {
      onError(toApiError(new Error(t('accounts.code.mobileFirst'))));
      return;
    }
    setSending(true);
    try {
      const r = await accountsApi.sendCode(purpose, mobile!);
      setNow(Date.now());
      setUntil(Date.now() + r.resendAfterSeconds * 1000);
      onSent(r.maskedMobile);
    } catch (caught) {
      const error = toApiError(caught);
      const wait = Number(error.details?.retryAfterSeconds);
      if (Number.isFinite(wait) && wait > 0) {
        setNow(Date.now());
        setUntil(Date.now() + wait * 1000);
      }
      onError(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Space.Compact block className="tb-sms-code">
      <Input
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value.replace(/\D/g, '').slice(0, 6))}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        placeholder="000000"
      />
      <Button onClick={() => void send()} loading={sending} disabled={left > 0} className="tb-sms-code-button">
        {left > 0 ? t('accounts.code.resend', { s: left }) : t('accounts.code.send')}
      </Button>
    </Space.Compact>
  );
}
