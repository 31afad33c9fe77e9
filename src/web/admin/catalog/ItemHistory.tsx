import { SwapOutlined } from '@ant-design/icons';
import { Button, Empty, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useLang, useT, type Translate } from '../../i18n/I18nProvider';
import { isMessageKey } from '../../i18n/messages';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useApiQuery } from '../../shared/useApiQuery';
import type { FieldChange, VersionInfo } from './definition';

/** A field path of the diff in words: `materials[X01].copies` → 申请材料 › X01 › 份数. */
function pathInWords(t: Translate, path: string): string {
  return path
    .split(/\.(?![^[]*\])/)
    .flatMap((piece) => {
      const m = /^([^[]+)(?:\[([^\]]+)\])?$/.exec(piece);
      if (!m) return [piece];
      const key = `catalog.admin.f.${m[1]}`;
      const word = isMessageKey(key) ? t(key) : m[1];
      return m[2] ? [word, m[2]] : [word];
    })
    .join(' › ');
}

/** Where the values of a field are codes with labels: the field's last name → label group. */
const CODE_GROUPS: Readonly<Record<string, string>> = {
  modes: 'mode',
  type: 'itemType',
  audience: 'catalog.audience',
  kind: 'catalog.materialKind',
  source: 'catalog.materialSource',
  role: 'catalog.stepRole',
  level: 'catalog.level',
  powerSource: 'catalog.powerSource',
  caseKind: 'catalog.caseKind',
  resultType: 'catalog.resultType',
  unit: 'catalog.admin.unit',
  onlineDepth: 'catalog.onlineDepth',
  branchHall: 'catalog.branchHall',
};

/** The last field name of a diff path (`materials[X].kind` → kind). */
function fieldOf(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/\[[^\]]*\]$/, '');
}

function show(t: Translate, value: unknown, field = ''): string {
  if (value === undefined) return '';
  if (value === null) return t('common.none');
  if (typeof value === 'boolean') return value ? t('catalog.admin.yes') : t('catalog.admin.no');
  if (typeof value === 'string' || typeof value === 'number') {
    const group = CODE_GROUPS[field];
    const key = group ? `${group}.${value}` : '';
    return key && isMessageKey(key) ? t(key) : String(value);
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => show(t, v, field)).join(t('catalog.listSeparator')) : t('catalog.admin.emptyList');
  const record = value as Record<string, unknown>;
  if (typeof record.name === 'string') return typeof record.code === 'string' ? `${record.name} · ${record.code}` : record.name;
  return JSON.stringify(value);
}

/** Versions of an item, newest first, and the field-level difference between any two of them. */
export function ItemHistory({ code, onEdit, onClose }: { code: string; onEdit: () => void; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const fromId = useId();
  const toId = useId();
  useDocumentTitle(t('catalog.admin.historyTitle', { code }));
  const versions = useApiQuery<{ versions: VersionInfo[] }>(`/api/v1/admin/items/${code}/versions`);
  const list = versions.data?.versions ?? [];
  const [pair, setPair] = useState<{ from?: number; to?: number }>({});

  useEffect(() => {
    if (list.length >= 2 && pair.from === undefined) setPair({ from: list[1].version, to: list[0].version });
  }, [list, pair.from]);

  const canDiff = pair.from !== undefined && pair.to !== undefined && pair.from !== pair.to;
  const diff = useApiQuery<{ changes: FieldChange[]; from: number; to: number }>(canDiff ? `/api/v1/admin/items/${code}/diff` : null, {
    from: pair.from,
    to: pair.to,
  });
  const options = list.map((v) => ({
    value: v.version,
    label: t('catalog.admin.versionOption', { version: v.version, status: t(`catalog.admin.status.${v.status}`) }),
  }));
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString(lang) : '—');

  return (
    <div>
      <Button type="link" onClick={onClose} className="tb-back-button">
        ← {t('catalog.admin.backToList')}
      </Button>
      <Typography.Title level={1} className="tb-page-title">
        {t('catalog.admin.historyTitle', { code })}
      </Typography.Title>
      <Button onClick={onEdit} className="tb-bottom-gap">
        {t('catalog.admin.edit')}
      </Button>
      {versions.status === 'error' && <ErrorAlert error={versions.error} onRetry={versions.reload} />}
      {versions.status === 'loading' && !versions.data && <Skeleton active />}
      {versions.data && (
        <>
          <section aria-labelledby="history-versions">
            <Typography.Title level={2} id="history-versions" className="tb-section-title">
              {t('catalog.admin.versions')}
            </Typography.Title>
            <Table<VersionInfo>
              size="small"
              rowKey="version"
              dataSource={list}
              pagination={false}
              scroll={{ x: 760 }}
              columns={[
                { title: t('catalog.admin.col.version'), dataIndex: 'version', width: 70 },
                {
                  title: t('catalog.admin.col.status'),
                  dataIndex: 'status',
                  width: 100,
                  render: (s: VersionInfo['status']) => (
                    <Tag className={s === 'published' ? 'tb-tag-green' : s === 'draft' ? 'tb-tag-orange' : 'tb-tag-default'}>
                      {t(`catalog.admin.status.${s}`)}
                    </Tag>
                  ),
                },
                { title: t('catalog.admin.col.note'), dataIndex: 'note', render: (n: string | null) => n ?? '—' },
                { title: t('catalog.admin.col.createdBy'), key: 'created', render: (_v, v) => `${v.createdByName ?? '—'} · ${date(v.createdAt)}` },
                {
                  title: t('catalog.admin.col.publishedBy'),
                  key: 'published',
                  render: (_v, v) => (v.publishedAt ? `${v.publishedByName ?? '—'} · ${date(v.publishedAt)}` : '—'),
                },
              ]}
            />
          </section>

          <section aria-labelledby="history-diff" className="tb-top-gap">
            <Typography.Title level={2} id="history-diff" className="tb-section-title">
              {t('catalog.admin.diff')}
            </Typography.Title>
            {list.length < 2 ? (
              <p className="tb-muted">{t('catalog.admin.diffOnlyOne')}</p>
            ) : (
              <>
                <div className="tb-diff-pick">
                  <label htmlFor={fromId}>{t('catalog.admin.diffFrom')}</label>
                  <Select
                    id={fromId}
                    value={pair.from}
                    options={options}
                    onChange={(from: number) => setPair((p) => ({ ...p, from }))}
                    style={{ minWidth: 180 }}
                  />
                  <Button
                    aria-label={t('catalog.admin.diffSwap')}
                    icon={<SwapOutlined aria-hidden="true" />}
                    onClick={() => setPair((p) => ({ from: p.to, to: p.from }))}
                  />
                  <label htmlFor={toId}>{t('catalog.admin.diffTo')}</label>
                  <Select id={toId} value={pair.to} options={options} onChange={(to: number) => setPair((p) => ({ ...p, to }))} style={{ minWidth: 180 }} />
                </div>
                {!canDiff && <p className="tb-muted">{t('catalog.admin.diffPickTwo')}</p>}
                {canDiff && diff.status === 'error' && <ErrorAlert error={diff.error} onRetry={diff.reload} />}
                {canDiff && diff.status === 'loading' && <Skeleton active />}
                {canDiff &&
                  diff.status === 'done' &&
                  (diff.data.changes.length === 0 ? <Empty description={t('catalog.admin.diffNone')} /> : <DiffTable changes={diff.data.changes} />)}
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function DiffTable({ changes }: { changes: FieldChange[] }) {
  const t = useT();
  return (
    <>
      <p className="tb-muted" role="status">
        {t('catalog.admin.diffCount', { n: changes.length })}
      </p>
      <Table<FieldChange>
        className="tb-diff"
        size="small"
        rowKey={(c) => `${c.path}-${c.change}`}
        dataSource={changes}
        pagination={false}
        scroll={{ x: 760 }}
        columns={[
          { title: t('catalog.admin.col.field'), dataIndex: 'path', width: '24%', render: (p: string) => <span title={p}>{pathInWords(t, p)}</span> },
          {
            title: t('catalog.admin.col.change'),
            dataIndex: 'change',
            width: 84,
            render: (c: FieldChange['change']) => (
              <Tag className={c === 'added' ? 'tb-tag-green' : c === 'removed' ? 'tb-tag-red' : 'tb-tag-blue'}>{t(`catalog.admin.change.${c}`)}</Tag>
            ),
          },
          {
            title: t('catalog.admin.col.before'),
            key: 'from',
            width: '35%',
            render: (_v, c) =>
              c.removed?.length ? (
                <ul className="tb-diff-values">
                  {c.removed.map((v, i) => (
                    <li key={i}>
                      <del className="tb-diff-del">{show(t, v, fieldOf(c.path))}</del>
                    </li>
                  ))}
                </ul>
              ) : c.from !== undefined && !c.added ? (
                <del className="tb-diff-del">{show(t, c.from, fieldOf(c.path))}</del>
              ) : c.from !== undefined ? (
                <span className="tb-muted">{show(t, c.from, fieldOf(c.path))}</span>
              ) : (
                '—'
              ),
          },
          {
            title: t('catalog.admin.col.after'),
            key: 'to',
            width: '35%',
            render: (_v, c) =>
              c.added?.length ? (
                <ul className="tb-diff-values">
                  {c.added.map((v, i) => (
                    <li key={i}>
                      <ins className="tb-diff-ins">{show(t, v, fieldOf(c.path))}</ins>
                    </li>
                  ))}
                </ul>
              ) : c.to !== undefined && !c.removed ? (
                <ins className="tb-diff-ins">{show(t, c.to, fieldOf(c.path))}</ins>
              ) : c.to !== undefined ? (
                <span className="tb-muted">{show(t, c.to, fieldOf(c.path))}</span>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  );
}
