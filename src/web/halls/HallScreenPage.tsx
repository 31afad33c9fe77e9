import { SoundOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useReducer, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { HallEventWire, HallSnapshotWire } from '../../shared/queue/queue.wire';
import { HALL_EVENT_TYPES } from '../../shared/queue/queue.enums';
import { callSentence, EMPTY_BOARD, hallBoard } from './hallBoard';
import { hallStreamUrl } from './queueApi';
import { useWallClock } from './hallHooks';
import { clockTime } from './slotText';
import './halls.css';

type Connection = 'connecting' | 'live' | 'lost';

/**
 * `/hall/:place` (叫号大屏, docs/decisions.md D31): the hall's calling screen. It follows the place's
 * event stream (the browser reconnects by itself, and each reconnect starts from a snapshot), shows
 * the number being called in large type with its window, the last calls and how many wait per
 * group, and reads each call aloud with the browser's speech synthesis once someone has switched
 * sound on (browsers let a page speak only after a click).
 */
export function HallScreenPage() {
  const t = useT();
  const { lang } = useLang();
  const { place = '' } = useParams();
  const [board, dispatch] = useReducer(hallBoard, EMPTY_BOARD);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [sound, setSound] = useState(false);
  const now = useWallClock();
  const spoken = useRef<string | null>(null);
  useDocumentTitle(board.place ? t('halls.screen.titleFor', { place: board.place.name }) : t('halls.screen.title'));

  useEffect(() => {
    const source = new EventSource(hallStreamUrl(place));
    source.addEventListener('open', () => setConnection('live'));
    source.addEventListener('error', () => setConnection(source.readyState === EventSource.CLOSED ? 'lost' : 'connecting'));
    source.addEventListener('snapshot', (e) => {
      setConnection('live');
      dispatch({ kind: 'snapshot', ...(JSON.parse((e as MessageEvent<string>).data) as HallSnapshotWire) });
    });
    for (const type of HALL_EVENT_TYPES) {
      source.addEventListener(type, (e) => dispatch({ kind: 'event', ...(JSON.parse((e as MessageEvent<string>).data) as HallEventWire) }));
    }
    return () => source.close();
  }, [place]);

  useEffect(() => {
    const call = board.announce;
    if (!call || !sound || typeof window.speechSynthesis === 'undefined') return;
    const key = `${call.number}@${call.at}`;
    if (spoken.current === key) return;
    spoken.current = key;
    const utterance = new SpeechSynthesisUtterance(callSentence(call, lang));
    utterance.lang = lang;
    utterance.rate = 0.9;
    // Read twice, as halls do.
    window.speechSynthesis.speak(utterance);
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(utterance.text));
  }, [board.announce, sound, lang]);

  const [current, ...earlier] = board.calls;
  const canSpeak = typeof window !== 'undefined' && 'speechSynthesis' in window;

  return (
    <main className="tb-hall-screen" id="main">
      <header className="tb-hall-head">
        <h1>{board.place?.name ?? t('halls.screen.title')}</h1>
        <span className="tb-hall-clock">{clockTime(now)}</span>
        <span className={`tb-hall-connection tb-hall-connection--${connection}`} role="status">
          {t(`halls.screen.connection.${connection}`)}
        </span>
        {canSpeak && (
          <Button ghost icon={<SoundOutlined aria-hidden="true" />} aria-pressed={sound} onClick={() => setSound((s) => !s)}>
            {sound ? t('halls.screen.soundOn') : t('halls.screen.soundOff')}
          </Button>
        )}
      </header>
      <section className="tb-hall-now" aria-live="assertive" aria-labelledby="hall-now-title">
        <h2 id="hall-now-title">{t('halls.screen.calling')}</h2>
        {current ? (
          <p className="tb-hall-call" data-testid="hall-current">
            <span className="tb-hall-number">{current.number}</span>
            <span className="tb-hall-arrow" aria-hidden="true">
              →
            </span>
            <span className="tb-hall-window">{current.windowName}</span>
          </p>
        ) : (
          <p className="tb-hall-idle">{t('halls.screen.none')}</p>
        )}
      </section>
      <div className="tb-hall-lower">
        <section aria-labelledby="hall-earlier-title">
          <h2 id="hall-earlier-title">{t('halls.screen.earlier')}</h2>
          <ol className="tb-hall-list">
            {earlier.map((c) => (
              <li key={`${c.number}-${c.at}`}>
                <span className="tb-hall-list-number">{c.number}</span> <span>{c.windowName}</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="hall-waiting-title">
          <h2 id="hall-waiting-title">{t('halls.screen.waiting')}</h2>
          <ul className="tb-hall-list">
            {Object.entries(board.waiting)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([group, n]) => (
                <li key={group} data-group={group}>
                  {t('halls.screen.groupWaiting', { group, n })}
                </li>
              ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
