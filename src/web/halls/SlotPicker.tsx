import { Empty, Radio, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { formatPlainDate } from '../cases/shared/format';
import { toShanghaiDate } from '../../shared/dates';
import { getSlots } from './appointmentsApi';
import { offHours, slotDays, slotTime, type SlotWire } from './slotText';
import './halls.css';

/** How many days ahead a person may book from here (the API allows up to 31 per request). */
export const BOOKING_DAYS = 14;

function daysAhead(from: string, n: number): string {
  const d = new Date(`${from}T12:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() + n);
  return toShanghaiDate(d);
}

/**
 * The bookable slots of an item at a place for the next two weeks: a day, then a time within the
 * day's sessions (ordinary, 错时 lunch duty, 延时 evening, weekend, holiday — docs/decisions.md D28),
 * each with the seats left; a full slot is shown but cannot be chosen. `exclude` leaves out the
 * slot a rescheduling moves away from.
 */
export function SlotPicker({
  place,
  item,
  value,
  onChange,
  exclude,
  reloadKey = 0,
}: {
  place: string;
  item: string;
  value: SlotWire | null;
  onChange: (slot: SlotWire | null) => void;
  exclude?: string;
  /** Changed by the caller to ask again (after a slot filled up under the person). */
  reloadKey?: number;
}) {
  const t = useT();
  const { lang } = useLang();
  const today = toShanghaiDate(new Date());
  const load = useApiQuery((signal) => getSlots(place, { item, from: today, to: daysAhead(today, BOOKING_DAYS - 1) }, signal), [place, item, today, reloadKey]);
  const days = useMemo(() => (load.status === 'done' ? slotDays(load.data.slots.filter((s) => s.start !== exclude)) : []), [load, exclude]);
  const [picked, setPicked] = useState<string | null>(null);
  const day = days.find((d) => d.date === (value?.date ?? picked)) ?? days.find((d) => d.remaining > 0) ?? days[0];

  if (load.status === 'loading') return <Skeleton active paragraph={{ rows: 4 }} />;
  if (load.status === 'error') return <ErrorAlert error={load.error} title={t('halls.slots.loadError')} onRetry={load.reload} />;
  if (!day) return <Empty description={t('halls.slots.none', { days: BOOKING_DAYS })} />;

  return (
    <div className="tb-slot-picker">
      <fieldset>
        <legend className="tb-subheading">{t('halls.slots.day')}</legend>
        <Radio.Group
          className="tb-slot-days"
          optionType="button"
          value={day.date}
          onChange={(e) => {
            setPicked(e.target.value as string);
            onChange(null);
          }}
          options={days.map((d) => ({
            value: d.date,
            label: (
              <span className="tb-slot-day">
                <span>{formatPlainDate(`${d.date}T12:00:00+08:00`, lang)}</span>
                <span className="tb-hint">{d.remaining > 0 ? t('halls.slots.left', { n: d.remaining }) : t('halls.slots.full')}</span>
              </span>
            ),
          }))}
        />
      </fieldset>
      <fieldset>
        <legend className="tb-subheading">{t('halls.slots.time')}</legend>
        {day.sessions.map((g) => (
          <div key={g.session} className="tb-slot-session">
            <p className="tb-slot-session-name">
              {t(`halls.session.${g.session}`)}
              {offHours(g.session) && <span className="tb-hint"> · {t(`halls.session.${g.session}Hint`)}</span>}
            </p>
            <Radio.Group
              className="tb-slot-times"
              optionType="button"
              value={value?.start}
              onChange={(e) => onChange(g.slots.find((s) => s.start === e.target.value) ?? null)}
              options={g.slots.map((s) => ({
                value: s.start,
                disabled: s.remaining <= 0,
                label: (
                  <span className="tb-slot-time">
                    <span>{slotTime(s)}</span>
                    <span className="tb-hint">{s.remaining > 0 ? t('halls.slots.left', { n: s.remaining }) : t('halls.slots.full')}</span>
                  </span>
                ),
              }))}
            />
          </div>
        ))}
      </fieldset>
    </div>
  );
}
