import { NotificationOutlined, RedoOutlined, StepForwardOutlined, SwapOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { windowGroupOf } from '../../shared/places/places.groups';
import type { WindowAction } from '../../shared/queue/queue.enums';
import type { WindowStateWire } from '../../shared/queue/queue.wire';
import { useRegionPlaces } from './hallHooks';
import { actAtWindow, getPlace, getWindow, windowId } from './queueApi';
import { clockTime } from './slotText';
import './halls.css';

const WINDOW_KEY = 'tongban.window';

function remembered(): { place: string; window: string } | null {
  try {
    const v = JSON.parse(window.localStorage.getItem(WINDOW_KEY) ?? 'null') as { place?: unknown; window?: unknown } | null;
    return v && typeof v.place === 'string' && typeof v.window === 'string' ? { place: v.place, window: v.window } : null;
  } catch {
    return null;
  }
}

/**
 * `/window/calling` (叫号, docs/decisions.md D31): the clerk sits at a window (remembered on this
 * computer) and calls the next person of the window's group — appointments checked in first —,
 * calls again, marks someone who did not come, or sends them to another group; the called
 * person's appointment or the intake page for their item opens with one click.
 */
export function CallingPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [seat, setSeat] = useState(remembered);
  const [place, setPlace] = useState<string | null>(seat?.place ?? null);
  const { query: places, list: placeList } = useRegionPlaces();
  const chosenPlace = place ?? placeList[0]?.code ?? null;
  const detail = useApiQuery((signal) => (chosenPlace ? getPlace(chosenPlace, signal) : Promise.resolve(null)), [chosenPlace]);
  const windows = detail.status === 'done' && detail.data ? detail.data.windows.filter((w) => w.kind !== 'delivery') : [];
  const id = seat ? windowId(seat.place, seat.window) : null;
  const state = useApiQuery((signal) => (id ? getWindow(id, signal) : Promise.resolve(null)), [id]);
  const [current, setCurrent] = useState<WindowStateWire | null>(null);
  const [busy, setBusy] = useState<WindowAction | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [transferTo, setTransferTo] = useState<string | undefined>();
  const view = current && current.window.code === seat?.window ? current : state.status === 'done' ? state.data : null;
  const groups = [...new Set(windows.map((w) => windowGroupOf(w.code)))].filter((g) => g !== view?.window.group);

  const sit = (windowCode: string) => {
    if (!chosenPlace) return;
    const next = { place: chosenPlace, window: windowCode };
    window.localStorage.setItem(WINDOW_KEY, JSON.stringify(next));
    setSeat(next);
    setCurrent(null);
    setError(null);
  };

  const act = async (action: WindowAction) => {
    if (!id) return;
    setBusy(action);
    setError(null);
    try {
      const ticket = view?.ticket?.id;
      const r = await actAtWindow(id, action, action === 'call_next' ? {} : { ticket, ...(action === 'transfer' ? { group: transferTo } : {}) });
      setCurrent(r);
      if (action === 'call_next' && !r.ticket) void message.info(t('halls.calling.nobody'));
      if (action === 'transfer') setTransferTo(undefined);
    } catch (err) {
      setError(toApiError(err));
      state.reload();
      setCurrent(null);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('halls.calling.title')}
      </Typography.Title>
      <div className="tb-appointment-actions" role="group" aria-label={t('halls.calling.seat')}>
        <Select
          aria-label={t('halls.day.place')}
          className="tb-day-place"
          loading={places.status === 'loading'}
          value={chosenPlace ?? undefined}
          onChange={(v: string) => setPlace(v)}
          options={placeList.map((p) => ({ value: p.code, label: p.name }))}
        />
        <Select
          aria-label={t('halls.calling.window')}
          className="tb-calling-window"
          loading={detail.status === 'loading'}
          placeholder={t('halls.calling.pickWindow')}
          value={seat && seat.place === chosenPlace ? seat.window : undefined}
          onChange={sit}
          options={windows.map((w) => ({ value: w.code, label: w.name }))}
        />
      </div>
      {places.status === 'error' && <ErrorAlert error={places.error} title={t('halls.book.placesError')} onRetry={places.reload} />}
      {!seat && <Empty description={t('halls.calling.noSeat')} />}
      {seat && state.status === 'loading' && !view && <Skeleton active paragraph={{ rows: 3 }} />}
      {seat && state.status === 'error' && !view && <ErrorAlert error={state.error} title={t('halls.calling.loadError')} onRetry={state.reload} />}
      {view && (
        <Card className="tb-calling-card" data-testid="calling-panel">
          <p className="tb-hint">
            {t('halls.calling.at', { window: view.window.name, group: view.window.group, place: view.window.place.name })} ·{' '}
            <Link to={`/hall/${encodeURIComponent(view.window.place.code)}`} target="_blank">
              {t('halls.calling.screen')}
            </Link>
          </p>
          {view.ticket ? (
            <div className="tb-calling-now" role="status">
              <span className="tb-calling-number">{view.ticket.number}</span>
              {view.ticket.priority && <Tag color="gold">{t('halls.calling.priority')}</Tag>}
              <span>
                {view.ticket.item?.name ?? t('halls.calling.noItem')}
                {view.ticket.calledAt && ` · ${t('halls.calling.calledAt', { time: clockTime(view.ticket.calledAt) })}`}
              </span>
            </div>
          ) : (
            <p className="tb-calling-now">{t('halls.calling.idle')}</p>
          )}
          <p data-testid="calling-waiting">{t('halls.calling.waiting', { n: view.waiting })}</p>
          <div className="tb-appointment-actions">
            <Button
              type="primary"
              size="large"
              icon={<StepForwardOutlined aria-hidden="true" />}
              loading={busy === 'call_next'}
              onClick={() => act('call_next')}
            >
              {t('halls.calling.next')}
            </Button>
            {view.ticket && (
              <>
                <Button size="large" icon={<RedoOutlined aria-hidden="true" />} loading={busy === 'recall'} onClick={() => act('recall')}>
                  {t('halls.calling.recall')}
                </Button>
                <Button size="large" icon={<UserDeleteOutlined aria-hidden="true" />} loading={busy === 'skip'} onClick={() => act('skip')}>
                  {t('halls.calling.skip')}
                </Button>
              </>
            )}
          </div>
          {view.ticket && view.open && (
            <Button className="tb-calling-open" size="large" icon={<NotificationOutlined aria-hidden="true" />} onClick={() => navigate(view.open!.path)}>
              {view.open.kind === 'appointment'
                ? t('halls.calling.openAppointment', { number: view.ticket.number })
                : t('halls.calling.openIntake', { number: view.ticket.number })}
            </Button>
          )}
          {view.ticket && groups.length > 0 && (
            <div className="tb-appointment-actions">
              <Select
                aria-label={t('halls.calling.transferTo')}
                className="tb-calling-window"
                placeholder={t('halls.calling.transferTo')}
                value={transferTo}
                onChange={setTransferTo}
                options={groups.map((g) => ({ value: g, label: t('halls.calling.group', { group: g }) }))}
              />
              <Button icon={<SwapOutlined aria-hidden="true" />} disabled={!transferTo} loading={busy === 'transfer'} onClick={() => act('transfer')}>
                {t('halls.calling.transfer')}
              </Button>
            </div>
          )}
          {error && <ErrorAlert error={error} title={t('halls.calling.failed')} />}
        </Card>
      )}
    </div>
  );
}
