import { AppstoreOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { Breadcrumb, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { BundleDetail, BundleSummary } from '../../shared/catalog/catalog.wire';
import { codeLabel, limitText, nameIn } from './catalogText';
import './catalog.css';
import { useApiQuery } from '../shared/useApiQuery';
import { useAuth } from '../app/auth';
import { LinkButton } from './LinkButton';

/** `/bundles`: the "办成一件事" bundles — one form, one set of materials, parallel handling. */
export function BundlesPage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('catalog.bundles.title'));
  const bundles = useApiQuery<{ bundles: BundleSummary[] }>('/api/v1/bundles');
  return (
    <div className="tb-container tb-page">
      <Breadcrumb className="tb-breadcrumb" items={[{ title: <Link to="/">{t('catalog.nav.home')}</Link> }, { title: t('catalog.bundles.title') }]} />
      <Typography.Title level={1} className="tb-page-title">
        {t('catalog.bundles.title')}
      </Typography.Title>
      <p className="tb-lead">{t('catalog.bundles.lead')}</p>
      {bundles.status === 'error' && <ErrorAlert error={bundles.error} onRetry={bundles.reload} />}
      {bundles.status === 'loading' && !bundles.data && <Skeleton active paragraph={{ rows: 6 }} />}
      {bundles.data && (
        <ul className="tb-tiles tb-tiles-compact">
          {bundles.data.bundles.map((b) => (
            <li key={b.code}>
              <Link to={`/bundles/${b.code}`} className="tb-tile">
                <span className="tb-tile-icon" aria-hidden="true">
                  <AppstoreOutlined />
                </span>
                <span className="tb-tile-text">
                  <span className="tb-tile-title">{nameIn(lang, b)}</span>
                  <span className="tb-tile-desc">
                    {t('catalog.bundles.itemCount', { n: b.itemCount })}
                    {b.leadDepartment && ` · ${b.leadDepartment.name}`}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `/bundles/:code`: what the bundle covers, its items (required and optional) and its promise. */
export function BundlePage() {
  const { code = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const { state } = useAuth();
  const bundle = useApiQuery<BundleDetail>(`/api/v1/bundles/${encodeURIComponent(code)}`);
  const data = bundle.data && bundle.data.code === code ? bundle.data : undefined;
  useDocumentTitle(data ? nameIn(lang, data) : t('catalog.bundles.title'));

  if (bundle.status === 'error' && !data) {
    return (
      <div className="tb-container tb-page">
        <Typography.Title level={1} className="tb-page-title">
          {t('catalog.bundles.title')}
        </Typography.Title>
        <ErrorAlert error={bundle.error} onRetry={bundle.error.status === 404 ? undefined : bundle.reload} />
        <p className="tb-back-link">
          <Link to="/bundles">{t('catalog.bundles.back')}</Link>
        </p>
      </div>
    );
  }
  if (!data) {
    return (
      <div className="tb-container tb-page" aria-busy="true">
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }
  const def = data.definition;
  const description = lang === 'en-US' ? def.descriptionEn : def.descriptionZh;
  const optional = new Set(strings(def.optionalItemBasicCodes));
  const promised = typeof def.promisedWorkdays === 'number' ? def.promisedWorkdays : undefined;
  const required = data.items.filter((i) => !optional.has(i.code));
  const extra = data.items.filter((i) => optional.has(i.code));

  const itemList = (items: BundleDetail['items']) => (
    <ol className="tb-bundle-items">
      {items.map((i) => (
        <li key={i.code}>
          <Link to={`/items/${i.code}`}>{nameIn(lang, i)}</Link>
          <span className="tb-muted"> · {i.departmentName}</span>
        </li>
      ))}
    </ol>
  );

  return (
    <div className="tb-container tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/">{t('catalog.nav.home')}</Link> },
          { title: <Link to="/bundles">{t('catalog.bundles.title')}</Link> },
          { title: nameIn(lang, data) },
        ]}
      />
      <Typography.Title level={1} className="tb-page-title">
        {nameIn(lang, data)}
      </Typography.Title>
      <div className="tb-tags">
        {data.audience.map((a) => (
          <Tag key={a} className="tb-tag-blue">
            {codeLabel(t, 'audience', a)}
          </Tag>
        ))}
        {promised !== undefined && <Tag className="tb-tag-green">{t('catalog.bundles.promised', { n: promised })}</Tag>}
      </div>
      {typeof description === 'string' && <p className="tb-lead tb-bundle-desc">{description}</p>}
      <dl className="tb-key-facts">
        <div className="tb-key-fact">
          <dt>{t('catalog.bundles.leadDepartment')}</dt>
          <dd>{data.leadDepartment?.name ?? t('common.none')}</dd>
        </div>
        <div className="tb-key-fact">
          <dt>{t('catalog.bundles.items')}</dt>
          <dd>{t('catalog.bundles.itemCount', { n: data.itemCount })}</dd>
        </div>
        {promised !== undefined && (
          <div className="tb-key-fact">
            <dt>{t('catalog.bundles.promisedLabel')}</dt>
            <dd>{limitText(t, { value: promised, unit: 'workday' })}</dd>
          </div>
        )}
      </dl>
      {/* 一件事一次办 (docs/domain.md S12/S13): one guided application; signing in first comes back here. */}
      <div className="tb-guide-actions">
        <LinkButton to={`/portal/me/bundles/apply/${encodeURIComponent(code)}`} type="primary" icon={<CloudUploadOutlined aria-hidden="true" />}>
          {t('bundles.guide.applyOnline')}
        </LinkButton>
        <span className="tb-muted">{state.status === 'anonymous' ? t('bundles.guide.signInHint') : t('bundles.guide.applyHint')}</span>
      </div>
      <section aria-labelledby="bundle-items" className="tb-guide-section">
        <Typography.Title level={2} id="bundle-items" className="tb-section-title">
          {t('catalog.bundles.requiredItems')}
        </Typography.Title>
        <p className="tb-muted">{t('catalog.bundles.howItWorks')}</p>
        {itemList(required)}
      </section>
      {extra.length > 0 && (
        <section aria-labelledby="bundle-optional" className="tb-guide-section">
          <Typography.Title level={2} id="bundle-optional" className="tb-section-title">
            {t('catalog.bundles.optionalItems')}
          </Typography.Title>
          <p className="tb-muted">{t('catalog.bundles.optionalHint')}</p>
          {itemList(extra)}
        </section>
      )}
      <p className="tb-back-link">
        <Link to="/bundles">{t('catalog.bundles.back')}</Link>
      </p>
    </div>
  );
}
