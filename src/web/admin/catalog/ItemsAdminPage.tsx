import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { ADMIN_ITEM_FILTERS as STATUSES } from '../../../shared/catalog/catalog.enums';
import type { Department } from '../../../shared/org/org.wire';
import { nameIn } from '../../portal/catalogText';
import { useApiQuery } from '../../shared/useApiQuery';
import '../../portal/catalog.css';
import './admin-catalog.css';
import type { AdminItemRow } from './definition';
import { ImportDialog } from './ImportDialog';
import { ItemEditor } from './ItemEditor';
import { ItemHistory } from './ItemHistory';

const PAGE_SIZE = 20;

/**
 * `/admin/items`: the catalog's upkeep. The view lives in the query string so that every screen
 * can be bookmarked and the back button works: the list (`?q=&status=&page=`), an item's editor
 * (`?code=`), its history (`?code=&view=history`), or a new item (`?new=1`).
 */
export function ItemsAdminPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  const go = (next: Record<string, string>) => {
    setParams(next);
    window.scrollTo({ top: 0 });
  };
  const editorProps = { onOpen: (c: string) => go({ code: c }), onHistory: (c: string) => go({ code: c, view: 'history' }), onClose: () => go({}) };
  let content;
  if (params.get('new') === '1') content = <ItemEditor key="new" code={null} {...editorProps} />;
  else if (code && params.get('view') === 'history') content = <ItemHistory code={code} onEdit={() => go({ code })} onClose={() => go({})} />;
  else if (code) content = <ItemEditor key={code} code={code} {...editorProps} />;
  else content = <ItemList />;
  return <div className="tb-catalog-admin">{content}</div>;
}

function ItemList() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('catalog.admin.itemsTitle'));
  const [params, setParams] = useSearchParams();
  const statusId = useId();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [importing, setImporting] = useState(false);
  const items = useApiQuery<{ items: AdminItemRow[]; total: number }>('/api/v1/admin/items', { q: q || undefined, status, page, pageSize: PAGE_SIZE });
  const departments = useApiQuery<{ items: Department[] }>('/api/v1/departments');
  const departmentName = (code: string) => {
    const d = departments.data?.items.find((x) => x.code === code);
    return d ? (lang === 'en-US' ? d.nameEn : d.nameZh) : code;
  };
  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };

  return (
    <div className="tb-admin-items">
      <Typography.Title level={1} className="tb-page-title">
        {t('catalog.admin.itemsTitle')}
      </Typography.Title>
      <div className="tb-admin-toolbar">
        <Input.Search
          aria-label={t('catalog.admin.searchLabel')}
          placeholder={t('catalog.admin.searchPlaceholder')}
          defaultValue={q}
          allowClear
          maxLength={100}
          onSearch={(value) => update({ q: value.trim() || undefined })}
          className="tb-admin-search"
        />
        <label htmlFor={statusId} className="tb-visually-hidden">
          {t('catalog.admin.col.status')}
        </label>
        <Select
          id={statusId}
          allowClear
          placeholder={t('catalog.admin.allStatuses')}
          value={status}
          onChange={(value?: string) => update({ status: value })}
          options={STATUSES.map((s) => ({ value: s, label: t(`catalog.admin.filter.${s}`) }))}
          style={{ minWidth: 160 }}
        />
        <Space wrap className="tb-admin-toolbar-actions">
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setParams({ new: '1' })}>
            {t('catalog.admin.create')}
          </Button>
          <Button icon={<ImportOutlined aria-hidden="true" />} onClick={() => setImporting(true)}>
            {t('catalog.admin.import')}
          </Button>
          <Button icon={<DownloadOutlined aria-hidden="true" />} href="/api/v1/admin/catalog/export.json" download>
            {t('catalog.admin.exportJson')}
          </Button>
          <Button icon={<DownloadOutlined aria-hidden="true" />} href="/api/v1/admin/catalog/export.xlsx" download>
            {t('catalog.admin.exportXlsx')}
          </Button>
        </Space>
      </div>
      {items.status === 'error' && <ErrorAlert error={items.error} onRetry={items.reload} />}
      <Table<AdminItemRow>
        size="middle"
        rowKey="code"
        loading={items.pending}
        dataSource={items.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: items.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('catalog.admin.totalItems', { n: total }),
          onChange: (next) => update({ page: String(next) }),
        }}
        columns={[
          { title: t('catalog.admin.col.code'), dataIndex: 'code', width: 130 },
          {
            title: t('catalog.admin.col.name'),
            key: 'name',
            render: (_v, r) => (
              <Link to={`/admin/items?code=${r.code}`} className="tb-admin-item-link">
                {nameIn(lang, r)}
              </Link>
            ),
          },
          { title: t('catalog.admin.col.department'), dataIndex: 'departmentCode', width: 220, render: (c: string) => departmentName(c) },
          {
            title: t('catalog.admin.col.status'),
            key: 'status',
            width: 220,
            render: (_v, r) => (
              <span className="tb-tags">
                {r.currentVersion ? (
                  <Tag className="tb-tag-green">{t('catalog.admin.publishedVersion', { version: r.currentVersion })}</Tag>
                ) : (
                  <Tag>{t('catalog.admin.neverPublished')}</Tag>
                )}
                {r.draftVersion && <Tag className="tb-tag-orange">{t('catalog.admin.draftShort', { version: r.draftVersion })}</Tag>}
              </span>
            ),
          },
          { title: t('catalog.admin.col.updated'), dataIndex: 'updatedAt', width: 170, render: (d: string) => new Date(d).toLocaleString(lang) },
          {
            title: t('catalog.admin.col.actions'),
            key: 'actions',
            width: 150,
            render: (_v, r) => (
              <span className="tb-row-links">
                <Link to={`/admin/items?code=${r.code}&view=history`} aria-label={t('catalog.admin.historyOf', { name: nameIn(lang, r) })}>
                  {t('catalog.admin.history')}
                </Link>
                {r.currentVersion && (
                  <Link to={`/items/${r.code}`} aria-label={t('catalog.admin.viewPublicOf', { name: nameIn(lang, r) })}>
                    {t('catalog.admin.viewPublicShort')}
                  </Link>
                )}
              </span>
            ),
          },
        ]}
      />
      <ImportDialog
        open={importing}
        onClose={(changed) => {
          setImporting(false);
          if (changed) items.reload();
        }}
      />
    </div>
  );
}
