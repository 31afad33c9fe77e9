import { IdcardOutlined, MobileOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Skeleton, Spin } from 'antd';
import { toDataURL } from 'qrcode';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { isAbortError, toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import type { Me } from '../../shared/me';
import { useApiQuery } from '../../shared/useApiQuery';
import { maskResidentId } from '../../../shared/ids/resident-id';
import { createLocalCardReader, noCardReader, type CardReader, type LocalCardReader } from './cardReader';
import { getDemoCards, signInByCard } from './kioskApi';
import { useQrSignIn } from './useQrSignIn';

/** The address the kiosk's sign-in QR opens on a phone. */
export function qrSignInUrl(id: string): string {
  return `${window.location.origin}/m/kiosk-sign-in/${id}`;
}

/** Waits for a card on the reader and signs its holder in; a refusal is shown and the reader waits again. */
function CardPanel({ place, reader, onSignedIn }: { place: string; reader: CardReader; onSignedIn: (me: Me) => void }) {
  const t = useT();
  const [available, setAvailable] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    void (async () => {
      const ok = await reader.available().catch(() => false);
      setAvailable(ok);
      while (ok && !ctl.signal.aborted) {
        try {
          const card = await reader.read(ctl.signal);
          setBusy(true);
          setError(null);
          onSignedIn(await signInByCard(place, card));
          return;
        } catch (err) {
          if (ctl.signal.aborted || isAbortError(err)) return;
          setError(toApiError(err));
        } finally {
          setBusy(false);
        }
      }
    })();
    return () => ctl.abort();
  }, [reader, place, onSignedIn]);

  return (
    <div className="tb-kiosk-panel">
      <h3>
        <IdcardOutlined aria-hidden="true" /> {t('kiosk.cardTitle')}
      </h3>
      {available === false ? (
        <p>{t('kiosk.cardNone')}</p>
      ) : (
        <p className="tb-kiosk-panel-lead" role="status">
          {busy ? <Spin /> : null} {busy ? t('kiosk.cardReading') : t('kiosk.cardWaiting')}
        </p>
      )}
      {error && <ErrorAlert error={error} title={t('kiosk.signInFailed')} />}
    </div>
  );
}

/** The QR the person scans with their phone; polls until they confirm there. */
function QrPanel({ place, onSignedIn }: { place: string; onSignedIn: (me: Me) => void }) {
  const t = useT();
  const qr = useQrSignIn(place, onSignedIn);
  const [image, setImage] = useState<string | null>(null);
  const id = qr.challenge?.id;
  useEffect(() => {
    let live = true;
    if (id)
      toDataURL(qrSignInUrl(id), { margin: 1, width: 240 }).then(
        (url) => live && setImage(url),
        () => live && setImage(null),
      );
    return () => {
      live = false;
    };
  }, [id]);

  const over = qr.state === 'expired' || qr.state === 'cancelled' || qr.state === 'error';
  return (
    <div className="tb-kiosk-panel">
      <h3>
        <MobileOutlined aria-hidden="true" /> {t('kiosk.qrTitle')}
      </h3>
      <p className="tb-kiosk-panel-lead">{t('kiosk.qrHint')}</p>
      {qr.state === 'loading' && <Skeleton.Image active />}
      {qr.state === 'waiting' && image && (
        <>
          <img className="tb-kiosk-qr" src={image} alt={t('kiosk.qrImage')} width={240} height={240} data-testid="kiosk-qr" data-challenge={id} />
          <p role="timer">{t('kiosk.qrExpires', { n: qr.secondsLeft })}</p>
        </>
      )}
      {qr.state === 'expired' && <p role="status">{t('kiosk.qrExpired')}</p>}
      {qr.state === 'cancelled' && <p role="status">{t('kiosk.qrCancelled')}</p>}
      {qr.error && <ErrorAlert error={qr.error} title={t('kiosk.signInFailed')} />}
      {over && (
        <Button icon={<ReloadOutlined aria-hidden="true" />} onClick={() => void qr.renew()}>
          {t('kiosk.qrRenew')}
        </Button>
      )}
    </div>
  );
}

/** 演示读卡器: the demo residents' cards, each to "place on the reader" (only with TONGBAN_KIOSK_CARD_READER=local). */
function DemoCardPanel({ reader }: { reader: LocalCardReader }) {
  const t = useT();
  const cards = useApiQuery((signal) => getDemoCards(signal), []);
  return (
    <aside className="tb-kiosk-demo" aria-labelledby="kiosk-demo-title">
      <h3 id="kiosk-demo-title">{t('kiosk.demoReader')}</h3>
      <p>{t('kiosk.demoReaderHint')}</p>
      {cards.status === 'error' && <ErrorAlert error={cards.error} onRetry={cards.reload} />}
      <ul>
        {cards.data?.cards.map((c) => (
          <li key={c.idNumber}>
            <span className="tb-kiosk-demo-card">
              {c.name} <span className="tb-kiosk-demo-id">{maskResidentId(c.idNumber)}</span>
            </span>
            <Button aria-label={t('kiosk.demoPlaceFor', { name: c.name })} onClick={() => reader.place(c)}>
              {t('kiosk.demoPlace')}
            </Button>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The kiosk's sign-in screen (docs/decisions.md D32): ID card on the reader, or the QR for a phone. */
export function KioskSignIn({ place, cardReader, onSignedIn }: { place: string; cardReader: 'local' | 'none'; onSignedIn: (me: Me) => void }) {
  const t = useT();
  const local = useMemo(() => (cardReader === 'local' ? createLocalCardReader() : null), [cardReader]);
  return (
    <section aria-labelledby="kiosk-step">
      <h2 id="kiosk-step">{t('kiosk.signInTitle')}</h2>
      <div className="tb-kiosk-signin">
        <CardPanel place={place} reader={local ?? noCardReader} onSignedIn={onSignedIn} />
        <QrPanel place={place} onSignedIn={onSignedIn} />
      </div>
      {local && <DemoCardPanel reader={local} />}
    </section>
  );
}
