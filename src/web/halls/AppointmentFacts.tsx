import { useLang, useT } from '../i18n/I18nProvider';
import { formatDateTime, formatPlainDate } from '../cases/shared/format';
import type { AppointmentStatus } from '../../shared/appointments/appointments.enums';
import type { AppointmentWire } from '../../shared/appointments/appointments.wire';
import { slotTime } from './slotText';

/** The tag colour of each booking status. */
export const STATUS_COLOR: Record<AppointmentStatus, string> = { booked: 'blue', checked_in: 'green', cancelled: 'default', no_show: 'red' };

/** A booking's facts in plain words: what, where, when (and which kind of session), until when it can be changed. */
export function AppointmentFacts({ appointment: a }: { appointment: AppointmentWire }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <dl className="tb-inline-facts">
      <div>
        <dt>{t('halls.fact.item')}</dt>
        <dd>{a.item.name}</dd>
      </div>
      <div>
        <dt>{t('halls.fact.place')}</dt>
        <dd>{a.place.name}</dd>
      </div>
      <div>
        <dt>{t('halls.fact.when')}</dt>
        <dd>
          {formatPlainDate(a.start, lang)} {slotTime(a)} · {t(`halls.session.${a.session}`)}
        </dd>
      </div>
      {a.status === 'booked' && (
        <div>
          <dt>{t('halls.fact.changeUntil')}</dt>
          <dd>{formatDateTime(a.changeableUntil)}</dd>
        </div>
      )}
    </dl>
  );
}
