import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { api } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useNotifyError } from '../../shared/useNotifyError';
import { DAY_KINDS } from '../../../shared/calendar/calendar.enums';
import type { CalendarDay, CalendarYear, DayKind, SetDayInput, SetYearInput } from '../../../shared/calendar/calendar.wire';

/** 0 for Monday … 6 for Sunday (Chinese calendars start the week on Monday). */
function mondayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function monthsOf(days: CalendarDay[]): CalendarDay[][] {
  const months: CalendarDay[][] = Array.from({ length: 12 }, () => []);
  for (const d of days) months[Number(d.date.slice(5, 7)) - 1].push(d);
  return months;
}

/** Admin: the working-day calendar of a year; click a day to change it, mark the year published. */
export function CalendarPage() {
  const t = useT();
  useDocumentTitle(t('admin.calendar.title'));
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [year, setYear] = useState(new Date().getFullYear());
  const q = useApiQuery<CalendarYear>(`/api/v1/calendar/years/${year}`);
  const [editing, setEditing] = useState<CalendarDay | null>(null);
  const [form] = Form.useForm<{ kind: DayKind; name: string }>();
  const months = useMemo(() => (q.data ? monthsOf(q.data.days) : []), [q.data]);
  const weekdayNames = t('admin.calendar.weekdays').split(',');
  const workdays = q.data?.days.filter((d) => d.workday).length ?? 0;

  const saveDay = async () => {
    if (!editing) return;
    const v = await form.validateFields();
    try {
      const body: SetDayInput = { kind: v.kind, workday: v.kind === 'makeup' || v.kind === 'workday', name: v.name?.trim() || null };
      await api.put(`/api/v1/calendar/days/${editing.date}`, body);
      message.success(t('admin.calendar.saved', { date: editing.date }));
      setEditing(null);
      q.reload();
    } catch (e) {
      notifyError(e);
    }
  };

  const resetDay = async () => {
    if (!editing) return;
    try {
      await api.delete(`/api/v1/calendar/days/${editing.date}`);
      setEditing(null);
      q.reload();
    } catch (e) {
      notifyError(e);
    }
  };

  const setPublished = async (published: boolean) => {
    try {
      const body: SetYearInput = { published, note: q.data?.note ?? null };
      await api.put(`/api/v1/calendar/years/${year}`, body);
      q.reload();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <div>
      <Typography.Title level={1} className="tb-page-title">
        {t('admin.calendar.title')}
      </Typography.Title>
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <label>
          {t('admin.calendar.year')} <InputNumber aria-label={t('admin.calendar.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </label>
        {q.data && (
          <>
            <span>{t('admin.calendar.workdays', { n: workdays })}</span>
            <label>
              {t('admin.calendar.published')} <Switch checked={q.data.published} onChange={setPublished} aria-label={t('admin.calendar.published')} />
            </label>
          </>
        )}
      </Space>
      {q.data && !q.data.published && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('admin.calendar.unpublished', { year })} />}
      {q.status === 'error' && <ErrorAlert error={q.error} onRetry={q.reload} />}
      <Space wrap style={{ marginBottom: 12 }}>
        {DAY_KINDS.map((k) => (
          <span key={k} className={`tb-cal-legend tb-cal-${k}`}>
            {t(`admin.calendar.kind.${k}`)}
          </span>
        ))}
      </Space>
      <div className="tb-calendar-grid">
        {months.map((days, i) => (
          <Card key={i} size="small" title={<h2 className="tb-card-title">{t('admin.calendar.month', { m: i + 1 })}</h2>}>
            <div className="tb-calendar-month">
              {weekdayNames.map((w) => (
                <span key={w} className="tb-cal-weekday" aria-hidden="true">
                  {w}
                </span>
              ))}
              {days.length > 0 && Array.from({ length: mondayIndex(days[0].date) }, (_, k) => <span key={`pad${k}`} aria-hidden="true" />)}
              {days.map((d) => (
                <button
                  key={d.date}
                  type="button"
                  className={`tb-cal-day tb-cal-${d.kind}`}
                  title={`${d.date} ${t(`admin.calendar.kind.${d.kind}`)}${d.name ? ` · ${d.name}` : ''}`}
                  aria-label={`${d.date} ${t(`admin.calendar.kind.${d.kind}`)}${d.name ? ` ${d.name}` : ''}`}
                  onClick={() => {
                    setEditing(d);
                    form.setFieldsValue({ kind: d.kind, name: d.name ?? '' });
                  }}
                >
                  {Number(d.date.slice(8))}
                </button>
              ))}
            </div>
          </Card>
        ))}
      </div>
      <Modal
        open={!!editing}
        title={editing ? t('admin.calendar.editDay', { date: editing.date }) : ''}
        onCancel={() => setEditing(null)}
        footer={[
          <Button key="reset" onClick={resetDay}>
            {t('admin.calendar.reset')}
          </Button>,
          <Button key="cancel" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </Button>,
          <Button key="save" type="primary" onClick={saveDay}>
            {t('common.save')}
          </Button>,
        ]}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="kind" label={t('admin.calendar.kind')} rules={[{ required: true }]}>
            <Select options={DAY_KINDS.map((k) => ({ value: k, label: t(`admin.calendar.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('admin.calendar.name')}>
            <Input maxLength={40} />
          </Form.Item>
        </Form>
        {editing && <Typography.Text type="secondary">{t('admin.calendar.source', { source: editing.source })}</Typography.Text>}
      </Modal>
    </div>
  );
}
