import { DatePicker, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../i18n/I18nProvider';
import { REPORT_PERIODS, type ReportPeriod } from '../../shared/reports/reports.enums';
import { dateOfKey, periodKeyOf, shanghaiToday } from './period';

const PICKER: Record<ReportPeriod, 'date' | 'week' | 'month' | 'quarter' | 'year'> = {
  day: 'date',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** The period and date pickers of the report pages; `date` is the period's key (2026-W48, 2026-11 …). */
export function PeriodControls({
  period,
  date,
  onChange,
}: {
  period: ReportPeriod;
  date: string;
  onChange: (next: { period: ReportPeriod; date: string }) => void;
}) {
  const t = useT();
  return (
    <>
      <Select<ReportPeriod>
        aria-label={t('reports.period')}
        value={period}
        style={{ width: 110 }}
        // Switching the period keeps the date the picker shows, in the new period's form.
        onChange={(next) => onChange({ period: next, date: periodKeyOf(next, dateOfKey(period, date) ?? shanghaiToday()) })}
        options={REPORT_PERIODS.map((p) => ({ value: p, label: t(`reports.period.${p}`) }))}
      />
      <DatePicker
        aria-label={t('reports.date')}
        allowClear={false}
        picker={PICKER[period]}
        value={dayjs(dateOfKey(period, date) ?? undefined)}
        onChange={(value: Dayjs | null) => value && onChange({ period, date: periodKeyOf(period, value.format('YYYY-MM-DD')) })}
        disabledDate={(value) => value.isAfter(dayjs().endOf('day'))}
      />
    </>
  );
}

/** The period and date in the URL, or last month. */
export function periodFromParams(params: URLSearchParams, fallbackDate: string): { period: ReportPeriod; date: string } {
  const raw = params.get('period');
  const period: ReportPeriod = (REPORT_PERIODS as readonly string[]).includes(raw ?? '') ? (raw as ReportPeriod) : 'month';
  const date = params.get('date');
  return { period, date: date && dateOfKey(period, date) ? date : periodKeyOf(period, fallbackDate) };
}
