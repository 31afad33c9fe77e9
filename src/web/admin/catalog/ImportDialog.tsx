import { InboxOutlined } from '@ant-design/icons';
import { Alert, Modal, Spin, Table, Upload } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { api, toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import type { ImportError, Problem } from './definition';

type Result =
  | { status: 'idle' }
  | { status: 'running'; file: string }
  | { status: 'done'; file: string; created: string[]; updated: string[]; unchanged: string[] }
  | { status: 'invalid'; file: string; message: string; errors: ImportError[] }
  | { status: 'error'; file?: string; error: ApiError };

function isImportError(value: unknown): value is ImportError {
  return typeof value === 'object' && value !== null && Array.isArray((value as ImportError).problems);
}

/**
 * Imports a catalog JSON file (the export format, or a bare list of `{ code, definition }`). The
 * server takes all or nothing; when it refuses, every invalid item is listed with its problems.
 */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: (changed: boolean) => void }) {
  const t = useT();
  const { lang } = useLang();
  const [result, setResult] = useState<Result>({ status: 'idle' });

  const run = async (file: File) => {
    setResult({ status: 'running', file: file.name });
    let body: unknown;
    try {
      const parsed: unknown = JSON.parse(await file.text());
      body = Array.isArray(parsed) ? { items: parsed } : parsed;
    } catch {
      setResult({ status: 'error', file: file.name, error: toApiError(new Error(t('catalog.admin.importNotJson'))) });
      return;
    }
    try {
      const r = await api.post<{ created: string[]; updated: string[]; unchanged: string[] }>('/api/v1/admin/catalog/import', body);
      setResult({ status: 'done', file: file.name, ...r });
    } catch (e) {
      const err = toApiError(e);
      const errors = (err.detailList ?? []).filter(isImportError);
      if (errors.length) setResult({ status: 'invalid', file: file.name, message: err.message, errors });
      else setResult({ status: 'error', file: file.name, error: err });
    }
  };

  const text = (p: Problem) => (lang === 'en-US' ? p.en : p.zh) ?? p.message ?? p.rule ?? '';
  const close = () => {
    const changed = result.status === 'done' && result.created.length + result.updated.length > 0;
    setResult({ status: 'idle' });
    onClose(changed);
  };

  return (
    <Modal
      open={open}
      title={t('catalog.admin.importTitle')}
      onCancel={close}
      onOk={close}
      okText={t('catalog.admin.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={760}
      destroyOnHidden
    >
      <p className="tb-muted">{t('catalog.admin.importLead')}</p>
      <Upload.Dragger
        accept=".json,application/json"
        multiple={false}
        showUploadList={false}
        disabled={result.status === 'running'}
        beforeUpload={(file) => {
          void run(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden="true" />
        </p>
        <p>{t('catalog.admin.importDrop')}</p>
      </Upload.Dragger>
      <div className="tb-import-result" role="status" aria-live="polite">
        {result.status === 'running' && (
          <p>
            <Spin size="small" /> {t('catalog.admin.importRunning', { file: result.file })}
          </p>
        )}
        {result.status === 'done' && (
          <Alert
            type="success"
            showIcon
            title={t('catalog.admin.importDone', { file: result.file })}
            description={t('catalog.admin.importCounts', {
              created: result.created.length,
              updated: result.updated.length,
              unchanged: result.unchanged.length,
            })}
          />
        )}
        {result.status === 'error' && <ErrorAlert error={result.error} />}
        {result.status === 'invalid' && (
          <>
            <Alert type="error" showIcon title={result.message} description={t('catalog.admin.importNothing')} />
            <Table<ImportError>
              className="tb-top-gap"
              size="small"
              rowKey={(r) => `${r.index}-${r.code}`}
              dataSource={result.errors}
              pagination={result.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              columns={[
                { title: t('catalog.admin.importIndex'), dataIndex: 'index', width: 70, render: (i: number) => i + 1 },
                { title: t('catalog.admin.col.code'), dataIndex: 'code', width: 140 },
                {
                  title: t('catalog.admin.importProblems'),
                  key: 'problems',
                  render: (_v, r) => (
                    <ul className="tb-problem-list">
                      {r.problems.map((p, i) => (
                        <li key={i}>
                          <code>{p.path}</code> {text(p)}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          </>
        )}
      </div>
    </Modal>
  );
}
