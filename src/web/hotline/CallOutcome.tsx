import { CheckCircleFilled, PhoneOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { EmergencyBanner } from './EmergencyBanner';
import { formatTime } from './format';
import { StatusTag } from './labels';
import { categoryPath, departmentName, type Reference } from './reference';
import type { Outcome } from './useCallForm';

/** Where consumer complaints are also lodged (市场监管 12315). */
export const LINK_12315 = 'https://www.12315.cn/';

/** How a call ended: a logged emergency transfer, or the ticket it became; then the next call. */
export function CallOutcome({ outcome, reference, onNext }: { outcome: Outcome; reference: Reference | null; onNext: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();

  if (outcome.kind === 'emergency') {
    return (
      <div className="tb-hl-outcome">
        <EmergencyBanner emergency={outcome.emergency}>
          <p className="tb-hl-emergency-logged">
            <CheckCircleFilled aria-hidden="true" /> {t(outcome.logged ? 'hotline.emergency.logged' : 'hotline.emergency.notLogged')}
          </p>
        </EmergencyBanner>
        <Button type="primary" size="large" icon={<PhoneOutlined />} onClick={onNext}>
          {t('hotline.call.next')}
        </Button>
      </div>
    );
  }

  return (
    <Result
      status="success"
      className="tb-hl-result"
      title={t(outcome.answered ? 'hotline.call.answeredTitle' : 'hotline.call.createdTitle')}
      subTitle={
        <div className="tb-hl-result-body">
          <p>
            {t('hotline.ticket.no')}:{' '}
            <strong className="tb-hl-ticket-no" data-testid="created-ticket-no">
              {outcome.ticket.ticketNo}
            </strong>{' '}
            <StatusTag status={outcome.ticket.status} />
          </p>
          <p>
            {categoryPath(reference, outcome.ticket.categoryCode, lang)} · {departmentName(reference, outcome.ticket.departmentCode, lang)}
          </p>
          {!outcome.answered && <p>{t('hotline.call.dueAt', { due: formatTime(outcome.ticket.dueAt, lang) })}</p>}
          {outcome.ticket.repeatCall && <p>{t('hotline.call.repeatFlag')}</p>}
          {outcome.ticket.linkedHotline === '12315' && (
            <p>
              {t('hotline.call.linked12315')}{' '}
              <a href={LINK_12315} target="_blank" rel="noreferrer">
                {t('hotline.link12315')}
              </a>
            </p>
          )}
        </div>
      }
      extra={[
        <Button key="next" type="primary" size="large" icon={<PhoneOutlined />} onClick={onNext}>
          {t('hotline.call.next')}
        </Button>,
        <Button key="open" size="large" onClick={() => navigate(`/hotline/tickets?id=${outcome.ticket.id}`)}>
          {t('hotline.call.openTicket')}
        </Button>,
      ]}
    />
  );
}
