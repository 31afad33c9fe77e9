import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useLang, useT, type Translate } from '../../i18n/I18nProvider';
import { isMessageKey } from '../../i18n/messages';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { CasePayment } from '../../payments/CasePayment';
import { CaseActions } from './CaseActions';
import { CaseNotices } from './CaseNotices';
import { CaseTimeline } from './CaseTimeline';
import { ClockPanel } from './ClockPanel';
import { deliveryRequestText } from './deliveryRequest';
import { FormValuesView } from './CaseForm';
import { formatDateTime, localName } from './format';
import { MaterialList } from './MaterialList';
import { StatusTag } from './StatusTag';
import type { CaseAction } from '../../../shared/cases/cases.enums';
import type { CaseDetail, CaseRef } from '../../../shared/cases/cases.wire';
import type { Guide as ItemGuide } from '../../../shared/catalog/catalog.wire';
import type { Department } from '../../../shared/org/org.wire';
import { useCaseData, type Names } from './useCaseData';
import { RevealIdentityButton, type Revealed } from './RevealIdentity';

/** A code's label when the catalog has one (the server may add codes before the UI knows them). */
function labelOr(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

/** What a page around the case view gets to build its own panels. */
export interface CaseViewContext {
  detail: CaseDetail;
  guide: ItemGuide | null;
  departments: Department[];
  names: Names;
  reload: () => void;
  onChanged: (ref: CaseRef | null) => void;
}

export interface CaseViewProps {
  id: string;
  audience: 'applicant' | 'staff';
  back: { to: string; label: string };
  /** A panel above the case's facts (the window's acceptance checklist …). */
  top?: (c: CaseViewContext) => ReactNode;
  /** Buttons beside the title (print the acceptance notice …). */
  tools?: (c: CaseViewContext) => ReactNode;
  /** Actions handled by `top` and left out of the generic action list. */
  exclude?: (c: CaseViewContext) => readonly CaseAction[];
  /** Called after an action succeeded (e.g. to move on to the next page). */
  onAction?: (ref: CaseRef, c: CaseViewContext) => void;
}

/**
 * One case for every audience: status, the notices it waits on, applicant and form, materials with
 * their files, the event history, the four lines, and the actions the user may take now.
 */
export function CaseView({ id, audience, back, top, tools, exclude, onAction }: CaseViewProps) {
  const t = useT();
  const { lang } = useLang();
  const { load, guide, departments, names, reload, reloading } = useCaseData(id);
  const detail = load.status === 'done' ? load.data : null;
  const itemName = detail ? (guide ? localName(lang, guide.item.name, guide.item.nameEn) : detail.item.name) : '';
  useDocumentTitle(detail ? `${detail.caseNo ?? t('cases.draftNo')} ${itemName}` : t('cases.detail.title'));
  const [revealed, setRevealed] = useState<Revealed | null>(null);

  const backLink = (
    <Link to={back.to} className="tb-case-back">
      <ArrowLeftOutlined aria-hidden="true" /> {back.label}
    </Link>
  );

  if (load.status === 'loading') {
    return (
      <div className="tb-case-page" aria-busy="true">
        {backLink}
        <Typography.Title level={1} className="tb-page-title">
          {t('cases.detail.title')}
        </Typography.Title>
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }
  if (load.status === 'error') {
    return (
      <div className="tb-case-page">
        {backLink}
        <Typography.Title level={1} className="tb-page-title">
          {t('cases.detail.title')}
        </Typography.Title>
        <ErrorAlert error={load.error} title={t('cases.detail.loadError')} onRetry={reload} />
      </div>
    );
  }

  const d = load.data;
  const masked = d.applicant.idNumber.includes('*') || (d.applicant.mobile ?? '').includes('*');
  const c: CaseViewContext = {
    detail: d,
    guide,
    departments,
    names,
    reload,
    onChanged: (ref) => {
      reload();
      if (ref) onAction?.(ref, c);
    },
  };
  const owed = (d.deficiency?.items ?? []).map((x) => x.materialCode);
  const staff = audience === 'staff';

  return (
    <div className="tb-case-page">
      {backLink}
      <div className="tb-case-header">
        <div>
          <Typography.Title level={1} className="tb-page-title">
            {itemName}
          </Typography.Title>
          <p className="tb-case-sub">
            <span className="tb-case-no">{d.caseNo ?? t('cases.draftNo')}</span>
            <StatusTag status={d.status} />
            <span className="tb-case-channel">{labelOr(t, `cases.channel.${d.channel}`, d.channel)}</span>
          </p>
        </div>
        <div className="tb-case-tools">
          {tools?.(c)}
          <Button icon={<ReloadOutlined />} onClick={reload} loading={reloading}>
            {t('cases.detail.refresh')}
          </Button>
        </div>
      </div>

      <CaseNotices detail={d} nameOf={names.material} fieldLabel={names.field} audience={audience} />
      {top?.(c)}

      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
          <Card size="small" title={<h2 className="tb-card-title">{t('cases.detail.application')}</h2>} className="tb-case-card">
            <dl className="tb-form-values">
              {[
                { key: 'name', label: t('cases.detail.applicant'), value: d.applicant.name },
                { key: 'type', label: t('cases.detail.applicantType'), value: t(`cases.applicantType.${d.applicant.type}`) },
                {
                  key: 'id',
                  label: t(`cases.idType.${d.applicant.idType}`),
                  value: (
                    <>
                      <span className="tb-mono">{revealed?.idNumber ?? d.applicant.idNumber}</span>
                      {!revealed && masked && <RevealIdentityButton caseId={d.id} audience={audience} onRevealed={setRevealed} />}
                    </>
                  ),
                },
                { key: 'mobile', label: t('cases.detail.mobile'), value: (revealed ? revealed.mobile : d.applicant.mobile) ?? t('cases.form.empty') },
                { key: 'submitted', label: t('cases.detail.submittedAt'), value: formatDateTime(d.submittedAt) },
                ...(d.deliveryRequest
                  ? [
                      {
                        key: 'delivery',
                        label: t('cases.detail.deliveryRequest'),
                        value: deliveryRequestText(t, d.deliveryRequest),
                      },
                    ]
                  : []),
                ...(d.declaredAt
                  ? [{ key: 'declared', label: t('bundles.declaration.title'), value: t('cases.detail.declaredAt', { time: formatDateTime(d.declaredAt) }) }]
                  : []),
                { key: 'dept', label: t('cases.detail.department'), value: names.department(d.item.departmentCode) },
                ...(staff ? [{ key: 'kind', label: t('cases.detail.caseKind'), value: t(`cases.caseKind.${d.item.caseKind}`) }] : []),
              ].map((row) => (
                <div key={row.key}>
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
            <h3 className="tb-subheading">{t('cases.detail.form')}</h3>
            <FormValuesView fields={guide?.item.formFields ?? []} values={revealed ? { ...d.form, ...revealed.form } : d.form} />
          </Card>

          <Card size="small" title={<h2 className="tb-card-title">{t('cases.detail.materials')}</h2>} className="tb-case-card">
            <MaterialList
              materials={d.materials}
              owed={owed}
              flagged={(d.correction?.items ?? []).flatMap((x) => (x.materialCode ? [x.materialCode] : []))}
              nameOf={names.material}
            />
          </Card>

          {d.departments.length > 0 && (
            <Card size="small" title={<h2 className="tb-card-title">{t(staff ? 'cases.detail.lanes' : 'cases.plain.lanes')}</h2>} className="tb-case-card">
              <ul className="tb-lanes">
                {d.departments.map((lane) => (
                  <li key={lane.departmentCode}>
                    <strong>{names.department(lane.departmentCode)}</strong>
                    <span className="tb-lane-status">{labelOr(t, `cases.lane.${lane.status}`, lane.status)}</span>
                    {lane.opinion?.review && (
                      <div className="tb-lane-opinion">
                        {t('cases.lane.reviewBy', { by: lane.opinion.review.by, rec: t(`cases.review.${lane.opinion.review.recommendation}`) })}：
                        {lane.opinion.review.opinion}
                      </div>
                    )}
                    {lane.opinion?.decision && (
                      <div className="tb-lane-opinion">
                        {t('cases.lane.decisionBy', {
                          by: lane.opinion.decision.by ?? '',
                          decision: t(`cases.decision.${lane.opinion.decision.decision ?? 'approved'}`),
                        })}
                        {lane.opinion.decision.opinion && <>：{lane.opinion.decision.opinion}</>}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          )}

          <Card size="small" title={<h2 className="tb-card-title">{t('cases.detail.history')}</h2>} className="tb-case-card">
            <CaseTimeline events={d.events} names={{ material: (code) => names.material(code), department: names.department }} />
          </Card>
        </Col>
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
          <div className="tb-case-side">
            <ClockPanel lines={d.lines} status={d.status} completedAt={d.completedAt} audience={audience} />
            <CaseActions detail={d} guide={guide} departments={departments} names={names} exclude={exclude?.(c) ?? []} onChanged={c.onChanged} />
            {d.caseNo && <CasePayment caseId={d.id} caseVersion={d.version} onChanged={reload} />}
          </div>
        </Col>
      </Row>
    </div>
  );
}
