import {
  CalendarOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  FormOutlined,
  HomeOutlined,
  IdcardOutlined,
  LogoutOutlined,
  NumberOutlined,
} from '@ant-design/icons';
import { Alert, Button, Modal, Skeleton } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { ProgressPage } from '../portal/ProgressPage';
import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH } from '../../shared/appointments/appointments.enums';
import type { TicketWire } from '../../shared/queue/queue.wire';
import { windowGroupOf } from '../../shared/places/places.groups';
import type { PlaceDetail } from '../../shared/places/places.wire';
import { KioskKeypad } from './KioskKeypad';
import { maskName } from './kiosk/cardReader';
import { KioskApply } from './kiosk/KioskApply';
import { KioskPayment } from './kiosk/KioskFee';
import { payParam, withoutKioskState } from './kiosk/kioskServices';
import { KioskMyCases, KioskTodayBookings } from './kiosk/KioskMine';
import { KioskSignIn } from './kiosk/KioskSignIn';
import { useKioskIdentity } from './kiosk/useKioskIdentity';
import './kiosk/kiosk.css';
import { getPlace, takeTicket } from './queueApi';
import { useWallClock } from './hallHooks';
import { clockTime } from './slotText';
import { TicketSlip } from './TicketSlip';
import { useIdleWipe } from './useIdleWipe';
import './halls.css';

type Screen = 'home' | 'checkin' | 'take' | 'mobile' | 'ticket' | 'progress' | 'signin' | 'mine' | 'today' | 'apply' | 'pay';

/** Idle seconds before the warning, unless the kiosk's address sets its own (`?idle=`, 15–600). */
export const DEFAULT_IDLE_SECONDS = 90;

function idleSeconds(param: string | null): number {
  const n = Number(param);
  return Number.isInteger(n) && n >= 15 && n <= 600 ? n : DEFAULT_IDLE_SECONDS;
}

/** The window groups of a hall and what they serve, named after their windows (综合受理窗口01…20 → 综合受理窗口; a mixed group lists each kind). */
export function kioskGroups(place: PlaceDetail): Array<{ group: string; name: string }> {
  const groups = new Map<string, string[]>();
  for (const w of place.windows) {
    if (w.kind === 'delivery') continue;
    const group = windowGroupOf(w.code);
    const name = w.name.replace(/\s*[0-9]+$/, '').trim() || w.name;
    const names = groups.get(group) ?? [];
    if (!names.includes(name)) names.push(name);
    groups.set(group, names);
  }
  return [...groups.entries()].map(([group, names]) => ({ group, name: names.join('、') }));
}

/**
 * `/kiosk/:place` (24 小时自助服务, docs/decisions.md D31): the hall's self-service kiosk, full
 * screen with large touch targets and type, no keyboard needed. A person checks in an appointment
 * with its code (a priority ticket), takes a ticket for a window group (with an optional mobile for
 * an SMS when three are ahead), or looks up a case's progress. An enrolled kiosk also signs a
 * person in by ID card or by a QR confirmed on their phone, for their cases and a check-in without a
 * code (docs/decisions.md D32); signed in, they print a case's notice, pay a fee and apply for an
 * item with the form filled for them. Left alone, it warns and then wipes everything back to the start
 * screen, signing the person out on the server. The gateway's cashier returns with `?pay=<case>`.
 */
export function KioskPage() {
  const t = useT();
  const { place = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const detail = useApiQuery((signal) => getPlace(place, signal), [place]);
  const [paying, setPaying] = useState<string | null>(() => payParam(params.get('pay')));
  const [screen, setScreen] = useState<Screen>(() => (paying ? 'pay' : 'home'));
  const [code, setCode] = useState('');
  const [group, setGroup] = useState<string | null>(null);
  const [mobile, setMobile] = useState('');
  const [ticket, setTicket] = useState<TicketWire | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const now = useWallClock();
  const identity = useKioskIdentity();
  const { person, signOut, forgetEnrolment } = identity;
  const kiosk = identity.device.data?.device ?? null;
  useDocumentTitle(t('halls.kiosk.title'));

  // Back from the cashier: the case's fee is on screen; the address forgets it.
  const clearAddress = useCallback(() => setParams((p) => withoutKioskState(p), { replace: true }), [setParams]);
  useEffect(() => {
    if (params.has('pay')) clearAddress();
  }, [params, clearAddress]);

  const wipe = useCallback(() => {
    setScreen('home');
    setPaying(null);
    clearAddress();
    setCode('');
    setGroup(null);
    setMobile('');
    setTicket(null);
    setError(null);
    void signOut();
    forgetEnrolment();
    try {
      window.sessionStorage.clear();
    } catch {
      // Storage unavailable: nothing kept there either.
    }
  }, [signOut, forgetEnrolment, clearAddress]);
  const { warning, stay } = useIdleWipe(idleSeconds(params.get('idle')), wipe);
  // The kiosk session ended on the server (its own idle expiry, a revoked kiosk): nothing of theirs stays.
  const personal = screen === 'mine' || screen === 'today' || screen === 'apply' || screen === 'pay';
  useEffect(() => {
    if (personal && identity.anonymous) wipe();
  }, [personal, identity.anonymous, wipe]);

  const take = async (body: Parameters<typeof takeTicket>[0]) => {
    setBusy(true);
    setError(null);
    try {
      setTicket(await takeTicket(body));
      setScreen('ticket');
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const go = (next: Screen) => {
    setError(null);
    if (screen === 'apply') clearAddress();
    setScreen(next);
  };
  const audience = person?.roles.includes('enterprise') ? 'enterprise' : 'citizen';

  let body: ReactNode;
  if (detail.status === 'loading') body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (detail.status === 'error') body = <ErrorAlert error={detail.error} title={t('halls.kiosk.placeError')} onRetry={detail.reload} />;
  else if (screen === 'home')
    body = (
      <div className="tb-kiosk-tiles">
        {person && (
          <Button className="tb-kiosk-tile" icon={<FolderOpenOutlined aria-hidden="true" />} onClick={() => go('mine')}>
            <span className="tb-kiosk-tile-name">{t('kiosk.mine')}</span>
            <span className="tb-kiosk-tile-hint">{t('kiosk.mineHint')}</span>
          </Button>
        )}
        {person && (
          <Button className="tb-kiosk-tile" icon={<FormOutlined aria-hidden="true" />} onClick={() => go('apply')}>
            <span className="tb-kiosk-tile-name">{t('kiosk.apply')}</span>
            <span className="tb-kiosk-tile-hint">{t('kiosk.applyHint')}</span>
          </Button>
        )}
        {!person && kiosk?.placeCode === place && (
          <Button className="tb-kiosk-tile" icon={<IdcardOutlined aria-hidden="true" />} onClick={() => go('signin')}>
            <span className="tb-kiosk-tile-name">{t('kiosk.signIn')}</span>
            <span className="tb-kiosk-tile-hint">{t('kiosk.signInHint')}</span>
          </Button>
        )}
        <Button className="tb-kiosk-tile" icon={<CalendarOutlined aria-hidden="true" />} onClick={() => go(person ? 'today' : 'checkin')}>
          <span className="tb-kiosk-tile-name">{t('halls.kiosk.checkin')}</span>
          <span className="tb-kiosk-tile-hint">{person ? t('kiosk.todayHint') : t('halls.kiosk.checkinHint')}</span>
        </Button>
        <Button className="tb-kiosk-tile" icon={<NumberOutlined aria-hidden="true" />} onClick={() => go('take')}>
          <span className="tb-kiosk-tile-name">{t('halls.kiosk.take')}</span>
          <span className="tb-kiosk-tile-hint">{t('halls.kiosk.takeHint')}</span>
        </Button>
        <Button className="tb-kiosk-tile" icon={<FileSearchOutlined aria-hidden="true" />} onClick={() => go('progress')}>
          <span className="tb-kiosk-tile-name">{t('halls.kiosk.progress')}</span>
          <span className="tb-kiosk-tile-hint">{t('halls.kiosk.progressHint')}</span>
        </Button>
      </div>
    );
  else if (screen === 'signin' && kiosk)
    body = (
      <KioskSignIn
        place={place}
        cardReader={identity.device.data?.cardReader ?? 'none'}
        onSignedIn={(m) => {
          identity.signIn(m);
          go('home');
        }}
      />
    );
  else if (screen === 'mine')
    body = (
      <KioskMyCases
        onPay={(id) => {
          setPaying(id);
          go('pay');
        }}
      />
    );
  else if (screen === 'pay' && paying) body = <KioskPayment caseId={paying} onBack={() => go('mine')} />;
  else if (screen === 'apply') body = <KioskApply place={detail.data} audience={audience} onMine={() => go('mine')} />;
  else if (screen === 'today')
    body = (
      <KioskTodayBookings
        place={place}
        onTicket={(tk) => {
          setTicket(tk);
          go('ticket');
        }}
      />
    );
  else if (screen === 'checkin')
    body = (
      <section aria-labelledby="kiosk-step">
        <h2 id="kiosk-step">{t('halls.kiosk.checkinTitle')}</h2>
        <p className="tb-kiosk-typed" aria-live="polite" data-testid="kiosk-typed">
          {code.padEnd(CHECK_IN_CODE_LENGTH, '·')}
        </p>
        <KioskKeypad keys={CHECK_IN_ALPHABET} value={code} max={CHECK_IN_CODE_LENGTH} onChange={setCode} />
        <Button
          type="primary"
          className="tb-kiosk-go"
          disabled={code.length !== CHECK_IN_CODE_LENGTH}
          loading={busy}
          onClick={() => take({ place, checkInCode: code })}
        >
          {t('halls.kiosk.checkinGo')}
        </Button>
      </section>
    );
  else if (screen === 'take')
    body = (
      <section aria-labelledby="kiosk-step">
        <h2 id="kiosk-step">{t('halls.kiosk.takeTitle')}</h2>
        <div className="tb-kiosk-tiles">
          {kioskGroups(detail.data).map((g) => (
            <Button
              key={g.group}
              className="tb-kiosk-tile"
              onClick={() => {
                setGroup(g.group);
                go('mobile');
              }}
            >
              <span className="tb-kiosk-tile-name">{g.name}</span>
              <span className="tb-kiosk-tile-hint">{t('halls.kiosk.groupHint', { group: g.group })}</span>
            </Button>
          ))}
        </div>
      </section>
    );
  else if (screen === 'mobile')
    body = (
      <section aria-labelledby="kiosk-step">
        <h2 id="kiosk-step">{t('halls.kiosk.mobileTitle')}</h2>
        <p className="tb-kiosk-typed" aria-live="polite">
          {mobile || t('halls.kiosk.mobileNone')}
        </p>
        <KioskKeypad keys="1234567890" value={mobile} max={11} onChange={setMobile} />
        <div className="tb-kiosk-row">
          <Button className="tb-kiosk-go" loading={busy && !mobile} disabled={busy} onClick={() => take({ place, group: group! })}>
            {t('halls.kiosk.mobileSkip')}
          </Button>
          <Button
            type="primary"
            className="tb-kiosk-go"
            disabled={mobile.length !== 11 || busy}
            loading={busy && !!mobile}
            onClick={() => take({ place, group: group!, mobile })}
          >
            {t('halls.kiosk.mobileGo')}
          </Button>
        </div>
      </section>
    );
  else if (screen === 'ticket' && ticket)
    body = (
      <section aria-labelledby="kiosk-step">
        <h2 id="kiosk-step">{ticket.priority ? t('halls.kiosk.checkedIn') : t('halls.kiosk.taken')}</h2>
        <TicketSlip ticket={ticket} />
        <p className="tb-kiosk-hint">{t('halls.kiosk.ticketHint')}</p>
      </section>
    );
  else
    body = (
      <div className="tb-kiosk-progress">
        <ProgressPage />
      </div>
    );

  return (
    <main className="tb-kiosk" id="main">
      <header className="tb-kiosk-head">
        <h1>{detail.status === 'done' ? t('halls.kiosk.titleFor', { place: detail.data.name }) : t('halls.kiosk.title')}</h1>
        <span className="tb-hall-clock">{clockTime(now)}</span>
        {person && (
          <span className="tb-kiosk-person" data-testid="kiosk-person">
            {t('kiosk.hello', { name: maskName(person.displayName) })}
            <Button icon={<LogoutOutlined aria-hidden="true" />} onClick={wipe}>
              {t('kiosk.signOut')}
            </Button>
          </span>
        )}
        {screen !== 'home' && (
          <Button className="tb-kiosk-home" icon={<HomeOutlined aria-hidden="true" />} onClick={wipe}>
            {t('halls.kiosk.home')}
          </Button>
        )}
      </header>
      {error && <ErrorAlert error={error} title={t('halls.kiosk.failed')} />}
      {identity.enrolled && <Alert type="success" showIcon title={t('kiosk.enrolled', { name: identity.enrolled.name, place: identity.enrolled.placeName })} />}
      {identity.enrolError && <ErrorAlert error={identity.enrolError} title={t('kiosk.enrolFailed')} />}
      {body}
      {screen === 'home' && !person && identity.device.status === 'done' && !kiosk && <p className="tb-kiosk-note">{t('kiosk.notEnrolled')}</p>}
      <Modal
        open={warning !== null}
        closable={false}
        title={t('halls.kiosk.idleTitle')}
        okText={t('halls.kiosk.idleStay')}
        cancelButtonProps={{ style: { display: 'none' } }}
        onOk={stay}
        className="tb-kiosk-modal"
      >
        <p role="timer">{t('halls.kiosk.idleText', { n: warning ?? 0 })}</p>
      </Modal>
    </main>
  );
}
