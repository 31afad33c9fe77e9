import { ArrowLeftOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, InputNumber, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { api, toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { localName } from '../../cases/shared/format';
import { definitionVersion, readDefinition } from '../../../shared/bundles/bundles.definition';
import type { BundleDefinition } from '../../../shared/bundles/bundles.schemas';
import type { BundleDetail } from '../../../shared/catalog/catalog.wire';
import { asProblems, toFieldName, type Problem } from '../catalog/definition';
import { problemMessage, problemPlace, toDefinition } from './bundleDefinitionForm';
import { AliasesSection, MembersSection, MilestonesSection, QuestionsSection } from './DefinitionSections';

/** One bundle's definition: loaded, then edited in a form keyed by its version (a save reloads it). */
export function BundleDefinitionEditor({ code, onClose }: { code: string; onClose: () => void }) {
  const t = useT();
  const detail = useApiQuery<BundleDetail>(`/api/v1/bundles/${encodeURIComponent(code)}`);
  if (detail.status === 'error' && !detail.data)
    return (
      <>
        <BackLink onClose={onClose} />
        <ErrorAlert error={detail.error} onRetry={detail.reload} />
      </>
    );
  if (!detail.data) return <Skeleton active aria-label={t('bundles.admin.loading')} />;
  const version = definitionVersion(detail.data.definition);
  return <EditorForm key={version} detail={detail.data} version={version} onSaved={detail.reload} onClose={onClose} />;
}

function BackLink({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Button type="link" icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={onClose} className="tb-bundles-admin-back">
      {t('bundles.admin.back')}
    </Button>
  );
}

/** Field errors by path; the paths come from the server, so they are not typed against the form. */
type FieldList = Parameters<ReturnType<typeof Form.useForm<BundleDefinition>>[0]['setFields']>[0];

function EditorForm({ detail, version, onSaved, onClose }: { detail: BundleDetail; version: number; onSaved: () => void; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const name = localName(lang, detail.name, detail.nameEn);
  useDocumentTitle(t('bundles.admin.editTitle', { name }));
  const [form] = Form.useForm<BundleDefinition>();
  const initial = useMemo(
    () =>
      readDefinition(
        detail.definition,
        detail.items.map((i) => i.code),
      ),
    [detail],
  );
  const known = useMemo(() => new Map(detail.items.map((i) => [i.code, localName(lang, i.name, i.nameEn)])), [detail, lang]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);

  const showProblems = (list: Problem[]) => {
    setProblems(list);
    // A problem on a field of its own shows there too; list-wide ones only in the summary.
    const onFields = list
      .map((p) => ({ name: toFieldName(p.path), errors: [problemMessage(p, lang)] }))
      .filter((f) => typeof f.name.at(-1) === 'string' && f.name.length > 1);
    form.setFields(onFields as FieldList);
    document.getElementById('bundle-definition-problems')?.scrollIntoView({ block: 'start' });
  };

  const save = async () => {
    setError(null);
    setProblems([]);
    let values: BundleDefinition;
    try {
      values = await form.validateFields();
    } catch {
      message.error(t('bundles.admin.fixFields'));
      return;
    }
    setSaving(true);
    try {
      const saved = await api.put<{ code: string; version: number }>(`/api/v1/admin/bundles/${encodeURIComponent(detail.code)}/definition`, {
        version,
        definition: toDefinition(values),
      });
      message.success(t('bundles.admin.saved', { version: saved.version }));
      setDirty(false);
      onSaved();
    } catch (e) {
      const err = toApiError(e);
      const list = asProblems(err.detailList);
      if (list.length && (err.code === 'BUNDLE_DEFINITION_INVALID' || err.code === 'VALIDATION_FAILED')) showProblems(list);
      else setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <BackLink onClose={onClose} />
      <Typography.Title level={1} className="tb-page-title">
        {t('bundles.admin.editTitle', { name })}
      </Typography.Title>
      <Space wrap className="tb-bundles-admin-meta">
        <Tag>{t('bundles.admin.version', { version })}</Tag>
        <span className="tb-hint">{t('bundles.admin.versionHint')}</span>
      </Space>
      {error && (
        <ErrorAlert
          error={error}
          onRetry={
            error.code === 'VERSION_CONFLICT'
              ? () => {
                  setError(null);
                  onSaved();
                }
              : undefined
          }
        />
      )}
      <div id="bundle-definition-problems">
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('bundles.admin.problems', { n: problems.length })}
            description={
              <ul className="tb-bundles-admin-problems">
                {problems.map((p, i) => (
                  <li key={i}>
                    <strong>{problemPlace(p.path, t)}</strong>：{problemMessage(p, lang)}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </div>
      <Form<BundleDefinition> form={form} layout="vertical" initialValues={initial} onValuesChange={() => setDirty(true)} className="tb-bundles-admin-form">
        <Card title={t('bundles.admin.section.promise')}>
          <Form.Item
            name="promisedWorkdays"
            label={t('bundles.admin.f.promisedWorkdays')}
            rules={[{ required: true, message: t('bundles.admin.required') }]}
            extra={t('bundles.admin.promiseHint')}
          >
            <InputNumber min={0} max={120} precision={0} />
          </Form.Item>
        </Card>
        <Card title={t('bundles.admin.list.questions')}>
          <QuestionsSection />
        </Card>
        <Card title={t('bundles.admin.list.members')}>
          <MembersSection known={known} />
        </Card>
        <Card title={t('bundles.admin.list.milestones')}>
          <MilestonesSection known={known} />
        </Card>
        <Card title={t('bundles.admin.list.aliases')}>
          <AliasesSection known={known} />
        </Card>
        <div className="tb-bundles-admin-actions">
          <Button type="primary" icon={<SaveOutlined aria-hidden="true" />} loading={saving} onClick={save}>
            {t('bundles.admin.save')}
          </Button>
          <Button
            icon={<UndoOutlined aria-hidden="true" />}
            disabled={!dirty || saving}
            onClick={() => {
              form.resetFields();
              setProblems([]);
              setDirty(false);
            }}
          >
            {t('bundles.admin.discard')}
          </Button>
        </div>
      </Form>
    </>
  );
}
