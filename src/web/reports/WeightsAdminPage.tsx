import { App, Button, InputNumber, Skeleton, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { getWeights, putWeights } from './reportsApi';
import './reports.css';

/** `/admin/score-weights` (考评权重): the weight of each report share in the 考评 score. */
export function WeightsAdminPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  useDocumentTitle(t('reports.weights.title'));
  const load = useApiQuery((signal) => getWeights(signal), []);
  const [draft, setDraft] = useState<Record<string, number>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ReturnType<typeof toApiError> | null>(null);
  useEffect(() => {
    if (load.data) setDraft(Object.fromEntries(load.data.weights.map((w) => [w.indicator, w.weight])));
  }, [load.data]);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await putWeights(Object.entries(draft).map(([indicator, weight]) => ({ indicator, weight })));
      message.success(t('reports.weights.saved'));
      load.reload();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('reports.weights.title')}
      </Typography.Title>
      <p className="tb-lead">{t('reports.weights.lead')}</p>
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('reports.error')} onRetry={load.reload} />}
      {error && <ErrorAlert error={error} />}
      {load.status === 'loading' && <Skeleton active />}
      {load.data && (
        <>
          <Table
            size="small"
            rowKey="indicator"
            pagination={false}
            dataSource={load.data.weights}
            columns={[
              { key: 'indicator', title: t('reports.weights.indicator'), render: (_, w) => (lang === 'en-US' ? w.en : w.zh) },
              {
                key: 'weight',
                title: t('reports.weights.weight'),
                width: 160,
                render: (_, w) => (
                  <InputNumber
                    aria-label={`${t('reports.weights.weight')} ${lang === 'en-US' ? w.en : w.zh}`}
                    min={0}
                    max={100}
                    value={draft[w.indicator] ?? 0}
                    onChange={(v) => setDraft((d) => ({ ...d, [w.indicator]: typeof v === 'number' ? v : 0 }))}
                  />
                ),
              },
            ]}
          />
          <Button type="primary" className="tb-rp-save" loading={saving} onClick={() => void save()}>
            {t('reports.weights.save')}
          </Button>
        </>
      )}
    </div>
  );
}
