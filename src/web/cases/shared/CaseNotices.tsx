import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { formatDate, formatDateTime } from './format';
import type { CaseDetail } from '../../../shared/cases/cases.wire';

/**
 * What the case is waiting for or why it ended, as notices at the top of the case: materials owed
 * under 容缺, the one-time list of corrections (一次性告知), a running special procedure, reasons for
 * not accepting, denying or returning, and how the result was issued.
 */
export function CaseNotices({
  detail,
  nameOf,
  fieldLabel,
  audience,
}: {
  detail: CaseDetail;
  nameOf: (code: string, fallback: string) => string;
  fieldLabel: (key: string) => string;
  audience: 'applicant' | 'staff';
}) {
  const t = useT();
  const out: ReactNode[] = [];
  const d = detail.decisionData;

  if (detail.correction) {
    out.push(
      <Alert
        key="correction"
        type="warning"
        showIcon
        title={audience === 'applicant' ? t('cases.notice.correctionTitle') : t('cases.notice.correctionStaffTitle')}
        description={
          <>
            <p>{t('cases.notice.correctionIntro', { by: detail.correction.by, at: formatDateTime(detail.correction.requestedAt) })}</p>
            <ol className="tb-notice-list">
              {detail.correction.items.map((x, i) => (
                <li key={i}>
                  {x.materialCode && <strong>{nameOf(x.materialCode, x.name ?? x.materialCode)}：</strong>}
                  {x.field && <strong>{fieldLabel(x.field)}：</strong>}
                  {x.problem}
                </li>
              ))}
            </ol>
            {detail.lines.paused && <p>{t('cases.notice.correctionPaused')}</p>}
          </>
        }
      />,
    );
  }
  if (detail.deficiency) {
    out.push(
      <Alert
        key="deficiency"
        type="warning"
        showIcon
        title={t('cases.notice.deficiencyTitle', { date: detail.deficiency.dueDate })}
        description={
          <>
            <p>{audience === 'applicant' ? t('cases.notice.deficiencyIntro', { days: detail.deficiency.days }) : t('cases.notice.deficiencyStaff')}</p>
            <ul className="tb-notice-list">
              {detail.deficiency.items.map((x) => (
                <li key={x.materialCode}>
                  {nameOf(x.materialCode, x.name)}
                  {x.note && <> — {x.note}</>}
                </li>
              ))}
            </ul>
          </>
        }
      />,
    );
  }
  if (detail.special) {
    out.push(
      <Alert
        key="special"
        type={detail.special.overdueAt ? 'error' : 'info'}
        showIcon
        title={t(detail.special.overdueAt ? 'cases.notice.specialOverdueTitle' : 'cases.notice.specialTitle', { procedure: detail.special.procedure })}
        description={t('cases.notice.specialBody', {
          days: detail.special.limitDays,
          date: detail.special.dueDate,
          since: formatDate(detail.special.startedAt),
        })}
      />,
    );
  }
  if (detail.status === 'not_accepted') {
    const reasons = d?.notAcceptedReasons ?? [];
    out.push(<ReasonAlert key="not-accepted" title={t('cases.notice.notAcceptedTitle')} reasons={reasons} />);
  }
  if (detail.decision === 'denied') {
    out.push(<ReasonAlert key="denied" title={t('cases.notice.deniedTitle')} reasons={d?.reasons ?? []} basis={d?.legalBasis ?? []} />);
  }
  if (detail.status === 'returned') {
    out.push(<ReasonAlert key="returned" title={t('cases.notice.returnedTitle')} reasons={d?.returnReasons ?? []} />);
  }
  if (detail.decision === 'approved' && !detail.delivery) {
    out.push(
      <Alert
        key="approved"
        type="success"
        showIcon
        title={t('cases.notice.approvedTitle')}
        description={d?.resultCode ? t('cases.notice.resultCode', { code: d.resultCode }) : undefined}
      />,
    );
  }
  if (detail.delivery) {
    const x = detail.delivery;
    const facts = [
      x.carrier,
      x.trackingNo && t('cases.notice.trackingNo', { no: x.trackingNo }),
      x.recipient && t('cases.notice.recipient', { name: x.recipient }),
    ]
      .filter(Boolean)
      .join(' · ');
    // Delivered as an e-licence: its identifier, and for the holder the wallet entry (docs/decisions.md D17).
    const licenceNo = typeof x.licenceNo === 'string' ? x.licenceNo : null;
    const licenceId = typeof x.licenceId === 'string' ? x.licenceId : null;
    out.push(
      <Alert
        key="delivery"
        type="success"
        showIcon
        title={t('cases.notice.issuedTitle', { mode: t(`cases.delivery.${x.mode}`), at: formatDateTime(x.issuedAt) })}
        description={
          facts || licenceNo ? (
            <>
              {facts && <div>{facts}</div>}
              {licenceNo && (
                <div className="tb-case-licence">
                  <span className="tb-mono">{t('licences.case.licenceNo', { no: licenceNo })}</span>
                  {audience === 'applicant' && licenceId && (
                    <>
                      {' '}
                      <Link to={`/portal/me/licences?id=${licenceId}`}>{t('licences.case.open')}</Link>
                    </>
                  )}
                </div>
              )}
            </>
          ) : undefined
        }
      />,
    );
  }
  if (detail.status === 'withdrawn') out.push(<Alert key="withdrawn" type="info" showIcon title={t('cases.notice.withdrawnTitle')} />);
  if (detail.status === 'draft') out.push(<Alert key="draft" type="info" showIcon title={t('cases.notice.draftTitle')} />);

  if (out.length === 0) return null;
  return <div className="tb-notices">{out}</div>;
}

function ReasonAlert({ title, reasons, basis = [] }: { title: string; reasons: string[]; basis?: string[] }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        <>
          {reasons.length > 0 && (
            <>
              <p className="tb-notice-label">{t('cases.notice.reasons')}</p>
              <ol className="tb-notice-list">
                {reasons.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ol>
            </>
          )}
          {basis.length > 0 && (
            <>
              <p className="tb-notice-label">{t('cases.notice.legalBasis')}</p>
              <ul className="tb-notice-list">
                {basis.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </>
      }
    />
  );
}
