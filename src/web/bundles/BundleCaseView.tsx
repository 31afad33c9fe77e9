import { ArrowLeftOutlined, CheckCircleFilled, ClockCircleOutlined, ReloadOutlined, StopOutlined, WarningFilled } from '@ant-design/icons';
import { App, Button, Card, Col, Input, Row, Skeleton, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { ActionError } from '../cases/shared/ConflictAlert';
import { formatDate, formatDateTime, formatPlainDate, localName } from '../cases/shared/format';
import { LightBadge } from '../cases/shared/StatusTag';
import { useDepartments, useNames } from '../cases/shared/useCaseData';
import { BundleRatingCard } from '../ratings/BundleRatingCard';
import type { BundleCaseDetail, BundleCaseRef, BundlePlan } from '../../shared/bundles/bundles.wire';
import { correctionLines } from './bundleCase';
import { BundleCorrection } from './BundleCorrection';
import { BundleEvents } from './BundleEvents';
import { BundleMembers } from './BundleMembers';
import { BundleStatusTag } from './BundleStatusTag';
import { getBundleCase, performBundleAction, planBundle } from './bundlesApi';
import './bundles.css';

export interface BundleCaseViewProps {
  id: string;
  audience: 'applicant' | 'window';
  back: { to: string; label: string };
  /** Where a member case opens. */
  casePath: (caseId: string) => string;
  /** Panels of the audience's own (the window's actions), above the members. */
  actions?: (c: { detail: BundleCaseDetail; plan: BundlePlan | null; onChanged: (ref: BundleCaseRef | null) => void }) => ReactNode;
}

/**
 * One bundle case ("开办进度"): its line and light, the milestones (企业开办: registration within 1
 * working day, the whole within 2), the one correction notice across members, the members by stage
 * with their own status and light, withdrawal of the whole, and the bundle's history; once every
 * member is done, the rating of the bundle as a whole (each member is rated on its own case page).
 */
export function BundleCaseView({ id, audience, back, casePath, actions }: BundleCaseViewProps) {
  const t = useT();
  const { lang } = useLang();
  const load = useApiQuery((signal) => getBundleCase(id, signal), [id]);
  const detail = load.status === 'done' ? load.data : load.data?.id === id ? load.data : null;
  // The merged lists name the correction's materials and fields; asked again only when the answers change.
  const names = useNames(null, useDepartments());
  const planLoad = useApiQuery(
    (signal) => (detail ? planBundle(detail.bundleCode, detail.answers, signal) : Promise.resolve(null)),
    [detail?.bundleCode, detail ? JSON.stringify(detail.answers) : null],
  );
  const plan = planLoad.status === 'done' ? planLoad.data : null;
  const name = detail ? localName(lang, detail.name, detail.nameEn) : '';
  useDocumentTitle(detail ? `${detail.bundleNo} ${name}` : t('bundles.progress.title'));

  const backLink = (
    <Link to={back.to} className="tb-case-back">
      <ArrowLeftOutlined aria-hidden="true" /> {back.label}
    </Link>
  );
  if (!detail) {
    return (
      <div className="tb-case-page" aria-busy={load.status === 'loading'}>
        {backLink}
        <Typography.Title level={1} className="tb-page-title">
          {t('bundles.progress.title')}
        </Typography.Title>
        {load.status === 'error' ? (
          <ErrorAlert error={load.error} title={t('bundles.progress.loadError')} onRetry={load.reload} />
        ) : (
          <Skeleton active paragraph={{ rows: 8 }} />
        )}
      </div>
    );
  }

  const onChanged = () => load.reload();
  const lines = correctionLines(detail, plan, lang);
  const done = detail.members.filter((m) => m.issuedAt || m.status === 'issued').length;

  return (
    <div className="tb-case-page tb-bundle-case">
      {backLink}
      <div className="tb-case-header">
        <div>
          <Typography.Title level={1} className="tb-page-title">
            {audience === 'applicant' ? t('bundles.progress.titleFor', { name }) : name}
          </Typography.Title>
          <p className="tb-case-sub">
            <span className="tb-case-no" data-testid="bundle-no">
              {detail.bundleNo}
            </span>
            <BundleStatusTag status={detail.status} />
            <span className="tb-case-channel">{t(`cases.channel.${detail.channel}`)}</span>
          </p>
        </div>
        <div className="tb-case-tools">
          <Button icon={<ReloadOutlined />} onClick={load.reload} loading={load.pending}>
            {t('cases.detail.refresh')}
          </Button>
        </div>
      </div>

      {lines.length > 0 && <BundleCorrection detail={detail} plan={plan} lines={lines} onChanged={onChanged} />}
      {actions?.({ detail, plan, onChanged: () => load.reload() })}

      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
          <Card
            size="small"
            title={<h2 className="tb-card-title">{t('bundles.progress.members', { done, n: detail.members.length })}</h2>}
            className="tb-case-card"
          >
            <BundleMembers detail={detail} casePath={casePath} rate={audience === 'applicant'} />
          </Card>
          <Card size="small" title={<h2 className="tb-card-title">{t('cases.detail.history')}</h2>} className="tb-case-card">
            <BundleEvents events={detail.events} />
          </Card>
        </Col>
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
          <div className="tb-case-side">
            {/* The applicant rates the whole here; the window only through its pad, for a walk-in applicant without an account. */}
            {(audience === 'applicant' || detail.rateChannel === 'window_pad' || detail.rating?.channel === 'window_pad') && (
              <BundleRatingCard
                bundleCaseId={detail.id}
                rating={detail.rating}
                mayRate={detail.mayRate}
                rateChannel={detail.rateChannel}
                departmentName={names.department}
                onRated={onChanged}
              />
            )}
            <BundleLine detail={detail} />
            {detail.actions.includes('withdraw') && <Withdraw detail={detail} audience={audience} onChanged={onChanged} />}
          </div>
        </Col>
      </Row>
    </div>
  );
}

/** The bundle's own line: promised date, working days used, its light (the worst of it and its members), milestones and delivery. */
function BundleLine({ detail }: { detail: BundleCaseDetail }) {
  const t = useT();
  const { lang } = useLang();
  const finished = detail.status === 'completed' || detail.status === 'withdrawn';
  return (
    <Card size="small" title={<h2 className="tb-card-title">{t('bundles.line.title')}</h2>} className="tb-case-card">
      <p className="tb-clock-headline">
        {detail.status === 'withdrawn'
          ? t('bundles.line.withdrawn')
          : detail.completedAt
            ? t('bundles.line.completed', { date: formatPlainDate(detail.completedAt, lang) })
            : t('bundles.line.promise', { date: formatPlainDate(detail.promisedDue, lang) })}
      </p>
      {!finished && (
        <p className="tb-clock-light">
          <LightBadge light={detail.light} />
        </p>
      )}
      <dl className="tb-clock-lines">
        <div>
          <dt>{t('bundles.line.applicant')}</dt>
          <dd>
            {detail.applicant.name} <span className="tb-mono tb-hint">{detail.applicant.idNumberMasked}</span>
          </dd>
        </div>
        <div>
          <dt>{t('bundles.line.submittedAt')}</dt>
          <dd>{formatDateTime(detail.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('bundles.line.promisedDue')}</dt>
          <dd>{formatDate(detail.promisedDue)}</dd>
        </div>
        <div>
          <dt>{t('bundles.line.used')}</dt>
          <dd>{t('bundles.plan.workdays', { n: detail.workdaysUsed })}</dd>
        </div>
        <div>
          <dt>{t('bundles.line.delivery')}</dt>
          <dd>
            {t(`bundles.delivery.${detail.delivery.timing}`)} · {t(`bundles.delivery.${detail.delivery.mode}`)}
          </dd>
        </div>
      </dl>
      {detail.milestones.length > 0 && (
        <>
          <h3 className="tb-subheading">{t('bundles.line.milestones')}</h3>
          <ul className="tb-bundle-milestones">
            {detail.milestones.map((m) => (
              <li key={m.key}>
                <div className="tb-bundle-milestone-head">
                  <strong>{localName(lang, m.label, m.labelEn)}</strong>
                  <span className="tb-hint"> · {t('bundles.plan.workdays', { n: m.workdays })}</span>
                </div>
                <div className="tb-bundle-milestone-facts">
                  {t('bundles.line.due', { date: formatDate(m.due) })}
                  {m.doneAt && <> · {t('bundles.line.doneAt', { date: formatDateTime(m.doneAt) })}</>}
                </div>
                {detail.status !== 'withdrawn' && <MilestoneState onTime={m.onTime} done={m.doneAt !== null} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function MilestoneState({ onTime, done }: { onTime: boolean | null; done: boolean }) {
  const t = useT();
  if (onTime === true)
    return (
      <span className="tb-case-tag tb-case-tag--good">
        <CheckCircleFilled aria-hidden="true" />
        {t('bundles.line.onTime')}
      </span>
    );
  if (onTime === false)
    return (
      <span className="tb-case-tag tb-case-tag--bad">
        <WarningFilled aria-hidden="true" />
        {t(done ? 'bundles.line.late' : 'bundles.line.overdue')}
      </span>
    );
  return (
    <span className="tb-case-tag tb-case-tag--progress">
      <ClockCircleOutlined aria-hidden="true" />
      {t('bundles.line.running')}
    </span>
  );
}

/** Withdrawing the whole bundle: every member at once, after a confirmation. */
function Withdraw({ detail, audience, onChanged }: { detail: BundleCaseDetail; audience: 'applicant' | 'window'; onChanged: () => void }) {
  const t = useT();
  const { modal } = App.useApp();
  const [error, setError] = useState<ApiError | null>(null);
  const reason = useRef('');
  const confirm = () =>
    modal.confirm({
      title: t('bundles.withdraw.title'),
      content: (
        <>
          <p>{t(audience === 'applicant' ? 'bundles.withdraw.body' : 'bundles.withdraw.bodyWindow', { n: detail.members.length })}</p>
          <label htmlFor="withdraw-reason" className="tb-field-label">
            {t('bundles.withdraw.reason')}
          </label>
          <Input.TextArea id="withdraw-reason" maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} onChange={(e) => (reason.current = e.target.value)} />
        </>
      ),
      okText: t('bundles.withdraw.ok'),
      okButtonProps: { danger: true },
      cancelText: t('bundles.withdraw.keep'),
      onOk: async () => {
        setError(null);
        try {
          const r = reason.current.trim();
          await performBundleAction(detail.id, 'withdraw', { version: detail.version, ...(r ? { reason: r } : {}) });
          onChanged();
        } catch (err) {
          setError(toApiError(err));
        }
      },
    });
  return (
    <Card size="small" title={<h2 className="tb-card-title">{t('bundles.withdraw.cardTitle')}</h2>} className="tb-case-card">
      <p className="tb-hint">{t('bundles.withdraw.hint')}</p>
      <Button danger icon={<StopOutlined />} onClick={confirm}>
        {t('bundles.withdraw.button')}
      </Button>
      {error && (
        <div className="tb-apply-alert">
          <ActionError error={error} onReload={onChanged} />
        </div>
      )}
    </Card>
  );
}
