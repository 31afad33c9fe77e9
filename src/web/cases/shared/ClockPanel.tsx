import { PauseCircleOutlined } from '@ant-design/icons';
import { Alert, Card } from 'antd';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatDate, formatDateTime, formatPlainDate } from './format';
import { LightBadge } from './StatusTag';
import type { CaseStatus } from '../../../shared/cases/cases.enums';
import type { Lines } from '../../../shared/cases/cases.wire';

const FINISHED: readonly CaseStatus[] = ['completed', 'issued'];
const CLOSED_UNACCEPTED: readonly CaseStatus[] = ['not_accepted', 'withdrawn', 'returned'];

/**
 * The four supervision lines (docs/domain.md S8) in plain words: when the case is promised, when the
 * assessment and statutory lines fall, the working days used and paused, the light, and a warning
 * when a date lies in a year whose holidays are not published yet.
 */
export function ClockPanel({
  lines,
  status,
  completedAt,
  audience,
}: {
  lines: Lines;
  status: CaseStatus;
  completedAt: string | null;
  audience: 'applicant' | 'staff';
}) {
  const t = useT();
  if (audience === 'applicant') return <PlainClock lines={lines} status={status} completedAt={completedAt} />;
  const title = <h2 className="tb-card-title">{t('cases.clock.title')}</h2>;

  if (!lines.acceptedAt) {
    const text = CLOSED_UNACCEPTED.includes(status) ? t('cases.clock.notRunning') : t('cases.clock.startsOnAcceptance');
    return (
      <Card title={title} className="tb-clock" size="small">
        <p className="tb-clock-headline tb-clock-headline--muted">{text}</p>
      </Card>
    );
  }

  const promised = formatDate(lines.promisedDue);
  const headline = FINISHED.includes(status)
    ? t('cases.clock.completedOn', { date: formatDate(completedAt), promised })
    : CLOSED_UNACCEPTED.includes(status)
      ? t('cases.clock.stopped')
      : lines.paused
        ? t('cases.clock.promisePaused', { date: promised })
        : t('cases.clock.promise', { date: promised });
  const pauseReason = status === 'special_procedure' ? t('cases.clock.pausedSpecial') : t('cases.clock.pausedCorrection');

  return (
    <Card title={title} className="tb-clock" size="small">
      <p className="tb-clock-headline">{headline}</p>
      <div className="tb-clock-light">
        <LightBadge light={lines.light} paused={lines.paused} />
      </div>
      {lines.paused && (
        <p className="tb-clock-paused" role="status">
          <PauseCircleOutlined aria-hidden="true" /> {pauseReason}
        </p>
      )}
      <dl className="tb-clock-lines">
        <div>
          <dt>{t('cases.clock.acceptedAt')}</dt>
          <dd>{formatDateTime(lines.acceptedAt)}</dd>
        </div>
        <div>
          <dt>{t('cases.clock.assessment')}</dt>
          <dd>
            {formatDate(lines.assessmentDue)}
            <span className="tb-clock-hint">{t('cases.clock.assessmentHint')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('cases.clock.promised')}</dt>
          <dd>
            {promised}
            <span className="tb-clock-hint">{t('cases.clock.promisedHint')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('cases.clock.statutory')}</dt>
          <dd>
            {formatDate(lines.statutoryDue)}
            <span className="tb-clock-hint">{t('cases.clock.statutoryHint')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('cases.clock.used')}</dt>
          <dd>{t('cases.clock.workdays', { n: lines.workdaysUsed })}</dd>
        </div>
        <div>
          <dt>{t('cases.clock.pausedDays')}</dt>
          <dd>{t('cases.clock.workdays', { n: lines.pausedWorkdays })}</dd>
        </div>
      </dl>
      {!lines.schedulePublished && (
        <Alert type="warning" showIcon className="tb-clock-warning" title={t('cases.clock.unpublished', { years: lines.unpublishedYears.join('、') })} />
      )}
      <p className="tb-clock-rule">{t('cases.clock.rule')}</p>
    </Card>
  );
}

/**
 * The same clock as the applicant reads it (issue 13's plain-language layer): the promise as a day
 * ("我们承诺 12月9日星期三 前办结"), the working days used, why the clock stands still, and what to
 * do when the promise is missed — no 四条线, lights or 考核时限.
 */
function PlainClock({ lines, status, completedAt }: { lines: Lines; status: CaseStatus; completedAt: string | null }) {
  const t = useT();
  const { lang } = useLang();
  const title = <h2 className="tb-card-title">{t('cases.plain.clockTitle')}</h2>;
  if (!lines.acceptedAt) {
    const text = CLOSED_UNACCEPTED.includes(status) ? t('cases.plain.notRunning') : t('cases.plain.startsOnAcceptance');
    return (
      <Card title={title} className="tb-clock" size="small">
        <p className="tb-clock-headline tb-clock-headline--muted">{text}</p>
      </Card>
    );
  }
  const promised = formatPlainDate(lines.promisedDue, lang);
  const finished = FINISHED.includes(status);
  const headline = finished
    ? t('cases.plain.completedOn', { date: formatPlainDate(completedAt, lang) })
    : CLOSED_UNACCEPTED.includes(status)
      ? t('cases.plain.stopped')
      : lines.paused
        ? t('cases.plain.paused')
        : t('cases.plain.promise', { date: promised });
  const late = !finished && !lines.paused && (lines.light === 'red' || lines.light === 'overdue');
  return (
    <Card title={title} className="tb-clock" size="small">
      <p className="tb-clock-headline">{headline}</p>
      {lines.paused && (
        <p className="tb-clock-paused" role="status">
          <PauseCircleOutlined aria-hidden="true" />{' '}
          {status === 'special_procedure' ? t('cases.plain.pausedSpecial', { date: promised }) : t('cases.plain.pausedCorrection', { date: promised })}
        </p>
      )}
      {late && <Alert type="warning" showIcon className="tb-clock-warning" title={t('cases.plain.late')} />}
      <p>{t('cases.plain.used', { n: lines.workdaysUsed })}</p>
      {lines.pausedWorkdays > 0 && <p>{t('cases.plain.pausedDays', { n: lines.pausedWorkdays })}</p>}
      {!lines.schedulePublished && <p className="tb-clock-hint">{t('cases.plain.unpublished')}</p>}
      <p className="tb-clock-rule">{t('cases.plain.rule')}</p>
    </Card>
  );
}
