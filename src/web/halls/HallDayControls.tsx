import { DatePicker, Empty, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { toShanghaiDate } from '../../shared/dates';
import { useRegionPlaces } from './hallHooks';

/** Which hall and day a staff page reads, from the address (`?place=&date=`): the region's first hall and today by default. */
export function useHallDay() {
  const [params, setParams] = useSearchParams();
  const places = useRegionPlaces();
  const set = (key: 'place' | 'date', value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set(key, value);
      return next;
    });
  return {
    places,
    place: params.get('place') ?? places.list[0]?.code ?? null,
    date: params.get('date') ?? toShanghaiDate(new Date()),
    set,
  };
}

/** The hall and day choosers of a staff page (今日预约, 大厅统计), with the halls' error and empty states. */
export function HallDayControls({ hallDay, pastOnly = false }: { hallDay: ReturnType<typeof useHallDay>; pastOnly?: boolean }) {
  const t = useT();
  const { places, place, date, set } = hallDay;
  return (
    <>
      <div className="tb-appointment-actions" role="group" aria-label={t('halls.day.controls')}>
        <Select
          aria-label={t('halls.day.place')}
          className="tb-day-place"
          loading={places.query.status === 'loading'}
          value={place ?? undefined}
          placeholder={t('halls.day.place')}
          onChange={(v: string) => set('place', v)}
          options={places.list.map((p) => ({ value: p.code, label: p.name }))}
        />
        <DatePicker
          aria-label={t('halls.day.date')}
          allowClear={false}
          value={dayjs(date)}
          onChange={(v: Dayjs | null) => v && set('date', v.format('YYYY-MM-DD'))}
          disabledDate={pastOnly ? (v) => v.isAfter(dayjs().endOf('day')) : undefined}
        />
      </div>
      {places.query.status === 'error' && <ErrorAlert error={places.query.error} title={t('halls.book.placesError')} onRetry={places.query.reload} />}
      {places.query.status === 'done' && places.list.length === 0 && <Empty description={t('halls.book.noPlaces')} />}
    </>
  );
}
