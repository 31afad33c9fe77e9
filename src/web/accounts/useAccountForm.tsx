import { Alert } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../app/auth';
import { resolvePostLoginPath } from '../app/workbenches';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { RequestId } from '../shared/ErrorAlert';
import type { Me } from '../shared/me';

/**
 * What every account form shares: the "code sent" note, the server's error, the submit state, and
 * landing signed in where the account's role starts.
 */
export function useAccountForm() {
  const t = useT();
  const { adopt } = useAuth();
  const navigate = useNavigate();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setSubmitting(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSubmitting(false);
    }
  };

  const land = (me: Me, next?: string | null) => {
    adopt(me);
    navigate(resolvePostLoginPath(me.roles, next ?? null), { replace: true });
  };

  const feedback = (
    <>
      {error && (
        <Alert
          className="tb-login-error"
          type="error"
          showIcon
          role="alert"
          title={error.message}
          description={error.requestId && <RequestId id={error.requestId} />}
        />
      )}
      {sentTo && !error && <Alert className="tb-login-error" type="success" showIcon role="status" title={t('accounts.code.sent', { mobile: sentTo })} />}
    </>
  );

  const codeEvents = {
    onSent: (masked: string) => {
      setError(null);
      setSentTo(masked);
    },
    onError: (e: ApiError) => {
      setSentTo(null);
      setError(e);
    },
  };

  return { run, land, feedback, codeEvents, submitting };
}
