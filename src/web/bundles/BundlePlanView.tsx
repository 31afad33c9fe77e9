import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { localName } from '../cases/shared/format';
import type { BundlePlan } from '../../shared/bundles/bundles.wire';
import { byStage, savings } from './bundleForm';

/**
 * "Your items": what the answers select and why, what they leave out and why not, the bundle's
 * promise with its milestones, and what applying once saves against applying item by item.
 */
export function BundlePlanView({ plan }: { plan: BundlePlan }) {
  const t = useT();
  const { lang } = useLang();
  const selected = plan.items.filter((i) => i.selected);
  const left = plan.items.filter((i) => !i.selected);
  const stages = byStage(selected);
  const s = savings(plan);
  return (
    <div className="tb-bundle-plan">
      <p className="tb-bundle-promise" role="status">
        <CheckCircleFilled aria-hidden="true" /> {t('bundles.plan.promise', { n: plan.promisedWorkdays, count: selected.length })}
      </p>
      {plan.milestones.length > 0 && (
        <ul className="tb-bundle-milestone-list">
          {plan.milestones.map((m) => (
            <li key={m.key}>{t('bundles.plan.milestone', { label: localName(lang, m.label, m.labelEn), n: m.workdays })}</li>
          ))}
        </ul>
      )}

      <Card size="small" title={<h3 className="tb-card-title">{t('bundles.plan.selectedTitle', { n: selected.length })}</h3>} className="tb-case-card">
        {stages.map((g) => (
          <section key={g.stage} className="tb-bundle-stage" aria-label={t('bundles.stage', { n: g.stage })}>
            <h4 className="tb-bundle-stage-title">
              {t('bundles.stage', { n: g.stage })}
              {g.items.length > 1 && <span className="tb-hint"> · {t('bundles.plan.parallel')}</span>}
            </h4>
            <ul className="tb-bundle-items-list">
              {g.items.map((i) => (
                <li key={i.itemCode} data-item={i.itemCode}>
                  <div className="tb-bundle-item-head">
                    <Link to={`/items/${i.itemCode}`} className="tb-bundle-item-name">
                      {localName(lang, i.name, i.nameEn)}
                    </Link>
                    <span className="tb-hint">
                      {i.departmentName} · {t('bundles.plan.workdays', { n: i.promisedWorkdays })}
                    </span>
                  </div>
                  <p className="tb-bundle-reason">{localName(lang, i.reason, i.reasonEn)}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </Card>

      {left.length > 0 && (
        <Card size="small" title={<h3 className="tb-card-title">{t('bundles.plan.leftTitle', { n: left.length })}</h3>} className="tb-case-card">
          <ul className="tb-bundle-items-list tb-bundle-items-list--left">
            {left.map((i) => (
              <li key={i.itemCode} data-item={i.itemCode}>
                <div className="tb-bundle-item-head">
                  <MinusCircleOutlined aria-hidden="true" /> <span className="tb-bundle-item-name">{localName(lang, i.name, i.nameEn)}</span>
                </div>
                <p className="tb-bundle-reason">{localName(lang, i.reason, i.reasonEn)}</p>
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card size="small" title={<h3 className="tb-card-title">{t('bundles.plan.savingTitle')}</h3>} className="tb-case-card">
        <table className="tb-bundle-saving">
          <caption className="tb-visually-hidden">{t('bundles.plan.savingTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bundles.plan.savingWhat')}</th>
              <th scope="col">{t('bundles.plan.separately')}</th>
              <th scope="col">{t('bundles.plan.once')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('bundles.plan.forms')}</th>
              <td>{s.separately.forms}</td>
              <td>{s.forms}</td>
            </tr>
            <tr>
              <th scope="row">{t('bundles.plan.fields')}</th>
              <td>{s.separately.fields}</td>
              <td>{s.fields}</td>
            </tr>
            <tr>
              <th scope="row">{t('bundles.plan.uploads')}</th>
              <td>{s.separately.materials}</td>
              <td>{s.uploads}</td>
            </tr>
          </tbody>
        </table>
        <p className="tb-hint">
          {t('bundles.plan.savingSummary', {
            fields: Math.max(0, s.separately.fields - s.fields),
            uploads: Math.max(0, s.separately.materials - s.uploads),
          })}
        </p>
      </Card>
    </div>
  );
}
