import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { localName } from '../../cases/shared/format';
import type { BundleSummary } from '../../../shared/catalog/catalog.wire';
import { BundleDefinitionEditor } from './BundleDefinitionEditor';
import './bundles-admin.css';

/**
 * `/admin/bundles`: the "一件事" definitions (docs/decisions.md D24). The list, or one bundle's
 * editor (`?code=`), so that an editor can be bookmarked and the back button leaves it.
 */
export function BundlesAdminPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  return (
    <div className="tb-bundles-admin">
      {code ? <BundleDefinitionEditor key={code} code={code} onClose={() => setParams({})} /> : <BundleList onOpen={(c) => setParams({ code: c })} />}
    </div>
  );
}

function BundleList({ onOpen }: { onOpen: (code: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('bundles.admin.title'));
  const bundles = useApiQuery<{ bundles: BundleSummary[] }>('/api/v1/bundles');
  return (
    <>
      <Typography.Title level={1} className="tb-page-title">
        {t('bundles.admin.title')}
      </Typography.Title>
      <p className="tb-hint">{t('bundles.admin.intro')}</p>
      {bundles.status === 'error' && <ErrorAlert error={bundles.error} onRetry={bundles.reload} />}
      <Table<BundleSummary>
        size="middle"
        rowKey="code"
        loading={bundles.pending || bundles.status === 'loading'}
        dataSource={bundles.data?.bundles ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: t('bundles.admin.col.name'), key: 'name', render: (_, b) => localName(lang, b.name, b.nameEn) },
          {
            title: t('bundles.admin.col.lead'),
            key: 'lead',
            render: (_, b) => (b.leadDepartment ? localName(lang, b.leadDepartment.nameZh, b.leadDepartment.nameEn) : '—'),
          },
          { title: t('bundles.admin.col.members'), dataIndex: 'itemCount', key: 'itemCount', width: 110 },
          {
            title: t('bundles.admin.col.actions'),
            key: 'actions',
            width: 150,
            render: (_, b) => (
              <Button
                icon={<EditOutlined aria-hidden="true" />}
                onClick={() => onOpen(b.code)}
                aria-label={t('bundles.admin.editOf', { name: localName(lang, b.name, b.nameEn) })}
              >
                {t('bundles.admin.edit')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
