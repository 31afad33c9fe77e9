import { CheckCircleOutlined, CloudUploadOutlined, DeleteOutlined, EyeOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Form, Input, Skeleton, Space, Tag, Typography, type FormInstance } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import { api, ApiError, toApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { ItemDefinition } from '../../../shared/catalog/catalog.wire';
import type { Department } from '../../../shared/org/org.wire';
import { useApiQuery } from '../../shared/useApiQuery';
import {
  asProblems,
  blankDefinition,
  EDITOR_SECTIONS,
  sectionOf,
  toDefinition,
  toFieldName,
  toFormValues,
  type AdminItemRow,
  type EditorSection,
  type Problem,
  type VersionInfo,
  type VersionWithDefinition,
} from './definition';
import { ItemFormFields } from './ItemFormFields';

type FormValues = ItemDefinition & { code?: string };
/** Field errors by path; the paths come from the server, so they are not typed against the form. */
type FieldList = Parameters<FormInstance<FormValues>['setFields']>[0];

/** Where the editor stands: the published version (if any) and the open draft (if any). */
interface EditorState {
  row: AdminItemRow | null;
  draft: VersionInfo | null;
}

type Load = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready' };

/** Names that are lists or groups in the form, not fields that can show an error themselves. */
const CONTAINERS = new Set([
  'fee',
  'materials',
  'formFields',
  'steps',
  'conditions',
  'legalBasis',
  'specialProcedures',
  'options',
  'items',
  'statutoryLimit',
  'promisedLimit',
]);
const TEXT_LISTS = new Set(['conditions', 'legalBasis', 'specialProcedures']);

function hasOwnField(name: Array<string | number>, creating: boolean): boolean {
  const last = name[name.length - 1];
  if (typeof last === 'number') return name.length > 1 && TEXT_LISTS.has(String(name[name.length - 2]));
  if (last === 'code' && name.length === 1) return creating;
  return !CONTAINERS.has(last);
}

/**
 * Creates an item or edits its draft: every element of docs/domain.md §4, saved as a draft, checked
 * against the catalog rules (problems shown on their fields), published as a new version.
 * Editing an item without a draft starts one from the published version on the first save.
 */
export function ItemEditor({
  code,
  onOpen,
  onHistory,
  onClose,
}: {
  code: string | null;
  onOpen: (code: string) => void;
  onHistory: (code: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const creating = code === null;
  const [load, setLoad] = useState<Load>({ status: creating ? 'ready' : 'loading' });
  const [state, setState] = useState<EditorState>({ row: null, draft: null });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [problemTitle, setProblemTitle] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | 'save' | 'validate' | 'publish' | 'discard'>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [dirty, setDirty] = useState(false);
  const noteRef = useRef('');
  const departments = useApiQuery<{ items: Department[] }>('/api/v1/departments');
  const name = Form.useWatch('name', form);
  useDocumentTitle(creating ? t('catalog.admin.createTitle') : t('catalog.admin.editTitle', { name: name || code || '' }));

  const loadItem = useCallback(async () => {
    if (!code) {
      form.setFieldsValue(toFormValues(blankDefinition()));
      return;
    }
    setLoad({ status: 'loading' });
    try {
      const list = await api.get<{ items: AdminItemRow[] }>('/api/v1/admin/items', { query: { q: code, pageSize: 50 } });
      const row = list.items.find((r) => r.code === code) ?? null;
      let draft: VersionWithDefinition | null = null;
      let source: VersionWithDefinition;
      if (row?.draftVersion) {
        draft = await api.get<VersionWithDefinition>(`/api/v1/admin/items/${code}/draft`);
        source = draft;
      } else {
        const version = row?.currentVersion ?? 1;
        source = await api.get<VersionWithDefinition>(`/api/v1/admin/items/${code}/versions/${version}`);
      }
      form.resetFields();
      form.setFieldsValue(toFormValues(source.definition));
      setState({ row, draft });
      setDirty(false);
      setLoad({ status: 'ready' });
    } catch (e) {
      setLoad({ status: 'error', error: toApiError(e) });
    }
  }, [code, form]);

  useEffect(() => {
    void loadItem();
    setProblems([]);
    setProblemTitle(null);
    setError(null);
  }, [loadItem]);

  /** Puts each problem on its field (when the form has it) and lists them all above the form. */
  const showProblems = (list: Problem[], title: string | null) => {
    setProblems(list);
    setProblemTitle(title);
    const fields = form
      .getFieldsError()
      .filter((f) => f.errors.length)
      .map((f) => ({ name: f.name, errors: [] as string[] }));
    form.setFields(fields as FieldList);
    const byField = new Map<string, { name: Array<string | number>; errors: string[] }>();
    for (const p of list) {
      const fieldName = toFieldName(p.path);
      const key = JSON.stringify(fieldName);
      const text = problemText(p);
      const entry = byField.get(key) ?? { name: fieldName, errors: [] };
      entry.errors.push(text);
      byField.set(key, entry);
    }
    form.setFields([...byField.values()] as FieldList);
    if (list.length) {
      const first = list[0];
      const target = document.getElementById(`editor-${sectionOf(first.path)}`);
      try {
        form.scrollToField(toFieldName(first.path), { block: 'center' });
      } catch {
        target?.scrollIntoView({ block: 'start' });
      }
    }
  };

  const problemText = (p: Problem) => (lang === 'en-US' ? p.en : p.zh) ?? p.message ?? p.rule ?? p.path;

  /** Problems that have no field of their own, per section (shown at the top of the section). */
  const sectionProblems = useMemo(() => {
    const out: Partial<Record<EditorSection, string[]>> = {};
    for (const p of problems) {
      if (hasOwnField(toFieldName(p.path), creating)) continue;
      (out[sectionOf(p.path)] ??= []).push((lang === 'en-US' ? p.en : p.zh) ?? p.message ?? p.rule ?? p.path);
    }
    return out;
  }, [problems, creating, lang]);

  const handleError = (e: unknown) => {
    const err = toApiError(e);
    const list = asProblems(err.detailList);
    if (list.length && (err.code === 'ITEM_INVALID' || err.code === 'VALIDATION_FAILED')) {
      showProblems(list, err.message);
      setError(null);
    } else {
      setError(err);
    }
    return err;
  };

  /** Validates the form, then creates the item or saves (starting if needed) its draft. */
  const save = async (): Promise<VersionWithDefinition | null> => {
    setError(null);
    try {
      await form.validateFields();
    } catch {
      message.error(t('catalog.admin.fixFields'));
      form.scrollToField(form.getFieldsError().find((f) => f.errors.length)?.name ?? [], { block: 'center' });
      return null;
    }
    const values = form.getFieldsValue(true) as FormValues;
    const { code: newCode, ...rest } = values;
    const definition = toDefinition(rest as ItemDefinition);
    setBusy('save');
    try {
      let saved: VersionWithDefinition;
      if (creating) {
        saved = await api.post<VersionWithDefinition>('/api/v1/admin/items', { code: String(newCode ?? '').trim(), definition });
        message.success(t('catalog.admin.created', { code: saved.code }));
        setDirty(false);
        onOpen(saved.code);
        return saved;
      }
      let draft = state.draft;
      if (!draft) draft = await api.post<VersionWithDefinition>(`/api/v1/admin/items/${code}/draft`);
      saved = await api.put<VersionWithDefinition>(`/api/v1/admin/items/${code}/draft`, { revision: draft.revision, definition });
      setState((s) => ({ ...s, draft: saved, row: s.row ? { ...s.row, draftVersion: saved.version } : s.row }));
      setDirty(false);
      // One toast for the draft's saves: a save within seconds of the last replaces its toast, not a second one beside it.
      message.success({ content: t('catalog.admin.saved', { version: saved.version }), key: 'catalog.admin.saved' });
      // Tell the editor at once what still stands between the draft and publication.
      const check = await api.post<{ problems: Problem[] }>(`/api/v1/admin/items/${code}/draft/validate`);
      showProblems(check.problems, check.problems.length ? t('catalog.admin.savedWithProblems', { n: check.problems.length }) : null);
      return saved;
    } catch (e) {
      handleError(e);
      return null;
    } finally {
      setBusy(null);
    }
  };

  const validate = async () => {
    if (dirty || !state.draft) {
      const saved = await save();
      if (!saved) return;
      if (!creating) message.info(t('catalog.admin.validatedAfterSave'));
      return;
    }
    setBusy('validate');
    try {
      const check = await api.post<{ problems: Problem[] }>(`/api/v1/admin/items/${code}/draft/validate`);
      showProblems(check.problems, check.problems.length ? t('catalog.admin.problemsTitle', { n: check.problems.length }) : null);
      if (!check.problems.length) message.success(t('catalog.admin.valid'));
    } catch (e) {
      handleError(e);
    } finally {
      setBusy(null);
    }
  };

  const publish = async () => {
    let draft = state.draft;
    if (dirty || !draft) {
      const saved = await save();
      if (!saved) return;
      draft = saved;
    }
    const version = draft.version;
    const revision = draft.revision;
    noteRef.current = '';
    modal.confirm({
      title: t('catalog.admin.publishConfirmTitle', { version }),
      content: (
        <div className="tb-publish-confirm">
          <p>{t('catalog.admin.publishConfirmBody')}</p>
          <label htmlFor="publish-note" className="tb-filter-label">
            {t('catalog.admin.publishNote')}
          </label>
          <Input.TextArea id="publish-note" maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} onChange={(e) => (noteRef.current = e.target.value)} />
        </div>
      ),
      okText: t('catalog.admin.publish'),
      cancelText: t('catalog.admin.cancel'),
      onOk: async () => {
        setBusy('publish');
        try {
          const published = await api.post<VersionWithDefinition>(`/api/v1/admin/items/${code}/publish`, {
            revision,
            ...(noteRef.current.trim() ? { note: noteRef.current.trim() } : {}),
          });
          message.success(t('catalog.admin.published', { version: published.version }));
          showProblems([], null);
          await loadItem();
        } catch (e) {
          handleError(e);
        } finally {
          setBusy(null);
        }
      },
    });
  };

  const discard = () => {
    modal.confirm({
      title: t('catalog.admin.discardConfirm', { version: state.draft?.version ?? '' }),
      okText: t('catalog.admin.discard'),
      okButtonProps: { danger: true },
      cancelText: t('catalog.admin.cancel'),
      onOk: async () => {
        setBusy('discard');
        try {
          await api.delete(`/api/v1/admin/items/${code}/draft`);
          message.success(t('catalog.admin.discarded'));
          showProblems([], null);
          await loadItem();
        } catch (e) {
          handleError(e);
        } finally {
          setBusy(null);
        }
      },
    });
  };

  if (load.status === 'error') {
    return (
      <>
        <Typography.Title level={1} className="tb-page-title">
          {t('catalog.admin.editTitle', { name: code ?? '' })}
        </Typography.Title>
        <ErrorAlert error={load.error} onRetry={() => void loadItem()} />
        <Button className="tb-top-gap" onClick={onClose}>
          {t('catalog.admin.backToList')}
        </Button>
      </>
    );
  }

  const row = state.row;
  const counts = Object.fromEntries(EDITOR_SECTIONS.map((s) => [s, problems.filter((p) => sectionOf(p.path) === s).length])) as Record<EditorSection, number>;

  return (
    <div className="tb-editor">
      <div className="tb-editor-head">
        <div>
          <Button type="link" onClick={onClose} className="tb-back-button">
            ← {t('catalog.admin.backToList')}
          </Button>
          <Typography.Title level={1} className="tb-page-title">
            {creating ? t('catalog.admin.createTitle') : t('catalog.admin.editTitle', { name: name || code || '' })}
          </Typography.Title>
          {!creating && (
            <p className="tb-editor-status" role="status">
              <span>{t('catalog.admin.codeLabel', { code: code ?? '' })}</span>
              {row?.currentVersion ? (
                <Tag className="tb-tag-green">{t('catalog.admin.publishedVersion', { version: row.currentVersion })}</Tag>
              ) : (
                <Tag>{t('catalog.admin.neverPublished')}</Tag>
              )}
              {state.draft ? (
                <Tag className="tb-tag-orange">{t('catalog.admin.draftVersion', { version: state.draft.version, revision: state.draft.revision })}</Tag>
              ) : (
                <span className="tb-muted">{t('catalog.admin.noDraft')}</span>
              )}
              {dirty && <Tag className="tb-tag-red">{t('catalog.admin.unsaved')}</Tag>}
            </p>
          )}
        </div>
        <Space wrap className="tb-editor-actions">
          <Button
            type="primary"
            icon={<SaveOutlined aria-hidden="true" />}
            loading={busy === 'save'}
            onClick={() => void save()}
            disabled={load.status === 'loading'}
          >
            {t('catalog.admin.saveDraft')}
          </Button>
          {!creating && (
            <>
              <Button
                icon={<CheckCircleOutlined aria-hidden="true" />}
                loading={busy === 'validate'}
                onClick={() => void validate()}
                disabled={load.status === 'loading'}
              >
                {t('catalog.admin.validate')}
              </Button>
              <Button
                icon={<CloudUploadOutlined aria-hidden="true" />}
                loading={busy === 'publish'}
                onClick={() => void publish()}
                disabled={load.status === 'loading'}
                className="tb-publish-button"
              >
                {t('catalog.admin.publish')}
              </Button>
              {state.draft && row?.currentVersion && (
                <Button danger icon={<DeleteOutlined aria-hidden="true" />} loading={busy === 'discard'} onClick={discard}>
                  {t('catalog.admin.discard')}
                </Button>
              )}
              <Button icon={<HistoryOutlined aria-hidden="true" />} onClick={() => code && onHistory(code)}>
                {t('catalog.admin.history')}
              </Button>
              {row?.currentVersion && (
                <Link to={`/items/${code}`} target="_blank" rel="noopener" className="tb-plain-link">
                  <EyeOutlined aria-hidden="true" /> {t('catalog.admin.viewPublic')}
                </Link>
              )}
            </>
          )}
        </Space>
      </div>

      {error && <ErrorAlert error={error} />}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="tb-editor-problems"
          title={problemTitle ?? t('catalog.admin.problemsTitle', { n: problems.length })}
          description={
            <ul className="tb-problem-list">
              {problems.map((p, i) => (
                <li key={`${p.path}-${i}`}>
                  <a
                    href={`#editor-${sectionOf(p.path)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      try {
                        form.scrollToField(toFieldName(p.path), { block: 'center', focus: true });
                      } catch {
                        document.getElementById(`editor-${sectionOf(p.path)}`)?.scrollIntoView();
                      }
                    }}
                  >
                    {t(`catalog.admin.section.${sectionOf(p.path)}`)}
                  </a>
                  ：{problemText(p)}
                </li>
              ))}
            </ul>
          }
        />
      )}

      {load.status === 'loading' ? (
        <Skeleton active paragraph={{ rows: 16 }} />
      ) : (
        <div className="tb-editor-layout">
          <nav className="tb-editor-nav" aria-label={t('catalog.admin.sections')}>
            <ul>
              {EDITOR_SECTIONS.map((s) => (
                <li key={s}>
                  <a href={`#editor-${s}`}>
                    {t(`catalog.admin.section.${s}`)} {counts[s] > 0 && <Badge count={counts[s]} title={t('catalog.admin.problemsIn', { n: counts[s] })} />}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <Form<FormValues>
            form={form}
            layout="vertical"
            className="tb-editor-form"
            requiredMark
            scrollToFirstError={{ block: 'center' }}
            onValuesChange={() => setDirty(true)}
            onFinish={() => void save()}
          >
            <ItemFormFields creating={creating} departments={departments.data?.items ?? []} problems={sectionProblems} />
          </Form>
        </div>
      )}
    </div>
  );
}
