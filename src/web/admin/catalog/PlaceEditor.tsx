import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { PlaceValues } from './placeForm';
import { PlaceBasicsSection, PlaceHoursSection, PlaceItemsSection, PlaceWindowsSection } from './PlaceEditorSections';
import { usePlaceForm } from './usePlaceForm';

/**
 * One place in the admin: address, position, hours and windows in one form saved together, and
 * the items it handles saved apart. A new place (code null) gets its items once it exists. The
 * state lives in usePlaceForm; the sections are in PlaceEditorSections.
 */
export function PlaceEditor({ code, onClose, onCreated }: { code: string | null; onClose: () => void; onCreated: (code: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const p = usePlaceForm(code, onCreated);
  const { creating, watched } = p;
  useDocumentTitle(creating ? t('catalog.admin.createPlace') : t('catalog.admin.editPlace', { name: watched.name || code || '' }));

  if (p.loadError) {
    return (
      <>
        <Typography.Title level={1} className="tb-page-title">
          {t('catalog.admin.editPlace', { name: code ?? '' })}
        </Typography.Title>
        <ErrorAlert error={p.loadError} onRetry={p.retryLoad} />
        <Button className="tb-top-gap" onClick={onClose}>
          {t('catalog.admin.backToPlaces')}
        </Button>
      </>
    );
  }
  if (!creating && !p.place) return <Skeleton active paragraph={{ rows: 14 }} />;

  return (
    <div className="tb-editor">
      <Button type="link" onClick={onClose} className="tb-back-button">
        ← {t('catalog.admin.backToPlaces')}
      </Button>
      <Typography.Title level={1} className="tb-page-title">
        {creating ? t('catalog.admin.createPlace') : t('catalog.admin.editPlace', { name: watched.name || code || '' })}
      </Typography.Title>
      {!creating && (
        <p className="tb-editor-status">
          <span>{t('catalog.admin.codeLabel', { code: code ?? '' })}</span> <Tag>{t('catalog.admin.placeVersion', { version: p.version })}</Tag>{' '}
          <Link to={`/places/${encodeURIComponent(code ?? '')}`}>{t('catalog.admin.viewPublic')}</Link>
        </p>
      )}
      {p.error && <ErrorAlert error={p.error} />}
      {p.problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="tb-editor-problems"
          title={
            <ul className="tb-problem-list">
              {p.problems.map((problem, i) => (
                <li key={i}>
                  <code>{problem.path.replace(/^body\./, '')}</code> {(lang === 'en-US' ? problem.en : problem.zh) ?? problem.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Form<PlaceValues> form={p.form} layout="vertical" className="tb-editor-form" scrollToFirstError={{ block: 'center' }}>
        <PlaceBasicsSection creating={creating} watched={watched} regionOptions={p.options.regions} />
        <PlaceHoursSection />
        <PlaceWindowsSection departmentOptions={p.options.departments} />
        <Space className="tb-bottom-gap">
          <Button type="primary" icon={<SaveOutlined aria-hidden="true" />} loading={p.busy === 'place'} onClick={() => void p.savePlace()}>
            {creating ? t('catalog.admin.createPlace') : t('catalog.admin.savePlace')}
          </Button>
          <Button onClick={onClose}>{t('catalog.admin.cancel')}</Button>
        </Space>
      </Form>

      {!creating && (
        <PlaceItemsSection items={p.items} setItems={p.setItems} itemOptions={p.options.items} saving={p.busy === 'items'} onSave={() => void p.saveItems()} />
      )}
    </div>
  );
}
