import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Select, Skeleton, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { localName } from '../cases/shared/format';
import type { BundleSummary } from '../../shared/catalog/catalog.wire';
import { getBundle } from './bundlesApi';
import { BundleWizard } from './BundleWizard';
import './bundles.css';

/**
 * `/window/bundles/new[?code=…]`: the comprehensive window registers a bundle for a walk-in
 * applicant (一窗受理) — the bundle, then the same guided application with the applicant's identity.
 */
export function WindowBundleIntakePage() {
  const t = useT();
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? undefined;
  useDocumentTitle(t('bundles.window.newTitle'));
  const bundles = useApiQuery<{ bundles: BundleSummary[] }>('/api/v1/bundles');
  const load = useApiQuery((signal) => (code ? getBundle(code, signal) : Promise.resolve(null)), [code]);
  const guide = load.status === 'done' ? load.data : null;

  return (
    <div className="tb-intake tb-bundle-apply">
      <Link to="/window/bundles" className="tb-case-back">
        <ArrowLeftOutlined aria-hidden="true" /> {t('bundles.window.backToList')}
      </Link>
      <Typography.Title level={1} className="tb-page-title">
        {t('bundles.window.newTitle')}
      </Typography.Title>
      <p className="tb-lead">{t('bundles.window.newLead')}</p>
      <Card size="small" className="tb-case-card">
        <label htmlFor="bundle-pick" className="tb-field-label">
          {t('bundles.window.pick')}
        </label>
        <Select
          id="bundle-pick"
          className="tb-full-width"
          showSearch={{ optionFilterProp: 'label' }}
          value={code}
          placeholder={t('bundles.window.pickPlaceholder')}
          loading={bundles.status === 'loading'}
          options={(bundles.data?.bundles ?? []).map((b) => ({ value: b.code, label: localName(lang, b.name, b.nameEn) }))}
          onChange={(next: string) => setParams({ code: next }, { replace: true })}
        />
        {bundles.status === 'error' && <ErrorAlert error={bundles.error} onRetry={bundles.reload} />}
      </Card>
      {code && load.status === 'loading' && <Skeleton active />}
      {load.status === 'error' && <ErrorAlert error={load.error} onRetry={load.reload} />}
      {guide && <BundleWizard key={guide.code} guide={guide} walkIn progressPath={(id) => `/window/bundles/${id}`} />}
      {!code && <Alert type="info" showIcon title={t('bundles.window.pickFirst')} />}
    </div>
  );
}
