import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { loginPathFor, useAuth } from '../../app/auth';
import { useT } from '../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { QrInfoWire } from '../../../shared/kiosk/kiosk.wire';
import { answerQr, getQrInfo } from './kioskApi';
import './kiosk.css';

/** The question once the person is signed in on the phone: which hall, which kiosk; confirm or cancel. */
function Question({ id }: { id: string }) {
  const t = useT();
  const info = useApiQuery((signal) => getQrInfo(id, signal), [id]);
  const [answered, setAnswered] = useState<QrInfoWire | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const answer = async (a: 'confirm' | 'cancel') => {
    setBusy(true);
    setError(null);
    try {
      setAnswered(await answerQr(id, a));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  if (info.status === 'loading') return <Skeleton active paragraph={{ rows: 2 }} />;
  if (info.status === 'error') return <ErrorAlert error={info.error} title={t('kiosk.mobile.failed')} />;
  const status = answered?.status ?? info.data.status;
  if (status !== 'waiting')
    return (
      <p className="tb-kiosk-m-done" role="status">
        {status === 'confirmed' ? <CheckCircleFilled aria-hidden="true" /> : <CloseCircleFilled aria-hidden="true" />}{' '}
        {status === 'confirmed' ? t('kiosk.mobile.confirmed') : t('kiosk.mobile.cancelled')}
      </p>
    );
  return (
    <>
      <p className="tb-kiosk-m-question">{t('kiosk.mobile.question', { hall: info.data.placeName, name: info.data.kioskName })}</p>
      <p>{t('kiosk.mobile.lead')}</p>
      {error && <ErrorAlert error={error} title={t('kiosk.mobile.failed')} />}
      <div className="tb-kiosk-m-actions">
        <Button type="primary" size="large" block loading={busy} onClick={() => void answer('confirm')}>
          {t('kiosk.mobile.confirm')}
        </Button>
        <Button size="large" block disabled={busy} onClick={() => void answer('cancel')}>
          {t('kiosk.mobile.cancel')}
        </Button>
      </div>
    </>
  );
}

/**
 * `/m/kiosk-sign-in/:challenge` (docs/decisions.md D32): what the kiosk's sign-in QR opens on a
 * phone. The person, signed in here, confirms that the kiosk may sign in as them, or cancels.
 */
export function MobileKioskSignInPage() {
  const t = useT();
  const { challenge = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { state } = useAuth();
  useDocumentTitle(t('kiosk.mobile.title'));
  return (
    <main className="tb-kiosk-m" id="main">
      <h1>{t('kiosk.mobile.title')}</h1>
      {state.status === 'loading' && <Skeleton active paragraph={{ rows: 2 }} />}
      {state.status === 'anonymous' && (
        <>
          <p>{t('kiosk.mobile.signInFirst')}</p>
          <Button type="primary" size="large" block className="tb-kiosk-m-login" onClick={() => navigate(loginPathFor(location.pathname, location.search))}>
            {t('kiosk.mobile.signIn')}
          </Button>
        </>
      )}
      {state.status === 'authenticated' && <Question id={challenge} />}
    </main>
  );
}
