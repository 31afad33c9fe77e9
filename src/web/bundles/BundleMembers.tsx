import { LikeOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { formatDate } from '../cases/shared/format';
import { LightBadge, StatusTag } from '../cases/shared/StatusTag';
import type { BundleCaseDetail } from '../../shared/bundles/bundles.wire';
import { byStage } from './bundleForm';

const FINISHED = ['issued', 'completed', 'denied', 'not_accepted', 'withdrawn', 'returned'];
/** A member case its applicant may rate on its own page: a finished service (docs/domain.md §10), not a withdrawn one. */
const RATEABLE = ['completed', 'issued', 'not_accepted', 'returned'];

/**
 * The bundle's member cases by stage (members of one stage run in parallel), each with its status,
 * light, promised date and what it still waits for from an earlier stage; each opens its own case
 * page, where a finished one is rated as a stage (the bundle as a whole has its own rating).
 */
export function BundleMembers({ detail, casePath, rate }: { detail: BundleCaseDetail; casePath: (caseId: string) => string; rate: boolean }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div className="tb-bundle-members">
      {byStage(detail.members).map((g) => (
        <section key={g.stage} className="tb-bundle-stage" aria-labelledby={`stage-${g.stage}`}>
          <h3 className="tb-bundle-stage-title" id={`stage-${g.stage}`}>
            {t('bundles.stage', { n: g.stage })}
            {g.items.length > 1 && <span className="tb-hint"> · {t('bundles.plan.parallel')}</span>}
          </h3>
          <ul className="tb-bundle-member-list">
            {g.items.map((m) => (
              <li key={m.caseId} className="tb-bundle-member" data-item={m.itemCode}>
                <div className="tb-bundle-member-head">
                  <Link to={casePath(m.caseId)} className="tb-bundle-item-name">
                    {lang === 'en-US' && m.itemNameEn ? m.itemNameEn : m.itemName}
                  </Link>
                  <span className="tb-bundle-member-tags">
                    <StatusTag status={m.status} />
                    {!FINISHED.includes(m.status) && <LightBadge light={m.light} />}
                  </span>
                </div>
                <dl className="tb-bundle-member-facts">
                  <div>
                    <dt>{t('bundles.member.department')}</dt>
                    <dd>{m.departmentName}</dd>
                  </div>
                  <div>
                    <dt>{t('bundles.member.caseNo')}</dt>
                    <dd className="tb-mono">{m.caseNo ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{m.issuedAt ? t('bundles.member.issuedAt') : t('bundles.member.promisedDue')}</dt>
                    <dd>{formatDate(m.issuedAt ?? m.promisedDue)}</dd>
                  </div>
                </dl>
                {m.waitingFor.length > 0 && <p className="tb-bundle-waiting">{t('bundles.member.waitingFor', { results: m.waitingFor.join('、') })}</p>}
                {rate && RATEABLE.includes(m.status) && (
                  <Link
                    to={casePath(m.caseId)}
                    className="tb-bundle-rate"
                    aria-label={t('bundles.member.rateStageFor', { item: lang === 'en-US' && m.itemNameEn ? m.itemNameEn : m.itemName })}
                  >
                    <LikeOutlined aria-hidden="true" /> {t('bundles.member.rateStage')}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
